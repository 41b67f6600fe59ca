#pragma once

#include "common/result.h"
#include "conv/fastconv.h"

#include <cstdint>
#include <functional>

namespace dlt::image {

/** A row-major float image: rows = height, cols = width. */
using Matrix = conv::RowMatrixF;

/**
 * Called between chunks of work with the fraction done (0..1); returning false cancels the work,
 * which then fails with image.cancelled. An empty function never cancels.
 */
using ProgressFn = std::function<bool(double fraction)>;

/** Byte layout of one pixel of an 8-bit image. */
enum class PixelFormat {
    Gray8, ///< 1 byte: gray
    Rgb8,  ///< 3 bytes: R, G, B
    Rgba8, ///< 4 bytes: R, G, B, A (not premultiplied)
};

/** Largest accepted image side in pixels (the conv core's per-side limit). */
inline constexpr int kMaxImageSide = conv::kMaxSide;

/** Rec. 601 luma weights: Y = 0.299·R + 0.587·G + 0.114·B. */
inline constexpr double kLumaR = 0.299;
inline constexpr double kLumaG = 0.587;
inline constexpr double kLumaB = 0.114;

/**
 * Converts 8-bit pixels (width×height, rows bytesPerLine bytes apart) to a height×width gray matrix
 * in intensity units 0..255 (Rec. 601 luma, not rounded). RGBA is composited over white first:
 * Y = a/255·Y(rgb) + (1 − a/255)·255. Errors: image.empty(width, height), image.too_large(width,
 * height, max), image.layout (null data or bytesPerLine shorter than a row), image.cancelled.
 */
Result<Matrix> toGray(const std::uint8_t *data, int width, int height, int bytesPerLine, PixelFormat format,
                      const ProgressFn &progress = {});

/** The size (rows, cols) an h×w image gets when its longer side is brought down to maxSide (unchanged if it fits). */
struct Size {
    int rows = 0;
    int cols = 0;
    bool operator==(const Size &) const = default;
};
/** Target size of downscale(): the longer side becomes maxSide, the other rounds to nearest (at least 1). */
Size downscaledSize(int rows, int cols, int maxSide);

/**
 * Area-average downscale: each output pixel is the mean of the input area it covers, partial
 * pixels weighted by the covered fraction. Returns the image unchanged when its longer side is
 * ≤ maxSide. Errors: image.empty, image.bad_max_side(value) for maxSide < 1, image.cancelled.
 */
Result<Matrix> downscale(const Matrix &image, int maxSide, const ProgressFn &progress = {});

} // namespace dlt::image
