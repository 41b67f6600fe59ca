#pragma once

#include <cstddef>
#include <vector>

namespace dlt::rnn {

/** Norms at or above this are reported as exactly this value and flagged as clipped. */
inline constexpr double kClipValue = 1e300;
/** log10 of kClipValue. */
inline constexpr double kClipLog10 = 300.0;

/**
 * A norm against steps back, k = 0..T, kept as log10 so that neither 1e-450 nor 1e8450 is lost.
 * value() gives the plain number, clipped at kClipValue: nothing here is ever NaN or infinite.
 */
struct NormCurve {
    std::vector<double> log10; ///< log10 of the norm at k; −inf where the norm is exactly 0; never NaN or +inf

    std::size_t size() const { return log10.size(); }
    /** The norm at k, clipped to kClipValue; 0 for an exact zero (and below the double range, ~1e-308, an underflow to 0). */
    double value(std::size_t k) const;
    /** True when the true norm at k is ≥ kClipValue, so value(k) is the clip, not the norm. */
    bool clipped(std::size_t k) const;
    /** True when the norm at k is exactly 0. */
    bool zero(std::size_t k) const;
    /** The first k that is clipped, or −1. */
    long long firstClipped() const;
    /** The first k that is exactly 0, or −1. */
    long long firstZero() const;
    /** All values (value(k) for every k). */
    std::vector<double> values() const;
};

/** The curve c·r^k for k = 0..steps from ln c and r ≥ 0 (r = 0 gives c, then exact zeros); c = 0 gives all zeros. */
NormCurve geometricCurve(double lnStart, double ratio, long long steps);

/** A curve from natural-log values (−inf allowed). */
NormCurve curveFromLn(const std::vector<double> &ln);

} // namespace dlt::rnn
