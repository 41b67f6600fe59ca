#include "quiztopicmodel.h"

#include "answertext.h"
#include "text/numbertext.h"

QuizTopicModel::QuizTopicModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuizTopicModel::setScores(std::vector<dlt::quiz::TopicScore> scores)
{
    beginResetModel();
    m_scores = std::move(scores);
    endResetModel();
}

int QuizTopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int QuizTopicModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuizTopicModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dlt::quiz::TopicScore &t = m_scores[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return int(index.column() == Topic ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Topic:
        return QString::fromStdString(t.topic);
    case Questions:
        return t.questions;
    case Correct:
        return t.correct;
    case Points:
        return answertext::points(t.earned, t.possible);
    case Percent:
        return tr("%1 %").arg(numbertext::display(dlt::quiz::percentOf(t.earned, t.possible)));
    default:
        return {};
    }
}

QVariant QuizTopicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Topic:
        return tr("Topic");
    case Questions:
        return tr("Questions");
    case Correct:
        return tr("Fully right");
    case Points:
        return tr("Points");
    case Percent:
        return tr("Score");
    default:
        return {};
    }
}
