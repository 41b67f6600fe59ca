#include "questionview.h"
#include "widgets/gridkeyboard.h"

#include "answertext.h"
#include "choicelist.h"
#include "quizmatrixmodel.h"
#include "text/numbertext.h"

#include "matrixtext/matrixtext.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

QTableView *makeGrid(QWidget *parent, QuizMatrixModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    gridkeyboard::letTabLeave(view);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(48);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    return view;
}

} // namespace

QuestionView::QuestionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("questionView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Quiz question"));
    setAccessibleDescription(tr("Keys: 1 to 9 choose an answer, T or F for true or false, Enter submits and then moves on, "
                                "left and right arrows go to the previous or next question"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("questionHeader"));
    QFont hf = m_header->font();
    hf.setBold(true);
    m_header->setFont(hf);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("quizTimer"));
    m_timer->setAccessibleName(tr("Time left"));
    m_timer->setToolTip(tr("Time left in the mock midterm"));
    m_timer->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_timer);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("quizProgress"));
    m_progress->setAccessibleName(tr("Quiz progress"));
    m_progress->setToolTip(tr("Which question of the quiz this is"));
    m_progress->setFormat(tr("%v of %m"));

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    m_prompt = new QLabel(content);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setRelativeFont(m_prompt, 1.25); // follows the interface zoom
    m_prompt->setAccessibleName(tr("Question"));
    v->addWidget(m_prompt);

    m_figures = new QWidget(content);
    m_figureLayout = new QVBoxLayout(m_figures);
    m_figureLayout->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_figures);

    m_choices = new ChoiceList(content);
    theme::setRelativeFont(m_choices, 1.15); // follows the interface zoom
    connect(m_choices, &ChoiceList::changed, this, &QuestionView::emitEdited);
    v->addWidget(m_choices);

    auto *numberRow = new QHBoxLayout;
    m_number = new QLineEdit(content);
    m_number->setObjectName(QStringLiteral("numericAnswer"));
    m_number->setPlaceholderText(tr("Type a number, then press Enter"));
    m_number->setAccessibleName(tr("Your numeric answer"));
    m_number->setToolTip(tr("A number such as 28, −0.5 or 1e-3"));
    theme::setRelativeFont(m_number, 1.15);
    theme::setEmWidth(m_number, 14, 21); // ems keep the box readable at any zoom
    m_numberError = new QLabel(content);
    m_numberError->setObjectName(QStringLiteral("numericError"));
    theme::setStyleSheetColor(m_numberError, theme::TextRole::Error);
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_numberError, 1);
    v->addLayout(numberRow);
    connect(m_number, &QLineEdit::textEdited, this, [this] {
        const QString t = m_number->text().trimmed();
        const bool bad = !t.isEmpty() && !dlt::parseNumber(t.toStdString(), numbertext::parseOptions());
        m_numberError->setText(bad ? tr("“%1” is not a number").arg(t) : QString());
        emitEdited();
    });

    m_gridCaption = new QLabel(content);
    m_gridCaption->setObjectName(QStringLiteral("matrixAnswerCaption"));
    QFont gf = m_gridCaption->font();
    gf.setBold(true);
    m_gridCaption->setFont(gf);
    v->addWidget(m_gridCaption);
    m_gridModel = new QuizMatrixModel(this);
    m_grid = makeGrid(content, m_gridModel, QStringLiteral("matrixAnswer"));
    m_grid->setAccessibleName(tr("Your matrix answer"));
    m_grid->setToolTip(tr("Type one number per cell; Tab moves on. Enter submits when no cell is being edited."));
    m_grid->setAccessibleDescription(m_grid->toolTip());
    m_grid->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_gridModel, &QuizMatrixModel::edited, this, &QuestionView::emitEdited);
    v->addWidget(m_grid);

    m_hint = new QLabel(content);
    m_hint->setObjectName(QStringLiteral("questionHint"));
    theme::setStyleSheetColor(m_hint, theme::TextRole::Warning);
    m_hint->hide();
    v->addWidget(m_hint);

    m_feedback = new QLabel(content);
    m_feedback->setObjectName(QStringLiteral("questionFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setAccessibleName(tr("Feedback"));
    m_feedback->setFrameShape(QFrame::StyledPanel);
    m_feedback->setMargin(10);
    m_feedback->hide();
    v->addWidget(m_feedback);
    v->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionScroll"));
    scroll->setAccessibleName(tr("Question"));
    scroll->setAccessibleDescription(tr("The question, your answer and the feedback; the arrow keys scroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        return b;
    };
    m_previous = makeButton(QStringLiteral("previousQuestion"), tr("← Previous"), tr("Previous question (←)"));
    m_submit = makeButton(QStringLiteral("submitAnswer"), tr("Submit"), tr("Check this answer and see why (Enter)"));
    m_next = makeButton(QStringLiteral("nextQuestion"), tr("Next →"), tr("Next question (→)"));
    m_finish = makeButton(QStringLiteral("finishQuiz"), tr("Finish"), tr("End the quiz and see the results"));
    m_back = makeButton(QStringLiteral("backToResults"), tr("Back to results"), tr("Return to the results and review"));
    connect(m_previous, &QPushButton::clicked, this, &QuestionView::previousRequested);
    connect(m_submit, &QPushButton::clicked, this, &QuestionView::submitRequested);
    connect(m_next, &QPushButton::clicked, this, &QuestionView::nextRequested);
    connect(m_finish, &QPushButton::clicked, this, &QuestionView::finishRequested);
    connect(m_back, &QPushButton::clicked, this, &QuestionView::backToResultsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    auto *keys = new QLabel(tr("Keys: 1–9 choose · T/F · Enter submits · ←/→ move"), this);
    keys->setObjectName(QStringLiteral("keyHelp"));
    theme::setStyleSheetColor(keys, theme::TextRole::Muted);
    keys->setWordWrap(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addWidget(keys);
    layout->addLayout(buttons);
    setFocusProxy(nullptr);
}

void QuestionView::showItem(const dlt::quiz::Item &item, int index, int count, bool atEnd, bool review)
{
    const auto &q = item.question;
    m_type = q.type;
    m_order = item.choiceOrder;
    m_locked = review || (item.submitted && !atEnd);
    m_header->setText(tr("Question %1 of %2 · %3 · %4")
                          .arg(index + 1)
                          .arg(count)
                          .arg(answertext::topic(q),
                              q.points == 1 ? tr("1 point") : tr("%1 points").arg(numbertext::display(q.points))));
    m_progress->setRange(0, count);
    m_progress->setValue(index + 1);
    m_prompt->setText(QString::fromStdString(q.prompt));

    // Figures: read-only grids under the prompt.
    while (QLayoutItem *it = m_figureLayout->takeAt(0)) {
        delete it->widget();
        delete it;
    }
    for (size_t f = 0; f < q.figures.size(); ++f) {
        auto *caption = new QLabel(QString::fromStdString(q.figures[f].caption), m_figures);
        m_figureLayout->addWidget(caption);
        caption->show();
        auto *model = new QuizMatrixModel(caption);
        model->setMatrix(q.figures[f].matrix, false);
        QTableView *grid = makeGrid(m_figures, model, QStringLiteral("figure%1").arg(f + 1));
        grid->setAccessibleName(caption->text());
        grid->setToolTip(caption->text());
        grid->setAccessibleDescription(tr("Figure %1 of the question: numbers to read, not to edit").arg(f + 1));
        grid->setFocusPolicy(Qt::NoFocus);
        m_figureLayout->addWidget(grid);
        grid->show();
    }
    m_figures->setVisible(!q.figures.empty());

    const bool choiceType = q.type == dlt::quiz::QuestionType::TrueFalse || dlt::quiz::hasChoices(q.type);
    m_choices->setVisible(choiceType);
    m_number->setVisible(q.type == dlt::quiz::QuestionType::Numeric);
    m_numberError->setVisible(q.type == dlt::quiz::QuestionType::Numeric);
    m_numberError->clear();
    m_grid->setVisible(q.type == dlt::quiz::QuestionType::Matrix);
    m_gridCaption->setVisible(q.type == dlt::quiz::QuestionType::Matrix);
    m_gridCaption->setText(tr("Your answer (%1×%2): click a cell or just type; Tab moves to the next cell")
                               .arg(q.answerMatrix.rows())
                               .arg(q.answerMatrix.cols()));
    if (q.type == dlt::quiz::QuestionType::TrueFalse) {
        m_choices->setChoices({ tr("True  (T)"), tr("False  (F)") }, false);
    } else if (dlt::quiz::hasChoices(q.type)) {
        QStringList texts;
        for (int c : m_order)
            texts << QString::fromStdString(q.choices[size_t(c)]);
        m_choices->setChoices(texts, q.type == dlt::quiz::QuestionType::MultipleChoice);
    }
    if (q.type == dlt::quiz::QuestionType::Matrix) {
        m_gridModel->setMatrix(Eigen::MatrixXd::Constant(q.answerMatrix.rows(), q.answerMatrix.cols(),
                                   std::numeric_limits<double>::quiet_NaN()),
            !m_locked);
        QStringList rows, cols;
        for (const auto &l : q.rowLabels)
            rows << QString::fromStdString(l);
        for (const auto &l : q.columnLabels)
            cols << QString::fromStdString(l);
        m_gridModel->setLabels(rows, cols);
    }
    restoreResponse(item);
    m_choices->setLocked(m_locked);
    m_number->setReadOnly(m_locked);
    m_gridModel->setEditable(!m_locked);

    m_feedback->hide();
    m_hint->hide();
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_submit->setVisible(!atEnd && !review);
    m_submit->setEnabled(!item.submitted);
    m_finish->setVisible(!review);
    m_back->setVisible(review);
    watchChildren();
    if (q.type == dlt::quiz::QuestionType::Numeric && !m_locked)
        m_number->setFocus(Qt::OtherFocusReason);
    else if (q.type == dlt::quiz::QuestionType::Matrix && !m_locked)
        m_grid->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void QuestionView::restoreResponse(const dlt::quiz::Item &item)
{
    m_restoring = true;
    const auto &r = item.response;
    switch (item.question.type) {
    case dlt::quiz::QuestionType::TrueFalse:
        m_choices->setChecked({ r.answered && r.boolValue, r.answered && !r.boolValue });
        break;
    case dlt::quiz::QuestionType::SingleChoice:
    case dlt::quiz::QuestionType::MultipleChoice: {
        std::vector<bool> checked(m_order.size(), false);
        for (size_t pos = 0; pos < m_order.size(); ++pos) {
            const int c = m_order[pos];
            checked[pos] = r.answered
                && (item.question.type == dlt::quiz::QuestionType::SingleChoice
                        ? r.index == c
                        : std::find(r.indices.begin(), r.indices.end(), c) != r.indices.end());
        }
        m_choices->setChecked(checked);
        break;
    }
    case dlt::quiz::QuestionType::Numeric:
        m_number->setText(r.answered ? QString::fromStdString(dlt::formatNumber(r.number)) : QString());
        break;
    case dlt::quiz::QuestionType::Matrix:
        if (r.answered && r.matrix.rows() == item.question.answerMatrix.rows()
            && r.matrix.cols() == item.question.answerMatrix.cols())
            m_gridModel->setMatrix(r.matrix, !m_locked);
        break;
    }
    m_restoring = false;
}

void QuestionView::showFeedback(const dlt::quiz::Item &item, const dlt::quiz::Grade &grade)
{
    const QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && (focus == this || isAncestorOf(focus));
    m_locked = true;
    m_choices->setLocked(true);
    m_number->setReadOnly(true);
    m_gridModel->setEditable(false);
    m_submit->setEnabled(false);
    const auto &q = item.question;
    if (q.type == dlt::quiz::QuestionType::TrueFalse) {
        const bool picked = item.response.answered;
        using M = ChoiceList::Mark;
        M t = q.answerBool ? M::Key : (picked && item.response.boolValue ? M::WrongPick : M::None);
        M f = !q.answerBool ? M::Key : (picked && !item.response.boolValue ? M::WrongPick : M::None);
        m_choices->setMarks({ t, f });
    } else if (dlt::quiz::hasChoices(q.type)) {
        std::vector<ChoiceList::Mark> marks(m_order.size(), ChoiceList::Mark::None);
        for (size_t pos = 0; pos < m_order.size(); ++pos) {
            const int c = m_order[pos];
            const bool key = q.type == dlt::quiz::QuestionType::SingleChoice
                ? c == q.answerIndex
                : std::binary_search(q.answerIndices.begin(), q.answerIndices.end(), c);
            if (key)
                marks[pos] = ChoiceList::Mark::Key;
            else if (std::find(grade.wrongSelected.begin(), grade.wrongSelected.end(), c) != grade.wrongSelected.end())
                marks[pos] = ChoiceList::Mark::WrongPick;
        }
        m_choices->setMarks(marks);
    } else if (q.type == dlt::quiz::QuestionType::Matrix) {
        m_gridModel->setMarks(grade.cellCorrect);
    }
    m_feedback->setText(answertext::feedbackHtml(item, grade));
    m_feedback->show();
    // Locking disables the focused choice or Submit; keep the focus in the question (Enter moves
    // on) instead of letting it fall out to the topic list.
    focus = QApplication::focusWidget();
    if (hadFocus && !(focus && isAncestorOf(focus) && focus->isEnabled()))
        setFocus(Qt::OtherFocusReason);
}

dlt::quiz::Response QuestionView::response() const
{
    dlt::quiz::Response r;
    switch (m_type) {
    case dlt::quiz::QuestionType::TrueFalse: {
        const auto c = m_choices->checked();
        r.answered = c.size() == 2 && (c[0] || c[1]);
        r.boolValue = c.size() == 2 && c[0];
        break;
    }
    case dlt::quiz::QuestionType::SingleChoice: {
        const auto c = m_choices->checked();
        for (size_t pos = 0; pos < c.size() && pos < m_order.size(); ++pos)
            if (c[pos]) {
                r.answered = true;
                r.index = m_order[pos];
            }
        break;
    }
    case dlt::quiz::QuestionType::MultipleChoice: {
        const auto c = m_choices->checked();
        for (size_t pos = 0; pos < c.size() && pos < m_order.size(); ++pos)
            if (c[pos])
                r.indices.push_back(m_order[pos]);
        r.answered = !r.indices.empty();
        break;
    }
    case dlt::quiz::QuestionType::Numeric:
        if (const auto v = dlt::parseNumber(m_number->text().trimmed().toStdString(), numbertext::parseOptions())) {
            r.answered = true;
            r.number = *v;
        }
        break;
    case dlt::quiz::QuestionType::Matrix:
        r.matrix = m_gridModel->matrix();
        r.answered = r.matrix.size() > 0 && r.matrix.array().isFinite().any();
        break;
    }
    return r;
}

void QuestionView::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void QuestionView::setTimeText(const QString &text)
{
    m_timer->setText(text);
    m_timer->setVisible(!text.isEmpty());
}

void QuestionView::emitEdited()
{
    if (m_restoring || m_locked)
        return;
    m_hint->hide();
    emit responseEdited(response());
}

void QuestionView::watchChildren()
{
    for (QWidget *w : findChildren<QWidget *>())
        if (w->focusPolicy() != Qt::NoFocus)
            w->installEventFilter(this);
}

bool QuestionView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event), watched))
        return true;
    return QWidget::eventFilter(watched, event);
}

void QuestionView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, this))
        QWidget::keyPressEvent(event);
}

bool QuestionView::handleKey(QKeyEvent *event, QObject *source)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    // Typing into the number field or the grid keeps digits, letters and arrows for itself.
    const bool typing = qobject_cast<QLineEdit *>(source) || qobject_cast<QAbstractItemView *>(source);
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        emit submitRequested();
        return true;
    }
    if (typing)
        return false;
    if (key == Qt::Key_Left) {
        emit previousRequested();
        return true;
    }
    if (key == Qt::Key_Right) {
        emit nextRequested();
        return true;
    }
    const bool choices = m_type == dlt::quiz::QuestionType::TrueFalse || dlt::quiz::hasChoices(m_type);
    if (choices && key >= Qt::Key_1 && key <= Qt::Key_9) {
        m_choices->choose(key - Qt::Key_1);
        return true;
    }
    if (m_type == dlt::quiz::QuestionType::TrueFalse && (key == Qt::Key_T || key == Qt::Key_F)) {
        m_choices->choose(key == Qt::Key_T ? 0 : 1);
        return true;
    }
    return false;
}
