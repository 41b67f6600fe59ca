#pragma once

#include "quiz/attempt.h"

#include <QAbstractTableModel>

#include <vector>

/** Scores per topic (one attempt's breakdown, or the totals over every stored attempt). */
class QuizTopicModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Topic, Questions, Correct, Points, Percent, ColumnCount };

    explicit QuizTopicModel(QObject *parent = nullptr);

    void setScores(std::vector<dlt::quiz::TopicScore> scores);
    const std::vector<dlt::quiz::TopicScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dlt::quiz::TopicScore> m_scores;
};
