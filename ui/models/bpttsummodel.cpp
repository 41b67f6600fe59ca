#include "bpttsummodel.h"

#include "theme/themecolors.h"
#include "widgets/graphtext.h"

#include "graph/bptt.h"

#include <QBrush>
#include <QFont>

using namespace dlt::graph;

BpttSumModel::BpttSumModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BpttSumModel::setContent(const Graph &graph, const Gradients &gradients, const std::string &symbol, int stage)
{
    beginResetModel();
    m_symbol = symbol;
    m_contribution.clear();
    m_sum.clear();
    m_steps = 0;
    const std::vector<Eigen::MatrixXd> parts = stepContributions(graph, gradients, symbol);
    if (!parts.empty()) {
        m_steps = graph.steps();
        for (int k = 1; k <= m_steps; ++k) {
            m_contribution.push_back(parts[size_t(stageStep(graph, k) - 1)]);
            m_sum.push_back(runningSum(graph, gradients, symbol, k));
        }
    }
    m_stage = std::clamp(stage, 0, m_steps);
    endResetModel();
}

void BpttSumModel::setStage(int stage)
{
    stage = std::clamp(stage, 0, m_steps);
    if (stage == m_stage)
        return;
    m_stage = stage;
    if (m_steps > 0)
        emit dataChanged(index(0, 0), index(m_steps - 1, ColumnCount - 1));
}

int BpttSumModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_steps;
}

int BpttSumModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BpttSumModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps || index.column() >= ColumnCount)
        return QVariant();
    const int stage = index.row() + 1;
    const int t = m_steps - stage + 1;
    const bool done = stage <= m_stage;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StepColumn:
            return QString::number(t);
        case ContributionColumn:
            return done ? graphtext::matrix(m_contribution[size_t(index.row())], 2) : tr("not yet");
        case SumColumn:
            return done ? graphtext::matrix(m_sum[size_t(index.row())], 2) : tr("not yet");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StepColumn)
            return tr("Stage %1 of the backward pass handles time step t = %2").arg(stage).arg(t);
        if (index.column() == ContributionColumn)
            return tr("The gradient on the edge from %1 into step %2").arg(graphtext::symbolPlain(m_symbol)).arg(t);
        return tr("The contributions of steps %1 … %2 added up").arg(t).arg(m_steps);
    case Qt::FontRole: {
        QFont f(QStringLiteral("DejaVu Sans Mono"));
        f.setStyleHint(QFont::Monospace);
        f.setBold(stage == m_stage && index.column() != StepColumn);
        return f;
    }
    case Qt::ForegroundRole:
        // Not yet added up: muted, as readable as any text (#888 on white was 3.5:1, under 4.5:1).
        return done ? QVariant() : QVariant(QBrush(theme::themeColors().mutedText));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return QVariant();
}

QVariant BpttSumModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString s = graphtext::symbolPlain(m_symbol);
    switch (section) {
    case StepColumn:
        return tr("t");
    case ContributionColumn:
        return tr("∇%1(t) L").arg(s);
    case SumColumn:
        return tr("running Σ");
    default:
        break;
    }
    return QVariant();
}
