#pragma once

#include "quiz/mock.h"
#include "quiz/question.h"

#include <QDeadlineTimer>
#include <QString>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

class ProgressStore;
class QAction;
class QStackedWidget;
class QTimer;
class QUndoStack;
class MockResultsView;
class QuestionView;
class QuizSession;
class QuizStartView;
class ResultsView;

/**
 * "Quiz and mock midterm": take T/F, multiple-choice and numeric questions from the built-in
 * bank or an instructor's bank (JSON or GIFT) with immediate or end-of-quiz feedback, review the
 * results per topic, retake the wrong ones, and keep the progress across restarts.
 */
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPage(QWidget *parent = nullptr);
    ~QuizPage() override;

    /** Asks for a bank file to open; tests replace the file dialog with a stand-in. */
    using FileChooser = std::function<QString()>;
    void setFileChooser(FileChooser chooser);

    /** Loads a bank file. An invalid one lists every problem and leaves the loaded bank in place. */
    bool openBank(const QString &path);
    /** Switches back to the built-in bank (undoable). */
    void useBuiltinBank();

    /** Sets the running mock midterm's time left (the timer then ends it when this runs out). */
    void setTimeLeft(std::chrono::milliseconds left);
    bool isTimerRunning() const;

    const dlt::quiz::Bank &bank() const { return m_bank; }
    QString bankPath() const { return m_bankPath; }
    QuizSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *openBankAction() const { return m_openAction; }
    ProgressStore *progressStore() const { return m_store.get(); }
    /** For the PNG export: the results sheet of the finished quiz or mock, or nullptr while none has finished. */
    QWidget *resultsSheet() const;
    /** For the PNG export: the screen shown now (start, question, results or mock sheet). */
    QWidget *currentView() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyBank(const dlt::quiz::Bank &bank, const QString &path);
    void startQuiz();
    void startMock();
    void updateClock();
    void showCurrent();
    void onSubmit();
    void onFinished();
    void retakeWrong();
    void refreshProgress();

    dlt::quiz::Bank m_bank;
    QString m_bankPath;
    FileChooser m_chooser;
    std::unique_ptr<ProgressStore> m_store;

    QUndoStack *m_undo = nullptr;
    QAction *m_openAction = nullptr;
    QuizSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QuizStartView *m_start = nullptr;
    QuestionView *m_question = nullptr;
    ResultsView *m_results = nullptr;
    MockResultsView *m_mock = nullptr;

    std::vector<dlt::quiz::MockSection> m_mockSections;
    bool m_mockGraduate = false;
    QTimer *m_clock = nullptr;
    QDeadlineTimer m_deadline;
};
