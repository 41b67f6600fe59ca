#pragma once

#include "quiz/attempt.h"
#include "quiz/scoring.h"

#include <QWidget>

class ChoiceList;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;
class QuizMatrixModel;

/**
 * One question on screen: the prompt, its figures, the answer widgets for its type, and after
 * grading the feedback. Keys: 1–9 choose, T/F answer true/false, Enter submits (or moves on),
 * ←/→ go to the previous/next question. The view only collects the answer; grading is core's.
 */
class QuestionView : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionView(QWidget *parent = nullptr);

    /**
     * Shows item (number index of count). atEnd: feedback comes at the end, so Enter moves on
     * instead of submitting. review: the attempt is over; inputs are locked.
     */
    void showItem(const dlt::quiz::Item &item, int index, int count, bool atEnd, bool review);

    /** Locks the inputs and shows the grade: marks on choices or cells and the feedback text. */
    void showFeedback(const dlt::quiz::Item &item, const dlt::quiz::Grade &grade);

    /** The answer as the widgets hold it, in the question's own choice indices. */
    dlt::quiz::Response response() const;

    /** A short line under the question (e.g. "Choose an answer first"); empty hides it. */
    void setHint(const QString &text);
    /** The timer's text; empty hides it. */
    void setTimeText(const QString &text);

signals:
    void responseEdited(const dlt::quiz::Response &response);
    void submitRequested();
    void nextRequested();
    void previousRequested();
    void finishRequested();
    void backToResultsRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event, QObject *source);
    void restoreResponse(const dlt::quiz::Item &item);
    void watchChildren();
    void emitEdited();

    dlt::quiz::QuestionType m_type = dlt::quiz::QuestionType::TrueFalse;
    std::vector<int> m_order; ///< display position → choice index
    bool m_locked = false;
    bool m_restoring = false;

    QLabel *m_header = nullptr;
    QLabel *m_timer = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_prompt = nullptr;
    QWidget *m_figures = nullptr;
    QVBoxLayout *m_figureLayout = nullptr;
    ChoiceList *m_choices = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberError = nullptr;
    QLabel *m_gridCaption = nullptr;
    QTableView *m_grid = nullptr;
    QuizMatrixModel *m_gridModel = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_back = nullptr;
};
