#pragma once

#include "common/result.h"
#include "conv/conv.h"

#include <Eigen/Core>

namespace dlt::conv {

/** A row-major float matrix, the layout of images and of the fast path's input and output. */
using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/**
 * Which compiled hot kernel the fast path runs. Auto picks AVX2+FMA when the CPU has both,
 * else the x86-64 baseline (SSE2) kernel. Forcing Avx2Fma on a CPU without it runs Baseline.
 */
enum class FastKernel { Auto, Baseline, Avx2Fma };

/** True when this CPU can run the AVX2+FMA kernel. */
bool avx2FmaSupported();

/** The kernel a request actually runs on this CPU (never Auto). */
FastKernel resolveKernel(FastKernel requested);

/**
 * Validates a single-channel problem and returns its shapes (channels = 1): an h×w input and a
 * kh×kw filter under spec. Errors: conv.empty(which), conv.too_large(which, rows, cols, max), and
 * those of axisSize (conv.bad_stride, conv.bad_dilation, conv.bad_padding, conv.filter_too_large).
 */
Result<Geometry> fastGeometry(int h, int w, int kh, int kw, const Spec &spec);

/**
 * Fast single-channel float 2-D correlation (or convolution, per spec.mode) for large inputs,
 * with stride, zero padding and dilation. in: h×w row-major, rows inStride floats apart (≥ w);
 * k: kh×kw row-major, contiguous; out: rows.out × cols.out of the returned geometry, rows
 * outStride floats apart (≥ cols.out), every cell written, not overlapping in. Arithmetic is
 * float with the same summation order as compute(). Errors: those of fastGeometry,
 * conv.layout(which) for a null pointer or a row stride shorter than a row ("input", "filter",
 * "output"), conv.not_finite(which, channel, row, col) (1-based, the first in row-major order),
 * and conv.overflow when finite values sum past the float range.
 */
Result<Geometry> correlateFast(const float *in, int h, int w, int inStride, const float *k, int kh, int kw,
                               const Spec &spec, float *out, int outStride, FastKernel kernel = FastKernel::Auto);

/**
 * As above for Eigen matrices; out is resized to rows.out × cols.out (no reallocation when it
 * already has that shape, so a caller can reuse it across frames) and may be input itself.
 * After an error out's contents are unspecified.
 */
Status correlateFastInto(const RowMatrixF &input, const Eigen::MatrixXf &kernel, const Spec &spec, RowMatrixF &out,
                         FastKernel which = FastKernel::Auto);

/** As correlateFastInto, returning a new rows.out × cols.out output matrix. */
Result<RowMatrixF> correlateFast(const RowMatrixF &input, const Eigen::MatrixXf &kernel, const Spec &spec,
                                 FastKernel which = FastKernel::Auto);

} // namespace dlt::conv
