#pragma once

#include "conv/conv.h"

#include <QPointer>
#include <QUndoCommand>

class ConvolutionDocument;

/** Changes stride, padding, dilation or mode; repeated changes of one control merge into one step. */
class SpecCommand : public QUndoCommand
{
public:
    SpecCommand(ConvolutionDocument *document, const dlt::conv::Spec &before, const dlt::conv::Spec &after,
                int mergeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<ConvolutionDocument> m_document;
    dlt::conv::Spec m_before;
    dlt::conv::Spec m_after;
    int m_mergeId;
};
