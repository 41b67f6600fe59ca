#pragma once

#include <Eigen/Core>

#include <QAbstractTableModel>
#include <QStringList>

/**
 * A matrix on the quiz screens: a figure to read (read-only) or an answer grid to fill in.
 * Empty cells hold NaN. After grading, marks colour each cell right or wrong.
 */
class QuizMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit QuizMatrixModel(QObject *parent = nullptr);

    /** Replaces the values; editable makes the cells typeable. */
    void setMatrix(const Eigen::MatrixXd &values, bool editable);
    const Eigen::MatrixXd &matrix() const { return m_values; }

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /** Row and column header texts (1, 2, … when empty). */
    void setLabels(const QStringList &rows, const QStringList &columns);

    /** Per-cell right/wrong marks from core's grade (empty: no marks). */
    void setMarks(const Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> &marks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** A cell was typed into (the values changed). */
    void edited();

private:
    Eigen::MatrixXd m_values;
    Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> m_marks;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    bool m_editable = false;
};
