#pragma once

#include "quizstartview.h"

#include <QPointer>
#include <QUndoCommand>

/**
 * A change of the quiz start screen's settings (topics, count, seed, feedback, mock options) as an
 * undoable edit. Consecutive changes of the same spin box (count, seed, minutes) merge into one step.
 */
class QuizSettingsCommand : public QUndoCommand
{
public:
    QuizSettingsCommand(QuizStartView *view, QuizStartView::Settings before, QuizStartView::Settings after, int field);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<QuizStartView> m_view;
    QuizStartView::Settings m_before;
    QuizStartView::Settings m_after;
    int m_field;
};
