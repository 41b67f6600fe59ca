#include "graphcommands.h"

SetGraphOptionsCommand::SetGraphOptionsCommand(
    GraphDocument *document, const GraphOptions &after, const QString &text, int field)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->options())
    , m_after(after)
    , m_field(field)
{ }

void SetGraphOptionsCommand::undo()
{
    m_document->setOptions(m_before);
}

void SetGraphOptionsCommand::redo()
{
    m_document->setOptions(m_after);
}

bool SetGraphOptionsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetGraphOptionsCommand *>(other);
    if (o->m_field != m_field || o->m_document != m_document)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}
