#include "plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <set>

namespace dlt::rnn {

namespace {

std::vector<long long> sampledSteps(long long steps, std::size_t maxPoints, const std::vector<long long> &extra)
{
    std::set<long long> ks;
    const long long count = steps + 1;
    const long long budget = std::max<long long>(2, static_cast<long long>(maxPoints));
    if (count <= budget) {
        for (long long k = 0; k < count; ++k)
            ks.insert(k);
    } else {
        const long long stride = (count + budget - 2) / (budget - 1);
        for (long long k = 0; k <= steps; k += stride)
            ks.insert(k);
        ks.insert(steps);
    }
    for (long long k : extra)
        if (k >= 0 && k <= steps)
            ks.insert(k);
    return {ks.begin(), ks.end()};
}

PlotCurve makeCurve(const NormCurve &c, const std::vector<long long> &ks)
{
    PlotCurve p;
    p.zeroFrom = c.firstZero();
    p.clippedFrom = c.firstClipped();
    for (std::size_t k = 0; k < c.size(); ++k) {
        if (!c.zero(k) && c.log10[k] < -kClipLog10) {
            p.underflowFrom = static_cast<long long>(k);
            break;
        }
    }
    p.points.reserve(ks.size());
    for (long long k : ks) {
        const double l = c.log10[static_cast<std::size_t>(k)];
        if (std::isinf(l) && l < 0)
            continue;
        p.points.push_back({double(k), std::clamp(l, -kClipLog10, kClipLog10)});
    }
    return p;
}

std::vector<PlotPoint> circle(double radius, int count)
{
    std::vector<PlotPoint> pts;
    pts.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const double t = 2.0 * std::numbers::pi * double(i) / double(count - 1);
        pts.push_back({radius * std::cos(t), radius * std::sin(t)});
    }
    return pts;
}

} // namespace

GradientPlot gradientPlot(const Analysis &analysis, std::size_t maxPoints)
{
    GradientPlot g;
    const long long steps = analysis.steps();
    const NormCurve *curves[3] = {&analysis.gradNorms, &analysis.bound, &analysis.estimate};
    std::vector<long long> extra;
    for (const NormCurve *c : curves) {
        extra.push_back(c->firstZero() - 1); // the last nonzero point, so a curve ends where it drops to 0
        extra.push_back(c->firstClipped());
    }
    const std::vector<long long> ks = sampledSteps(steps, maxPoints, extra);
    g.actual = makeCurve(analysis.gradNorms, ks);
    g.bound = makeCurve(analysis.bound, ks);
    g.estimate = makeCurve(analysis.estimate, ks);
    g.xMax = double(std::max<long long>(steps, 1));

    double lo = INFINITY, hi = -INFINITY;
    for (const PlotCurve *c : {&g.actual, &g.bound, &g.estimate}) {
        for (const PlotPoint &p : c->points) {
            lo = std::min(lo, p.y);
            hi = std::max(hi, p.y);
        }
    }
    if (!std::isfinite(lo)) {
        lo = -1.0;
        hi = 1.0;
    }
    const bool anyZero = g.actual.zeroFrom >= 0 || g.bound.zeroFrom >= 0 || g.estimate.zeroFrom >= 0;
    g.yMin = std::max(-kClipLog10, std::floor(lo) - (anyZero ? 1.0 : 0.0));
    g.yMax = std::min(kClipLog10, std::ceil(hi));
    if (g.yMax - g.yMin < 2.0) {
        g.yMin = std::max(-kClipLog10, g.yMin - 1.0);
        g.yMax = std::min(kClipLog10, g.yMin + 2.0);
    }
    const double span = g.yMax - g.yMin;
    for (double t : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
        g.yTick = t;
        if (span / t <= 10.0)
            break;
    }
    // Whole ticks: start the axis on a multiple of the tick.
    g.yMin = std::max(-kClipLog10, std::floor(g.yMin / g.yTick) * g.yTick);
    g.yMax = std::min(kClipLog10, std::ceil(g.yMax / g.yTick) * g.yTick);
    return g;
}

