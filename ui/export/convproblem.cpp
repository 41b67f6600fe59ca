#include "convproblem.h"

#include "text/numbertext.h"

#include <QCoreApplication>

dlt::Result<ConvProblem> ConvProblem::make(dlt::Volume input, dlt::Volume filter, const dlt::conv::Spec &spec)
{
    auto trace = dlt::conv::trace(input, filter, spec);
    if (!trace)
        return trace.error();
    ConvProblem p;
    p.input = std::move(input);
    p.filter = std::move(filter);
    p.spec = spec;
    p.trace = std::move(trace).value();
    return p;
}

namespace convtext {
namespace {

// Strings are looked up in the "ConvExport" context, spelled out at each call so lupdate sees it.

const QString kDot = QStringLiteral("\u00b7");

QString pair(const dlt::conv::Pair &p)
{
    return p.h == p.w ? numbertext::integer(p.h) : QStringLiteral("%1\u00d7%2").arg(numbertext::integer(p.h), numbertext::integer(p.w));
}

} // namespace

QString arithmetic(const dlt::conv::Step &step, int channels)
{
    QString s;
    int channelShown = -1;
    bool first = true;
    for (const dlt::conv::Tap &tap : step.taps) {
        if (!first)
            s += QStringLiteral(" + ");
        if (channels > 1 && tap.channel != channelShown) {
            channelShown = tap.channel;
            s += QCoreApplication::translate("ConvExport", "channel %1: ").arg(tap.channel + 1);
        }
        s += numbertext::factor(tap.value) + kDot + numbertext::factor(tap.weight);
        first = false;
    }
    return s + QStringLiteral(" = ") + numbertext::display(step.sum);
}

QString sizeLine(const QString &axisName, const dlt::conv::AxisSize &a)
{
    using numbertext::integer;
    return QStringLiteral("%1: \u230a(%2 + 2\u00b7%3 \u2212 %4\u00b7(%5\u22121) \u2212 1)/%6\u230b + 1 = %7")
        .arg(axisName, integer(a.n), integer(a.padding), integer(a.dilation), integer(a.k), integer(a.stride), integer(a.out));
}

QString unreachedNote(const dlt::conv::AxisSize &axis, bool rows)
{
    const int u = axis.unreached;
    if (axis.remainder <= 0 || u <= 0)
        return {};
    const QString what = rows ? (u == 1 ? QCoreApplication::translate("ConvExport", "the last row") : QCoreApplication::translate("ConvExport", "the last %1 rows").arg(u))
                              : (u == 1 ? QCoreApplication::translate("ConvExport", "the last column") : QCoreApplication::translate("ConvExport", "the last %1 columns").arg(u));
    return QCoreApplication::translate("ConvExport", "Remainder %1: the window never reaches %2.").arg(numbertext::integer(axis.remainder), what);
}

QString specLine(const dlt::conv::Spec &spec)
{
    const QString mode = spec.mode == dlt::conv::Mode::Correlation ? QCoreApplication::translate("ConvExport", "cross-correlation (the filter is not flipped)")
                                                                   : QCoreApplication::translate("ConvExport", "convolution (the filter is flipped on both axes)");
    return QCoreApplication::translate("ConvExport", "Stride %1, padding %2, dilation %3, %4").arg(pair(spec.stride), pair(spec.padding), pair(spec.dilation), mode);
}

QString shapeText(long long rows, long long cols, long long channels)
{
    QString s = QStringLiteral("%1\u00d7%2").arg(rows).arg(cols);
    if (channels > 1)
        s += QStringLiteral("\u00d7%1").arg(channels);
    return s;
}

} // namespace convtext
