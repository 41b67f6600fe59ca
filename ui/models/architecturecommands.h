#pragma once

#include "arch/shape.h"
#include "arch/workspace.h"

#include <QUndoCommand>

class ArchitectureTableModel;

/**
 * Changes the input size shared by every column. A change that continues the previous one
 * (the same typing, before the field is left) merges into it, so one undo step undoes one edit.
 */
class SetInputCommand : public QUndoCommand
{
public:
    SetInputCommand(ArchitectureTableModel *model, const dlt::arch::Shape &before, const dlt::arch::Shape &after,
                    bool continuesPrevious);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int kId = 0x7601;
    ArchitectureTableModel *m_model;
    dlt::arch::Shape m_before;
    dlt::arch::Shape m_after;
    bool m_continuesPrevious;
};

/** Replaces one custom column's name and layers (insert, delete, move, edit a layer, edit the text). */
class EditColumnCommand : public QUndoCommand
{
public:
    EditColumnCommand(ArchitectureTableModel *model, int column, dlt::arch::Column before, dlt::arch::Column after,
                      const QString &text);

    void redo() override;
    void undo() override;

private:
    ArchitectureTableModel *m_model;
    int m_column;
    dlt::arch::Column m_before;
    dlt::arch::Column m_after;
};

/** Adds a column at a position (redo) or takes it out again (undo). */
class InsertColumnCommand : public QUndoCommand
{
public:
    InsertColumnCommand(ArchitectureTableModel *model, int at, dlt::arch::Column column, const QString &text);

    void redo() override;
    void undo() override;

private:
    ArchitectureTableModel *m_model;
    int m_at;
    dlt::arch::Column m_column;
};

/** Removes a column (redo) and puts it back where it was (undo). */
class RemoveColumnCommand : public QUndoCommand
{
public:
    RemoveColumnCommand(ArchitectureTableModel *model, int at, dlt::arch::Column column, const QString &text);

    void redo() override;
    void undo() override;

private:
    ArchitectureTableModel *m_model;
    int m_at;
    dlt::arch::Column m_column;
};
