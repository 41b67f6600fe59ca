#include "graphtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace graphtext {

using dlt::graph::Graph;
using dlt::graph::GraphMode;
using dlt::graph::Node;
using dlt::graph::Op;

namespace {

const QChar kMinus(0x2212);

QString tr(const char *text) { return QCoreApplication::translate("graphtext", text); }

// Rich-text templates for the non-parameter symbols; %t is the step, %p the step before.
QString templ(const std::string &s)
{
    static const struct {
        const char *symbol;
        const char *html;
    } table[] = {
        {"yhat", "ŷ(%t)"},
        {"htilde", "h̃(%t)"},
        {"W*h", "W·h(%p)"},
        {"U*x", "U·x(%t)"},
        {"V*h", "V·h(%t)"},
        {"f*s", "f⊙s(%p)"},
        {"i*g", "i⊙g"},
        {"r*h", "r⊙h(%p)"},
        {"z*h", "z⊙h(%p)"},
        {"(1-z)*htilde", "(1−z)⊙h̃"},
        {"1-z", "1−z"},
        {"tanh(s)", "tanh s(%t)"},
        {"af", "a<sub>f</sub>(%t)"},
        {"ai", "a<sub>i</sub>(%t)"},
        {"ag", "a<sub>g</sub>(%t)"},
        {"aq", "a<sub>q</sub>(%t)"},
        {"az", "a<sub>z</sub>(%t)"},
        {"ar", "a<sub>r</sub>(%t)"},
        {"ah", "a<sub>h̃</sub>(%t)"},
    };
    for (const auto &row : table)
        if (s == row.symbol)
            return QString::fromUtf8(row.html);
    return QString::fromStdString(s) + QStringLiteral("(%t)");
}

QString stripHtml(QString html)
{
    html.replace(QStringLiteral("<sub>"), QStringLiteral("_"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    return html;
}

} // namespace

QString symbolHtml(const std::string &symbol)
{
    const QString s = QString::fromStdString(symbol);
    if (s.size() >= 2 && (s[0] == QLatin1Char('W') || s[0] == QLatin1Char('U') || s[0] == QLatin1Char('b')))
        return s.left(1) + QStringLiteral("<sub>") + s.mid(1) + QStringLiteral("</sub>");
    return s;
}

QString symbolPlain(const std::string &symbol) { return stripHtml(symbolHtml(symbol)); }

QString nodeLabelHtml(const Graph &graph, int id)
{
    const Node &n = graph.node(id);
    const bool folded = graph.mode() == GraphMode::Folded;
    const QString t = folded ? QStringLiteral("t") : QString::number(n.step);
    const QString p = folded ? QStringLiteral("t−1") : QString::number(n.step - 1);
    switch (n.op) {
    case Op::Parameter:
        return n.shared ? symbolHtml(n.symbol) : symbolHtml(n.symbol) + QStringLiteral("(") + t + QStringLiteral(")");
    case Op::InitialState:
        return QString::fromStdString(n.symbol) + QStringLiteral("(0)");
    case Op::Delay:
        return QString::fromStdString(n.symbol) + QStringLiteral("(t−1)");
    case Op::Sum:
        return QString::fromStdString(n.symbol);
    default:
        break;
    }
    QString s = templ(n.symbol);
    s.replace(QStringLiteral("%t"), t);
    s.replace(QStringLiteral("%p"), p);
    return s;
}

QString nodeLabelPlain(const Graph &graph, int id) { return stripHtml(nodeLabelHtml(graph, id)); }

QString opText(const Node &n)
{
    switch (n.op) {
    case Op::Parameter:
        return n.shared ? tr("shared") : tr("copy");
    case Op::Input:
        return tr("input");
    case Op::Target:
        return tr("target");
    case Op::InitialState:
        return tr("initial");
    case Op::Delay:
        return tr("delay");
    case Op::MatMul:
        return tr("matmul");
    case Op::Add:
        return QStringLiteral("+");
    case Op::Affine:
        // The GRU candidate applies W to the reset state r ⊙ h(t−1).
        return n.symbol == "ah" ? QStringLiteral("b + U·x + W·(r⊙h)") : QStringLiteral("b + U·x + W·h");
    case Op::Mul:
        return QStringLiteral("⊙");
    case Op::OneMinus:
        return QStringLiteral("1 − ·");
    case Op::Tanh:
        return QStringLiteral("tanh");
    case Op::Sigmoid:
        return QStringLiteral("σ");
    case Op::Softmax:
        return QStringLiteral("softmax");
    case Op::CrossEntropy:
        return tr("cross-entropy");
    case Op::Sum:
        return QStringLiteral("Σ");
    }
    return QString();
}

QString number(double v, int decimals, bool aligned)
{
    if (v == 0.0)
        v = 0.0; // folds −0
    QString s = QString::number(v, 'f', decimals);
    if (s.startsWith(QLatin1Char('-'))) {
        bool allZero = true;
        for (QChar c : s.mid(1))
            allZero = allZero && (c == QLatin1Char('0') || c == QLatin1Char('.'));
        if (allZero)
            s = s.mid(1); // "−0.000" reads as a sign error
    }
    s.replace(QLatin1Char('-'), kMinus);
    if (aligned && !s.startsWith(kMinus))
        s.prepend(QChar(0x2007)); // figure space, as wide as a digit
    return s;
}

QString matrix(const Eigen::MatrixXd &m, int decimals)
{
    if (m.size() == 0)
        return QString();
    if (m.size() == 1)
        return number(m(0, 0), decimals);
    if (m.cols() == 1) {
        QStringList parts;
        for (int i = 0; i < m.rows(); ++i)
            parts << number(m(i, 0), decimals);
        return QStringLiteral("[") + parts.join(QLatin1Char(' ')) + QStringLiteral("]ᵀ");
    }
    QStringList rows;
    for (int i = 0; i < m.rows(); ++i) {
        QStringList parts;
        for (int j = 0; j < m.cols(); ++j)
            parts << number(m(i, j), decimals, true);
        rows << QStringLiteral("[") + parts.join(QLatin1Char(' ')) + QStringLiteral("]");
    }
    return rows.join(QLatin1Char('\n'));
}

QString edgeLabelPlain(const Graph &graph, int edge)
{
    const auto &e = graph.edge(edge);
    return nodeLabelPlain(graph, e.from) + QStringLiteral(" → ") + nodeLabelPlain(graph, e.to);
}

} // namespace graphtext
