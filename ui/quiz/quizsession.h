#pragma once

#include "quiz/attempt.h"

#include <QObject>
#include <QString>

/**
 * The quiz being taken: a core Attempt plus where the student is and how feedback is given.
 * Widgets never grade; they read grades from here (computed by core).
 */
class QuizSession : public QObject
{
    Q_OBJECT

public:
    enum class Feedback { Immediate, AtEnd };

    explicit QuizSession(QObject *parent = nullptr);

    /** Starts a new attempt at question 0; kind is "quiz" or "mock" (stored with the progress). */
    void start(dlt::quiz::Attempt attempt, Feedback mode, const QString &kind);

    bool isActive() const { return m_active; }
    bool isFinished() const { return m_finished; }
    const dlt::quiz::Attempt &attempt() const { return m_attempt; }
    QString kind() const { return m_kind; }
    Feedback feedbackMode() const { return m_mode; }
    int current() const { return m_current; }
    int count() const { return m_attempt.size(); }

    /** Whether item i's grade and explanation may be shown now. */
    bool feedbackVisible(int i) const;

    void setCurrent(int i);
    void next();
    void previous();

    /** Records the current item's response (ignored once it is submitted). */
    void setResponse(const dlt::quiz::Response &response);
    /** Locks the current item in (immediate mode shows its feedback). False when it has no answer yet. */
    bool submitCurrent();
    /** Submits everything and ends the attempt. */
    void finish();

signals:
    void started();
    void currentChanged(int index);
    void itemChanged(int index); ///< response or submission of item index changed
    void finished();

private:
    dlt::quiz::Attempt m_attempt;
    Feedback m_mode = Feedback::Immediate;
    QString m_kind;
    int m_current = 0;
    bool m_active = false;
    bool m_finished = false;
};
