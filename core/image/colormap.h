#pragma once

#include "image/grayimage.h"

#include <cstdint>
#include <vector>

namespace dlt::image {

/** An 8-bit sRGB colour. */
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb &) const = default;
};

/** How values become colours. */
enum class MapKind {
    Sequential, ///< black (lo) → white (hi), for outputs that are never negative
    Diverging,  ///< blue (−bound) → white (0) → red (+bound), symmetric about 0, for signed outputs
};

/** A colour scale over [lo, hi]; for Diverging, lo = −hi. */
struct ColorScale {
    MapKind kind = MapKind::Sequential;
    double lo = 0;
    double hi = 1;
};

/** End colours of the diverging map (Moreland's cool–warm ends) and its centre. */
inline constexpr Rgb kDivergingLow{59, 76, 192};
inline constexpr Rgb kDivergingMid{255, 255, 255};
inline constexpr Rgb kDivergingHigh{180, 4, 38};

/**
 * The scale for values in [min, max]: Diverging over ±max(|min|, |max|) when min < −zero, else
 * Sequential over [0, max]. Values within ±zero count as 0 (float rounding residue): the bound is
 * at least zero, so a flat image does not show its rounding noise at full contrast. A bound of 0
 * becomes 1 so the scale never has zero width.
 */
ColorScale scaleFor(double min, double max, double zero = 0);

/** The gray scale of input intensities: Sequential over [0, 255]. */
ColorScale intensityScale();

/**
 * The colour of value v (clamped to the scale). Sequential: gray = round(255·t), t = (v − lo)/(hi − lo).
 * Diverging: t = v/hi in [−1, 1]; each channel = round(mid + |t|·(end − mid)) toward the low or high end.
 */
Rgb colorAt(const ColorScale &scale, double v);

/**
 * Writes the colour of every entry of m as R, G, B bytes: rows of m.cols()·3 bytes, bytesPerLine
 * apart (≥ 3·cols). Uses a 4097-entry table of colorAt() over the scale, so a colour may differ
 * from colorAt() by at most one level (lo, 0 and hi are exact). Returns false (writing nothing)
 * for a null destination or a short line.
 */
bool colorize(const Matrix &m, const ColorScale &scale, std::uint8_t *rgb, std::ptrdiff_t bytesPerLine);

/** n colours sampled evenly from lo to hi (inclusive both ends), for drawing a legend bar; n ≥ 2. */
std::vector<Rgb> legendColors(const ColorScale &scale, int n);

/** A legend tick: its value and where it sits along the bar, 0 at lo and 1 at hi. */
struct Tick {
    double value = 0;
    double position = 0;
};

/**
 * "Nice" tick values for the legend: multiples of a step 1, 2 or 5 × 10^k, the smallest such
 * step giving at most maxTicks ticks inside [lo, hi] (0 is always one of them when lo ≤ 0 ≤ hi).
 */
std::vector<Tick> legendTicks(const ColorScale &scale, int maxTicks = 6);

} // namespace dlt::image
