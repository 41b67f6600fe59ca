#pragma once

#include "common/result.h"
#include "conv/conv.h"

namespace dlt::image {

/** The input cells one output index reads along one axis (0-based, unpadded input coordinates). */
struct AxisWindow {
    int first = 0;       ///< first cell the window covers; negative inside the leading padding
    int last = 0;        ///< last cell it covers (first + d·(k−1)); ≥ n inside the trailing padding
    int step = 1;        ///< the dilation: every step-th cell from first to last is read
    int clippedFirst = 0; ///< first..last clipped to the image [0, n−1]; clippedFirst > clippedLast when all is padding
    int clippedLast = 0;
    bool padding = false; ///< some read cell is a zero of the padding
};

/**
 * The window along one axis for output index out: first = out·s − p, last = first + d·(k−1)
 * (the formula of conv::trace). Errors: image.bad_position(axis, value, max) when out is not in
 * [0, a.out), with axis "rows" or "cols" and max = a.out − 1.
 */
Result<AxisWindow> axisWindow(const conv::AxisSize &a, int out, const std::string &axis);

/** The window of an output pixel: rows and columns, in input pixels. */
struct WindowRect {
    AxisWindow rows;
    AxisWindow cols;
};

/** The input window output pixel (row, col) reads under geometry g. Errors: those of axisWindow. */
Result<WindowRect> inputWindow(const conv::Geometry &g, int row, int col);

} // namespace dlt::image
