#pragma once

#include <QAbstractTableModel>

class GradientDocument;

/**
 * W_hh of a GradientDocument as an editable n×n table. Display shows up to 4 significant digits,
 * edit and tooltip the exact value; an edit is parsed by core (dlt::parseNumber) and becomes an
 * undoable command on the document. Rejected text is reported through invalidInput().
 */
class WeightMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit WeightMatrixModel(GradientDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** Text typed into a cell was not one finite number (row and column 0-based). */
    void invalidInput(int row, int column, const QString &text);

private:
    GradientDocument *m_document;
};
