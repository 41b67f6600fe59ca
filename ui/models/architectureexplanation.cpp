#include "architectureexplanation.h"

#include "common/error.h"
#include "text/errortext.h"
#include "theme/themecolors.h"

#include <QCoreApplication>
#include <QStringList>

using namespace dlt::arch;
using archformat::Quantity;

namespace archexplain {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("archexplain", text); }

const QString kMinus = QStringLiteral(" \u2212 ");
const QString kDot = QStringLiteral("\u00b7");

QString n(long long v) { return QString::number(v); }
QString c(long long v) { return archformat::count(v); }

QString product(std::initializer_list<long long> factors)
{
    QStringList parts;
    for (long long f : factors)
        parts << n(f);
    return parts.join(kDot);
}

QString heading(const LayerResult &l, const QString &columnName)
{
    QString where;
    switch (l.group) {
    case RowGroup::Feature:
    case RowGroup::Pool: where = tr("block %1").arg(l.block); break;
    case RowGroup::Classifier: where = tr("classifier"); break;
    case RowGroup::Output: where = tr("output"); break;
    }
    return tr("<b>%1 · %2 · %3</b> (layer %4, written %5)")
        .arg(columnName.toHtmlEscaped(), where, archformat::layerName(l).toHtmlEscaped())
        .arg(l.index)
        .arg(QString::fromStdString(l.token).toHtmlEscaped());
}

QString sizeLine(const LayerResult &l)
{
    const QString in = archformat::shape(l.input), out = archformat::shape(l.output);
    switch (l.spec.kind) {
    case LayerKind::Conv: {
        const QString formula = l.height.in == l.width.in
            ? sizeFormula(l.height)
            : tr("height %1; width %2").arg(sizeFormula(l.height), sizeFormula(l.width));
        return tr("Output size: %1, depth = %2 filters → <b>%3</b>").arg(formula).arg(l.spec.outputs).arg(out);
    }
    case LayerKind::MaxPool: {
        const QString sides = l.height.in == l.width.in
            ? tr("%1 → %2").arg(l.height.in).arg(l.height.out)
            : tr("%1×%2 → %3×%4").arg(l.height.in).arg(l.width.in).arg(l.height.out).arg(l.width.out);
        const QString formula = l.height.in == l.width.in
            ? sizeFormula(l.height)
            : tr("%1 and %2").arg(sizeFormula(l.height), sizeFormula(l.width));
        return tr("Output size: %1×%1 max-pool, stride %2: %3, since %4; the depth stays %5 → <b>%6</b>")
            .arg(l.spec.kernel)
            .arg(l.spec.stride)
            .arg(sides, formula)
            .arg(l.output.c)
            .arg(out);
    }
    case LayerKind::Lrn:
        return tr("Output size: LRN does not change the size: %1 → <b>%2</b>").arg(in, out);
    case LayerKind::FullyConnected:
        return tr("Output size: the %1 volume is flattened to %2 values; %3 units → <b>%4</b>")
            .arg(in, c(l.fanIn))
            .arg(l.spec.outputs)
            .arg(out);
    case LayerKind::Softmax:
        return tr("Output size: soft-max turns the scores into probabilities that sum to 1, size unchanged: "
                  "%1 → <b>%2</b>").arg(in, out);
    }
    return QString();
}

QString paramsLine(const LayerResult &l)
{
    switch (l.spec.kind) {
    case LayerKind::Conv:
        return tr("Parameters: %1 = %2 weights + %3 biases = <b>%4</b>")
            .arg(product({l.spec.kernel, l.spec.kernel, l.input.c, l.spec.outputs}), c(l.weights), c(l.biases),
                 c(l.params));
    case LayerKind::FullyConnected:
        return tr("Parameters: %1%2%3 = %4 weights + %5 biases = <b>%6</b>")
            .arg(c(l.fanIn), kDot, c(l.spec.outputs), c(l.weights), c(l.biases), c(l.params));
    case LayerKind::MaxPool: return tr("Parameters: <b>0</b>, a max-pool has nothing to learn");
    case LayerKind::Lrn: return tr("Parameters: <b>0</b>, LRN is non-trainable");
    case LayerKind::Softmax: return tr("Parameters: <b>0</b>");
    }
    return QString();
}