std::vector<EigenRow> eigenRows(const Analysis &analysis)
{
    std::vector<EigenRow> rows;
    rows.reserve(analysis.spectra.eigenvalues.size());
    for (const auto &l : analysis.spectra.eigenvalues) {
        EigenRow r;
        r.value = l;
        r.modulus = std::abs(l);
        r.gammaModulus = analysis.gamma * r.modulus;
        r.outside = r.gammaModulus > 1.0 + kVerdictTolerance;
        rows.push_back(r);
    }
    return rows;
}

SpectrumPlot spectrumPlot(const Analysis &analysis, int circlePoints)
{
    SpectrumPlot s;
    circlePoints = std::max(circlePoints, 8);
    s.thresholdRadius = 1.0 / analysis.gamma;
    double reach = s.thresholdRadius;
    const std::vector<EigenRow> rows = eigenRows(analysis);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto l = rows[i].value;
        (rows[i].outside ? s.outside : s.inside).push_back({l.real(), l.imag()});
        (rows[i].outside ? s.outsideIndex : s.insideIndex).push_back(int(i));
        reach = std::max({reach, std::abs(l.real()), std::abs(l.imag())});
    }
    s.thresholdCircle = circle(s.thresholdRadius, circlePoints);
    if (analysis.spectra.spectralNorm > 0.0)
        s.sigmaCircle = circle(analysis.spectra.spectralNorm, circlePoints);
    reach = std::max(reach, analysis.spectra.spectralNorm) * 1.1;
    // A round half-width, so the axis ticks at ±extent, ±extent/2 and 0 read well.
    const double decade = std::pow(10.0, std::floor(std::log10(reach)));
    s.extent = 10.0 * decade;
    for (double m : {1.0, 2.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * decade >= reach) {
            s.extent = m * decade;
            break;
        }
    }
    return s;
}

std::string formatValue(double value, int digits)
{
    if (value == 0.0)
        return "0";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", std::clamp(digits, 1, 17), value);
    // printf writes "1e+06" / "1e-05"; show "1e6" / "1e-5" like formatLog10.
    std::string out = buf;
    const std::size_t e = out.find('e');
    if (e != std::string::npos) {
        const int exponent = std::atoi(out.c_str() + e + 1);
        out = out.substr(0, e) + "e" + std::to_string(exponent);
    }
    return out;
}

std::string formatLog10(double l, int digits)
{
    digits = std::clamp(digits, 1, 15);
    if (std::isinf(l) && l < 0)
        return "0";
    if (std::isnan(l))
        return "?";
    if (l >= -4.0 && l < 6.0)
        return formatValue(std::pow(10.0, l), digits);
    double exponent = std::floor(l);
    double mantissa = std::pow(10.0, l - exponent);
    // Rounding the mantissa to the shown digits may carry into the next decade (9.996 → 10.0).
    const double unit = std::pow(10.0, double(digits - 1));
    mantissa = std::round(mantissa * unit) / unit;
    if (mantissa >= 10.0) {
        mantissa /= 10.0;
        exponent += 1.0;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*ge%.0f", digits, mantissa, exponent);
    return buf;
}

std::string formatFactor(double l, int digits)
{
    digits = std::clamp(digits, 1, 15);
    std::string s = formatLog10(l, digits);
    for (int d = digits + 1; s == "1" && l != 0.0 && d <= 15; ++d)
        s = formatLog10(l, d);
    return s;
}

std::string formatComplex(std::complex<double> z, int digits)
{
    if (z.imag() == 0.0)
        return formatValue(z.real(), digits);
    const std::string im = formatValue(std::abs(z.imag()), digits);
    const std::string imPart = (im == "1" ? std::string() : im) + "i";
    if (z.real() == 0.0)
        return (z.imag() < 0 ? "-" : "") + imPart;
    return formatValue(z.real(), digits) + (z.imag() < 0 ? " - " : " + ") + imPart;
}

std::vector<long long> tableSteps(long long steps, int maxRows)
{
    return sampledSteps(steps, std::size_t(std::max(maxRows, 2)), {});
}

} // namespace dlt::rnn
