// Tests for the RNN gradient lab's fast path: the kernels (product, activation), the two-thread
// lock-step, and the trajectory against plain reference loops written here with Eigen and libm.
// The references are independent arithmetic (Eigen's products, std::tanh/std::exp, plain renormalising
// loops), so they are compared within tight tolerances; where the fast path promises bit-identical
// results (any thread count, any CPU variant, any row split) the comparison is exact.

#include "rnn/analysis.h"
#include "rnn/kernels.h"
#include "rnn/presets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace dlt::rnn;

namespace {

constexpr Activation kAll[] = {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::Linear};

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The activation as the trajectory computed it before the vectorised kernel: Eigen array expressions
// (built here for the x86-64 baseline, so Eigen uses SSE2 packets and its own exp).
void eigenActivation(Activation activation, const Eigen::ArrayXd &x, Eigen::ArrayXd &h, Eigen::ArrayXd &d)
{
    const Eigen::Index n = x.size();
    h.resize(n);
    d.resize(n);
    Eigen::ArrayXd e(n), inv(n);
    switch (activation) {
    case Activation::Sigmoid:
        e = (-x.abs()).exp();
        inv = (1.0 + e).inverse();
        h = (x >= 0).select(inv, e * inv);
        d = e * inv * inv;
        break;
    case Activation::Tanh: {
        e = (-2.0 * x.abs()).exp();
        inv = (1.0 + e).inverse();
        d = 4.0 * e * inv * inv;
        const auto x2 = x * x;
        const auto series =
            x + x * x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835 + x2 * (-1382.0 / 155925
            + x2 * (21844.0 / 6081075 + x2 * (-929569.0 / 638512875 + x2 * (6404582.0 / 10854718875
            + x2 * (-443861162.0 / 1856156927625)))))))));
        const auto mag = (1.0 - e) * inv;
        h = (x.abs() < 0.2).select(series, (x < 0).select(-mag, mag));
        break;
    }
    case Activation::Relu:
        h = x.max(0.0);
        d = (x > 0).cast<double>();
        break;
    case Activation::Linear:
        h = x;
        d.setOnes();
        break;
    }
}

// Values across every branch: log-uniform magnitudes 1e-12..1e3 with both signs, the tanh series
// boundary at ±0.2, plain values, zeros.
Eigen::ArrayXd sweep(int count, double maxAbs, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Eigen::ArrayXd x(count);
    for (int i = 0; i < count; ++i) {
        switch (i % 4) {
        case 0:
            x[i] = std::copysign(std::pow(10.0, -12.0 + 15.0 * std::abs(u(rng))), u(rng));
            break;
        case 1:
            x[i] = 3.0 * u(rng);
            break;
        case 2:
            x[i] = std::copysign(0.2 + 1e-3 * u(rng), u(rng));
            break;
        default:
            x[i] = maxAbs * u(rng);
        }
        x[i] = std::clamp(x[i], -maxAbs, maxAbs);
    }
    x[0] = 0.0;
    x[1] = -0.0;
    x[2] = 0.2;
    x[3] = -0.2;
    return x;
}

// φ and φ' from the textbook formulas (independent of core).
double refPhi(Activation a, double x)
{
    switch (a) {
    case Activation::Sigmoid:
        return 1.0 / (1.0 + std::exp(-x));
    case Activation::Tanh:
        return std::tanh(x);
    case Activation::Relu:
        return x > 0 ? x : 0.0;
    case Activation::Linear:
        return x;
    }
    return x;
}

double refDerivative(Activation a, double x)
{
    switch (a) {
    case Activation::Sigmoid: {
        const double s = refPhi(a, x);
        return s * (1.0 - s);
    }
    case Activation::Tanh: {
        const double c = std::cosh(x);
        return 1.0 / (c * c);
    }
    case Activation::Relu:
        return x > 0 ? 1.0 : 0.0;
    case Activation::Linear:
        return 1.0;
    }
    return 1.0;
}

struct Reference {
    std::vector<Eigen::VectorXd> states; // h_0..h_T
    Eigen::VectorXd lastDerivative;
    long long saturated = 0;
    std::vector<double> gradLn; // ln‖g_{T−k}‖
};

