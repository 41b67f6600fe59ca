#pragma once

#include "matrixmodel.h"

#include <QPointer>
#include <QUndoCommand>

/** Types text into one cell; undo restores the old number or the old invalid text. */
class SetCellCommand : public QUndoCommand
{
public:
    SetCellCommand(MatrixModel *model, int channel, int row, int col, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<MatrixModel> m_model;
    int m_channel, m_row, m_col;
    QString m_text;
    double m_oldValue = 0;
    std::optional<QString> m_oldInvalid; ///< the old cell's text when it was not a number
};

/** Inserts zero rows or columns in every channel. */
class InsertLinesCommand : public QUndoCommand
{
public:
    InsertLinesCommand(MatrixModel *model, Qt::Orientation orientation, int pos, int count, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<MatrixModel> m_model;
    Qt::Orientation m_orientation;
    int m_pos, m_count;
};

/** Removes rows or columns in every channel; undo puts back the exact content, invalid cells included. */
class RemoveLinesCommand : public QUndoCommand
{
public:
    RemoveLinesCommand(MatrixModel *model, Qt::Orientation orientation, int pos, int count, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<MatrixModel> m_model;
    Qt::Orientation m_orientation;
    int m_pos, m_count;
    MatrixContent m_before;
};

/** Replaces the whole content: paste, preset, random fill, adding or removing a channel. */
class ReplaceContentCommand : public QUndoCommand
{
public:
    ReplaceContentCommand(MatrixModel *model, MatrixContent content, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<MatrixModel> m_model;
    MatrixContent m_before;
    MatrixContent m_after;
};
