#pragma once

#include "conv/conv.h"
#include "matrixtext/matrixtext.h"

#include <QString>

/**
 * One convolution problem and its worked trace, copied out of the page or read by the command
 * line, so the step images and the solution sheet can be painted on any thread.
 */
struct ConvProblem {
    dlt::Volume input;   ///< C channels of H×W
    dlt::Volume filter;  ///< C channels of Kh×Kw
    dlt::conv::Spec spec;
    dlt::conv::Trace trace; ///< from dlt::conv::trace(input, filter, spec)

    /** Runs dlt::conv::trace(); its errors (conv.*) pass through. */
    static dlt::Result<ConvProblem> make(dlt::Volume input, dlt::Volume filter, const dlt::conv::Spec &spec);
};

/** Texts shared by the step images and the solution sheet; formatting only, every number comes from the trace. */
namespace convtext {
/** "6·1 + 3·1 + … + 2·(−1) = 4": input value · filter weight per tap, "channel c:" groups for C > 1. */
QString arithmetic(const dlt::conv::Step &step, int channels);
/** "rows: ⌊(7 + 2·0 − 1·(3−1) − 1)/1⌋ + 1 = 5" for axis "rows" or "columns". */
QString sizeLine(const QString &axisName, const dlt::conv::AxisSize &axis);
/** The never-reached note of an axis ("Remainder 1: the window never reaches the last row."), or empty. */
QString unreachedNote(const dlt::conv::AxisSize &axis, bool rows);
/** "Stride 1, padding 0, dilation 1, cross-correlation": one line describing the spec. */
QString specLine(const dlt::conv::Spec &spec);
/** "7×5", or "7×5×3" with channels. */
QString shapeText(long long rows, long long cols, long long channels = 1);
} // namespace convtext