QString macsLine(const LayerResult &l)
{
    switch (l.spec.kind) {
    case LayerKind::Conv:
        return tr("MACs: H<sub>out</sub>·W<sub>out</sub>·D<sub>out</sub> · k·k·D<sub>in</sub> = %1 · %2 = <b>%3</b> (%4)")
            .arg(product({l.output.h, l.output.w, l.output.c}), product({l.spec.kernel, l.spec.kernel, l.input.c}),
                 c(l.macs), archformat::compact(l.macs));
    case LayerKind::FullyConnected:
        return tr("MACs: inputs·units = %1%2%3 = <b>%4</b> (%5)")
            .arg(c(l.fanIn), kDot, c(l.spec.outputs), c(l.macs), archformat::compact(l.macs));
    case LayerKind::MaxPool: return tr("MACs: <b>0</b>, a max-pool only compares values");
    case LayerKind::Lrn:
    case LayerKind::Softmax: return tr("MACs: <b>0</b> (not counted: no weights)");
    }
    return QString();
}

QString receptiveLine(const LayerResult &l)
{
    if (!l.hasReceptiveField)
        return tr("Receptive field: the whole input, every unit depends on every input pixel");
    if (l.spec.kind == LayerKind::Conv || l.spec.kind == LayerKind::MaxPool)
        return tr("Receptive field: r<sub>in</sub> + (k − 1)·jump = %1 + (%2 − 1)·%3 = <b>%4</b>, "
                  "one unit sees %4×%4 input pixels; neighbouring units are %5 px apart")
            .arg(l.receptiveFieldIn)
            .arg(l.spec.kernel)
            .arg(l.jumpIn)
            .arg(l.receptiveField)
            .arg(l.jumpOut);
    return tr("Receptive field: unchanged, <b>%1</b>×%1 input pixels").arg(l.receptiveField);
}

QString memoryLine(const LayerResult &l)
{
    return tr("Memory: %1 values · 4 bytes (float32) = <b>%2 bytes</b> (%3)")
        .arg(product({l.output.h, l.output.w, l.output.c}), c(l.memoryBytes), archformat::bytes(l.memoryBytes));
}

QString lrnNote()
{
    return tr("LRN (local response normalisation) is a non-trainable layer: it square-normalises each value "
              "within a local neighbourhood, which tames the unbounded outputs of ReLU and linear units. It "
              "works within one filter's map and does not change the size.");
}

} // namespace

QString sizeFormula(const SizeStep &s)
{
    QString inner = n(s.in);
    if (s.padding != 0)
        inner += QStringLiteral(" + 2") + kDot + n(s.padding);
    inner += kMinus + n(s.kernel);
    QString f = s.exact ? QStringLiteral("(%1)/%2").arg(inner).arg(s.stride)
                        : QStringLiteral("\u230a(%1)/%2\u230b").arg(inner).arg(s.stride);
    return f + QStringLiteral(" + 1 = ") + n(s.out);
}

QString layer(const ColumnResult &column, int layerIndex, const QString &columnName, Quantity focus)
{
    const LayerResult &l = column.layers[size_t(layerIndex)];
    QString head = heading(l, columnName);
    if (l.status == LayerStatus::Invalid)
        return head + QStringLiteral("<br><span style=\"color:%1\">\u26a0 ").arg(theme::htmlColor(theme::themeColors().errorText)) +
               errorText(*l.error).toHtmlEscaped() + QStringLiteral("</span>");
    if (l.status == LayerStatus::Unknown) {
        const QString first = column.error ? QString::fromStdString(column.error->arg("layer")) : QString();
        return head + QStringLiteral("<br>") +
               tr("Its size cannot be worked out: layer %1 above it is invalid.").arg(first);
    }
    QStringList lines{sizeLine(l), paramsLine(l), macsLine(l), receptiveLine(l), memoryLine(l)};
    const int first = focus == Quantity::Parameters ? 1 : focus == Quantity::Macs ? 2
        : focus == Quantity::ReceptiveField        ? 3
                                                   : 0;
    lines.move(first, 0);
    if (l.spec.kind == LayerKind::Lrn)
        lines.prepend(lrnNote());
    return head + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
}

QString input(const ColumnResult &column, const QString &columnName)
{
    return tr("<b>%1 · input</b><br>The input volume %2: height × width × channels (3 for an RGB image). "
              "It takes %3 values · 4 bytes = %4 bytes (%5) in float32.")
        .arg(columnName.toHtmlEscaped(), archformat::shape(column.input),
             product({column.input.h, column.input.w, column.input.c}), c(column.inputMemoryBytes),
             archformat::bytes(column.inputMemoryBytes));
}

