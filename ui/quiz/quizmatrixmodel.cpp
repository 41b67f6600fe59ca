#include "quizmatrixmodel.h"

#include "text/numbertext.h"

#include "matrixtext/matrixtext.h"
#include "theme/themecolors.h"

#include <QBrush>
#include <QColor>

#include <cmath>
#include <limits>

QuizMatrixModel::QuizMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuizMatrixModel::setMatrix(const Eigen::MatrixXd &values, bool editable)
{
    beginResetModel();
    m_values = values;
    m_editable = editable;
    m_marks.resize(0, 0);
    endResetModel();
}

void QuizMatrixModel::setEditable(bool editable)
{
    m_editable = editable;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void QuizMatrixModel::setLabels(const QStringList &rows, const QStringList &columns)
{
    m_rowLabels = rows;
    m_columnLabels = columns;
    emit headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

void QuizMatrixModel::setMarks(const Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> &marks)
{
    m_marks = marks;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole });
}

int QuizMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.rows());
}

int QuizMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.cols());
}

QVariant QuizMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const double v = m_values(index.row(), index.column());
    const bool marked = m_marks.rows() == m_values.rows() && m_marks.cols() == m_values.cols() && m_marks.size() > 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return std::isfinite(v) ? numbertext::display(v) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::AccessibleTextRole:
        // Position and value as a screen reader announces the cell: "row 2, column 3: 5".
        return std::isfinite(v) ? tr("row %1, column %2: %3").arg(index.row() + 1).arg(index.column() + 1).arg(numbertext::precise(v))
                                : tr("row %1, column %2: empty").arg(index.row() + 1).arg(index.column() + 1);
    case Qt::AccessibleDescriptionRole:
        if (marked)
            return m_marks(index.row(), index.column()) ? tr("right") : tr("wrong");
        return m_editable ? tr("type a number") : QString();
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(m_marks(index.row(), index.column()) ? theme::themeColors().markCorrectFill
                                                                 : theme::themeColors().markWrongFill);
        return {};
    case Qt::ForegroundRole:
        if (marked)
            return QBrush(theme::themeColors().markText);
        return {};
    case Qt::ToolTipRole:
        if (marked)
            return m_marks(index.row(), index.column()) ? tr("Right") : tr("Wrong");
        return m_editable ? tr("Type a number; Tab or the arrow keys move to the next cell") : QVariant();
    default:
        return {};
    }
}

bool QuizMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable)
        return false;
    const QString text = value.toString().trimmed();
    double v = std::numeric_limits<double>::quiet_NaN();
    if (!text.isEmpty()) {
        const auto parsed = dlt::parseNumber(text.toStdString(), numbertext::parseOptions());
        if (!parsed)
            return false;
        v = *parsed;
    }
    m_values(index.row(), index.column()) = v;
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole });
    emit edited();
    return true;
}

Qt::ItemFlags QuizMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuizMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QStringList &labels = orientation == Qt::Horizontal ? m_columnLabels : m_rowLabels;
    if (section >= 0 && section < labels.size())
        return labels[section];
    return QString::number(section + 1);
}
