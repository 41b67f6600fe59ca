#include "quizpage.h"

#include "quiz/answertext.h"
#include "quiz/bankcommand.h"
#include "quiz/quizsettingscommand.h"
#include "quiz/bankio.h"
#include "quiz/mockresultsview.h"
#include "quiz/progressstore.h"
#include "quiz/questionview.h"
#include "quiz/quizsession.h"
#include "quiz/quizstartview.h"
#include "quiz/resultsview.h"
#include "text/errortext.h"

#include "quiz/attempt.h"
#include "quiz/progress.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString kBankKey = QStringLiteral("quiz/bankPath");
}

QuizPage::QuizPage(QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<ProgressStore>())
{
    setObjectName(QStringLiteral("quizPage"));
    m_undo = new QUndoStack(this);
    m_session = new QuizSession(this);

    m_openAction = new QAction(tr("Open question bank…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpenQuestionBank"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction->setToolTip(tr("Load an instructor's question bank: JSON or Moodle GIFT (Ctrl+O)"));
    addAction(m_openAction);
    m_chooser = [this] {
        QSettings s;
        const QString dir = QFileInfo(s.value(kBankKey).toString()).absolutePath();
        return QFileDialog::getOpenFileName(this, tr("Open question bank"), dir,
            tr("Question banks (*.json *.gift *.txt);;JSON (*.json);;Moodle GIFT (*.gift *.txt);;All files (*)"));
    };
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = m_chooser ? m_chooser() : QString();
        if (!path.isEmpty())
            openBank(path);
    });

    m_start = new QuizStartView(this);
    m_start->setOpenAction(m_openAction);
    m_question = new QuestionView(this);
    m_results = new ResultsView(this);
    m_mock = new MockResultsView(this);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &QuizPage::updateClock);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("quizStack"));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_question);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_mock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_start, &QuizStartView::startRequested, this, &QuizPage::startQuiz);
    connect(m_start, &QuizStartView::mockRequested, this, &QuizPage::startMock);
    connect(m_mock, &MockResultsView::reviewRequested, this, [this] { m_stack->setCurrentWidget(m_results); });
    connect(m_mock, &MockResultsView::newQuizRequested, this, [this] {
        refreshProgress();
        m_stack->setCurrentWidget(m_start);
    });
    connect(m_start, &QuizStartView::builtinRequested, this, &QuizPage::useBuiltinBank);
    connect(m_start, &QuizStartView::settingsEdited, this,
        [this](const QuizStartView::Settings &before, const QuizStartView::Settings &after, int field) {
            m_undo->push(new QuizSettingsCommand(m_start, before, after, field));
        });
    connect(m_question, &QuestionView::responseEdited, m_session, &QuizSession::setResponse);
    connect(m_question, &QuestionView::submitRequested, this, &QuizPage::onSubmit);
    connect(m_question, &QuestionView::nextRequested, m_session, &QuizSession::next);
    connect(m_question, &QuestionView::previousRequested, m_session, &QuizSession::previous);
    connect(m_question, &QuestionView::finishRequested, m_session, &QuizSession::finish);
    connect(m_question, &QuestionView::backToResultsRequested, this, [this] { m_stack->setCurrentWidget(m_results); });
    connect(m_session, &QuizSession::currentChanged, this, &QuizPage::showCurrent);
    connect(m_session, &QuizSession::finished, this, &QuizPage::onFinished);
    connect(m_results, &ResultsView::retakeWrongRequested, this, &QuizPage::retakeWrong);
    connect(m_results, &ResultsView::newQuizRequested, this, [this] {
        refreshProgress();
        m_stack->setCurrentWidget(m_start);
    });
    connect(m_results, &ResultsView::openQuestionRequested, this, [this](int i) {
        m_stack->setCurrentWidget(m_question);
        if (i == m_session->current())
            showCurrent();
        else
            m_session->setCurrent(i);
    });

    // The remembered bank, or the built-in one (with the reason when the remembered one fails).
    m_bank = bankio::builtinBank();
    const QString remembered = QSettings().value(kBankKey).toString();
    if (!remembered.isEmpty()) {
        dlt::quiz::BankLoad l = bankio::loadFile(remembered);
        if (l.ok()) {
            m_bank = std::move(l.bank);
            m_bankPath = remembered;
        } else {
            QStringList lines;
            for (const dlt::Error &e : l.problems)
                lines << errorText(e);
            m_start->showProblems(tr("The remembered bank %1 could not be loaded (%2); using the built-in bank.")
                                      .arg(QDir::toNativeSeparators(remembered),
                                          answertext::count(lines.size(), QT_TRANSLATE_NOOP("answertext", "1 problem"), QT_TRANSLATE_NOOP("answertext", "%1 problems"))),
                lines);
        }
    }
    m_start->setBank(m_bank, m_bankPath.isEmpty() ? tr("built-in") : QFileInfo(m_bankPath).fileName());

    if (auto note = m_store->load())
        m_start->setProgressNote(*note);
    refreshProgress();
}

