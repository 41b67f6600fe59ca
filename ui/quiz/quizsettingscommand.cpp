#include "quizsettingscommand.h"

#include <QCoreApplication>

namespace {
QString textFor(int field)
{
    switch (field) {
    case QuizStartView::TopicsField:
        return QCoreApplication::translate("QuizSettingsCommand", "Change quiz topics");
    case QuizStartView::CountField:
        return QCoreApplication::translate("QuizSettingsCommand", "Change number of questions");
    case QuizStartView::SeedField:
        return QCoreApplication::translate("QuizSettingsCommand", "Change quiz seed");
    case QuizStartView::FeedbackField:
        return QCoreApplication::translate("QuizSettingsCommand", "Change feedback mode");
    case QuizStartView::GraduateField:
        return QCoreApplication::translate("QuizSettingsCommand", "Toggle graduate section");
    case QuizStartView::TimerField:
        return QCoreApplication::translate("QuizSettingsCommand", "Toggle mock timer");
    default:
        return QCoreApplication::translate("QuizSettingsCommand", "Change mock minutes");
    }
}
bool merges(int field)
{
    return field == QuizStartView::CountField || field == QuizStartView::SeedField
        || field == QuizStartView::MinutesField;
}
} // namespace

QuizSettingsCommand::QuizSettingsCommand(
    QuizStartView *view, QuizStartView::Settings before, QuizStartView::Settings after, int field)
    : QUndoCommand(textFor(field))
    , m_view(view)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{ }

void QuizSettingsCommand::undo()
{
    if (m_view)
        m_view->setSettings(m_before);
}

void QuizSettingsCommand::redo()
{
    // The first redo finds the view already showing m_after (the student just changed it): setSettings is then a no-op.
    if (m_view)
        m_view->setSettings(m_after);
}

int QuizSettingsCommand::id() const
{
    return merges(m_field) ? 0x515a00 + m_field : -1;
}

bool QuizSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const QuizSettingsCommand *>(other);
    if (o->m_field != m_field || o->m_view != m_view)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}
