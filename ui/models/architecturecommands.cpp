#include "architecturecommands.h"

#include "architecturetablemodel.h"

#include <QCoreApplication>

SetInputCommand::SetInputCommand(ArchitectureTableModel *model, const dlt::arch::Shape &before,
                                 const dlt::arch::Shape &after, bool continuesPrevious)
    : QUndoCommand(QCoreApplication::translate("ArchitectureTableModel", "Change input size"))
    , m_model(model)
    , m_before(before)
    , m_after(after)
    , m_continuesPrevious(continuesPrevious)
{
}

void SetInputCommand::redo() { m_model->applyInput(m_after); }

void SetInputCommand::undo() { m_model->applyInput(m_before); }

bool SetInputCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetInputCommand *>(other);
    if (!next || !next->m_continuesPrevious || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

EditColumnCommand::EditColumnCommand(ArchitectureTableModel *model, int column, dlt::arch::Column before,
                                     dlt::arch::Column after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_column(column)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditColumnCommand::redo() { m_model->applyColumn(m_column, m_after); }

void EditColumnCommand::undo() { m_model->applyColumn(m_column, m_before); }

InsertColumnCommand::InsertColumnCommand(ArchitectureTableModel *model, int at, dlt::arch::Column column,
                                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_at(at)
    , m_column(std::move(column))
{
}

void InsertColumnCommand::redo() { m_model->applyInsertColumn(m_at, m_column); }

void InsertColumnCommand::undo() { m_model->applyRemoveColumn(m_at); }

RemoveColumnCommand::RemoveColumnCommand(ArchitectureTableModel *model, int at, dlt::arch::Column column,
                                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_at(at)
    , m_column(std::move(column))
{
}

void RemoveColumnCommand::redo() { m_model->applyRemoveColumn(m_at); }

void RemoveColumnCommand::undo() { m_model->applyInsertColumn(m_at, m_column); }
