#include "answertext.h"

#include "text/numbertext.h"
#include "theme/themecolors.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace answertext {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("answertext", s);
}

QString html(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// The display position of choice index c.
int positionOf(const dlt::quiz::Item &item, int c)
{
    const auto it = std::find(item.choiceOrder.begin(), item.choiceOrder.end(), c);
    return it == item.choiceOrder.end() ? c : int(it - item.choiceOrder.begin());
}

QString choiceByIndex(const dlt::quiz::Item &item, int c)
{
    return choiceAt(item, positionOf(item, c));
}

QString choiceList(const dlt::quiz::Item &item, std::vector<int> indices)
{
    std::sort(indices.begin(), indices.end(), [&](int a, int b) { return positionOf(item, a) < positionOf(item, b); });
    QStringList parts;
    for (int c : indices)
        parts << choiceByIndex(item, c);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString topic(const dlt::quiz::Question &q)
{
    return QString::fromStdString(q.topic);
}

QString choiceAt(const dlt::quiz::Item &item, int pos)
{
    if (pos < 0 || pos >= int(item.choiceOrder.size()))
        return {};
    const int c = item.choiceOrder[size_t(pos)];
    return QStringLiteral("%1. %2").arg(pos + 1).arg(QString::fromStdString(item.question.choices[size_t(c)]));
}

QString response(const dlt::quiz::Item &item)
{
    const auto &r = item.response;
    if (!r.answered)
        return tr("no answer");
    switch (item.question.type) {
    case dlt::quiz::QuestionType::TrueFalse:
        return r.boolValue ? tr("True") : tr("False");
    case dlt::quiz::QuestionType::SingleChoice:
        return choiceByIndex(item, r.index);
    case dlt::quiz::QuestionType::MultipleChoice:
        return r.indices.empty() ? tr("nothing selected") : choiceList(item, r.indices);
    case dlt::quiz::QuestionType::Numeric:
        return numbertext::precise(r.number);
    case dlt::quiz::QuestionType::Matrix:
        return tr("the %1×%2 grid above").arg(r.matrix.rows()).arg(r.matrix.cols());
    }
    return {};
}

QString key(const dlt::quiz::Item &item)
{
    const auto &q = item.question;
    switch (q.type) {
    case dlt::quiz::QuestionType::TrueFalse:
        return q.answerBool ? tr("True") : tr("False");
    case dlt::quiz::QuestionType::SingleChoice:
        return choiceByIndex(item, q.answerIndex);
    case dlt::quiz::QuestionType::MultipleChoice:
        return choiceList(item, q.answerIndices);
    case dlt::quiz::QuestionType::Numeric:
        if (q.tolerance > 0)
            return tr("%1 (± %2 accepted)").arg(numbertext::precise(q.answerNumber), numbertext::precise(q.tolerance));
        return numbertext::precise(q.answerNumber);
    case dlt::quiz::QuestionType::Matrix: {
        QStringList rows;
        for (Eigen::Index i = 0; i < q.answerMatrix.rows(); ++i) {
            QStringList cells;
            for (Eigen::Index j = 0; j < q.answerMatrix.cols(); ++j)
                cells << numbertext::display(q.answerMatrix(i, j));
            rows << cells.join(QStringLiteral("  "));
        }
        return rows.join(QStringLiteral(" | "));
    }
    }
    return {};
}

QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QString points(double earned, double possible)
{
    return tr("%1 of %2").arg(numbertext::display(earned), numbertext::display(possible));
}

QString feedbackHtml(const dlt::quiz::Item &item, const dlt::quiz::Grade &grade)
{
    const auto &q = item.question;
    QString verdict;
    const theme::ThemeColors &tc = theme::themeColors();
    if (!grade.answered)
        verdict = QStringLiteral("<span style='color:%1'>%2</span>").arg(theme::htmlColor(tc.warningText), tr("Not answered"));
    else if (grade.correct)
        verdict = QStringLiteral("<span style='color:%1'>✔ %2</span>").arg(theme::htmlColor(tc.successText), tr("Correct"));
    else if (grade.fraction > 0)
        verdict = QStringLiteral("<span style='color:%1'>◐ %2</span>").arg(theme::htmlColor(tc.warningText), tr("Partly right"));
    else
        verdict = QStringLiteral("<span style='color:%1'>✘ %2</span>").arg(theme::htmlColor(tc.errorText), tr("Wrong"));
    QString s
        = QStringLiteral("<p><b>%1</b> — %2 %3</p>").arg(verdict, points(grade.earned, grade.possible), tr("points"));
    s += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Correct answer:"), key(item).toHtmlEscaped());
    if (grade.answered && !grade.correct)
        s += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Your answer:"), response(item).toHtmlEscaped());
    if (!q.explanation.empty())
        s += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:"), html(q.explanation));
    auto reason = [&](int c) {
        return c >= 0 && size_t(c) < q.choiceExplanations.size() ? html(q.choiceExplanations[size_t(c)]) : QString();
    };
    for (int c : grade.wrongSelected) {
        const QString why = reason(c);
        s += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(tr("Why “%1” is wrong:").arg(choiceByIndex(item, c).toHtmlEscaped()),
                     why.isEmpty() ? tr("it is not part of the correct answer.") : why);
    }
    for (int c : grade.missed) {
        const QString why = reason(c);
        if (!why.isEmpty())
            s += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Missed “%1”:").arg(choiceByIndex(item, c).toHtmlEscaped()), why);
    }
    if (q.type == dlt::quiz::QuestionType::Matrix && grade.answered) {
        if (grade.cellCorrect.size() == 0)
            s += QStringLiteral("<p>%1</p>").arg(tr("The answer grid has the wrong shape."));
        else
            s += QStringLiteral("<p>%1</p>")
                     .arg(tr("%1 of %2 cells right; wrong cells are marked in the grid.")
                              .arg(grade.cellsRight)
                              .arg(grade.cellCorrect.size()));
    }
    if (!q.source.empty())
        s += QStringLiteral("<p style='color:%1'><i>%2 %3</i></p>").arg(theme::htmlColor(tc.mutedText), tr("Source:"), html(q.source));
    return s;
}

} // namespace answertext
