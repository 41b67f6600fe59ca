#pragma once

#include "quiz/question.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

/**
 * Replacing the loaded question bank, as an undoable edit: undo brings the previous bank (and
 * its remembered path) back. apply(bank, path) installs a bank; path is empty for the built-in one.
 */
class BankCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const dlt::quiz::Bank &bank, const QString &path)>;

    BankCommand(Apply apply, dlt::quiz::Bank before, QString beforePath, dlt::quiz::Bank after, QString afterPath,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Apply m_apply;
    dlt::quiz::Bank m_before;
    QString m_beforePath;
    dlt::quiz::Bank m_after;
    QString m_afterPath;
};