// The recurrence and back-propagation as plain loops: Eigen products with the scaled matrix, libm
// activations, and a gradient renormalised every step with its log norm summed.
Reference plainRun(const Inputs &in)
{
    const int n = int(in.w.rows());
    const Eigen::MatrixXd w = in.scale * in.w;
    const double gamma = activationGamma(in.activation);
    Reference r;
    r.states.push_back(in.h0);
    std::vector<Eigen::VectorXd> derivatives;
    for (long long t = 1; t <= in.steps; ++t) {
        const Eigen::VectorXd a = w * r.states.back() + in.bias;
        Eigen::VectorXd h(n), d(n);
        for (int i = 0; i < n; ++i) {
            h[i] = refPhi(in.activation, a[i]);
            d[i] = refDerivative(in.activation, a[i]);
            r.saturated += d[i] < gamma / 10.0 ? 1 : 0;
        }
        r.states.push_back(h);
        derivatives.push_back(d);
    }
    if (in.steps > 0)
        r.lastDerivative = derivatives.back();
    r.gradLn.assign(size_t(in.steps + 1), -std::numeric_limits<double>::infinity());
    Eigen::VectorXd g = in.lossGrad;
    double ln = 0.0;
    for (long long k = 0; k <= in.steps; ++k) {
        if (k > 0)
            g = w.transpose() * derivatives[size_t(in.steps - k)].cwiseProduct(g);
        const double norm = g.norm();
        if (norm == 0.0)
            break;
        ln += std::log(norm);
        r.gradLn[size_t(k)] = ln;
        g /= norm;
    }
    return r;
}

// Random inputs: W with entries N(0, gain²/n), small random bias and start, the default l.
Inputs randomInputs(int n, double gain, Activation activation, long long steps, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    Inputs in;
    in.w = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return g(rng) * gain / std::sqrt(double(n)); });
    in.bias = Eigen::VectorXd::NullaryExpr(n, [&] { return 0.1 * g(rng); });
    in.h0 = Eigen::VectorXd::NullaryExpr(n, [&] { return 0.5 * g(rng); });
    in.activation = activation;
    in.steps = steps;
    auto v = validate(in);
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : in;
}

Trajectory runOk(const Inputs &in, Cores cores)
{
    auto r = runTrajectory(in, {}, cores);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().debugString());
    return r.ok() ? std::move(r).value() : Trajectory{};
}

void expectNearReference(const Trajectory &tr, const Inputs &in, const std::string &what)
{
    const Reference ref = plainRun(in);
    const int n = int(in.w.rows());
    ASSERT_EQ(tr.gradLn.size(), ref.gradLn.size()) << what;
    for (size_t k = 0; k < ref.gradLn.size(); ++k) {
        if (std::isinf(ref.gradLn[k]))
            EXPECT_EQ(tr.gradLn[k], ref.gradLn[k]) << what << " k=" << k;
        else
            EXPECT_NEAR(tr.gradLn[k], ref.gradLn[k], 1e-9) << what << " k=" << k; // ln: relative 1e-9 on the norm
    }
    ASSERT_EQ(tr.lastState.size(), n) << what;
    ASSERT_EQ(tr.lastDerivative.size(), in.steps > 0 ? n : 0) << what;
    for (int i = 0; i < n; ++i) {
        EXPECT_NEAR(tr.lastState[i], ref.states.back()[i], 1e-12 * (1 + std::abs(ref.states.back()[i]))) << what;
        if (in.steps > 0) {
            EXPECT_NEAR(tr.lastDerivative[i], ref.lastDerivative[i], 1e-12) << what;
        }
    }
    for (long long t = 0; t < tr.firstStates.cols(); ++t)
        for (int i = 0; i < n; ++i)
            EXPECT_NEAR(tr.firstStates(i, t), ref.states[size_t(t)][i], 1e-13 * (1 + std::abs(ref.states[size_t(t)][i])))
                << what << " t=" << t;
    // Entries within rounding of γ/10 may fall either side.
    EXPECT_NEAR(double(tr.saturatedCount), double(ref.saturated), 2.0) << what;
}

