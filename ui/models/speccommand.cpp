#include "speccommand.h"

#include "convolutiondocument.h"

#include <QCoreApplication>

SpecCommand::SpecCommand(ConvolutionDocument *document, const dlt::conv::Spec &before, const dlt::conv::Spec &after,
                         int mergeId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("SpecCommand", "change the convolution settings"), parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
{
}

void SpecCommand::redo()
{
    if (m_document)
        m_document->applySpec(m_after);
}

void SpecCommand::undo()
{
    if (m_document)
        m_document->applySpec(m_before);
}

bool SpecCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SpecCommand *>(other);
    if (o->m_document != m_document)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}
