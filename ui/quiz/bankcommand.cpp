#include "bankcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

BankCommand::BankCommand(Apply apply, dlt::quiz::Bank before, QString beforePath, dlt::quiz::Bank after,
    QString afterPath, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_beforePath(std::move(beforePath))
    , m_after(std::move(after))
    , m_afterPath(std::move(afterPath))
{
    setText(m_afterPath.isEmpty() ? QCoreApplication::translate("BankCommand", "use the built-in question bank")
                                  : QCoreApplication::translate("BankCommand", "open question bank %1")
                                        .arg(QFileInfo(m_afterPath).fileName()));
}

void BankCommand::undo()
{
    m_apply(m_before, m_beforePath);
}

void BankCommand::redo()
{
    m_apply(m_after, m_afterPath);
}
