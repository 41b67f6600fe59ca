#pragma once

#include "quiz/attempt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QuizReviewModel;
class QuizTopicModel;

/**
 * The end of a quiz: the score, the per-topic breakdown, and a review table of every question
 * (select a row to read its feedback, double-click or Enter to open it). Offers to retake only
 * the questions without full credit.
 */
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    /** Shows a finished attempt. */
    void showAttempt(const dlt::quiz::Attempt &attempt);
    /** A line under the score (e.g. where the progress was saved, or why it was not). */
    void setNote(const QString &text);

    QuizTopicModel *topicModel() const { return m_topics; }
    QuizReviewModel *reviewModel() const { return m_review; }

signals:
    void retakeWrongRequested();
    void newQuizRequested();
    void openQuestionRequested(int index);

private:
    void showDetails(int row);

    QLabel *m_score = nullptr;
    QLabel *m_note = nullptr;
    QuizTopicModel *m_topics = nullptr;
    QuizReviewModel *m_review = nullptr;
    QTableView *m_topicView = nullptr;
    QTableView *m_reviewView = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_retake = nullptr;
    QPushButton *m_newQuiz = nullptr;
};
