#pragma once

// Shared inputs of the convolution benchmarks, so the OpenCV comparison runs on the same data.

#include "conv/conv.h"
#include "conv/fastconv.h"

#include <Eigen/Core>

namespace benchconv {

/** The benchmark image: 1080 rows × 1920 columns of integers in [0, 255], as floats. */
inline const dlt::conv::RowMatrixF &image()
{
    static const dlt::conv::RowMatrixF m = dlt::conv::randomIntegers(1080, 1920, 0, 255, 20240601ULL).cast<float>();
    return m;
}

/** A 3×3 filter with nine distinct weights, so a transposed or flipped kernel would show. */
inline Eigen::MatrixXf kernel3()
{
    Eigen::MatrixXf k(3, 3);
    k << 0.0625f, -0.125f, 0.25f, //
        -0.5f, 1.0f, 0.375f,      //
        0.1875f, -0.75f, 0.03125f;
    return k;
}

} // namespace benchconv
