#pragma once

#include "conv/conv.h"
#include "image/grayimage.h"

#include <Eigen/Core>

namespace dlt::image {

/** The image's filtered output and the shapes it was computed with. */
struct Filtered {
    conv::Geometry geometry; ///< rows/cols: the input and output sizes per axis
    Matrix output;           ///< geometry.rows.out × geometry.cols.out
};

/**
 * Output rows per band for an output of outCols columns and a kh×kw filter: about 2·10⁶
 * multiplications per band, at least 1, so a band takes a millisecond or two.
 */
int bandRows(int outCols, int kh, int kw);

/**
 * Applies kernel (kh×kw) to image under spec (stride, zero padding, dilation, mode) with the conv
 * core's fast float path (conv::correlateFast, AVX2 chosen at run time), one band of output rows
 * at a time; the result equals one correlateFast call over the whole image. progress is called
 * after every band. Errors: those of conv::fastGeometry, conv.not_finite(which, channel, row, col)
 * (1-based), conv.overflow, image.cancelled.
 */
Result<Filtered> filterImage(const Matrix &image, const Eigen::MatrixXf &kernel, const conv::Spec &spec,
                             const ProgressFn &progress = {}, int rowsPerBand = 0);

/** Smallest and largest value of a matrix (both 0 for an empty one). */
struct ValueRange {
    double min = 0;
    double max = 0;
};

/** The smallest and largest entry of m. */
ValueRange valueRange(const Matrix &m);

} // namespace dlt::image
