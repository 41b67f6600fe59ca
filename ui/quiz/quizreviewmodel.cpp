#include "quizreviewmodel.h"

#include "answertext.h"
#include "theme/themecolors.h"

#include <QBrush>
#include <QColor>

QuizReviewModel::QuizReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuizReviewModel::setAttempt(const dlt::quiz::Attempt &attempt)
{
    beginResetModel();
    m_attempt = attempt;
    endResetModel();
}

int QuizReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_attempt.size();
}

int QuizReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuizReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dlt::quiz::Item &item = m_attempt.item(index.row());
    const dlt::quiz::Grade g = m_attempt.gradeOf(index.row());
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return QBrush(g.correct ? theme::themeColors().successText
                                : (g.fraction > 0 ? theme::themeColors().warningText : theme::themeColors().errorText));
    if (role == Qt::ToolTipRole && (index.column() == Yours || index.column() == Key))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == Number)
        return QString::fromStdString(item.question.prompt);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return index.row() + 1;
    case Verdict:
        return g.correct ? tr("✔ right")
                         : (g.fraction > 0 ? tr("◐ partly") : (g.answered ? tr("✘ wrong") : tr("– skipped")));
    case Topic:
        return answertext::topic(item.question);
    case Yours:
        return answertext::response(item);
    case Key:
        return answertext::key(item);
    case Points:
        return answertext::points(g.earned, g.possible);
    default:
        return {};
    }
}

QVariant QuizReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Verdict:
        return tr("Result");
    case Topic:
        return tr("Topic");
    case Yours:
        return tr("Your answer");
    case Key:
        return tr("Correct answer");
    case Points:
        return tr("Points");
    default:
        return {};
    }
}
