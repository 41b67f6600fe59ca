#include "trajectory.h"

#include "kernels.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <limits>
#include <vector>

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

// One forward step for a range of rows: a = s·(W·h_{t−1}) + b, h_t = φ(a), d = φ'(a). Every row is
// independent, so the rows are split over two threads (kernels::forRowRanges) with the same results.
// A copy of an n×n matrix whose columns start on 64-byte boundaries (ld a multiple of 8): the
// vectorised matvec then never loads across a cache line.
class AlignedMatrix
{
public:
    explicit AlignedMatrix(const Eigen::MatrixXd &m)
        : m_ld((m.rows() + 7) / 8 * 8), m_storage(std::size_t(m_ld * m.cols() + 8), 0.0)
    {
        const auto misalign = reinterpret_cast<std::uintptr_t>(m_storage.data()) / sizeof(double) % 8;
        m_data = m_storage.data() + (8 - misalign) % 8;
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            std::copy(m.col(j).data(), m.col(j).data() + m.rows(), m_data + m_ld * j);
    }
    const double *data() const { return m_data; }
    std::ptrdiff_t ld() const { return m_ld; }

private:
    std::ptrdiff_t m_ld;
    std::vector<double> m_storage;
    double *m_data = nullptr;
};

struct ForwardStep {
    const double *w;
    std::ptrdiff_t ld;
    const double *hPrev;
    const double *bias;
    double s;
    Activation activation;
    int n;
    double *a;
    double *h;
    double *d;
    double *scratch; // 2n doubles
};

void forwardRows(void *ctx, int first, int last)
{
    const auto &f = *static_cast<const ForwardStep *>(ctx);
    kernels::matvecRows(f.w, f.ld, f.hPrev, f.a, first, last, f.n);
    for (int i = first; i < last; ++i)
        f.a[i] = f.s * f.a[i] + f.bias[i];
    applyActivation(f.activation, f.a + first, f.h + first, f.d + first, last - first, f.scratch + 2 * first);
}

} // namespace

Result<Trajectory> runTrajectory(const Inputs &in, const ProgressFn &progress, Cores cores)
{
    const int n = int(in.w.rows());
    const long long steps = in.steps;
    const double s = in.scale;

    // Column-major W for the forward product and Wᵀ for the backward one: both are then
    // "sum of scaled columns", the vectorisable form.
    const AlignedMatrix w(in.w);
    const AlignedMatrix wt(in.w.transpose());

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

    // The caller says whether the second core is free (analyze() may factorise W on it meanwhile).
    const bool split = cores == Cores::Both && kernels::splitAvailable(n);
    Eigen::VectorXd a(n), scratch(2 * n);
    for (long long t = 1; t <= steps; ++t) {
        double *h = tr.states.col(t).data();
        ForwardStep step{w.data(), w.ld(), tr.states.col(t - 1).data(), in.bias.data(), s, in.activation, n,
                         a.data(), h, tr.derivatives.col(t - 1).data(), scratch.data()};
        if (split)
            kernels::forRowRanges(n, forwardRows, &step);
        else
            forwardRows(&step, 0, n);
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
            if (split)
                kernels::matvecStrided(wt.data(), wt.ld(), v.data(), next.data(), n);
            else
                kernels::matvecRows(wt.data(), wt.ld(), v.data(), next.data(), 0, n, n);
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
