#include "unsharedcopiesmodel.h"

#include "widgets/graphtext.h"

#include <QFont>

using namespace dlt::graph;

UnsharedCopiesModel::UnsharedCopiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UnsharedCopiesModel::setContent(const UnsharedStep &step, const std::string &symbol)
{
    beginResetModel();
    m_parameter = UnsharedParameter();
    m_steps = 0;
    m_learningRate = step.learningRate;
    for (const UnsharedParameter &p : step.parameters)
        if (p.symbol == symbol) {
            m_parameter = p;
            m_steps = int(p.after.size());
        }
    endResetModel();
}

int UnsharedCopiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_steps == 0 ? 0 : m_steps + 1;
}

int UnsharedCopiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnsharedCopiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_steps || index.column() >= ColumnCount)
        return QVariant();
    const bool sharedRow = index.row() == m_steps;
    const size_t t = size_t(index.row());
    const QString name = graphtext::symbolPlain(m_parameter.symbol);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CopyColumn:
            return sharedRow ? tr("%1 shared").arg(name) : QStringLiteral("%1(%2)").arg(name).arg(index.row() + 1);
        case GradientColumn:
            return sharedRow ? graphtext::matrix(m_parameter.gradientSum) : graphtext::matrix(m_parameter.gradient[t]);
        case AfterColumn:
            return graphtext::matrix(sharedRow ? m_parameter.sharedAfter : m_parameter.after[t]);
        case SpreadColumn:
            return sharedRow ? tr("one matrix") : graphtext::number(m_parameter.spread[t], 4);
        }
        break;
    case Qt::ToolTipRole:
        if (sharedRow)
            return tr("With sharing there is one %1, moved by η times the sum of every step's contribution").arg(name);
        if (index.column() == SpreadColumn)
            return tr("The largest entry of |%1(%2) − %1(1)| after the step; not 0 means the copies differ")
                .arg(name)
                .arg(index.row() + 1);
        return tr("Copy %1(%2) moves by η = %3 times its own step's gradient only")
            .arg(name)
            .arg(index.row() + 1)
            .arg(m_learningRate);
    case Qt::FontRole: {
        QFont f(QStringLiteral("DejaVu Sans Mono"));
        f.setStyleHint(QFont::Monospace);
        f.setBold(sharedRow);
        return f;
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return QVariant();
}

QVariant UnsharedCopiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString s = graphtext::symbolPlain(m_parameter.symbol);
    switch (section) {
    case CopyColumn:
        return tr("copy");
    case GradientColumn:
        return tr("its gradient");
    case AfterColumn:
        return tr("after one step");
    case SpreadColumn:
        return tr("max |%1(t) − %1(1)|").arg(s);
    default:
        break;
    }
    return QVariant();
}
