#include "graphequations.h"

#include <QCoreApplication>

namespace {

const char *kHead = "o(t) = c + V·h(t)<br>"
                    "ŷ(t) = softmax(o(t))<br>"
                    "L(t) = −log ŷ<sub>y(t)</sub>(t)<br>"
                    "L = Σ<sub>t</sub> L(t)";

} // namespace

QString cellTitle(dlt::graph::CellKind cell)
{
    switch (cell) {
    case dlt::graph::CellKind::Rnn:
        return QCoreApplication::translate("GraphEquations", "Vanilla RNN");
    case dlt::graph::CellKind::Lstm:
        return QCoreApplication::translate("GraphEquations", "LSTM");
    case dlt::graph::CellKind::Gru:
        return QCoreApplication::translate("GraphEquations", "GRU");
    }
    return QString();
}

QString cellEquationsHtml(dlt::graph::CellKind cell)
{
    QString cellPart;
    switch (cell) {
    case dlt::graph::CellKind::Rnn:
        cellPart = QStringLiteral("a(t) = b + W·h(t−1) + U·x(t)<br>"
                                  "h(t) = tanh(a(t))<br>");
        break;
    case dlt::graph::CellKind::Lstm:
        cellPart = QStringLiteral("f(t) = σ(b<sub>f</sub> + U<sub>f</sub>·x(t) + W<sub>f</sub>·h(t−1))<br>"
                                  "i(t) = σ(b<sub>i</sub> + U<sub>i</sub>·x(t) + W<sub>i</sub>·h(t−1))<br>"
                                  "g(t) = tanh(b<sub>g</sub> + U<sub>g</sub>·x(t) + W<sub>g</sub>·h(t−1))<br>"
                                  "q(t) = σ(b<sub>q</sub> + U<sub>q</sub>·x(t) + W<sub>q</sub>·h(t−1))<br>"
                                  "s(t) = f(t) ⊙ s(t−1) + i(t) ⊙ g(t)<br>"
                                  "h(t) = q(t) ⊙ tanh(s(t))<br>");
        break;
    case dlt::graph::CellKind::Gru:
        cellPart = QStringLiteral("z(t) = σ(b<sub>z</sub> + U<sub>z</sub>·x(t) + W<sub>z</sub>·h(t−1))<br>"
                                  "r(t) = σ(b<sub>r</sub> + U<sub>r</sub>·x(t) + W<sub>r</sub>·h(t−1))<br>"
                                  "h̃(t) = tanh(b + U·x(t) + W·(r(t) ⊙ h(t−1)))<br>"
                                  "h(t) = z(t) ⊙ h(t−1) + (1 − z(t)) ⊙ h̃(t)<br>");
        break;
    }
    QString note;
    switch (cell) {
    case dlt::graph::CellKind::Rnn:
        note = QCoreApplication::translate("GraphEquations", "The same W, U, V, b and c are used at every time step: one node each, with an edge to every use.");
        break;
    case dlt::graph::CellKind::Lstm:
        note = QCoreApplication::translate("GraphEquations", "f forget gate, i input gate, g candidate, q output gate, s cell state. Every gate's parameters "
                  "are shared across time like W in the plain RNN.");
        break;
    case dlt::graph::CellKind::Gru:
        note = QCoreApplication::translate("GraphEquations", "z update gate, r reset gate, h̃ candidate state. Every parameter is shared across time.");
        break;
    }
    return QStringLiteral("<p style='font-size:large; line-height:140%'><b>%1</b><br>%2%3</p><p>%4</p>")
        .arg(cellTitle(cell), cellPart, QString::fromUtf8(kHead), note);
}
