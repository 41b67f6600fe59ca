#pragma once

#include "image/colormap.h"
#include "image/filterimage.h"
#include "image/grayimage.h"

namespace dlt::image {

/** Maps progress of a sub-task (0..1) onto [from, to] of an outer ProgressFn; empty stays empty. */
ProgressFn subProgress(const ProgressFn &outer, double from, double to);

/**
 * The demo's input matrix: toGray() of the pixels (0..255, Rec. 601), then downscale() to maxSide
 * when maxSide > 0. Progress runs 0..1 over both. Errors: those of toGray and downscale.
 */
Result<Matrix> prepareInput(const std::uint8_t *pixels, int width, int height, int bytesPerLine, PixelFormat format,
                            int maxSide, const ProgressFn &progress = {});

/**
 * The size below which a feature-map value counts as 0 when choosing its colour scale:
 * 10⁻⁴ · Σ|k| · max|input|, that is 10⁻⁴ of the largest output the filter could give. Float sums
 * of ±values that cancel leave residues far below it (about 10⁻⁷ per tap).
 */
double zeroLevel(const Matrix &gray, const Eigen::MatrixXf &kernel);

/** A filtered image with its value range and the colour scale the demo shows it with (scaleFor(min, max, zeroLevel)). */
struct FeatureMap {
    Filtered filtered;
    ValueRange range;
    ColorScale scale;
};

/** filterImage() of gray, then its range and colour scale. Errors: those of filterImage. */
Result<FeatureMap> featureMap(const Matrix &gray, const Eigen::MatrixXf &kernel, const conv::Spec &spec,
                              const ProgressFn &progress = {});

} // namespace dlt::image
