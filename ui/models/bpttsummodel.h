#pragma once

#include "graph/evaluate.h"
#include "graph/graph.h"

#include <Eigen/Dense>

#include <QAbstractTableModel>

#include <string>
#include <vector>

/**
 * Back-propagation through time for one parameter θ, one row per stage: stage k handles step
 * t = τ − k + 1 and adds its contribution ∇_{θ(t)} L to the running sum. Rows after the
 * current stage are shown as not yet computed.
 */
class BpttSumModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, ContributionColumn, SumColumn, ColumnCount };

    explicit BpttSumModel(QObject *parent = nullptr);

    /** Shows θ = symbol of an unrolled graph with its gradients; stage 0..τ (0: nothing computed yet). */
    void setContent(
        const dlt::graph::Graph &graph, const dlt::graph::Gradients &gradients, const std::string &symbol, int stage);
    /** Changes only the current stage. */
    void setStage(int stage);
    int stage() const { return m_stage; }
    const std::string &symbol() const { return m_symbol; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::string m_symbol;
    int m_steps = 0;
    int m_stage = 0;
    std::vector<Eigen::MatrixXd> m_contribution; ///< by row (stage − 1)
    std::vector<Eigen::MatrixXd> m_sum; ///< by row
};
