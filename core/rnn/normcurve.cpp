#include "normcurve.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace dlt::rnn {

double NormCurve::value(std::size_t k) const
{
    const double l = log10[k];
    if (l >= kClipLog10)
        return kClipValue;
    if (std::isinf(l))
        return 0.0;
    return std::pow(10.0, l);
}

bool NormCurve::clipped(std::size_t k) const
{
    return log10[k] >= kClipLog10;
}

bool NormCurve::zero(std::size_t k) const
{
    return std::isinf(log10[k]) && log10[k] < 0;
}

long long NormCurve::firstClipped() const
{
    for (std::size_t k = 0; k < log10.size(); ++k)
        if (clipped(k))
            return static_cast<long long>(k);
    return -1;
}

long long NormCurve::firstZero() const
{
    for (std::size_t k = 0; k < log10.size(); ++k)
        if (zero(k))
            return static_cast<long long>(k);
    return -1;
}

std::vector<double> NormCurve::values() const
{
    std::vector<double> out(log10.size());
    for (std::size_t k = 0; k < log10.size(); ++k)
        out[k] = value(k);
    return out;
}

NormCurve geometricCurve(double lnStart, double ratio, long long steps)
{
    NormCurve c;
    c.log10.assign(static_cast<std::size_t>(steps + 1), -std::numeric_limits<double>::infinity());
    if (std::isinf(lnStart))
        return c;
    const double start = lnStart * std::numbers::log10e;
    c.log10[0] = start;
    if (ratio <= 0.0)
        return c;
    const double step = std::log10(ratio);
    for (long long k = 1; k <= steps; ++k)
        c.log10[static_cast<std::size_t>(k)] = start + double(k) * step;
    return c;
}

NormCurve curveFromLn(const std::vector<double> &ln)
{
    NormCurve c;
    c.log10.resize(ln.size());
    for (std::size_t k = 0; k < ln.size(); ++k)
        c.log10[k] = std::isinf(ln[k]) ? ln[k] : ln[k] * std::numbers::log10e;
    return c;
}

} // namespace dlt::rnn
