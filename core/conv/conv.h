#pragma once

#include "common/result.h"
#include "matrixtext/matrixtext.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace dlt::conv {

/** Cross-correlation (what frameworks call convolution; the default) or true convolution (kernel flipped on both axes). */
enum class Mode { Correlation, Convolution };

/** A per-axis pair: h applies to rows, w to columns. */
struct Pair {
    int h = 1;
    int w = 1;
    bool operator==(const Pair &) const = default;
};

/** Stride, zero padding and dilation per axis, and the mode. */
struct Spec {
    Pair stride{1, 1};
    Pair padding{0, 0};
    Pair dilation{1, 1};
    Mode mode = Mode::Correlation;
    bool operator==(const Spec &) const = default;
};

/** Largest accepted side (rows or columns) of an input, a filter, or the padding; keeps a typo from exhausting memory. */
inline constexpr int kMaxSide = 8192;
/** Largest accepted channel count. */
inline constexpr int kMaxChannels = 512;
/** Largest step trace (output cells × filter taps) built; larger problems use compute() only. */
inline constexpr long long kMaxTraceTaps = 4'000'000;

/**
 * Output size along one axis and the numbers of its formula
 * out = floor((n + 2p − d·(k−1) − 1)/s) + 1.
 */
struct AxisSize {
    int n = 0;               ///< input size
    int k = 0;               ///< kernel size
    int stride = 1;
    int padding = 0;
    int dilation = 1;
    int effectiveKernel = 0; ///< d·(k−1) + 1
    int padded = 0;          ///< n + 2p
    int numerator = 0;       ///< n + 2p − d·(k−1) − 1
    int remainder = 0;       ///< numerator mod s: when > 0 the last rows/cols are never reached
    int out = 0;             ///< numerator / s + 1
    int unreached = 0;       ///< padded cells past the last window, dropped as frameworks do
};

/**
 * Computes one axis. axis is "rows" or "cols" and is named in errors:
 * conv.bad_stride(axis, value), conv.bad_dilation(axis, value), conv.bad_padding(axis, value),
 * conv.filter_too_large(axis, effective, padded), conv.output_too_large(axis, out, max) (more than kMaxSide).
 */
Result<AxisSize> axisSize(int n, int k, int stride, int padding, int dilation, const std::string &axis);

/** The validated shapes of a problem: input H×W×C, filter Kh×Kw×C, output rows.out × cols.out. */
struct Geometry {
    AxisSize rows;
    AxisSize cols;
    int channels = 0;
};

/**
 * Validates input and filter volumes against spec. Errors: conv.empty(which),
 * conv.too_large(which, rows, cols, max), conv.too_many_channels(which, channels, max),
 * conv.channel_shape(which, channel), conv.not_finite(which, channel, row, col) (1-based),
 * conv.channel_mismatch(input, filter), and those of axisSize. which is "input" or "filter".
 */
Result<Geometry> validate(const Volume &input, const Volume &filter, const Spec &spec);

/** One multiply of a window: the weight used, the input value under it, and where both are. */
struct Tap {
    int channel = 0;      ///< 0-based channel
    int kr = 0, kc = 0;   ///< the filter cell whose weight is used (already flipped in Convolution mode)
    int r = 0, c = 0;     ///< input position in unpadded coordinates; outside [0,H)×[0,W) means padding
    bool padding = false; ///< the value is a zero from padding
    double weight = 0;
    double value = 0;
    double product = 0;   ///< weight · value
};

/** One output cell: its position, its taps in window order (channel, then row, then column), and their sum. */
struct Step {
    int row = 0, col = 0;
    std::vector<Tap> taps;
    double sum = 0;
};

/** The full worked solution; the UI and the exported worked steps both read this. */
struct Trace {
    Geometry geometry;
    Eigen::MatrixXd output; ///< rows.out × cols.out
    std::vector<Step> steps; ///< row-major over output cells
};

/**
 * Computes the output and the step trace (reference double arithmetic).
 * Extra errors: conv.trace_too_large(taps, max) past kMaxTraceTaps; conv.output_overflow(row, col)
 * (1-based output cell) when finite values multiply or sum past the double range.
 */
Result<Trace> trace(const Volume &input, const Volume &filter, const Spec &spec);

/** Computes only the output map (double), for any size within the limits; errors as trace() but never trace_too_large. */
Result<Eigen::MatrixXd> compute(const Volume &input, const Volume &filter, const Spec &spec);

/** The named filter presets of the convolution page. */
enum class Preset { HorizontalEdge, VerticalEdge, SobelX, SobelY, Identity, BoxBlur, Sharpen, Laplacian };

/** All presets, in menu order. */
const std::vector<Preset> &allPresets();
/** A stable key for a preset ("horizontal_edge", ...). */
std::string presetKey(Preset p);
/** The 3×3 kernel of a preset (box blur holds exact ninths). */
Eigen::MatrixXd presetKernel(Preset p);

/** The seed's 7×7 input from the midterm review's convolution question. */
Eigen::MatrixXd seedInput();

/** Fills a rows×cols matrix with integers in [lo, hi] from a seeded generator (reproducible on every platform). */
Eigen::MatrixXd randomIntegers(int rows, int cols, int lo, int hi, unsigned long long seed);

} // namespace dlt::conv
