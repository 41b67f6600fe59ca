#pragma once

#include "analysis.h"

#include <complex>
#include <cstddef>
#include <string>
#include <vector>

namespace dlt::rnn {

/** A point of a plot in data units. */
struct PlotPoint {
    double x = 0.0;
    double y = 0.0;
};

/** One curve of the gradient chart, ready to draw on a log10 y-axis. */
struct PlotCurve {
    /** (k, log10 norm) with log10 clamped to [−kClipLog10, kClipLog10]; k where the norm is exactly 0 are left out. */
    std::vector<PlotPoint> points;
    long long zeroFrom = -1;      ///< first k where the norm is exactly 0, or −1
    long long clippedFrom = -1;   ///< first k drawn at the 1e300 ceiling, or −1
    long long underflowFrom = -1; ///< first k drawn at the 1e-300 floor (nonzero but smaller), or −1
};

/** The gradient chart's three curves and axis ranges. */
struct GradientPlot {
    PlotCurve actual;
    PlotCurve bound;
    PlotCurve estimate;
    double xMax = 1.0;  ///< T (at least 1)
    double yMin = -1.0; ///< axis bottom in decades (a whole number ≥ −kClipLog10)
    double yMax = 1.0;  ///< axis top in decades (a whole number ≤ kClipLog10)
    double yTick = 1.0; ///< decades between labelled ticks (1, 2, 5, 10, 20, 50 or 100)
};

/**
 * The chart data for an analysis. Long runs are thinned to at most maxPoints per curve
 * (evenly spaced k, always including 0 and T, and the first zero/clipped step).
 */
GradientPlot gradientPlot(const Analysis &analysis, std::size_t maxPoints = 2001);

/** One eigenvalue with the numbers the eigenvalue table shows. */
struct EigenRow {
    std::complex<double> value; ///< λ
    double modulus = 0.0;       ///< |λ|
    double gammaModulus = 0.0;  ///< γ·|λ|: the seed's per-step factor along this eigenvector
    bool outside = false;       ///< γ·|λ| > 1 (beyond kVerdictTolerance): explosion possible along it
};

/** The eigenvalues of an analysis (of scale·W) in Spectra order, with |λ| and γ|λ|. */
std::vector<EigenRow> eigenRows(const Analysis &analysis);

/** The complex-plane picture: eigenvalues split by the circle |λ| = 1/γ, and that circle. */
struct SpectrumPlot {
    std::vector<PlotPoint> inside;          ///< eigenvalues with γ|λ| ≤ 1 (re, im)
    std::vector<int> insideIndex;           ///< index of each inside point in Spectra::eigenvalues
    std::vector<PlotPoint> outside;         ///< eigenvalues with γ|λ| > 1: explosion possible along them
    std::vector<int> outsideIndex;          ///< index of each outside point in Spectra::eigenvalues
    std::vector<PlotPoint> thresholdCircle; ///< |z| = 1/γ, closed
    std::vector<PlotPoint> sigmaCircle;     ///< |z| = σ_max, closed (empty when σ_max = 0)
    double thresholdRadius = 1.0;           ///< 1/γ
    double extent = 1.0;                    ///< half-width of a square view that shows everything: a round number (1, 2, 4, 5, 6 or 8 × 10^k) whose half is round too
};

/** The spectrum plot for an analysis; circles have circlePoints points (≥ 8). */
SpectrumPlot spectrumPlot(const Analysis &analysis, int circlePoints = 181);

/**
 * A positive number given by its log10, in short scientific form with digits significant digits:
 * "0" for −inf, plain form when 1e-4 ≤ value < 1e6 ("1.75", "0.00635"), else "3.16e-450", "1.4e12".
 * Works beyond the double range. Not UI text: digits and ASCII only.
 */
std::string formatLog10(double log10Value, int digits = 3);

/**
 * A per-step factor given by its log10, as formatLog10 does, but a factor other than 1 never reads
 * "1": near 1 it gets the digits it takes to show the difference ("0.99979", "1.0004"; at most 15).
 */
std::string formatFactor(double log10Value, int digits = 3);

/** A plain number with digits significant digits in the same style ("7", "0.25", "1e-12"). */
std::string formatValue(double value, int digits = 6);

/** A complex number as "a", "bi" or "a ± bi" with formatValue's style ("0.825 + 0.565i", "-1"). */
std::string formatComplex(std::complex<double> z, int digits = 6);

/** At most maxRows step indices 0..T for a printed table: all when T+1 ≤ maxRows, else evenly spaced, 0 and T included. */
std::vector<long long> tableSteps(long long steps, int maxRows);

} // namespace dlt::rnn