void expectIdentical(const Trajectory &a, const Trajectory &b, const std::string &what)
{
    ASSERT_EQ(a.gradLn.size(), b.gradLn.size()) << what;
    for (size_t k = 0; k < a.gradLn.size(); ++k)
        ASSERT_TRUE(sameBits(a.gradLn[k], b.gradLn[k])) << what << " k=" << k << ": " << a.gradLn[k] << " vs " << b.gradLn[k];
    ASSERT_EQ(a.lastState.size(), b.lastState.size()) << what;
    for (Eigen::Index i = 0; i < a.lastState.size(); ++i) {
        ASSERT_TRUE(sameBits(a.lastState[i], b.lastState[i])) << what << " i=" << i;
        ASSERT_TRUE(sameBits(a.lastDerivative[i], b.lastDerivative[i])) << what << " i=" << i;
        ASSERT_TRUE(sameBits(a.lastPreActivation[i], b.lastPreActivation[i])) << what << " i=" << i;
    }
    EXPECT_TRUE(a.firstStates == b.firstStates) << what;
    EXPECT_TRUE(a.firstPreActivations == b.firstPreActivations) << what;
    EXPECT_EQ(a.saturatedCount, b.saturatedCount) << what;
    EXPECT_EQ(a.stateClippedAt, b.stateClippedAt) << what;
}

} // namespace

// ---------------------------------------------------------------- matrix-vector product

TEST(RnnKernels, MatvecMatchesEigenAndNamesItsVariant)
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> g;
    for (int n : {1, 3, 4, 5, 64, 257}) {
        const Eigen::MatrixXd a = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return g(rng); });
        const Eigen::VectorXd x = Eigen::VectorXd::NullaryExpr(n, [&] { return g(rng); });
        Eigen::VectorXd y(n);
        kernels::matvec(a.data(), x.data(), y.data(), n);
        EXPECT_LT((y - a * x).norm(), 1e-12 * (1 + (a * x).norm())) << n;
    }
    EXPECT_THAT(std::string(kernels::matvecVariant()), ::testing::AnyOf("x86-64-v4", "x86-64-v3", "baseline"));
}

// Each y[i] is the same sum in the same order whichever CPU variant, row range or padding computes it.
TEST(RnnKernels, ProductsAreBitIdenticalAcrossVariantsRowRangesAndPadding)
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> g;
    for (int n : {1, 7, 37, 127, 128, 131, 256, 257, 512}) {
        const Eigen::MatrixXd a = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return g(rng); });
        const Eigen::VectorXd x = Eigen::VectorXd::NullaryExpr(n, [&] { return g(rng); });
        const Eigen::VectorXd b = Eigen::VectorXd::NullaryExpr(n, [&] { return g(rng); });
        Eigen::VectorXd ref(n), base(n);
        kernels::matvec(a.data(), x.data(), ref.data(), n);
        kernels::matvecBaseline(a.data(), x.data(), base.data(), n);
        const std::ptrdiff_t ld = n + 5;
        Eigen::MatrixXd padded = Eigen::MatrixXd::Zero(ld, n);
        padded.topRows(n) = a;
        // Natural column order in two blocks [0, q), [q, n), over row ranges cut anywhere.
        const int q = n / 3;
        Eigen::VectorXd parts = Eigen::VectorXd::Zero(n);
        const int cuts[] = {0, n / 3, kernels::splitRow(n), n};
        for (int c = 0; c + 1 < 4; ++c) {
            if (cuts[c + 1] <= cuts[c])
                continue;
            double *acc = parts.data() + cuts[c];
            kernels::matvecBlock(padded.data(), ld, x.data(), acc, cuts[c], cuts[c + 1], 0, q, true);
            kernels::matvecBlock(padded.data(), ld, x.data(), acc, cuts[c], cuts[c + 1], q, n, false);
        }
        Eigen::VectorXd affine(n);
        kernels::affine(-0.7, ref.data(), b.data(), affine.data(), n);
        for (int i = 0; i < n; ++i) {
            ASSERT_TRUE(sameBits(base[i], ref[i])) << "baseline vs " << kernels::matvecVariant() << " n=" << n << " i=" << i;
            ASSERT_TRUE(sameBits(parts[i], ref[i])) << "blocks n=" << n << " i=" << i;
            ASSERT_TRUE(sameBits(affine[i], -0.7 * ref[i] + b[i])) << "affine n=" << n << " i=" << i;
        }
        // Another column order (from q, wrapping round) is its own sum, but again the same for any row range.
        Eigen::VectorXd whole(n), pieces(n);
        kernels::matvecBlock(a.data(), n, x.data(), whole.data(), 0, n, q, n, true);
        kernels::matvecBlock(a.data(), n, x.data(), whole.data(), 0, n, 0, q, false);
        for (int r0 = 0; r0 < n; r0 += 9) {
            const int r1 = std::min(n, r0 + 9);
            kernels::matvecBlock(a.data(), n, x.data(), pieces.data() + r0, r0, r1, q, n, true);
            kernels::matvecBlock(a.data(), n, x.data(), pieces.data() + r0, r0, r1, 0, q, false);
        }
        for (int i = 0; i < n; ++i) {
            ASSERT_TRUE(sameBits(whole[i], pieces[i])) << "wrapped order n=" << n << " i=" << i;
            EXPECT_NEAR(whole[i], ref[i], 1e-12 * (1 + std::abs(ref[i]))) << n;
        }
    }
}

