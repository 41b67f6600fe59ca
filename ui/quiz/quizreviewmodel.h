#pragma once

#include "quiz/attempt.h"

#include <QAbstractTableModel>

/** One row per question of a finished attempt: the answer given, the key and the points. */
class QuizReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Verdict, Topic, Yours, Key, Points, ColumnCount };

    explicit QuizReviewModel(QObject *parent = nullptr);

    /** Shows this attempt (a copy is kept). */
    void setAttempt(const dlt::quiz::Attempt &attempt);
    const dlt::quiz::Attempt &attempt() const { return m_attempt; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    dlt::quiz::Attempt m_attempt;
};
