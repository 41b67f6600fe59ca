#include "trajectory.h"

#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dlt::rnn {

namespace {

// How often (in steps) progress is reported and cancellation checked.
constexpr long long kProgressEvery = 64;

double sumOfSquares(const double *v, int n)
{
    // Four partial sums: shorter dependency chain, same order on every CPU.
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += v[i] * v[i];
        s1 += v[i + 1] * v[i + 1];
        s2 += v[i + 2] * v[i + 2];
        s3 += v[i + 3] * v[i + 3];
    }
    for (; i < n; ++i)
        s0 += v[i] * v[i];
    return (s0 + s1) + (s2 + s3);
}

// ‖v‖₂ without overflow or underflow for any finite v.
double stableNorm(const Eigen::VectorXd &v)
{
    const double m = v.cwiseAbs().maxCoeff();
    if (m == 0.0)
        return 0.0;
    const double direct = std::sqrt(sumOfSquares(v.data(), int(v.size())));
    if (std::isfinite(direct) && direct > 1e-150)
        return direct;
    return m * (v / m).norm();
}

} // namespace

Result<Trajectory> runTrajectory(const Inputs &in, const ProgressFn &progress)
{
    const int n = int(in.w.rows());
    const long long steps = in.steps;
    const double s = in.scale;

    // Column-major W for the forward product and Wᵀ for the backward one: both are then
    // "sum of scaled columns", the vectorisable form.
    const Eigen::MatrixXd &w = in.w;
    const Eigen::MatrixXd wt = in.w.transpose();

    Trajectory tr;
    tr.states.resize(n, steps + 1);
    tr.derivatives.resize(n, steps);
    tr.firstPreActivations.resize(n, std::min<long long>(steps, kKeptFirstPreActivations));
    tr.states.col(0) = in.h0;

    // Keeps |s·W·h + b| ≤ ~1e300 + 1e100: with |h_i| ≤ limit, each |(s·W·h)_i| ≤ n·max|s·W|·limit ≤ kStateClip.
    const double maxAbsW = std::abs(s) * in.w.cwiseAbs().maxCoeff();
    const double stateLimit = kStateClip / (double(n) * maxAbsW + 1.0);
    const bool unbounded = in.activation == Activation::Relu || in.activation == Activation::Linear;

    // Progress: forward and backward passes weigh the same.
    const double totalWork = 2.0 * double(std::max<long long>(steps, 1));
    auto report = [&](double done) { return !progress || progress(std::min(done / totalWork, 1.0)); };

    Eigen::VectorXd y(n), a(n), scratch(2 * n);
    for (long long t = 1; t <= steps; ++t) {
        kernels::matvec(w.data(), tr.states.col(t - 1).data(), y.data(), n);
        a = s * y + in.bias;
        double *h = tr.states.col(t).data();
        applyActivation(in.activation, a.data(), h, tr.derivatives.col(t - 1).data(), n, scratch.data());
        if (unbounded) {
            bool clipped = false;
            for (int i = 0; i < n; ++i) {
                if (std::abs(h[i]) > stateLimit) {
                    h[i] = std::copysign(stateLimit, h[i]);
                    clipped = true;
                }
            }
            if (clipped && tr.stateClippedAt < 0)
                tr.stateClippedAt = t;
        }
        if (t <= tr.firstPreActivations.cols())
            tr.firstPreActivations.col(t - 1) = a;
        if (t == steps)
            tr.lastPreActivation = a;
        if (t % kProgressEvery == 0 && !report(double(t)))
            return Error("rnn.cancelled");
    }

    // Backward in log space: g_t = exp(L)·u with u unnormalised and c = 1/‖u‖ folded into the next product.
    tr.gradLn.assign(size_t(steps + 1), -std::numeric_limits<double>::infinity());
    Eigen::VectorXd u = in.lossGrad, v(n), next(n);
    double norm = stableNorm(u);
    if (norm > 0.0) {
        // Makes u·c a unit vector; 1/norm itself could overflow for tiny norms, so those divide u instead.
        double c = 1.0;
        auto normalise = [&] {
            if (norm > 1e-200 && norm < 1e200) {
                c = 1.0 / norm;
            } else {
                u /= norm; // |u_i| ≤ norm keeps this finite
                c = 1.0;
            }
        };
        tr.gradLn[0] = std::log(norm);
        double logScale = tr.gradLn[0]; // g_t = exp(logScale)·(u·c)
        normalise();
        for (long long t = steps; t >= 1; --t) {
            const long long k = steps - t + 1;
            // v = s·φ'(a_t) ⊙ (u·c); next = Wᵀ·v, so g_{t−1} = exp(logScale)·next.
            v = (s * c) * tr.derivatives.col(t - 1).cwiseProduct(u);
            kernels::matvec(wt.data(), v.data(), next.data(), n);
            u.swap(next);
            norm = stableNorm(u);
            if (norm == 0.0)
                break; // exactly zero from here on: the remaining entries stay −inf
            tr.gradLn[size_t(k)] = logScale + std::log(norm);
            logScale = tr.gradLn[size_t(k)];
            normalise();
            if (k % kProgressEvery == 0 && !report(double(steps + k)))
                return Error("rnn.cancelled");
        }
    }
    if (progress)
        progress(1.0);
    return tr;
}

} // namespace dlt::rnn
