#include "colormap.h"

#include <algorithm>
#include <cmath>

namespace dlt::image {

namespace {

// Rounds half up; x is in [0, 255] for every caller (a point between two channel values).
std::uint8_t channel(double x)
{
    return std::uint8_t(x + 0.5);
}

Rgb towards(const Rgb &from, const Rgb &to, double t)
{
    return {channel(from.r + t * (to.r - from.r)), channel(from.g + t * (to.g - from.g)),
            channel(from.b + t * (to.b - from.b))};
}

// k · mantissa · 10^e as the double nearest the decimal (dividing keeps 0.1 steps exact-looking).
double tickValue(long long k, int mantissa, int e)
{
    return e >= 0 ? double(k * mantissa) * std::pow(10.0, e) : double(k * mantissa) / std::pow(10.0, -e);
}

} // namespace

ColorScale scaleFor(double min, double max, double zero)
{
    ColorScale s;
    zero = std::isfinite(zero) ? std::fabs(zero) : 0.0;
    if (min < -zero) {
        s.kind = MapKind::Diverging;
        const double bound = std::max({std::fabs(min), std::fabs(max), zero});
        s.hi = bound > 0 && std::isfinite(bound) ? bound : 1.0;
        s.lo = -s.hi;
    } else {
        s.kind = MapKind::Sequential;
        s.lo = 0;
        const double top = std::max(max, zero);
        s.hi = top > 0 && std::isfinite(top) ? top : 1.0;
    }
    return s;
}

ColorScale intensityScale()
{
    return {MapKind::Sequential, 0.0, 255.0};
}

Rgb colorAt(const ColorScale &scale, double v)
{
    if (std::isnan(v))
        v = 0;
    if (scale.kind == MapKind::Diverging) {
        const double t = std::clamp(v / scale.hi, -1.0, 1.0);
        return t < 0 ? towards(kDivergingMid, kDivergingLow, -t) : towards(kDivergingMid, kDivergingHigh, t);
    }
    const double t = std::clamp((v - scale.lo) / (scale.hi - scale.lo), 0.0, 1.0);
    const std::uint8_t g = channel(255.0 * t);
    return {g, g, g};
}

bool colorize(const Matrix &m, const ColorScale &scale, std::uint8_t *rgb, std::ptrdiff_t bytesPerLine)
{
    if (rgb == nullptr || bytesPerLine < 3 * std::ptrdiff_t(m.cols()))
        return false;
    // A table of colorAt() at kSteps + 1 evenly spaced values from lo to hi; each value takes the
    // nearest entry (within 1/8192 of the range, under half a colour level from colorAt).
    constexpr int kSteps = 4096;
    const std::vector<Rgb> table = legendColors(scale, kSteps + 1);
    const double lo = scale.lo, perStep = kSteps / (scale.hi - scale.lo);
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        std::uint8_t *p = rgb + r * bytesPerLine;
        const float *row = m.data() + r * m.cols();
        for (Eigen::Index c = 0; c < m.cols(); ++c, p += 3) {
            const double v = row[c];
            const double x = std::isnan(v) ? -lo * perStep : (v - lo) * perStep; // NaN is drawn as 0
            const int i = x <= 0 ? 0 : x >= kSteps ? kSteps : int(x + 0.5);
            const Rgb &col = table[size_t(i)];
            p[0] = col.r;
            p[1] = col.g;
            p[2] = col.b;
        }
    }
    return true;
}

std::vector<Rgb> legendColors(const ColorScale &scale, int n)
{
    n = std::max(n, 2);
    std::vector<Rgb> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(colorAt(scale, scale.lo + (scale.hi - scale.lo) * i / (n - 1)));
    return out;
}

std::vector<Tick> legendTicks(const ColorScale &scale, int maxTicks)
{
    std::vector<Tick> ticks;
    const double lo = scale.lo, hi = scale.hi;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi) || maxTicks < 1)
        return ticks;
    const int e0 = int(std::floor(std::log10((hi - lo) / std::max(1, maxTicks)))) - 1;
    for (int e = e0; e < e0 + 40; ++e)
        for (int mantissa : {1, 2, 5}) {
            const double step = tickValue(1, mantissa, e);
            const double slack = 1e-9 * step;
            const long long k0 = (long long)std::ceil(lo / step - 1e-9);
            const long long k1 = (long long)std::floor(hi / step + 1e-9);
            if (k1 - k0 + 1 > maxTicks)
                continue;
            for (long long k = k0; k <= k1; ++k) {
                const double v = tickValue(k, mantissa, e);
                if (v >= lo - slack && v <= hi + slack)
                    ticks.push_back({v, std::clamp((v - lo) / (hi - lo), 0.0, 1.0)});
            }
            return ticks;
        }
    return ticks;
}

} // namespace dlt::image
