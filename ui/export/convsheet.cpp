#include "convsheet.h"

#include "text/numbertext.h"

#include <QCoreApplication>

namespace {

// Strings are looked up in the "ConvExport" context, spelled out at each call so lupdate sees it.

QString channelCaption(const QString &name, const QString &shape, size_t channel, size_t channels)
{
    return channels > 1 ? QCoreApplication::translate("ConvExport", "%1, channel %2 (%3)").arg(name).arg(channel + 1).arg(shape) : QCoreApplication::translate("ConvExport", "%1 (%2)").arg(name, shape);
}

SheetMatrix matrix(const QString &caption, const Eigen::MatrixXd &m)
{
    SheetMatrix out;
    out.caption = caption;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        QStringList row;
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            row << numbertext::display(m(r, c));
        out.rows.push_back(row);
    }
    return out;
}

// The input with its ring of padding zeros; the zeros are written as the trace's taps read them
// (the padding value is 0 by definition, so nothing is computed here).
SheetMatrix paddedMatrix(const QString &caption, const Eigen::MatrixXd &m, const dlt::conv::Pair &pad)
{
    SheetMatrix out;
    out.caption = caption;
    const int rows = int(m.rows()) + 2 * pad.h, cols = int(m.cols()) + 2 * pad.w;
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        std::vector<bool> muted;
        for (int c = 0; c < cols; ++c) {
            const int ir = r - pad.h, ic = c - pad.w;
            const bool inside = ir >= 0 && ir < m.rows() && ic >= 0 && ic < m.cols();
            row << (inside ? numbertext::display(m(ir, ic)) : QStringLiteral("0"));
            muted.push_back(!inside);
        }
        out.rows.push_back(row);
        out.muted.push_back(std::move(muted));
    }
    return out;
}

SheetBlock heading(const QString &text)
{
    SheetBlock b;
    b.kind = SheetBlock::Kind::Heading;
    b.lines << text;
    return b;
}

} // namespace

dlt::Result<Worksheet> buildConvSheet(const ConvProblem &problem)
{
    const dlt::conv::Trace &t = problem.trace;
    long long taps = 0;
    for (const dlt::conv::Step &s : t.steps)
        taps += (long long)s.taps.size();
    if (taps > kMaxSheetTaps || t.steps.empty())
        return dlt::Error("export.sheet_too_large").with("taps", taps).with("max", kMaxSheetTaps);

    const dlt::conv::Geometry &g = t.geometry;
    const bool correlation = problem.spec.mode == dlt::conv::Mode::Correlation;
    Worksheet sheet;
    sheet.title = correlation ? QCoreApplication::translate("ConvExport", "Worked solution: cross-correlation of the input with the filter")
                              : QCoreApplication::translate("ConvExport", "Worked solution: convolution of the input with the filter");

    sheet.blocks.push_back(heading(QCoreApplication::translate("ConvExport", "1. Given")));
    SheetBlock given;
    given.kind = SheetBlock::Kind::Matrices;
    const size_t channels = problem.input.size();
    const bool padded = problem.spec.padding.h > 0 || problem.spec.padding.w > 0;
    for (size_t c = 0; c < channels; ++c) {
        const Eigen::MatrixXd &in = problem.input[c];
        given.matrices.push_back(
            matrix(channelCaption(QCoreApplication::translate("ConvExport", "Input"), convtext::shapeText(in.rows(), in.cols()), c, channels), in));
        if (padded)
            given.matrices.push_back(paddedMatrix(
                channelCaption(QCoreApplication::translate("ConvExport", "Input with padding"),
                               convtext::shapeText(g.rows.padded, g.cols.padded), c, channels),
                in, problem.spec.padding));
    }
    for (size_t c = 0; c < problem.filter.size(); ++c) {
        const Eigen::MatrixXd &f = problem.filter[c];
        given.matrices.push_back(
            matrix(channelCaption(QCoreApplication::translate("ConvExport", "Filter"), convtext::shapeText(f.rows(), f.cols()), c, channels), f));
        if (!correlation)
            given.matrices.push_back(matrix(channelCaption(QCoreApplication::translate("ConvExport", "Filter flipped"), convtext::shapeText(f.rows(), f.cols()), c, channels),
                                            f.colwise().reverse().rowwise().reverse()));
    }
    sheet.blocks.push_back(given);
    SheetBlock spec;
    spec.lines << convtext::specLine(problem.spec);
    sheet.blocks.push_back(spec);

    sheet.blocks.push_back(heading(QCoreApplication::translate("ConvExport", "2. Output size")));
    SheetBlock size;
    size.lines << QCoreApplication::translate("ConvExport", "out = \u230a(n + 2p \u2212 d\u00b7(k\u2212" "1) \u2212 1)/s\u230b + 1   "
                     "(n input, p padding, d dilation, k filter size, s stride)");
    size.lines << convtext::sizeLine(QCoreApplication::translate("ConvExport", "rows"), g.rows);
    if (const QString note = convtext::unreachedNote(g.rows, true); !note.isEmpty())
        size.lines << note;
    size.lines << convtext::sizeLine(QCoreApplication::translate("ConvExport", "columns"), g.cols);
    if (const QString note = convtext::unreachedNote(g.cols, false); !note.isEmpty())
        size.lines << note;
    size.lines << QCoreApplication::translate("ConvExport", "The output is %1.").arg(convtext::shapeText(g.rows.out, g.cols.out));
    sheet.blocks.push_back(size);

    sheet.blocks.push_back(heading(QCoreApplication::translate("ConvExport", "3. Every step (input value \u00b7 filter weight, summed)")));
    const int count = int(t.steps.size());
    for (int i = 0; i < count; ++i) {
        const dlt::conv::Step &s = t.steps[size_t(i)];
        SheetBlock step;
        step.kind = SheetBlock::Kind::Step;
        step.lines << QCoreApplication::translate("ConvExport", "Step %1 of %2: output row %3, column %4").arg(i + 1).arg(count).arg(s.row + 1).arg(s.col + 1);
        step.lines << convtext::arithmetic(s, g.channels);
        sheet.blocks.push_back(step);
    }

    sheet.blocks.push_back(heading(QCoreApplication::translate("ConvExport", "4. Output")));
    SheetBlock result;
    result.kind = SheetBlock::Kind::Matrices;
    result.matrices.push_back(matrix(QCoreApplication::translate("ConvExport", "Output (%1)").arg(convtext::shapeText(g.rows.out, g.cols.out)), t.output));
    sheet.blocks.push_back(result);
    return sheet;
}
