#pragma once

#include "inputs.h"
#include "normcurve.h"
#include "spectra.h"
#include "trajectory.h"

#include <optional>
#include <string>

namespace dlt::rnn {

/** What the spectrum says about the back-propagated gradient. */
enum class Verdict {
    Vanishing,  ///< γ·σ_max < 1: every gradient shrinks at least geometrically (Pascanu, Mikolov & Bengio 2013)
    Exploding,  ///< γ·ρ > 1: prone to explode (the seed's reasoning)
    Borderline, ///< γ·ρ ≤ 1 ≤ γ·σ_max: neither is guaranteed
};

/** Relative margin around 1 inside which a product counts as exactly 1 (rounding in ρ and σ_max). */
inline constexpr double kVerdictTolerance = 1e-10;

/** "vanishing", "exploding" or "borderline". */
std::string verdictId(Verdict verdict);

/** The verdict for γ·ρ and γ·σ_max (see Verdict and kVerdictTolerance). */
Verdict verdictFor(double gammaRho, double gammaSigma);

/** Numbers for the worked explanation, all derived from the run. */
struct Summary {
    /** Geometric-mean factor per step back of the actual norm, (‖g_0‖/‖l‖)^(1/T); 1 when T = 0, 0 once it hit 0. */
    double actualRate = 1.0;
    /** log10 of actualRate (−inf when it is 0). */
    double actualRateLog10 = 0.0;
    /** Mean over units of φ'(a_T) (γ when T = 0). */
    double meanLastDerivative = 0.0;
    /** ρ·meanLastDerivative: the estimate redone with the φ' the units actually have at the end (0.00641 for the seed). */
    double saturatedFactor = 0.0;
    /** Share of all φ'(a_t), t = 1..T, below γ/10: how saturated the units are (0 when T = 0). */
    double saturatedShare = 0.0;
    /** saturatedShare in percent. */
    double saturatedPercent = 0.0;
    /** γ·ρ > 1 (the estimate grows) but the actual norm shrank on average: saturation defeated the estimate. */
    bool saturationDefeatsEstimate = false;
    /** σ_max > ρ beyond rounding: W is not normal, so the guaranteed bound lies above the seed's estimate. */
    bool nonNormal = false;
    /** W = Wᵀ exactly: then Wᵀ has W's eigenvectors too (the seed's remark). */
    bool symmetric = false;
    /** h0 = 0 and b = 0, as in the seed. */
    bool zeroStart = false;
    /** Mean over units of |a_T| (0 when T = 0): large values mean saturated sigmoid/tanh units. */
    double meanAbsLastPreActivation = 0.0;
};

/** The complete result for one set of inputs. */
struct Analysis {
    Inputs inputs;          ///< validated, defaults filled in; the analysed matrix is inputs.scale·inputs.w
    Spectra unitSpectra;    ///< spectra of inputs.w (scale 1), kept so a new scale needs no factorisation
    Spectra spectra;        ///< spectra of inputs.scale·inputs.w
    double gamma = 0.0;     ///< γ = max|φ'|
    double inverseGamma = 0.0; ///< 1/γ, the radius of the circle in the spectrum plot
    double gammaRho = 0.0;  ///< γ·ρ, the seed's per-step factor
    double gammaSigma = 0.0;///< γ·σ_max, the guaranteed per-step factor
    Verdict verdict = Verdict::Borderline;
    Trajectory trajectory;
    NormCurve gradNorms;    ///< ‖g_{T−k}‖₂, k = 0..T
    NormCurve bound;        ///< (γ·σ_max)^k·‖l‖
    NormCurve estimate;     ///< (γ·ρ)^k·‖l‖
    Summary summary;

    long long steps() const { return inputs.steps; }
    /** The matrix actually analysed, scale·W. */
    Eigen::MatrixXd analysedMatrix() const { return inputs.scale * inputs.w; }
    int n() const { return int(inputs.w.rows()); }
};

/** Options for analyze(). */
struct AnalyzeOptions {
    /** Compute eigenvectors for the explanation (only when n ≤ kMaxEigenvectorSize). */
    bool eigenvectors = true;
    /** Spectra of inputs.w already known (scale 1), e.g. from an earlier run on the same W: skips the factorisation. */
    const Spectra *knownUnitSpectra = nullptr;
    /** Progress and cancellation; see ProgressFn. */
    ProgressFn progress;
};

/**
 * The full analysis: validates, computes the spectra (LAPACK, in parallel with the trajectory for
 * n ≥ 32, which then runs on a second thread: progress is called from there), runs the trajectory,
 * and builds the curves, verdict and summary.
 * Errors: those of validate(), rnn.eigen_failed(info), rnn.cancelled.
 */
Result<Analysis> analyze(const Inputs &inputs, const AnalyzeOptions &options = {});

/**
 * The fast path for a new scale factor: spectra are scaled (eigenvalues·s, ρ·|s|, σ·|s|) and only the
 * trajectory is recomputed. Errors: rnn.bad_scale(value, max), rnn.cancelled.
 */
Result<Analysis> rescale(const Analysis &base, double scale, const ProgressFn &progress = {});

} // namespace dlt::rnn