TEST(RnnKernels, VectorHelpersMatchPlainLoops)
{
    std::mt19937_64 rng(8);
    std::normal_distribution<double> g;
    for (int n : {0, 1, 3, 8, 13, 256, 257}) {
        const Eigen::VectorXd v = Eigen::VectorXd::NullaryExpr(n, [&] { return g(rng); });
        const Eigen::VectorXd w = Eigen::VectorXd::NullaryExpr(n, [&] { return g(rng); });
        double maxAbs = 0.0, s[4] = {0, 0, 0, 0};
        long long below = 0;
        for (int i = 0; i < n; ++i) {
            maxAbs = std::max(maxAbs, std::abs(v[i]));
            s[i < n / 4 * 4 ? i % 4 : 0] += v[i] * v[i];
            below += v[i] < 0.25 ? 1 : 0;
        }
        EXPECT_EQ(kernels::maxAbs(v.data(), n), maxAbs) << n;
        EXPECT_TRUE(sameBits(kernels::sumOfSquares(v.data(), n), (s[0] + s[1]) + (s[2] + s[3]))) << n;
        EXPECT_EQ(kernels::countBelow(v.data(), n, 0.25), below) << n;
        Eigen::VectorXd out(n);
        kernels::scaledProduct(1.5, v.data(), w.data(), out.data(), n);
        for (int i = 0; i < n; ++i)
            EXPECT_TRUE(sameBits(out[i], 1.5 * (v[i] * w[i]))) << n;
    }
}

// ---------------------------------------------------------------- activation

// The vectorised kernel reproduces the earlier Eigen expressions bit for bit wherever Eigen's exp is
// right (e^−|a| for |a| ≤ 709.78, i.e. sigmoid |a| ≤ 709, tanh |a| ≤ 354), on every CPU variant.
TEST(RnnKernels, ActivationEqualsTheEarlierEigenFormulasBitForBit)
{
    for (Activation act : kAll) {
        const double maxAbs = act == Activation::Tanh ? 354.0 : 709.0;
        const Eigen::ArrayXd x = sweep(20000, maxAbs, 11 + int(act));
        Eigen::ArrayXd hRef, dRef;
        eigenActivation(act, x, hRef, dRef);
        Eigen::ArrayXd h(x.size()), d(x.size()), hb(x.size()), db(x.size());
        kernels::activate(act, x.data(), h.data(), d.data(), int(x.size()));
        kernels::activateBaseline(act, x.data(), hb.data(), db.data(), int(x.size()));
        for (Eigen::Index i = 0; i < x.size(); ++i) {
            ASSERT_TRUE(sameBits(h[i], hRef[i])) << activationId(act) << " φ(" << x[i] << ") " << h[i] << " vs " << hRef[i];
            ASSERT_TRUE(sameBits(d[i], dRef[i])) << activationId(act) << " φ'(" << x[i] << ") " << d[i] << " vs " << dRef[i];
            ASSERT_TRUE(sameBits(hb[i], h[i]) && sameBits(db[i], d[i]))
                << activationId(act) << " baseline vs " << kernels::matvecVariant() << " at " << x[i];
        }
    }
}

