#pragma once

#include <cstdint>
#include <random>

namespace dlt::graph {

/**
 * Seeded random numbers that are identical on every platform: std::mt19937_64 is fully
 * specified by the standard, and the distributions below are written out here (the
 * std:: distributions are implementation-defined).
 */
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed)
    { }

    /** Uniform in [0, 1): the top 53 bits of one draw, scaled by 2^-53. */
    double unit();

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

    /** Uniform integer in [0, n), n >= 1; floor(n * unit()). */
    int index(int n);

private:
    std::mt19937_64 m_engine;
};

} // namespace dlt::graph
