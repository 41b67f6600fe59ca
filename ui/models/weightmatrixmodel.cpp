#include "weightmatrixmodel.h"
#include "text/numbertext.h"

#include "gradientdocument.h"
#include "gradientformat.h"

#include "matrixtext/matrixtext.h"

#include <QString>

WeightMatrixModel::WeightMatrixModel(GradientDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &GradientDocument::matrixResized, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &GradientDocument::matrixValuesChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    });
}

int WeightMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->size();
}

int WeightMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->size();
}

QVariant WeightMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double v = m_document->state().w(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return gradientformat::number(v, 4);
    case Qt::EditRole:
        return numbertext::localized(QString::fromStdString(dlt::formatNumber(v)));
    case Qt::ToolTipRole:
        return tr("W_hh[%1, %2] = %3: weight from unit %2 of h_(t−1) to unit %1 of a_t")
            .arg(index.row() + 1)
            .arg(index.column() + 1)
            .arg(gradientformat::number(v, 17));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return tr("row %1, column %2: %3").arg(index.row() + 1).arg(index.column() + 1).arg(gradientformat::number(v, 6));
    default:
        return {};
    }
}

bool WeightMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString();
    const auto number = dlt::parseNumber(text.trimmed().toStdString(), numbertext::parseOptions());
    if (!number) {
        emit invalidInput(index.row(), index.column(), text);
        return false;
    }
    m_document->changeEntry(index.row(), index.column(), *number);
    return true;
}

Qt::ItemFlags WeightMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant WeightMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return QString::number(section + 1);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal ? tr("column %1: weights from unit %1 of h_(t−1)").arg(section + 1)
                                             : tr("row %1: weights into unit %1 of a_t").arg(section + 1);
    return {};
}
