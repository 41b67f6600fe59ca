#pragma once

namespace dlt::arch {

/** A count written as mantissa·10^exponent with exponent a multiple of 3 and |mantissa| < 1000. */
struct Magnitude {
    double mantissa = 0; ///< rounded to the requested significant digits, e.g. 138 for 138,357,544
    int exponent = 0;    ///< 0, 3 (thousand), 6 (million), 9 (billion), 12, 15 or 18
};

/**
 * Splits a count for compact display with `significant` digits (1…15):
 * 138357544 → {138, 6}, read "138M"; 15470264320 → {15.5, 9}; 999700 → {1, 6}.
 */
Magnitude magnitude(long long count, int significant = 3);

} // namespace dlt::arch
