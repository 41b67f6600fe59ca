#include "resultsview.h"
#include "widgets/gridkeyboard.h"

#include "answertext.h"
#include "quizreviewmodel.h"
#include "quiztopicmodel.h"
#include "text/numbertext.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsView"));
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("resultsScore"));
    QFont f = m_score->font();
    f.setBold(true);
    m_score->setFont(f);
    theme::setRelativeFont(m_score, 1.6); // follows the interface zoom
    m_score->setAccessibleName(tr("Score"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("resultsNote"));
    m_note->setWordWrap(true);
    theme::setStyleSheetColor(m_note, theme::TextRole::Muted);

    m_topics = new QuizTopicModel(this);
    m_topicView = new QTableView(this);
    m_topicView->setObjectName(QStringLiteral("resultsTopics"));
    m_topicView->setAccessibleName(tr("Score per topic"));
    m_topicView->setToolTip(tr("Points per topic in this attempt"));
    m_topicView->setModel(m_topics);
    m_topicView->setAccessibleDescription(m_topicView->toolTip());
    m_topicView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topicView->horizontalHeader()->setStretchLastSection(true);
    m_topicView->verticalHeader()->hide();
    m_topicView->setSelectionMode(QAbstractItemView::NoSelection);
    m_topicView->setFocusPolicy(Qt::NoFocus);

    m_review = new QuizReviewModel(this);
    m_reviewView = new QTableView(this);
    m_reviewView->setObjectName(QStringLiteral("resultsReview"));
    m_reviewView->setAccessibleName(tr("Review of every question"));
    m_reviewView->setToolTip(tr("Select a question to read why; double-click or press Enter to open it"));
    m_reviewView->setModel(m_review);
    m_reviewView->setAccessibleDescription(m_reviewView->toolTip());
    gridkeyboard::letTabLeave(m_reviewView);
    m_reviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviewView->verticalHeader()->hide();
    m_reviewView->setWordWrap(false);
    m_reviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_reviewView->horizontalHeader()->setStretchLastSection(false);
    m_reviewView->horizontalHeader()->setSectionResizeMode(QuizReviewModel::Yours, QHeaderView::Stretch);
    m_reviewView->horizontalHeader()->setSectionResizeMode(QuizReviewModel::Key, QHeaderView::Stretch);
    connect(m_reviewView, &QTableView::doubleClicked, this,
        [this](const QModelIndex &i) { emit openQuestionRequested(i.row()); });
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &cur) { showDetails(cur.row()); });
    connect(m_reviewView, &QTableView::activated, this,
        [this](const QModelIndex &i) { emit openQuestionRequested(i.row()); });

    setFocusProxy(m_reviewView);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("resultsDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Feedback for the selected question"));
    m_details->setMargin(8);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setObjectName(QStringLiteral("resultsDetailsScroll"));
    detailScroll->setAccessibleName(m_details->accessibleName());
    detailScroll->setAccessibleDescription(tr("Why the selected answer is right or wrong; the arrow keys scroll"));

    m_retake = new QPushButton(this);
    m_retake->setObjectName(QStringLiteral("retakeWrong"));
    m_retake->setToolTip(tr("A new quiz with only the questions you did not get fully right (R)"));
    m_retake->setShortcut(QKeySequence(Qt::Key_R));
    m_retake->setAccessibleName(tr("Retake the wrong ones")); // replaced by the count once there are results
    m_retake->setAccessibleDescription(m_retake->toolTip());
    m_newQuiz = new QPushButton(tr("New quiz"), this);
    m_newQuiz->setObjectName(QStringLiteral("newQuiz"));
    m_newQuiz->setAccessibleName(tr("New quiz"));
    m_newQuiz->setToolTip(tr("Back to the start screen (N)"));
    m_newQuiz->setShortcut(QKeySequence(Qt::Key_N));
    connect(m_retake, &QPushButton::clicked, this, &ResultsView::retakeWrongRequested);
    connect(m_newQuiz, &QPushButton::clicked, this, &ResultsView::newQuizRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retake);
    buttons->addWidget(m_newQuiz);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_reviewView);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_score);
    layout->addWidget(m_note);
    auto *topicLabel = new QLabel(tr("By topic"), this);
    topicLabel->setStyleSheet(QStringLiteral("font-weight:bold"));
    layout->addWidget(topicLabel);
    layout->addWidget(m_topicView);
    auto *reviewLabel = new QLabel(tr("Review"), this);
    reviewLabel->setStyleSheet(QStringLiteral("font-weight:bold"));
    layout->addWidget(reviewLabel);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void ResultsView::showAttempt(const dlt::quiz::Attempt &attempt)
{
    const dlt::quiz::Summary s = attempt.summary();
    m_score->setText(tr("%1 points · %2 %")
                         .arg(answertext::points(s.earned, s.possible),
                             numbertext::display(dlt::quiz::percentOf(s.earned, s.possible))));
    m_topics->setScores(s.topics);
    m_topicView->setMaximumHeight(
        m_topicView->horizontalHeader()->sizeHint().height() + m_topicView->verticalHeader()->length() + 4);
    m_review->setAttempt(attempt);
    m_reviewView->resizeColumnToContents(QuizReviewModel::Number);
    m_reviewView->resizeColumnToContents(QuizReviewModel::Verdict);
    m_reviewView->resizeColumnToContents(QuizReviewModel::Topic);
    m_reviewView->resizeColumnToContents(QuizReviewModel::Points);
    const int wrong = int(attempt.wrongItems().size());
    m_retake->setText(wrong == 1 ? tr("Retake the wrong one") : tr("Retake the %1 wrong ones").arg(wrong));
    m_retake->setAccessibleName(m_retake->text());
    m_retake->setEnabled(wrong > 0);
    m_reviewView->selectRow(0);
    showDetails(0);
    m_reviewView->setFocus(Qt::OtherFocusReason);
}

void ResultsView::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ResultsView::showDetails(int row)
{
    const auto &a = m_review->attempt();
    if (row < 0 || row >= a.size()) {
        m_details->clear();
        return;
    }
    m_details->setText(QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("Question %1:").arg(row + 1),
                               QString::fromStdString(a.item(row).question.prompt)
                                   .toHtmlEscaped()
                                   .replace(QLatin1Char('\n'), QLatin1String("<br>")))
        + answertext::feedbackHtml(a.item(row), a.gradeOf(row)));
}