QuizPage::~QuizPage() = default;

void QuizPage::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

bool QuizPage::openBank(const QString &path)
{
    dlt::quiz::BankLoad l = bankio::loadFile(path);
    if (!l.ok()) {
        QStringList lines;
        for (const dlt::Error &e : l.problems)
            lines << errorText(e);
        m_start->showProblems(
            tr("%1 was not loaded: %2 found. The current bank is unchanged.")
                .arg(QFileInfo(path).fileName(), answertext::count(lines.size(), QT_TRANSLATE_NOOP("answertext", "1 problem"), QT_TRANSLATE_NOOP("answertext", "%1 problems"))),
            lines);
        m_stack->setCurrentWidget(m_start);
        return false;
    }
    m_undo->push(new BankCommand([this](const dlt::quiz::Bank &b, const QString &p) { applyBank(b, p); }, m_bank,
        m_bankPath, std::move(l.bank), QFileInfo(path).absoluteFilePath()));
    m_stack->setCurrentWidget(m_start);
    return true;
}

void QuizPage::useBuiltinBank()
{
    if (m_bankPath.isEmpty())
        return;
    m_undo->push(new BankCommand([this](const dlt::quiz::Bank &b, const QString &p) { applyBank(b, p); }, m_bank,
        m_bankPath, bankio::builtinBank(), QString()));
}

void QuizPage::applyBank(const dlt::quiz::Bank &bank, const QString &path)
{
    m_bank = bank;
    m_bankPath = path;
    QSettings().setValue(kBankKey, path);
    m_start->setBank(m_bank, path.isEmpty() ? tr("built-in") : QFileInfo(path).fileName());
    m_start->showProblems(QString(), {});
}

void QuizPage::startQuiz()
{
    auto attempt = dlt::quiz::Attempt::start(m_bank, m_start->options());
    if (!attempt) {
        m_start->showProblems(tr("The quiz could not start."), { errorText(attempt.error()) });
        return;
    }
    m_clock->stop(); // a plain quiz has no timer
    m_question->setTimeText(QString());
    m_session->start(std::move(attempt).value(),
        m_start->feedbackAtEnd() ? QuizSession::Feedback::AtEnd : QuizSession::Feedback::Immediate,
        QStringLiteral("quiz"));
    m_stack->setCurrentWidget(m_question);
    showCurrent(); // again, now that the view is shown: it puts the focus on the answer field or the question
}

void QuizPage::startMock()
{
    auto exam = dlt::quiz::composeMock(m_bank, m_start->seed());
    if (!exam) {
        m_start->showProblems(tr("The mock midterm could not start."), { errorText(exam.error()) });
        return;
    }
    m_mockSections = exam->sections;
    m_mockGraduate = m_start->mockGraduate();
    m_session->start(std::move(exam).value().attempt, QuizSession::Feedback::AtEnd, QStringLiteral("mock"));
    const int minutes = m_start->mockMinutes();
    if (minutes > 0) {
        m_deadline = QDeadlineTimer(std::chrono::minutes(minutes));
        m_clock->start();
        updateClock();
    } else {
        m_clock->stop();
        m_question->setTimeText(QString());
    }
    m_stack->setCurrentWidget(m_question);
    showCurrent(); // again, now that the view is shown: it puts the focus on the answer field or the question
}

