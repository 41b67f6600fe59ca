#pragma once

#include "gradientdocument.h"

#include <QUndoCommand>

/**
 * One edit on the gradient page: the state before and after. Every edit kind uses it; slider
 * moves of one gesture merge (same id() and gesture), so a drag undoes in one step.
 */
class GradientEditCommand : public QUndoCommand
{
public:
    /** Merge id used by scale changes; other edits do not merge. */
    static constexpr int kScaleMergeId = 0x524e4e; // "RNN"

    GradientEditCommand(GradientDocument *document, GradientState before, GradientState after, const QString &text,
                        int mergeId = -1, int gesture = 0);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    GradientDocument *m_document;
    GradientState m_before;
    GradientState m_after;
    int m_mergeId;
    int m_gesture;
};
