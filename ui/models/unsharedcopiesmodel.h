#pragma once

#include "graph/unshared.h"

#include <QAbstractTableModel>

#include <string>

/**
 * The copies θ(1) … θ(τ) of one parameter after one SGD step on the unshared graph, and a last
 * row with the shared θ updated by the sum of all contributions.
 */
class UnsharedCopiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CopyColumn, SpreadColumn, AfterColumn, GradientColumn, ColumnCount };

    explicit UnsharedCopiesModel(QObject *parent = nullptr);

    /** Shows the parameter with this symbol from step; an unknown symbol empties the table. */
    void setContent(const dlt::graph::UnsharedStep &step, const std::string &symbol);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    dlt::graph::UnsharedParameter m_parameter;
    double m_learningRate = 0;
    int m_steps = 0;
};
