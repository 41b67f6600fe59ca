#include "gradientcommands.h"

GradientEditCommand::GradientEditCommand(GradientDocument *document, GradientState before, GradientState after,
                                         const QString &text, int mergeId, int gesture)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
}

void GradientEditCommand::undo()
{
    m_document->setState(m_before);
}

void GradientEditCommand::redo()
{
    m_document->setState(m_after);
}

bool GradientEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const GradientEditCommand *>(other);
    if (!o || o->m_mergeId != m_mergeId || m_mergeId < 0 || o->m_gesture != m_gesture)
        return false;
    m_after = o->m_after;
    return true;
}
