#include "quizsession.h"

QuizSession::QuizSession(QObject *parent)
    : QObject(parent)
{ }

void QuizSession::start(dlt::quiz::Attempt attempt, Feedback mode, const QString &kind)
{
    m_attempt = std::move(attempt);
    m_mode = mode;
    m_kind = kind;
    m_current = 0;
    m_active = true;
    m_finished = false;
    emit started();
    emit currentChanged(0);
}

bool QuizSession::feedbackVisible(int i) const
{
    if (i < 0 || i >= count())
        return false;
    return m_finished || (m_mode == Feedback::Immediate && m_attempt.item(i).submitted);
}

void QuizSession::setCurrent(int i)
{
    if (i < 0 || i >= count() || i == m_current)
        return;
    m_current = i;
    emit currentChanged(i);
}

void QuizSession::next()
{
    setCurrent(m_current + 1);
}

void QuizSession::previous()
{
    setCurrent(m_current - 1);
}

void QuizSession::setResponse(const dlt::quiz::Response &response)
{
    if (!m_active || m_finished || m_attempt.item(m_current).submitted)
        return;
    m_attempt.setResponse(m_current, response);
    emit itemChanged(m_current);
}

bool QuizSession::submitCurrent()
{
    if (!m_active || m_finished || !m_attempt.item(m_current).response.answered)
        return false;
    m_attempt.submit(m_current);
    emit itemChanged(m_current);
    return true;
}

void QuizSession::finish()
{
    if (!m_active || m_finished)
        return;
    m_attempt.submitAll();
    m_finished = true;
    emit finished();
}
