#include "rng.h"

namespace dlt::quiz {

std::uint64_t Rng::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t Rng::below(std::uint64_t n)
{
    if (n <= 1)
        return 0;
    // Reject the low values that would make some residues more likely than others.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % n;
    }
}

long long Rng::between(long long lo, long long hi)
{
    return lo + (long long)below(std::uint64_t(hi - lo) + 1);
}

} // namespace dlt::quiz