// Past Eigen's clamp, e^−|a| now underflows gradually, and to exactly 0, as the true value does.
TEST(RnnKernels, ActivationTailsUnderflowLikeTheTrueValues)
{
    const double a[] = {-720.0, -745.0, -800.0, -1e300, 720.0, 400.0, -400.0};
    double h[7], d[7];
    kernels::activate(Activation::Sigmoid, a, h, d, 7);
    // σ(−720) = e^−720/(1 + e^−720) = e^−720 ≈ 2.9e-313, a subnormal (36 significant bits left); σ'(−720) the same.
    EXPECT_NEAR(h[0], std::exp(-720.0), std::exp(-720.0) * 1e-10);
    EXPECT_NEAR(d[0], std::exp(-720.0), std::exp(-720.0) * 1e-10);
    // e^−745 ≈ 4.9e-324 is the smallest subnormal: 1 unit of it, up to rounding.
    EXPECT_LE(h[1], 2 * std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(h[2], 0.0); // e^−800 < 2^−1075: rounds to 0
    EXPECT_EQ(d[2], 0.0);
    EXPECT_EQ(h[3], 0.0);
    EXPECT_EQ(d[3], 0.0);
    EXPECT_EQ(h[4], 1.0);
    EXPECT_NEAR(d[4], std::exp(-720.0), std::exp(-720.0) * 1e-10);
    kernels::activate(Activation::Tanh, a, h, d, 7);
    // tanh' = 4e/(1 + e)² with e = e^−2|a|: e^−800 rounds to 0, so φ' = 0 and tanh = ±1.
    EXPECT_EQ(h[5], 1.0);
    EXPECT_EQ(d[5], 0.0);
    EXPECT_EQ(h[6], -1.0);
    EXPECT_EQ(d[6], 0.0);
    for (int i = 0; i < 7; ++i)
        EXPECT_TRUE(std::isfinite(h[i]) && std::isfinite(d[i]) && d[i] >= 0.0) << a[i];
}

// ---------------------------------------------------------------- the two-thread lock-step

namespace {

// A job that checks the lock-step's promises: step s starts only once every row has finished step
// s − 1, nobody is ahead, and each row runs once per step.
struct OrderCheck {
    explicit OrderCheck(int n) : rows(size_t(n)) {}
    std::vector<std::atomic<long long>> rows;
    std::atomic<int> errors{0};
    std::atomic<long long> calls{0};
    std::atomic<long long> helperLane1{0}; // lane-1 parts run on another thread than the caller's
    std::thread::id caller = std::this_thread::get_id();
    long long stopAt = -1;     // both lanes return false at this step
    long long lane0StopAt = -1; // lane 0 alone returns false at this step
    long long slowHelperAt = -1; // the helper's part of this step takes 2 ms (as if preempted)
    int workMicros = 0;        // busy time per part

    static bool step(void *ctx, long long s, int lane, int first, int last)
    {
        auto &c = *static_cast<OrderCheck *>(ctx);
        ++c.calls;
        const bool onHelper = std::this_thread::get_id() != c.caller;
        if (lane == 1 && onHelper)
            ++c.helperLane1;
        for (const auto &r : c.rows) {
            const long long v = r.load(std::memory_order_relaxed);
            if (v < s - 1 || v > s)
                ++c.errors;
        }
        for (int i = first; i < last; ++i)
            if (c.rows[size_t(i)].load(std::memory_order_relaxed) != s - 1)
                ++c.errors;
        const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(c.workMicros);
        while (std::chrono::steady_clock::now() < until) {
        }
        if (onHelper && s == c.slowHelperAt)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        for (int i = first; i < last; ++i)
            c.rows[size_t(i)].store(s, std::memory_order_relaxed);
        return s != c.stopAt && !(lane == 0 && s == c.lane0StopAt);
    }

    void expectAllAt(long long s, const std::string &what) const
    {
        EXPECT_EQ(errors.load(), 0) << what;
        for (const auto &r : rows)
            ASSERT_EQ(r.load(), s) << what;
    }
};

} // namespace

TEST(RnnKernels, LockStepRunsEveryRowOnceAStepInOrder)
{
    for (int n : {64, 130, 256}) {
        for (bool split : {true, false}) {
            const std::string what = "n=" + std::to_string(n) + (split ? " split" : " one thread");
            OrderCheck c(n);
            EXPECT_EQ(kernels::lockStep(3000, n, OrderCheck::step, &c, split), 3000) << what;
            c.expectAllAt(3000, what);
            if (!split || !kernels::splitAvailable(n)) {
                EXPECT_EQ(c.helperLane1.load(), 0) << what;
            }
        }
    }
    EXPECT_EQ(kernels::splitRow(256), 128);
    EXPECT_EQ(kernels::splitRow(130), 64); // ⌊130/2⌋ = 65, down to a multiple of 8
    EXPECT_EQ(kernels::splitRow(127), 127); // one block below 128
    EXPECT_FALSE(kernels::splitAvailable(127));
}

TEST(RnnKernels, LockStepStopsAfterTheStepThatSaysSo)
{
    OrderCheck both(256);
    both.stopAt = 37;
    EXPECT_EQ(kernels::lockStep(1000, 256, OrderCheck::step, &both, true), 37);
    both.expectAllAt(37, "both lanes stop"); // step 37 itself is complete on every row

    OrderCheck first(256);
    first.lane0StopAt = 50;
    EXPECT_EQ(kernels::lockStep(1000, 256, OrderCheck::step, &first, true), 50);
    first.expectAllAt(50, "lane 0 stops");

    OrderCheck none(256);
    EXPECT_EQ(kernels::lockStep(0, 256, OrderCheck::step, &none, true), 0);
    EXPECT_EQ(none.calls.load(), 0);

    // An exception on the calling thread's lane leaves lockStep (after the helper has let go of the
    // job), and the next job runs normally.
    struct Throws {
        static bool step(void *, long long s, int lane, int, int)
        {
            if (lane == 0 && s == 10)
                throw std::runtime_error("step 10");
            return true;
        }
    };
    EXPECT_THROW(kernels::lockStep(100, 256, Throws::step, nullptr, true), std::runtime_error);
    OrderCheck after(256);
    EXPECT_EQ(kernels::lockStep(500, 256, OrderCheck::step, &after, true), 500);
    after.expectAllAt(500, "after an exception");
}

// Whatever the helper does — asleep when the job starts, busy with another caller's job, or holding a
// step far longer than it takes — every row still runs once a step, in order.
TEST(RnnKernels, LockStepStaysCorrectWhenTheHelperIsLateBusyOrPreempted)
{
    // Asleep: it polls ~200 µs after a job, then sleeps; the caller runs lane 1 until it is back.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    OrderCheck asleep(256);
    asleep.workMicros = 5;
    EXPECT_EQ(kernels::lockStep(400, 256, OrderCheck::step, &asleep, true), 400);
    asleep.expectAllAt(400, "helper asleep at the start");

    // Two callers at once: one gets the helper, the other runs alone.
    OrderCheck a(256), b(256);
    a.workMicros = b.workMicros = 2;
    std::thread other([&] {
        b.caller = std::this_thread::get_id();
        EXPECT_EQ(kernels::lockStep(2000, 256, OrderCheck::step, &b, true), 2000);
    });
    EXPECT_EQ(kernels::lockStep(2000, 256, OrderCheck::step, &a, true), 2000);
    other.join();
    a.expectAllAt(2000, "first of two callers");
    b.expectAllAt(2000, "second of two callers");

    // If the helper runs step 20's lane 1, it holds it for 2 ms: the caller waits for that step, then
    // finishes the job alone (how many steps the helper ran depends on timing, so it is not checked).
    OrderCheck slow(256);
    slow.slowHelperAt = 20;
    EXPECT_EQ(kernels::lockStep(500, 256, OrderCheck::step, &slow, true), 500);
    slow.expectAllAt(500, "helper preempted in a step");
}

// ---------------------------------------------------------------- the trajectory

// One thread or two, the trajectory is the same to the last bit, even where the dynamics are chaotic
// (gain 1.5 with tanh amplifies any difference in rounding a thousandfold within a few hundred steps).
TEST(RnnTrajectory, TwoThreadsGiveBitIdenticalResults)
{
    for (int n : {130, 256, 300}) {
        for (Activation act : kAll) {
            const double gain = act == Activation::Linear || act == Activation::Relu ? 1.05 : 1.5;
            const Inputs in = randomInputs(n, gain, act, 500, 100 + n);
            const std::string what = activationId(act) + " n=" + std::to_string(n);
            const Trajectory one = runOk(in, Cores::One);
            const Trajectory both = runOk(in, Cores::Both);
            expectIdentical(one, both, what);
            // Two runs at once: one of them gets the helper thread, the other runs alone.
            Trajectory concurrent;
            std::thread other([&] { concurrent = runOk(in, Cores::Both); });
            const Trajectory again = runOk(in, Cores::Both);
            other.join();
            expectIdentical(one, again, what + " (concurrent, here)");
            expectIdentical(one, concurrent, what + " (concurrent, other thread)");
        }
    }
}

// The fast path (aligned copies, kernels, two threads, log-space norms) against plain loops, for small
// and large n and every activation; contractive gains keep the rounding differences from growing.
TEST(RnnTrajectory, FastPathMatchesAPlainReferenceLoop)
{
    for (int n : {37, 256}) {
        for (Activation act : kAll) {
            Inputs in = randomInputs(n, 0.9, act, 200, 7 * n + int(act));
            const std::string what = activationId(act) + " n=" + std::to_string(n);
            expectNearReference(runOk(in, Cores::Both), in, what + " two threads");
            expectNearReference(runOk(in, Cores::One), in, what + " one thread");
            // The scale slider's path: the same inputs reached by rescaling an analysis made at scale 1.
            in.scale = 1.0;
            auto base = analyze(in);
            ASSERT_TRUE(base.ok());
            auto r = rescale(*base, 0.8);
            ASSERT_TRUE(r.ok());
            in.scale = 0.8;
            expectNearReference(r->trajectory, in, what + " rescaled to 0.8");
            const Reference ref = plainRun(in);
            for (size_t k = 0; k < ref.gradLn.size(); ++k) {
                ASSERT_FALSE(std::isinf(ref.gradLn[k])) << what << " k=" << k; // no exact zeros at these gains
                EXPECT_NEAR(r->gradNorms.log10[k], ref.gradLn[k] / std::log(10.0), 1e-9) << what << " k=" << k;
            }
        }
    }
}

TEST(RnnTrajectory, ShortRunsAndZeroStepsKeepWhatTheyHave)
{
    for (long long steps : {0, 1, 3, 4, 5}) {
        const Inputs in = randomInputs(256, 0.9, Activation::Tanh, steps, 3);
        const Trajectory tr = runOk(in, Cores::Both);
        EXPECT_EQ(tr.firstStates.cols(), std::min<long long>(steps, kKeptFirstPreActivations) + 1);
        EXPECT_EQ(tr.firstPreActivations.cols(), std::min<long long>(steps, kKeptFirstPreActivations));
        EXPECT_EQ(tr.gradLn.size(), size_t(steps + 1));
        EXPECT_EQ(tr.lastPreActivation.size(), steps > 0 ? 256 : 0);
        EXPECT_EQ(tr.lastDerivative.size(), steps > 0 ? 256 : 0);
        ASSERT_EQ(tr.lastState.size(), 256);
        if (steps == 0) {
            EXPECT_TRUE(tr.lastState == in.h0);
        }
        expectNearReference(tr, in, "T=" + std::to_string(steps));
    }
}

TEST(RnnTrajectory, ProgressCancelsATwoThreadRun)
{
    const Inputs in = randomInputs(256, 1.2, Activation::Tanh, 5000, 4);
    int calls = 0;
    const auto r = runTrajectory(
        in,
        [&](double f) {
            EXPECT_GE(f, 0.0);
            EXPECT_LE(f, 1.0);
            return ++calls < 3;
        },
        Cores::Both);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().key, "rnn.cancelled");
    EXPECT_EQ(calls, 3);
    // analyze() runs the trajectory beside the factorisation on a second thread for n ≥ 32: progress
    // comes from there, and cancelling still ends the whole analysis.
    Inputs big = randomInputs(64, 1.2, Activation::Tanh, 5000, 6);
    int analyzeCalls = 0;
    AnalyzeOptions options;
    options.progress = [&](double) { return ++analyzeCalls < 3; };
    const auto cancelled = analyze(big, options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().key, "rnn.cancelled");
    EXPECT_EQ(analyzeCalls, 3);
    // The helper is free again for the next run, which is complete and right.
    expectNearReference(runOk(randomInputs(256, 0.9, Activation::Tanh, 100, 5), Cores::Both),
                        randomInputs(256, 0.9, Activation::Tanh, 100, 5), "after a cancelled run");
}
