#include "mocksheetmodel.h"

#include "text/numbertext.h"

#include <QFont>

MockSheetModel::MockSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MockSheetModel::setResult(const dlt::quiz::MockResult &result)
{
    const bool sameShape = result.sections.size() == m_result.sections.size() && result.graduate == m_result.graduate;
    if (!sameShape)
        beginResetModel();
    m_result = result;
    if (!sameShape)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MockSheetModel::sectionName(const std::string &id)
{
    if (id == "convolution")
        return tr("1. Convolution with a given filter");
    if (id == "layers")
        return tr("2. Layer dimensionality");
    if (id == "gradient")
        return tr("3. Vanishing/exploding gradient");
    if (id == "choice")
        return tr("4. T/F and multiple choice (4 × 5)");
    return QString::fromStdString(id);
}

int MockSheetModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_result.sections.size()) + 1 + (m_result.graduate ? 2 : 0);
}

int MockSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MockSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int n = int(m_result.sections.size());
    const int row = index.row();
    const bool total = row == n, gradQuestion = row == n + 1, gradTotal = row == n + 2;
    if (role == Qt::FontRole && (total || gradTotal)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return int(index.column() == Part ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    double earned = 0, possible = 0;
    QString name;
    if (row < n) {
        const auto &s = m_result.sections[size_t(row)];
        name = sectionName(s.id);
        earned = s.earned;
        possible = s.possible;
    } else if (total) {
        name = tr("Total");
        earned = m_result.earned;
        possible = m_result.possible;
    } else if (gradQuestion) {
        name = tr("5. Graduate question, self-assessed [%1]").arg(numbertext::display(m_result.rubricPossible));
        earned = m_result.rubricEarned;
        possible = m_result.rubricPossible;
    } else {
        name = tr("Graduate total: parts × {%1} + graduate question").arg(numbertext::display(m_result.multiplier));
        earned = m_result.graduateEarned;
        possible = m_result.graduatePossible;
    }
    switch (index.column()) {
    case Part:
        return name;
    case Earned:
        return numbertext::display(earned);
    case Possible:
        return numbertext::display(possible);
    default:
        return {};
    }
}

QVariant MockSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Part:
        return tr("Part");
    case Earned:
        return tr("Points");
    case Possible:
        return tr("Out of");
    default:
        return {};
    }
}