QString total(const ColumnResult &column, const QString &columnName, Total which, int paperMillions)
{
    if (!column.ok())
        return tr("<b>%1 · totals</b><br>No totals: %2").arg(columnName.toHtmlEscaped(), errorText(*column.error).toHtmlEscaped());
    switch (which) {
    case Total::Parameters: {
        QString s = tr("<b>%1 · parameters</b><br>The sum over all layers: <b>%2</b> ≈ %3 parameters in %4 weight "
                       "layers (conv and FC); pooling, LRN and soft-max add none.")
                        .arg(columnName.toHtmlEscaped(), c(column.totalParams), archformat::compact(column.totalParams))
                        .arg(column.weightLayers);
        if (paperMillions > 0)
            s += QStringLiteral("<br>") + tr("The paper's Table 2 lists %1M.").arg(paperMillions);
        return s;
    }
    case Total::Macs:
        return tr("<b>%1 · MACs</b><br>Multiply-accumulates for one %2 input: <b>%3</b> ≈ %4. "
                  "Most of them are in the early convolutions, most parameters in the first FC layer.")
            .arg(columnName.toHtmlEscaped(), archformat::shape(column.input), c(column.totalMacs),
                 archformat::compact(column.totalMacs));
    case Total::Memory:
        return tr("<b>%1 · activation memory</b><br>Every layer's output stored as float32 for one input: "
                  "<b>%2 bytes</b> (%3); the input itself adds %4 bytes.")
            .arg(columnName.toHtmlEscaped(), c(column.totalMemoryBytes), archformat::bytes(column.totalMemoryBytes),
                 c(column.inputMemoryBytes));
    }
    return QString();
}

QString practiceHint(const LayerResult &l, Quantity quantity)
{
    const QString name = archformat::layerName(l).toHtmlEscaped();
    const bool conv = l.parsed && l.spec.kind == LayerKind::Conv;
    const bool pool = l.parsed && l.spec.kind == LayerKind::MaxPool;
    const bool fc = l.parsed && l.spec.kind == LayerKind::FullyConnected;
    switch (quantity) {
    case Quantity::OutputSize:
        if (conv)
            return tr("<b>%1</b>: type the output as H×W×D, e.g. 56x56x256. Use out = (in + 2·pad − k)/stride + 1 "
                      "with k = %2, pad = %3, stride = %4; the depth is the number of filters.")
                .arg(name)
                .arg(l.spec.kernel)
                .arg(l.spec.padding)
                .arg(l.spec.stride);
        if (pool)
            return tr("<b>%1</b>: type the output as H×W×D. A %2×%2 max-pool with stride %3 uses "
                      "out = (in − k)/stride + 1 and keeps the depth.")
                .arg(name)
                .arg(l.spec.kernel)
                .arg(l.spec.stride);
        if (fc)
            return tr("<b>%1</b>: an FC layer's output is 1×1×units; type H×W×D or just the units.").arg(name);
        if (l.parsed && l.spec.kind == LayerKind::Lrn)
            return lrnNote();
        return tr("<b>%1</b>: type the output as H×W×D.").arg(name);
    case Quantity::Parameters:
        if (conv)
            return tr("<b>%1</b>: parameters = k·k·D<sub>in</sub>·D<sub>out</sub> weights + one bias per filter.").arg(name);
        if (fc)
            return tr("<b>%1</b>: parameters = inputs·units weights + one bias per unit; the input is flattened first.").arg(name);
        return tr("<b>%1</b>: does this layer have anything to learn?").arg(name);
    case Quantity::Macs:
        if (conv)
            return tr("<b>%1</b>: MACs = H<sub>out</sub>·W<sub>out</sub>·D<sub>out</sub> · k·k·D<sub>in</sub>.").arg(name);
        if (fc)
            return tr("<b>%1</b>: MACs = inputs·units.").arg(name);
        return tr("<b>%1</b>: count only multiply-accumulates with weights.").arg(name);
    case Quantity::ReceptiveField:
        return tr("<b>%1</b>: r<sub>out</sub> = r<sub>in</sub> + (k − 1)·jump, where jump is the product of the "
                  "strides before this layer; type the side of the window in input pixels.").arg(name);
    }
    return QString();
}

} // namespace archexplain
