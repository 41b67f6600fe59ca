#include "analysis.h"

#include <cmath>
#include <future>
#include <limits>
#include <numbers>

namespace dlt::rnn {

namespace {

// Below this n the factorisation is so quick that a second thread costs more than it saves.
constexpr int kParallelFrom = 32;

Summary summarise(const Analysis &a)
{
    Summary s;
    const long long steps = a.steps();
    const NormCurve &g = a.gradNorms;
    if (steps > 0) {
        const double first = g.log10.front();
        const double last = g.log10.back();
        if (std::isinf(first) || std::isinf(last)) {
            s.actualRate = std::isinf(first) ? 1.0 : 0.0;
            s.actualRateLog10 = std::isinf(first) ? 0.0 : -std::numeric_limits<double>::infinity();
        } else {
            s.actualRateLog10 = (last - first) / double(steps);
            s.actualRate = std::pow(10.0, s.actualRateLog10);
        }
        // The trajectory counted the φ'(a_t) below γ/10 on the way (runTrajectory uses activationGamma, as a.gamma).
        s.meanLastDerivative = a.trajectory.lastDerivative.mean();
        s.saturatedShare = double(a.trajectory.saturatedCount) / (double(a.n()) * double(steps));
        s.saturatedPercent = 100.0 * s.saturatedShare;
    } else {
        s.meanLastDerivative = a.gamma;
    }
    if (steps > 0)
        s.meanAbsLastPreActivation = a.trajectory.lastPreActivation.cwiseAbs().mean();
    s.symmetric = a.inputs.w == a.inputs.w.transpose();
    s.zeroStart = a.inputs.h0.isZero(0.0) && a.inputs.bias.isZero(0.0);
    s.saturatedFactor = a.spectra.spectralRadius * s.meanLastDerivative;
    s.saturationDefeatsEstimate = a.verdict == Verdict::Exploding && s.actualRate < 1.0;
    s.nonNormal = a.spectra.spectralNorm > a.spectra.spectralRadius * (1.0 + 1e-9) + 1e-300;
    return s;
}

// Everything after the spectra and the trajectory are known.
void finish(Analysis &a)
{
    a.gamma = activationGamma(a.inputs.activation);
    a.inverseGamma = 1.0 / a.gamma;
    a.gammaRho = a.gamma * a.spectra.spectralRadius;
    a.gammaSigma = a.gamma * a.spectra.spectralNorm;
    a.verdict = verdictFor(a.gammaRho, a.gammaSigma);
    a.gradNorms = curveFromLn(a.trajectory.gradLn);
    const double lnL = a.trajectory.gradLn.empty() ? -std::numeric_limits<double>::infinity() : a.trajectory.gradLn[0];
    a.bound = geometricCurve(lnL, a.gammaSigma, a.steps());
    a.estimate = geometricCurve(lnL, a.gammaRho, a.steps());
    a.summary = summarise(a);
}

} // namespace

std::string verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Vanishing:
        return "vanishing";
    case Verdict::Exploding:
        return "exploding";
    case Verdict::Borderline:
        return "borderline";
    }
    return "borderline";
}

Verdict verdictFor(double gammaRho, double gammaSigma)
{
    if (gammaSigma < 1.0 - kVerdictTolerance)
        return Verdict::Vanishing;
    if (gammaRho > 1.0 + kVerdictTolerance)
        return Verdict::Exploding;
    return Verdict::Borderline;
}

Result<Analysis> analyze(const Inputs &inputs, const AnalyzeOptions &options)
{
    auto valid = validate(inputs);
    if (!valid)
        return valid.error();

    Analysis a;
    a.inputs = std::move(valid).value();

    if (options.knownUnitSpectra) {
        a.unitSpectra = *options.knownUnitSpectra;
        auto tr = runTrajectory(a.inputs, options.progress);
        if (!tr)
            return tr.error();
        a.trajectory = std::move(tr).value();
    } else if (a.n() >= kParallelFrom) {
        // The factorisation (LAPACK) and the trajectory (our kernels) share nothing: run them side by side,
        // the longer factorisation here and the trajectory on a new thread. (The other way round, the
        // factorisation started on a fresh thread the scheduler often placed beside this one and moved
        // later: 2–3 ms slower at n = 256 once the trajectory took less than half as long.)
        auto trajectoryJob = std::async(std::launch::async, [&inputs = a.inputs, &progress = options.progress] {
            return runTrajectory(inputs, progress, Cores::One);
        });
        auto sp = computeSpectra(a.inputs.w, options.eigenvectors);
        auto tr = trajectoryJob.get();
        if (!sp)
            return sp.error();
        if (!tr)
            return tr.error();
        a.unitSpectra = std::move(sp).value();
        a.trajectory = std::move(tr).value();
    } else {
        auto sp = computeSpectra(a.inputs.w, options.eigenvectors);
        if (!sp)
            return sp.error();
        a.unitSpectra = std::move(sp).value();
        auto tr = runTrajectory(a.inputs, options.progress);
        if (!tr)
            return tr.error();
        a.trajectory = std::move(tr).value();
    }
    a.spectra = a.inputs.scale == 1.0 ? a.unitSpectra : scaleSpectra(a.unitSpectra, a.inputs.scale);
    finish(a);
    return a;
}

Result<Analysis> rescale(const Analysis &base, double scale, const ProgressFn &progress)
{
    if (!std::isfinite(scale) || std::abs(scale) > kMaxScale)
        return Error("rnn.bad_scale").with("value", scale).with("max", kMaxScale);
    Analysis a;
    a.inputs = base.inputs;
    a.inputs.scale = scale;
    a.unitSpectra = base.unitSpectra;
    a.spectra = scaleSpectra(base.unitSpectra, scale);
    auto tr = runTrajectory(a.inputs, progress);
    if (!tr)
        return tr.error();
    a.trajectory = std::move(tr).value();
    finish(a);
    return a;
}

} // namespace dlt::rnn