void QuizPage::setTimeLeft(std::chrono::milliseconds left)
{
    m_deadline = QDeadlineTimer(left);
    if (m_session->isActive() && !m_session->isFinished())
        m_clock->start();
    updateClock();
}

bool QuizPage::isTimerRunning() const
{
    return m_clock->isActive();
}

void QuizPage::updateClock()
{
    if (!m_session->isActive() || m_session->isFinished()) {
        m_clock->stop();
        return;
    }
    const qint64 left = m_deadline.remainingTime();
    m_question->setTimeText(
        tr("Time left: %1")
            .arg(QTime::fromMSecsSinceStartOfDay(int(std::max<qint64>(0, left)))
                     .toString(left >= 3600000 ? QStringLiteral("h:mm:ss") : QStringLiteral("mm:ss"))));
    if (m_deadline.hasExpired()) {
        m_clock->stop();
        m_session->finish();
    }
}

void QuizPage::showCurrent()
{
    if (!m_session->isActive())
        return;
    const int i = m_session->current();
    const auto &item = m_session->attempt().item(i);
    m_question->showItem(item, i, m_session->count(), m_session->feedbackMode() == QuizSession::Feedback::AtEnd,
        m_session->isFinished());
    if (m_session->feedbackVisible(i))
        m_question->showFeedback(item, m_session->attempt().gradeOf(i));
}

void QuizPage::onSubmit()
{
    if (!m_session->isActive())
        return;
    const int i = m_session->current();
    const bool last = i + 1 >= m_session->count();
    if (m_session->isFinished()) {
        if (last)
            m_stack->setCurrentWidget(m_results);
        else
            m_session->next();
        return;
    }
    if (m_session->feedbackMode() == QuizSession::Feedback::AtEnd) {
        if (last)
            m_session->finish();
        else
            m_session->next();
        return;
    }
    if (!m_session->attempt().item(i).submitted) {
        if (!m_session->submitCurrent()) {
            m_question->setHint(
                tr("Choose an answer first: press 1–9 (T/F for true/false), click a choice or type the value."));
            return;
        }
        m_question->showFeedback(m_session->attempt().item(i), m_session->attempt().gradeOf(i));
        return;
    }
    if (last)
        m_session->finish();
    else
        m_session->next();
}

void QuizPage::onFinished()
{
    m_clock->stop();
    m_question->setTimeText(QString());
    const auto &attempt = m_session->attempt();
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto record = dlt::quiz::recordOf(attempt, when.toStdString(), m_session->kind().toStdString(), m_bank.title);
    if (auto err = m_store->add(record))
        m_results->setNote(*err);
    else
        m_results->setNote(tr("Saved to your progress (%1).").arg(QDir::toNativeSeparators(m_store->path())));
    m_results->showAttempt(attempt);
    if (m_session->kind() == QLatin1String("mock")) {
        m_mock->showMock(m_mockSections, attempt, m_mockGraduate, attempt.seed());
        m_stack->setCurrentWidget(m_mock);
    } else {
        m_stack->setCurrentWidget(m_results);
    }
    refreshProgress();
}

QWidget *QuizPage::resultsSheet() const
{
    if (!m_session->isActive() || !m_session->isFinished())
        return nullptr;
    return m_session->kind() == QLatin1String("mock") ? static_cast<QWidget *>(m_mock) : m_results;
}

QWidget *QuizPage::currentView() const
{
    return m_stack->currentWidget();
}

void QuizPage::retakeWrong()
{
    const auto &attempt = m_session->attempt();
    const auto wrong = attempt.wrongItems();
    if (wrong.empty())
        return;
    // A retake is a plain quiz; after a mock midterm its feedback comes at once.
    const auto mode
        = m_session->kind() == QLatin1String("mock") ? QuizSession::Feedback::Immediate : m_session->feedbackMode();
    m_session->start(attempt.retake(wrong, attempt.seed() + 1), mode, QStringLiteral("quiz"));
    m_stack->setCurrentWidget(m_question);
}

void QuizPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Keyboard first: the start button (or the current question) takes the focus once the page is up.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
}

void QuizPage::refreshProgress()
{
    m_start->setProgress(dlt::quiz::topicTotals(m_store->progress()), int(m_store->progress().attempts.size()));
}
