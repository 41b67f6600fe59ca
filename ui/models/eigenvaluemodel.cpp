#include "eigenvaluemodel.h"

#include "gradientformat.h"

#include "rnn/analysis.h"
#include "theme/themecolors.h"

#include <QBrush>

EigenvalueModel::EigenvalueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EigenvalueModel::setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis)
{
    std::vector<dlt::rnn::EigenRow> rows = analysis ? dlt::rnn::eigenRows(*analysis) : std::vector<dlt::rnn::EigenRow>{};
    if (rows.size() == m_rows.size() && !rows.empty()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EigenvalueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EigenvalueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EigenvalueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dlt::rnn::EigenRow &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Index:
            return QString::number(index.row() + 1);
        case Value:
            return gradientformat::complex(r.value, 3);
        case Modulus:
            return gradientformat::number(r.modulus, 3);
        case GammaModulus:
            return gradientformat::number(r.gammaModulus, 3);
        case Outside:
            return r.outside ? tr("> 1") : tr("≤ 1");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Value)
        return tr("λ%1 = %2").arg(index.row() + 1).arg(gradientformat::complex(r.value, 10));
    if (role == Qt::ToolTipRole) {
        return r.outside ? tr("γ·|λ| = %1 > 1: along this eigenvector each step back can multiply the gradient by more "
                              "than 1, so explosion is possible")
                               .arg(gradientformat::number(r.gammaModulus, 6))
                         : tr("γ·|λ| = %1 ≤ 1: along this eigenvector the estimate does not grow")
                               .arg(gradientformat::number(r.gammaModulus, 6));
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Value ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Outside && r.outside)
        return QBrush(theme::themeColors().errorText); // readable in every theme (test_contrast)
    return {};
}

QVariant EigenvalueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Index:
            return tr("#");
        case Value:
            return tr("λ");
        case Modulus:
            return tr("|λ|");
        case GammaModulus:
            return tr("γ·|λ|");
        case Outside:
            return tr("vs 1");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Value:
            return tr("eigenvalue of the analysed matrix (scale × W_hh)");
        case Modulus:
            return tr("modulus |λ|; the largest is the spectral radius ρ");
        case GammaModulus:
            return tr("the seed's per-step factor along this eigenvector: γ·|λ|");
        case Outside:
            return tr("> 1: outside the circle of radius 1/γ, explosion possible");
        default:
            return {};
        }
    }
    return {};
}
