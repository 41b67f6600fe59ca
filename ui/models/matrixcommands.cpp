#include "matrixcommands.h"

#include <QCoreApplication>

// The translation context is spelled out at each call (no Q_OBJECT here), so lupdate files
// the strings under the same context the program looks them up in.

SetCellCommand::SetCellCommand(MatrixModel *model, int channel, int row, int col, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_channel(channel)
    , m_row(row)
    , m_col(col)
    , m_text(text)
{
    m_oldValue = model->volume()[size_t(channel)](row, col);
    const auto it = model->content().invalidText.find({channel, row, col});
    if (it != model->content().invalidText.end())
        m_oldInvalid = it->second;
    setText(QCoreApplication::translate("MatrixCommands", "set %1 row %2, column %3 to '%4'").arg(model->name()).arg(row + 1).arg(col + 1).arg(text));
}

void SetCellCommand::redo()
{
    if (m_model)
        m_model->applyCellText(m_channel, m_row, m_col, m_text);
}

void SetCellCommand::undo()
{
    if (m_model)
        m_model->applyCell(m_channel, m_row, m_col, m_oldValue, m_oldInvalid);
}

InsertLinesCommand::InsertLinesCommand(MatrixModel *model, Qt::Orientation orientation, int pos, int count,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_orientation(orientation)
    , m_pos(pos)
    , m_count(count)
{
    setText((orientation == Qt::Vertical ? QCoreApplication::translate("MatrixCommands", "insert a row in %1") : QCoreApplication::translate("MatrixCommands", "insert a column in %1")).arg(model->name()));
}

void InsertLinesCommand::redo()
{
    if (m_model)
        m_model->applyInsert(m_orientation, m_pos, m_count);
}

void InsertLinesCommand::undo()
{
    if (m_model)
        m_model->applyRemove(m_orientation, m_pos, m_count);
}

RemoveLinesCommand::RemoveLinesCommand(MatrixModel *model, Qt::Orientation orientation, int pos, int count,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_orientation(orientation)
    , m_pos(pos)
    , m_count(count)
    , m_before(model->content())
{
    setText((orientation == Qt::Vertical ? QCoreApplication::translate("MatrixCommands", "remove a row from %1") : QCoreApplication::translate("MatrixCommands", "remove a column from %1")).arg(model->name()));
}

void RemoveLinesCommand::redo()
{
    if (m_model)
        m_model->applyRemove(m_orientation, m_pos, m_count);
}

void RemoveLinesCommand::undo()
{
    if (!m_model)
        return;
    // Insert first so views see a plain insertion, then restore the values (and invalid texts).
    m_model->applyInsert(m_orientation, m_pos, m_count);
    m_model->applyContent(m_before);
}

ReplaceContentCommand::ReplaceContentCommand(MatrixModel *model, MatrixContent content, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(model->content())
    , m_after(std::move(content))
{
}

void ReplaceContentCommand::redo()
{
    if (m_model)
        m_model->applyContent(m_after);
}

void ReplaceContentCommand::undo()
{
    if (m_model)
        m_model->applyContent(m_before);
}
