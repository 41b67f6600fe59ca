#include "magnitude.h"

#include <algorithm>
#include <cmath>

namespace dlt::arch {

Magnitude magnitude(long long count, int significant)
{
    significant = std::clamp(significant, 1, 15);
    Magnitude m{static_cast<double>(count), 0};
    for (int pass = 0; pass < 2; ++pass) {
        while (std::fabs(m.mantissa) >= 1000.0 && m.exponent < 18) {
            m.mantissa /= 1000.0;
            m.exponent += 3;
        }
        if (m.mantissa == 0.0)
            return m;
        // Digits before the point (1…3) decide how many decimals keep `significant` digits.
        const int before = 1 + int(std::floor(std::log10(std::fabs(m.mantissa))));
        const double scale = std::pow(10.0, significant - before);
        m.mantissa = std::round(m.mantissa * scale) / scale; // 999.7 rounds to 1000 and goes round again
    }
    return m;
}

} // namespace dlt::arch
