#pragma once

#include "rnn/plot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace dlt::rnn {
struct Analysis;
}

/**
 * The eigenvalues of the analysed matrix (scale·W_hh) as a read-only table:
 * #, λ, |λ|, γ·|λ| and whether γ·|λ| > 1 (explosion possible along that eigenvector).
 */
class EigenvalueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Index, Value, Modulus, GammaModulus, Outside, ColumnCount };

    explicit EigenvalueModel(QObject *parent = nullptr);

    /** Shows the eigenvalues of analysis (nullptr clears the table). */
    void setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dlt::rnn::EigenRow> m_rows;
};
