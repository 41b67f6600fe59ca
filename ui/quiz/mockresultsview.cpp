#include "mockresultsview.h"
#include "widgets/gridkeyboard.h"

#include "mocksheetmodel.h"
#include "text/numbertext.h"
#include "theme/scaledfont.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

MockResultsView::MockResultsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mockResultsView"));
    m_title = new QLabel(tr("Mock midterm — results sheet"), this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    theme::setRelativeFont(m_title, 1.6); // follows the interface zoom
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mockSummary"));
    m_summary->setWordWrap(true);
    theme::setRelativeFont(m_summary, 1.25); // follows the interface zoom

    m_model = new MockSheetModel(this);
    m_sheet = new QTableView(this);
    m_sheet->setObjectName(QStringLiteral("mockSheet"));
    m_sheet->setAccessibleName(tr("Results sheet"));
    m_sheet->setToolTip(tr("Points per part of the mock midterm"));
    m_sheet->setModel(m_model);
    m_sheet->setAccessibleDescription(m_sheet->toolTip());
    gridkeyboard::letTabLeave(m_sheet);
    m_sheet->verticalHeader()->hide();
    m_sheet->horizontalHeader()->setSectionResizeMode(MockSheetModel::Part, QHeaderView::Stretch);
    m_sheet->horizontalHeader()->setSectionResizeMode(MockSheetModel::Earned, QHeaderView::ResizeToContents);
    m_sheet->horizontalHeader()->setSectionResizeMode(MockSheetModel::Possible, QHeaderView::ResizeToContents);
    m_sheet->setSelectionMode(QAbstractItemView::NoSelection);
    m_sheet->setFocusPolicy(Qt::NoFocus);

    m_gradBox = new QGroupBox(tr("Graduate question — tick what your answer shows"), this);
    m_gradBox->setObjectName(QStringLiteral("graduateBox"));
    auto *gv = new QVBoxLayout(m_gradBox);
    auto *prompt = new QLabel(QString::fromStdString(dlt::quiz::graduatePrompt()), m_gradBox);
    prompt->setObjectName(QStringLiteral("graduatePrompt"));
    prompt->setWordWrap(true);
    gv->addWidget(prompt);
    const auto &rubric = dlt::quiz::graduateRubric();
    for (size_t i = 0; i < rubric.size(); ++i) {
        auto *row = new QHBoxLayout;
        auto *box = new QCheckBox(tr("[%1]").arg(numbertext::display(rubric[i].points)), m_gradBox);
        box->setObjectName(QStringLiteral("rubric_%1").arg(QString::fromStdString(rubric[i].id)));
        box->setAccessibleName(QString::fromStdString(rubric[i].text));
        box->setToolTip(
            tr("Tick when your graph shows this; worth %1 points").arg(numbertext::display(rubric[i].points)));
        auto *text = new QLabel(QString::fromStdString(rubric[i].text), m_gradBox);
        text->setWordWrap(true);
        text->setBuddy(box);
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        gv->addLayout(row);
        connect(box, &QCheckBox::toggled, this, &MockResultsView::rescore);
        m_rubric.push_back(box);
    }

    m_review = new QPushButton(tr("Review the questions"), this);
    m_review->setObjectName(QStringLiteral("mockReview"));
    m_review->setAccessibleName(m_review->text());
    m_review->setToolTip(tr("See every question with the correct answer and why"));
    m_newQuiz = new QPushButton(tr("New quiz"), this);
    m_newQuiz->setObjectName(QStringLiteral("mockNewQuiz"));
    m_newQuiz->setAccessibleName(m_newQuiz->text());
    m_newQuiz->setToolTip(tr("Back to the start screen"));
    connect(m_review, &QPushButton::clicked, this, &MockResultsView::reviewRequested);
    connect(m_newQuiz, &QPushButton::clicked, this, &MockResultsView::newQuizRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_newQuiz);

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(m_title);
    v->addWidget(m_summary);
    v->addWidget(m_sheet);
    v->addWidget(m_gradBox);
    v->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a wrapper, not a Tab stop
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_review);
}

void MockResultsView::showMock(const std::vector<dlt::quiz::MockSection> &sections, const dlt::quiz::Attempt &attempt,
    bool graduate, std::uint64_t seed)
{
    m_sections = sections;
    m_attempt = attempt;
    m_graduate = graduate;
    for (QCheckBox *b : m_rubric) {
        b->blockSignals(true);
        b->setChecked(false);
        b->blockSignals(false);
    }
    m_gradBox->setVisible(graduate);
    m_title->setText(tr("Mock midterm — results sheet (seed %1)").arg(seed));
    rescore();
}

void MockResultsView::rescore()
{
    std::vector<bool> checked;
    for (QCheckBox *b : m_rubric)
        checked.push_back(b->isChecked());
    const dlt::quiz::MockResult r = dlt::quiz::scoreMock(m_sections, m_attempt, m_graduate, checked);
    m_model->setResult(r);
    QString s = tr("Score: <b>%1</b> of %2").arg(numbertext::display(r.earned), numbertext::display(r.possible));
    if (r.graduate)
        s += tr(" · graduate: <b>%1</b> of %2")
                 .arg(numbertext::display(r.graduateEarned), numbertext::display(r.graduatePossible));
    m_summary->setText(s);
    m_sheet->setMinimumHeight(
        m_sheet->horizontalHeader()->sizeHint().height() + m_sheet->verticalHeader()->length() + 4);
}
