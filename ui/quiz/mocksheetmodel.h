#pragma once

#include "quiz/mock.h"

#include <QAbstractTableModel>

/** The mock midterm's results sheet: one row per part, the total, and the graduate rows when taken. */
class MockSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Part, Earned, Possible, ColumnCount };

    explicit MockSheetModel(QObject *parent = nullptr);

    void setResult(const dlt::quiz::MockResult &result);
    const dlt::quiz::MockResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The sheet's name for a section id ("convolution" → "Convolution with a given filter"). */
    static QString sectionName(const std::string &id);

private:
    dlt::quiz::MockResult m_result;
};
