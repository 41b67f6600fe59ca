#pragma once

#include "graphdocument.h"

#include <QUndoCommand>

/**
 * Changes the graph page's options (cell, view, τ, sizes, seed, sharing, η) as one undoable
 * edit. Consecutive edits of the same field (for example spinning the seed) merge.
 */
class SetGraphOptionsCommand : public QUndoCommand
{
public:
    /** field identifies the edited option for merging; -1 never merges. */
    SetGraphOptionsCommand(GraphDocument *document, const GraphOptions &after, const QString &text, int field = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_field < 0 ? -1 : 0x6a70 + m_field; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    GraphDocument *m_document;
    GraphOptions m_before;
    GraphOptions m_after;
    int m_field;
};
