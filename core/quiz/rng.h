#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dlt::quiz {

/**
 * splitmix64: a tiny generator with fixed arithmetic, so a seed gives the same quiz on every
 * platform and standard library (std::shuffle and the std distributions do not promise that).
 */
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    { }

    /** The next 64 random bits. */
    std::uint64_t next();

    /** A uniform integer in [0, n) without modulo bias; n ≥ 1. */
    std::uint64_t below(std::uint64_t n);

    /** A uniform integer in [lo, hi] (lo ≤ hi). */
    long long between(long long lo, long long hi);

    /** Fisher–Yates shuffle driven by below(). */
    template <class T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i) {
            const std::size_t j = std::size_t(below(i));
            std::swap(v[i - 1], v[j]);
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace dlt::quiz
