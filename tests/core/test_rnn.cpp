// Tests for core/rnn: spectra, trajectory, curves, verdict, rescale, presets, plot data, JSON, errors.
// Expected values are derived by hand in the comments, from closed forms, or by an independent
// brute-force method (central finite differences, Eigen's JacobiSVD) — never from the program's output.

#include "rnn/analysis.h"
#include "rnn/json.h"
#include "rnn/plot.h"
#include "rnn/presets.h"

#include <Eigen/SVD>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <numbers>
#include <random>

using namespace dlt::rnn;

namespace {

Analysis analyzeOk(const Inputs &in, const AnalyzeOptions &options = {})
{
    auto r = analyze(in, options);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().debugString());
    return r.ok() ? std::move(r).value() : Analysis{};
}

Eigen::MatrixXd mat(int rows, int cols, std::initializer_list<double> rowMajor)
{
    Eigen::MatrixXd m(rows, cols);
    auto it = rowMajor.begin();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = *it++;
    return m;
}

Eigen::VectorXd vec(std::initializer_list<double> v)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double x : v)
        out[i++] = x;
    return out;
}

// Reference activation written independently of core (plain formulas).
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

// L = l·h_T when the recurrence starts from state h at step `from` and runs to T with matrix s·W.
double lossFrom(const Inputs &in, const Eigen::VectorXd &h, long long from)
{
    Eigen::VectorXd state = h;
    const Eigen::MatrixXd w = in.scale * in.w;
    for (long long t = from + 1; t <= in.steps; ++t) {
        Eigen::VectorXd a = w * state + in.bias;
        for (Eigen::Index i = 0; i < a.size(); ++i)
            state[i] = refPhi(in.activation, a[i]);
    }
    return in.lossGrad.dot(state);
}

// Reference states h_0..h_T.
std::vector<Eigen::VectorXd> refStates(const Inputs &in)
{
    std::vector<Eigen::VectorXd> hs{in.h0};
    const Eigen::MatrixXd w = in.scale * in.w;
    for (long long t = 1; t <= in.steps; ++t) {
        Eigen::VectorXd a = w * hs.back() + in.bias;
        Eigen::VectorXd h(a.size());
        for (Eigen::Index i = 0; i < a.size(); ++i)
            h[i] = refPhi(in.activation, a[i]);
        hs.push_back(h);
    }
    return hs;
}

bool before(std::complex<double> a, std::complex<double> b)
{
    if (std::abs(a) != std::abs(b))
        return std::abs(a) > std::abs(b);
    return a.real() != b.real() ? a.real() > b.real() : a.imag() > b.imag();
}

} // namespace

// ---------------------------------------------------------------- the seed's question

TEST(RnnSeed, SpectrumGammaAndVerdictMatchHandDerivation)
{
    // W = 3.5·[[1,1],[1,1]]: W·(1,1) = (7,7) = 7·(1,1) and W·(−1,1) = (0,0), so λ = 7 and 0, ρ = 7.
    // W is symmetric, so σ_max = ρ = 7. Sigmoid: γ = σ'(0) = 0.5·0.5 = 0.25; γρ = 1.75 > 1 → exploding.
    const Analysis a = analyzeOk(seedInputs());
    ASSERT_EQ(a.n(), 2);
    ASSERT_EQ(a.spectra.eigenvalues.size(), 2u);
    EXPECT_NEAR(a.spectra.eigenvalues[0].real(), 7.0, 1e-13);
    EXPECT_EQ(a.spectra.eigenvalues[0].imag(), 0.0);
    EXPECT_EQ(a.spectra.eigenvalues[1], std::complex<double>(0.0, 0.0)); // snapped: |λ₂| is rounding noise
    EXPECT_NEAR(a.spectra.spectralRadius, 7.0, 1e-13);
    EXPECT_NEAR(a.spectra.spectralNorm, 7.0, 1e-13);
    EXPECT_DOUBLE_EQ(a.gamma, 0.25);
    EXPECT_NEAR(a.gammaRho, 1.75, 1e-14);
    EXPECT_NEAR(a.gammaSigma, 1.75, 1e-14);
    EXPECT_EQ(a.verdict, Verdict::Exploding);
    EXPECT_EQ(verdictId(a.verdict), "exploding");
    EXPECT_FALSE(a.summary.nonNormal);

    // Eigenvectors scaled so the largest entry (last on ties) is 1: (1, 1) for 7 and (−1, 1) for 0.
    ASSERT_EQ(a.spectra.eigenvectors.size(), 2u);
    EXPECT_NEAR(std::abs(a.spectra.eigenvectors[0][0] - 1.0), 0.0, 1e-13);
    EXPECT_EQ(a.spectra.eigenvectors[0][1], std::complex<double>(1.0, 0.0));
    EXPECT_NEAR(std::abs(a.spectra.eigenvectors[1][0] + 1.0), 0.0, 1e-13);
    EXPECT_EQ(a.spectra.eigenvectors[1][1], std::complex<double>(1.0, 0.0));
}

TEST(RnnSeed, DefaultLossGradientHasUnitNormAndCurvesStartThere)
{
    // l defaults to (1/√2, 1/√2): ‖l‖ = 1, so all three curves start at 1 and estimate[k] = 1.75^k.
    const Analysis a = analyzeOk(seedInputs());
    ASSERT_EQ(a.steps(), 50);
    ASSERT_EQ(a.gradNorms.size(), 51u);
    EXPECT_NEAR(a.inputs.lossGrad[0], 1.0 / std::sqrt(2.0), 1e-16);
    EXPECT_NEAR(a.gradNorms.value(0), 1.0, 1e-15);
    for (long long k : {0, 1, 2, 10, 50}) {
        const double expected = std::pow(1.75, double(k));
        EXPECT_NEAR(a.estimate.value(size_t(k)) / expected, 1.0, 1e-12) << k;
        EXPECT_NEAR(a.bound.value(size_t(k)) / expected, 1.0, 1e-12) << k;
    }
}

TEST(RnnSeed, SaturationMakesTheActualGradientVanish)
{
    // h0 = 0, b = 0: a_1 = 0, h_1 = (0.5, 0.5); a_2 = 3.5·(0.5 + 0.5) = 3.5; h_2 = σ(3.5) ≈ 0.97069;
    // then a_t → a* with a* = 7σ(a*): iterating a ← 7σ(a) from 7 gives 6.99362, 6.99358, … ≈ 6.99358.
    // Both units stay equal, so g ∝ (1,1) and each step back multiplies ‖g‖ by 7·σ'(a_t).
    // σ'(a*) = σ(a*)(1 − σ(a*)) ≈ 0.999084·0.000916 ≈ 0.000916, so the factor tends to 7·0.000916 ≈ 0.00641.
    const Analysis a = analyzeOk(seedInputs());
    EXPECT_NEAR(a.trajectory.firstPreActivations(0, 0), 0.0, 1e-15);
    EXPECT_NEAR(a.trajectory.firstStates(0, 1), 0.5, 1e-15);
    EXPECT_NEAR(a.trajectory.firstPreActivations(1, 1), 3.5, 1e-14);
    EXPECT_NEAR(a.trajectory.firstStates(1, 2), 1.0 / (1.0 + std::exp(-3.5)), 1e-14);
    for (long long k = 10; k < 40; ++k) {
        const double ratio = std::pow(10.0, a.gradNorms.log10[size_t(k + 1)] - a.gradNorms.log10[size_t(k)]);
        EXPECT_NEAR(ratio, 0.006412, 0.006412 * 2e-3) << k;
    }
    EXPECT_EQ(a.verdict, Verdict::Exploding);
    EXPECT_TRUE(a.summary.saturationDefeatsEstimate);
    EXPECT_LT(a.summary.actualRate, 0.01);
    EXPECT_NEAR(a.summary.meanLastDerivative, 0.000916, 0.000916 * 1e-2);
    EXPECT_NEAR(a.summary.saturatedFactor, 0.006412, 0.006412 * 1e-2); // ρ·σ'(a*) = 7·0.000916
    EXPECT_GT(a.summary.saturatedShare, 0.9); // only σ'(a_1 = 0) = 0.25 is above γ/10 = 0.025
    EXPECT_NEAR(a.summary.meanAbsLastPreActivation, 6.99358, 1e-4);
    EXPECT_TRUE(a.summary.symmetric);
    EXPECT_TRUE(a.summary.zeroStart);
}

TEST(RnnSeed, AtTheFixedPointTheGradientExplodesExactlyLikeTheEstimate)
{
    // b = −3.5, h0 = 0.5: a_1 = 3.5·0.5 + 3.5·0.5 − 3.5 = 0 and h_1 = σ(0) = 0.5 = h0, so a_t = 0 for all t,
    // σ'(0) = 1/4 every step, and l ∝ (1,1) is the λ = 7 eigenvector of Wᵀ: ‖g_{T−k}‖ = (7/4)^k·‖l‖ = 1.75^k.
    auto in = presetInputs(Preset::SeedFixedPoint);
    ASSERT_TRUE(in.ok());
    Inputs inputs = *in;
    inputs.steps = 60;
    const Analysis a = analyzeOk(inputs);
    for (long long k = 0; k <= 60; ++k)
        EXPECT_NEAR(a.gradNorms.value(size_t(k)) / std::pow(1.75, double(k)), 1.0, 1e-12) << k;
    EXPECT_FALSE(a.summary.saturationDefeatsEstimate);
    EXPECT_NEAR(a.summary.actualRate, 1.75, 1e-12);
    EXPECT_DOUBLE_EQ(a.summary.meanLastDerivative, 0.25);
}

// ---------------------------------------------------------------- gradients against finite differences

TEST(RnnGradients, MatchCentralFiniteDifferencesOfTheLoss)
{
    // ‖∂L/∂h_t‖ for L = l·h_T must equal grad_norms[T − t]. Each component of ∂L/∂h_t is estimated as
    // (L(h_t + εe_i) − L(h_t − εe_i)) / 2ε with a forward pass written in this test.
    std::mt19937_64 rng(20240611);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    const Activation acts[] = {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::Linear};
    int checked = 0;
    for (int trial = 0; trial < 24; ++trial) {
        const int n = 1 + trial % 5;
        Inputs in;
        in.activation = acts[trial % 4];
        in.steps = 1 + trial % 7;
        in.w = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng) * 1.5; });
        in.bias = Eigen::VectorXd::NullaryExpr(n, [&] { return u(rng) * 0.5; });
        in.h0 = Eigen::VectorXd::NullaryExpr(n, [&] { return u(rng); });
        in.lossGrad = Eigen::VectorXd::NullaryExpr(n, [&] { return u(rng); });
        in.scale = trial % 3 == 0 ? 0.7 : 1.0;
        const Analysis a = analyzeOk(in);
        const auto hs = refStates(in);
        // relu is not differentiable at a = 0: skip draws that come close to a kink.
        if (in.activation == Activation::Relu) {
            bool nearKink = false;
            for (long long t = 1; t <= in.steps; ++t)
                nearKink |= ((in.scale * in.w * hs[size_t(t - 1)] + in.bias).cwiseAbs().minCoeff() < 1e-3);
            if (nearKink)
                continue;
        }
        const double eps = 1e-6;
        for (long long t = 0; t <= in.steps; ++t) {
            Eigen::VectorXd grad(n);
            for (int i = 0; i < n; ++i) {
                Eigen::VectorXd plus = hs[size_t(t)], minus = hs[size_t(t)];
                plus[i] += eps;
                minus[i] -= eps;
                grad[i] = (lossFrom(in, plus, t) - lossFrom(in, minus, t)) / (2 * eps);
            }
            const double fd = grad.norm();
            const double got = a.gradNorms.value(size_t(in.steps - t));
            EXPECT_NEAR(got, fd, 1e-7 + 1e-6 * fd) << "trial " << trial << " t " << t;
            ++checked;
        }
    }
    EXPECT_GT(checked, 60);
}

TEST(RnnGradients, StatesMatchAPlainForwardPass)
{
    Inputs in;
    in.w = mat(3, 3, {0.2, -1.1, 0.4, 0.9, 0.3, -0.7, -0.5, 0.8, 0.1});
    in.bias = vec({0.1, -0.2, 0.3});
    in.h0 = vec({0.5, -0.5, 0.25});
    in.steps = 20;
    for (Activation act : {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::Linear}) {
        in.activation = act;
        in.steps = 20;
        const auto hs = refStates(in);
        const Analysis a = analyzeOk(in);
        ASSERT_EQ(a.trajectory.firstStates.cols(), kKeptFirstPreActivations + 1);
        for (long long t = 0; t <= kKeptFirstPreActivations; ++t)
            for (int i = 0; i < 3; ++i)
                EXPECT_NEAR(a.trajectory.firstStates(i, t), hs[size_t(t)][i], 1e-13 * (1 + std::abs(hs[size_t(t)][i])))
                    << activationId(act) << " t=" << t;
        // Every state, as the last state of a run that ends there.
        for (long long t = 0; t <= 20; ++t) {
            in.steps = t;
            const Analysis upTo = analyzeOk(in);
            for (int i = 0; i < 3; ++i)
                EXPECT_NEAR(upTo.trajectory.lastState(i), hs[size_t(t)][i], 1e-13 * (1 + std::abs(hs[size_t(t)][i])))
                    << activationId(act) << " t=" << t;
        }
    }
}

TEST(RnnGradients, TanhOfSmallPreActivationsKeepsRelativeAccuracy)
{
    // tanh(1e-12) = 1e-12 − 3.3e-37: relative accuracy matters when states are tiny.
    Eigen::VectorXd a = vec({1e-12, -3e-9, 0.1, -0.34, 0.36, 5.0, -20.0, 30.0});
    Eigen::VectorXd h(a.size()), d(a.size());
    applyActivation(Activation::Tanh, a, h, d);
    for (Eigen::Index i = 0; i < a.size(); ++i) {
        EXPECT_NEAR(h[i], std::tanh(a[i]), 8e-16 * std::abs(std::tanh(a[i]))) << a[i];
        const double c = std::cosh(a[i]);
        EXPECT_NEAR(d[i], 1.0 / (c * c), 3e-15 / (c * c)) << a[i]; // tanh' = 1/cosh²
    }
    // A sweep across both tanh branches (series below |a| = 0.2, exp above): within a few ulps of libm.
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Eigen::VectorXd sweep(4000);
    for (Eigen::Index i = 0; i < sweep.size(); ++i)
        sweep[i] = i % 2 ? u(rng) : std::copysign(std::pow(10.0, -12.0 * std::abs(u(rng))), u(rng));
    Eigen::VectorXd hs(sweep.size()), ds(sweep.size());
    applyActivation(Activation::Tanh, sweep, hs, ds);
    for (Eigen::Index i = 0; i < sweep.size(); ++i)
        ASSERT_NEAR(hs[i], std::tanh(sweep[i]), 8e-16 * std::abs(std::tanh(sweep[i]))) << sweep[i];
    applyActivation(Activation::Sigmoid, a, h, d);
    for (Eigen::Index i = 0; i < a.size(); ++i) {
        const double s = 1.0 / (1.0 + std::exp(-a[i]));
        EXPECT_NEAR(h[i], s, 6e-16 * s);
        // σ'(x) = 1/(4cosh²(x/2)): accurate even where 1 − σ(x) rounds to 0.
        const double c = std::cosh(a[i] / 2);
        EXPECT_NEAR(d[i], 1.0 / (4 * c * c), 3e-15 / (4 * c * c)) << a[i];
    }
}

// ---------------------------------------------------------------- eigenvalues of hand-solvable matrices

TEST(RnnSpectra, RotationHasEigenvaluesOnTheUnitCircle)
{
    // R(θ) = [[cosθ, −sinθ], [sinθ, cosθ]]: det(R − λI) = (cosθ − λ)² + sin²θ = 0 → λ = cosθ ± i·sinθ.
    // R is orthogonal, so σ_max = 1 = ρ.
    const double th = 0.6;
    const auto s = computeSpectra(mat(2, 2, {std::cos(th), -std::sin(th), std::sin(th), std::cos(th)}), true);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->eigenvalues.size(), 2u);
    EXPECT_NEAR(s->eigenvalues[0].real(), std::cos(th), 1e-15);
    EXPECT_NEAR(s->eigenvalues[0].imag(), std::sin(th), 1e-15); // +i first
    EXPECT_NEAR(s->eigenvalues[1].real(), std::cos(th), 1e-15);
    EXPECT_NEAR(s->eigenvalues[1].imag(), -std::sin(th), 1e-15);
    EXPECT_NEAR(s->spectralRadius, 1.0, 1e-15);
    EXPECT_NEAR(s->spectralNorm, 1.0, 1e-15);
    // Eigenvector of cosθ + i sinθ: R·(1, −i)ᵀ·… ; scaled to last entry 1 it is (i, 1).
    ASSERT_EQ(s->eigenvectors.size(), 2u);
    EXPECT_NEAR(std::abs(s->eigenvectors[0][0] - std::complex<double>(0, 1)), 0.0, 1e-14);
    EXPECT_NEAR(std::abs(s->eigenvectors[1][0] - std::complex<double>(0, -1)), 0.0, 1e-14);
}

TEST(RnnSpectra, TriangularMatrixEigenvaluesAreTheDiagonal)
{
    // Upper triangular: det(T − λI) = (2 − λ)(−3 − λ)(0.5 − λ). Sorted by modulus: −3, 2, 0.5.
    const auto s = computeSpectra(mat(3, 3, {2, 1, 0, 0, -3, 5, 0, 0, 0.5}), false);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->eigenvalues.size(), 3u);
    EXPECT_NEAR(s->eigenvalues[0].real(), -3.0, 1e-14);
    EXPECT_NEAR(s->eigenvalues[1].real(), 2.0, 1e-14);
    EXPECT_NEAR(s->eigenvalues[2].real(), 0.5, 1e-14);
    for (const auto &l : s->eigenvalues)
        EXPECT_EQ(l.imag(), 0.0);
    EXPECT_NEAR(s->spectralRadius, 3.0, 1e-14);
    EXPECT_TRUE(s->eigenvectors.empty());
}

TEST(RnnSpectra, SymmetricMatrixHasRealEigenvaluesAndOrthogonalVectors)
{
    // [[2,1],[1,2]]: (2 − λ)² − 1 = 0 → λ = 3, 1 with vectors (1,1) and (−1,1). Symmetric: σ_max = 3.
    const auto s = computeSpectra(mat(2, 2, {2, 1, 1, 2}), true);
    ASSERT_TRUE(s.ok());
    EXPECT_NEAR(s->eigenvalues[0].real(), 3.0, 1e-14);
    EXPECT_NEAR(s->eigenvalues[1].real(), 1.0, 1e-14);
    EXPECT_NEAR(s->spectralNorm, 3.0, 1e-14);
    EXPECT_NEAR(std::abs(s->eigenvectors[0][0] - 1.0), 0.0, 1e-14);
    EXPECT_NEAR(std::abs(s->eigenvectors[1][0] + 1.0), 0.0, 1e-14);
}

TEST(RnnSpectra, JordanBlockHasSpectralNormTheGoldenRatio)
{
    // J = [[1,1],[0,1]]: λ = 1 (twice), ρ = 1. JᵀJ = [[1,1],[1,2]] has eigenvalues (3 ± √5)/2,
    // so σ_max = √((3 + √5)/2) = (1 + √5)/2 ≈ 1.618 > ρ: a non-normal matrix.
    const auto s = computeSpectra(mat(2, 2, {1, 1, 0, 1}), false);
    ASSERT_TRUE(s.ok());
    EXPECT_NEAR(s->spectralRadius, 1.0, 1e-7); // a defective eigenvalue is only accurate to √ε
    EXPECT_NEAR(s->spectralNorm, (1 + std::sqrt(5.0)) / 2, 1e-15);
}

TEST(RnnSpectra, SpectralNormAgreesWithAFullSvd)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> g;
    for (int n : {1, 3, 17, 64, 130}) {
        const Eigen::MatrixXd w = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return g(rng); });
        const double svd = Eigen::JacobiSVD<Eigen::MatrixXd>(w).singularValues()[0];
        const auto sigma = spectralNorm(w);
        ASSERT_TRUE(sigma.ok());
        EXPECT_NEAR(*sigma, svd, 1e-13 * svd) << n;
    }
}

TEST(RnnSpectra, EigenvaluesSatisfyTheCharacteristicEquationAndAreSorted)
{
    // For a random matrix: every λ makes W − λI singular (smallest singular value ≈ 0), and the order holds.
    std::mt19937_64 rng(11);
    std::normal_distribution<double> g;
    const int n = kMaxEigenvectorSize;
    const Eigen::MatrixXd w = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return g(rng); });
    const auto s = computeSpectra(w, true);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->eigenvalues.size(), size_t(n));
    ASSERT_EQ(s->eigenvectors.size(), size_t(n));
    EXPECT_TRUE(computeSpectra(Eigen::MatrixXd::Identity(n + 1, n + 1), true)->eigenvectors.empty());
    for (size_t i = 0; i < s->eigenvalues.size(); ++i) {
        const auto l = s->eigenvalues[i];
        const Eigen::MatrixXcd shifted = w.cast<std::complex<double>>() - l * Eigen::MatrixXcd::Identity(n, n);
        EXPECT_LT(Eigen::JacobiSVD<Eigen::MatrixXcd>(shifted).singularValues()[n - 1], 1e-12);
        const Eigen::VectorXcd residual = w.cast<std::complex<double>>() * s->eigenvectors[i] - l * s->eigenvectors[i];
        EXPECT_LT(residual.norm(), 1e-12);
        if (i > 0) {
            EXPECT_FALSE(before(l, s->eigenvalues[i - 1]));
        }
    }
}

TEST(RnnSpectra, ScalingIsLinear)
{
    // Eigenvalues of sW are s·λ; ρ(sW) = |s|ρ and σ(sW) = |s|σ.
    const Eigen::MatrixXd w = mat(3, 3, {0.2, -1.1, 0.4, 0.9, 0.3, -0.7, -0.5, 0.8, 0.1});
    const auto base = computeSpectra(w, false);
    ASSERT_TRUE(base.ok());
    for (double s : {2.5, -0.5, 0.0}) {
        const Spectra scaled = scaleSpectra(*base, s);
        const auto direct = computeSpectra(s * w, false);
        ASSERT_TRUE(direct.ok());
        EXPECT_NEAR(scaled.spectralRadius, direct->spectralRadius, 1e-13);
        EXPECT_NEAR(scaled.spectralNorm, direct->spectralNorm, 1e-13);
        for (size_t i = 0; i < 3; ++i)
            EXPECT_NEAR(std::abs(scaled.eigenvalues[i] - direct->eigenvalues[i]), 0.0, 1e-13) << s << " " << i;
    }
}

// ---------------------------------------------------------------- verdict, rescale, overflow

TEST(RnnVerdict, ThresholdsFollowTheDefinitions)
{
    Inputs in;
    in.activation = Activation::Sigmoid;
    in.w = 4.0 * Eigen::MatrixXd::Identity(2, 2); // γρ = γσ = 0.25·4 = 1 exactly
    EXPECT_EQ(analyzeOk(in).verdict, Verdict::Borderline);
    in.w = 3.9 * Eigen::MatrixXd::Identity(2, 2); // 0.975 < 1
    EXPECT_EQ(analyzeOk(in).verdict, Verdict::Vanishing);
    in.w = 4.1 * Eigen::MatrixXd::Identity(2, 2); // 1.025 > 1
    EXPECT_EQ(analyzeOk(in).verdict, Verdict::Exploding);

    // [[0.5, 5], [0, 0.5]] with tanh: ρ = 0.5 (γρ = 0.5 ≤ 1) but σ_max > 5 (γσ > 1): borderline, non-normal.
    // WᵀW = [[0.25, 2.5], [2.5, 25.25]]: trace 25.5, det = det(W)² = 0.25² = 0.0625, so σ² is the larger
    // root of μ² − 25.5μ + 0.0625 = 0: μ = (25.5 + √(650.25 − 0.25))/2 = (25.5 + √650)/2 ≈ 25.4975, σ ≈ 5.0495.
    auto nn = presetInputs(Preset::NonNormal);
    ASSERT_TRUE(nn.ok());
    const Analysis a = analyzeOk(*nn);
    EXPECT_EQ(a.verdict, Verdict::Borderline);
    EXPECT_TRUE(a.summary.nonNormal);
    EXPECT_NEAR(a.spectra.spectralNorm, std::sqrt((25.5 + std::sqrt(650.0)) / 2), 1e-13);

    EXPECT_EQ(verdictFor(0.99, 0.999999), Verdict::Vanishing);
    EXPECT_EQ(verdictFor(1.0 - 1e-13, 1.0 + 1e-13), Verdict::Borderline); // rounding noise around 1
    EXPECT_EQ(verdictFor(1.01, 1.02), Verdict::Exploding);
}

TEST(RnnRescale, EqualsAFreshAnalysisOfTheScaledMatrix)
{
    auto g = presetInputs(Preset::Gaussian, {6, 1.3, 5});
    ASSERT_TRUE(g.ok());
    Inputs in = *g;
    in.steps = 40;
    const Analysis base = analyzeOk(in);
    for (double s : {0.25, 1.7, 0.0}) {
        auto r = rescale(base, s);
        ASSERT_TRUE(r.ok());
        Inputs scaledIn = in;
        scaledIn.scale = s;
        const Analysis fresh = analyzeOk(scaledIn);
        EXPECT_DOUBLE_EQ(r->inputs.scale, s);
        EXPECT_NEAR(r->spectra.spectralRadius, fresh.spectra.spectralRadius, 1e-12);
        EXPECT_NEAR(r->spectra.spectralNorm, fresh.spectra.spectralNorm, 1e-12);
        EXPECT_EQ(r->verdict, fresh.verdict);
        ASSERT_EQ(r->gradNorms.size(), fresh.gradNorms.size());
        for (size_t k = 0; k < fresh.gradNorms.size(); ++k)
            EXPECT_EQ(r->gradNorms.log10[k], fresh.gradNorms.log10[k]); // same kernels, same order: identical
    }
    EXPECT_FALSE(rescale(base, std::nan("")).ok());
    EXPECT_EQ(rescale(base, 1e7).error().key, "rnn.bad_scale");
}

TEST(RnnRescale, KnownSpectraSkipTheFactorisation)
{
    Inputs in = seedInputs();
    const Analysis first = analyzeOk(in);
    Spectra fake = first.unitSpectra; // a marker proves the given spectra were used, not recomputed
    fake.spectralNorm = 8.0;
    AnalyzeOptions opt;
    opt.knownUnitSpectra = &fake;
    const Analysis second = analyzeOk(in, opt);
    EXPECT_DOUBLE_EQ(second.spectra.spectralNorm, 8.0);
    EXPECT_DOUBLE_EQ(second.gammaSigma, 2.0);
}

TEST(RnnOverflow, GrowthPast1e300IsClippedAndFlaggedNeverNaN)
{
    // Linear, W = [10], l = 1: ‖g_{T−k}‖ = 10^k exactly; from k = 300 it is clipped to 1e300.
    Inputs in;
    in.w = mat(1, 1, {10});
    in.activation = Activation::Linear;
    in.steps = 400;
    const Analysis a = analyzeOk(in);
    EXPECT_NEAR(a.gradNorms.log10[250], 250.0, 1e-9);
    EXPECT_NEAR(a.gradNorms.log10[400], 400.0, 1e-9);
    EXPECT_FALSE(a.gradNorms.clipped(299));
    EXPECT_TRUE(a.gradNorms.clipped(301));
    EXPECT_EQ(a.gradNorms.value(400), kClipValue);
    EXPECT_NEAR(a.gradNorms.firstClipped(), 300, 1); // 10^300 sits on the clip within rounding
    for (const NormCurve *c : {&a.gradNorms, &a.bound, &a.estimate})
        for (size_t k = 0; k < c->size(); ++k) {
            EXPECT_TRUE(std::isfinite(c->value(k)));
            EXPECT_FALSE(std::isnan(c->log10[k]));
        }
    const auto json = toJson(a);
    EXPECT_EQ(json["grad_norms"][400].get<double>(), 1e300);
    EXPECT_EQ(json.dump().find("null"), std::string::npos); // nlohmann writes NaN/inf as null
}

TEST(RnnOverflow, ForwardStatesAreClippedBeforeTheyOverflow)
{
    // relu, W = [10], h0 = 1: h_t = 10^t. The clip keeps |10·h| ≤ 1e300, i.e. |h| ≤ 1e300/11 ≈ 9.1e298,
    // so h_299 = 1e299 is the first state clipped. relu' = 1 on the way, so gradients stay 10^k.
    Inputs in;
    in.w = mat(1, 1, {10});
    in.activation = Activation::Relu;
    in.h0 = vec({1});
    in.steps = 1000;
    const Analysis a = analyzeOk(in);
    EXPECT_EQ(a.trajectory.stateClippedAt, 299);
    EXPECT_TRUE(a.trajectory.firstStates.allFinite());
    EXPECT_NEAR(a.trajectory.lastState(0), 1e300 / 11, 1e300 / 11 * 1e-15); // clipped: 10·h stays within 1e300
    EXPECT_NEAR(a.gradNorms.log10[1000], 1000.0, 1e-8);
    EXPECT_TRUE(std::isfinite(a.summary.actualRate));
}

TEST(RnnOverflow, TinyAndZeroGradientsAreExactOrFlagged)
{
    // W = [1e-3], linear: ‖g_{T−k}‖ = 10^(−3k), far below the double range at k = 200 but kept in log10.
    Inputs in;
    in.w = mat(1, 1, {1e-3});
    in.activation = Activation::Linear;
    in.steps = 200;
    Analysis a = analyzeOk(in);
    EXPECT_NEAR(a.gradNorms.log10[200], -600.0, 1e-9);
    EXPECT_EQ(a.gradNorms.value(200), 0.0); // not representable: underflows to 0 in plain numbers
    EXPECT_FALSE(a.gradNorms.zero(200));     // …but it is not an exact zero
    const GradientPlot p = gradientPlot(a);
    EXPECT_EQ(p.actual.underflowFrom, 101); // −303 is the first value below −300
    EXPECT_EQ(p.yMin, -kClipLog10);

    // Nilpotent N = [[0,1],[0,0]], linear, l = (1, 1): Nᵀl = (0, 1), (Nᵀ)²l = 0.
    // So norms are √2, 1, then exactly 0; ρ = 0 makes the estimate 0 from k = 1; σ_max = 1 keeps the bound √2.
    in.w = mat(2, 2, {0, 1, 0, 0});
    in.lossGrad = vec({1, 1});
    in.steps = 5;
    a = analyzeOk(in);
    EXPECT_NEAR(a.gradNorms.value(0), std::sqrt(2.0), 1e-15);
    EXPECT_NEAR(a.gradNorms.value(1), 1.0, 1e-15);
    EXPECT_EQ(a.gradNorms.firstZero(), 2);
    EXPECT_EQ(a.estimate.firstZero(), 1);
    EXPECT_NEAR(a.bound.value(5), std::sqrt(2.0), 1e-14);
    EXPECT_EQ(a.verdict, Verdict::Borderline); // γρ = 0 ≤ 1 ≤ γσ = 1
    const GradientPlot q = gradientPlot(a);
    EXPECT_EQ(q.actual.zeroFrom, 2);
    EXPECT_EQ(q.actual.points.size(), 2u); // the zeros are not drawn on a log axis
    EXPECT_EQ(q.estimate.points.size(), 1u);
    EXPECT_EQ(a.summary.actualRate, 0.0);

    // relu with every unit dead: a = −1 < 0 so φ' = 0 and the gradient is exactly 0 after one step back.
    in.w = mat(1, 1, {1});
    in.activation = Activation::Relu;
    in.bias = vec({-1});
    in.h0 = vec({0});
    in.lossGrad = vec({1});
    a = analyzeOk(in);
    EXPECT_EQ(a.gradNorms.firstZero(), 1);
}

TEST(RnnOverflow, LongRunsStayFiniteForEveryActivation)
{
    for (Activation act : {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::Linear}) {
        auto g = presetInputs(Preset::Gaussian, {8, 3.0, 2});
        ASSERT_TRUE(g.ok());
        Inputs in = *g;
        in.activation = act;
        in.steps = kMaxSteps;
        in.h0 = Eigen::VectorXd::Constant(8, 0.3);
        const Analysis a = analyzeOk(in);
        for (size_t k = 0; k < a.gradNorms.size(); ++k)
            ASSERT_FALSE(std::isnan(a.gradNorms.log10[k])) << activationId(act) << " " << k;
        EXPECT_TRUE(a.trajectory.firstStates.allFinite());
        EXPECT_TRUE(a.trajectory.lastState.allFinite());
        EXPECT_TRUE(std::isfinite(a.summary.actualRate));
    }
}

// ---------------------------------------------------------------- presets

TEST(RnnPresets, RandomMatricesAreReproducibleAndHaveTheirDocumentedShape)
{
    const auto a = gaussianMatrix(5, 2.0, 42), b = gaussianMatrix(5, 2.0, 42), c = gaussianMatrix(5, 2.0, 43);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(*a, *b);
    EXPECT_NE(*a, *c);

    // Orthogonal: QᵀQ = I, so every singular value and |λ| is |scale|.
    const auto q = orthogonalMatrix(40, -1.5, 9);
    ASSERT_TRUE(q.ok());
    EXPECT_LT((q->transpose() * *q - 2.25 * Eigen::MatrixXd::Identity(40, 40)).norm(), 1e-12);
    const auto s = computeSpectra(*q, false);
    ASSERT_TRUE(s.ok());
    EXPECT_NEAR(s->spectralRadius, 1.5, 1e-12);
    EXPECT_NEAR(s->spectralNorm, 1.5, 1e-12);

    // Entries N(0, scale²/n): the sample variance of 256² entries is within a few % of 1/256 for scale 1,
    // and by the circular law ρ is close to 1.
    auto big = presetInputs(Preset::Gaussian256, {2, 1.0, 3});
    ASSERT_TRUE(big.ok());
    EXPECT_EQ(big->w.rows(), 256);
    const double var = big->w.array().square().mean();
    EXPECT_NEAR(var * 256, 1.0, 0.03);
    const auto sb = computeSpectra(big->w, false);
    ASSERT_TRUE(sb.ok());
    EXPECT_NEAR(sb->spectralRadius, 1.0, 0.12);
    EXPECT_EQ(presetInputs(Preset::Gaussian64)->w.rows(), 64);

    const auto id = presetInputs(Preset::ScaledIdentity, {3, 0.5, 1});
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id->w, 0.5 * Eigen::MatrixXd::Identity(3, 3));
}

TEST(RnnPresets, BadParametersAreErrors)
{
    EXPECT_EQ(presetInputs(Preset::Gaussian, {0, 1.0, 1}).error().key, "rnn.preset_size");
    EXPECT_EQ(presetInputs(Preset::Orthogonal, {kMaxHidden + 1, 1.0, 1}).error().key, "rnn.preset_size");
    EXPECT_EQ(presetInputs(Preset::ScaledIdentity, {2, INFINITY, 1}).error().key, "rnn.bad_scale");
    EXPECT_EQ(gaussianMatrix(-3, 1.0, 1).error().arg("n"), "-3");
}

// ---------------------------------------------------------------- plot data, formatting, JSON

TEST(RnnPlot, AxisCoversTheCurvesInWholeDecades)
{
    // Seed: estimate and bound reach 1.75^50 ≈ 1.4e12 (log10 = 50·0.2430 = 12.15); actual ≈ 1e-108.
    const Analysis a = analyzeOk(seedInputs());
    const GradientPlot p = gradientPlot(a);
    EXPECT_EQ(p.actual.points.size(), 51u);
    EXPECT_GE(p.yMax, 13.0);
    EXPECT_LE(p.yMin, a.gradNorms.log10.back());
    EXPECT_EQ(std::fmod(p.yMin, p.yTick), 0.0);
    EXPECT_LE((p.yMax - p.yMin) / p.yTick, 10.0);
    EXPECT_DOUBLE_EQ(p.xMax, 50.0);

    Inputs in = seedInputs();
    in.steps = 10000;
    const GradientPlot thin = gradientPlot(analyzeOk(in), 1000);
    EXPECT_LE(thin.actual.points.size(), 1001u);
    EXPECT_EQ(thin.actual.points.front().x, 0.0);
    EXPECT_EQ(thin.actual.points.back().x, 10000.0);
}

TEST(RnnPlot, SpectrumSplitsEigenvaluesByTheCircleOfRadiusOneOverGamma)
{
    // Seed: 1/γ = 4; λ = 7 lies outside (explosion possible), λ = 0 inside.
    const Analysis a = analyzeOk(seedInputs());
    const SpectrumPlot s = spectrumPlot(a, 101);
    EXPECT_DOUBLE_EQ(s.thresholdRadius, 4.0);
    ASSERT_EQ(s.outside.size(), 1u);
    ASSERT_EQ(s.inside.size(), 1u);
    EXPECT_EQ(s.outsideIndex, std::vector<int>{0});
    EXPECT_EQ(s.insideIndex, std::vector<int>{1});
    const auto rows = eigenRows(a);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_NEAR(rows[0].gammaModulus, 1.75, 1e-14); // 0.25·7
    EXPECT_TRUE(rows[0].outside);
    EXPECT_FALSE(rows[1].outside);
    EXPECT_NEAR(s.outside[0].x, 7.0, 1e-13);
    EXPECT_EQ(s.thresholdCircle.size(), 101u);
    EXPECT_NEAR(std::hypot(s.thresholdCircle[37].x, s.thresholdCircle[37].y), 4.0, 1e-14);
    EXPECT_DOUBLE_EQ(s.extent, 8.0); // 7·1.1 = 7.7 rounds up to 8
}

TEST(RnnPlot, NumbersAreFormattedBeyondTheDoubleRange)
{
    EXPECT_EQ(formatLog10(-INFINITY), "0");
    EXPECT_EQ(formatLog10(std::log10(1.75)), "1.75");
    EXPECT_EQ(formatLog10(0.0), "1");
    EXPECT_EQ(formatLog10(-450.0 + std::log10(3.16)), "3.16e-450");
    EXPECT_EQ(formatLog10(8450.0), "1e8450");
    EXPECT_EQ(formatLog10(12.0 + std::log10(1.4)), "1.4e12");
    EXPECT_EQ(formatLog10(-7.0 + std::log10(9.9996)), "1e-6"); // mantissa rounds up into the next decade
    EXPECT_EQ(formatComplex({0.5, -0.25}), "0.5 - 0.25i");
    EXPECT_EQ(formatComplex({0.0, 1.0}), "i");
    EXPECT_EQ(formatComplex({0.0, -2.0}), "-2i");
    EXPECT_EQ(formatComplex({-1.0, 0.0}), "-1");
    EXPECT_EQ(formatValue(0.25), "0.25");
    EXPECT_EQ(formatValue(1e-12), "1e-12");
    EXPECT_EQ(formatValue(2.5e6), "2.5e6");
    EXPECT_EQ(tableSteps(5, 10), (std::vector<long long>{0, 1, 2, 3, 4, 5}));
    const auto rows = tableSteps(1000, 21);
    EXPECT_LE(rows.size(), 21u);
    EXPECT_EQ(rows.front(), 0);
    EXPECT_EQ(rows.back(), 1000);
}

TEST(RnnJson, HasExactlyTheDocumentedKeys)
{
    const Analysis a = analyzeOk(seedInputs());
    const auto j = toJson(a);
    std::vector<std::string> keys;
    for (const auto &[k, v] : j.items())
        keys.push_back(k);
    EXPECT_THAT(keys, ::testing::UnorderedElementsAre("n", "eigenvalues", "spectral_radius", "spectral_norm", "gamma",
                                                      "verdict", "grad_norms", "bound", "estimate"));
    EXPECT_EQ(j["n"], 2);
    EXPECT_EQ(j["verdict"], "exploding");
    EXPECT_EQ(j["eigenvalues"].size(), 2u);
    EXPECT_EQ(j["eigenvalues"][0].size(), 2u);
    EXPECT_EQ(j["grad_norms"].size(), 51u);
    EXPECT_EQ(j["bound"].size(), 51u);
    EXPECT_EQ(j["estimate"].size(), 51u);
    EXPECT_DOUBLE_EQ(j["gamma"].get<double>(), 0.25);
}

// ---------------------------------------------------------------- errors

TEST(RnnErrors, EveryBadInputNamesWhatAndWhere)
{
    Inputs in = seedInputs();
    in.w = Eigen::MatrixXd(2, 3);
    auto r = analyze(in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().key, "rnn.not_square");
    EXPECT_EQ(r.error().arg("rows"), "2");
    EXPECT_EQ(r.error().arg("cols"), "3");

    in.w = Eigen::MatrixXd();
    EXPECT_EQ(analyze(in).error().key, "rnn.empty_matrix");

    in.w = Eigen::MatrixXd::Zero(kMaxHidden + 1, kMaxHidden + 1);
    EXPECT_EQ(analyze(in).error().key, "rnn.too_large");

    in = seedInputs();
    in.bias = vec({1, 2, 3});
    r = analyze(in);
    EXPECT_EQ(r.error().key, "rnn.vector_length");
    EXPECT_EQ(r.error().arg("vector"), "b");
    EXPECT_EQ(r.error().arg("got"), "3");
    EXPECT_EQ(r.error().arg("expected"), "2");
    in = seedInputs();
    in.h0 = vec({1});
    EXPECT_EQ(analyze(in).error().arg("vector"), "h0");
    in = seedInputs();
    in.lossGrad = vec({1, 2, 3, 4});
    EXPECT_EQ(analyze(in).error().arg("vector"), "l");

    EXPECT_EQ(parseActivation("softmax").error().key, "rnn.unknown_activation");
    EXPECT_EQ(parseActivation("softmax").error().arg("name"), "softmax");
    EXPECT_EQ(*parseActivation("TanH"), Activation::Tanh);

    in = seedInputs();
    in.steps = -1;
    EXPECT_EQ(analyze(in).error().key, "rnn.negative_steps");
    in.steps = kMaxSteps + 1;
    EXPECT_EQ(analyze(in).error().key, "rnn.too_many_steps");
    EXPECT_EQ(analyze(in).error().arg("max"), "10000");

    in = seedInputs();
    in.w(1, 0) = std::nan("");
    r = analyze(in);
    EXPECT_EQ(r.error().key, "rnn.not_finite");
    EXPECT_EQ(r.error().arg("what"), "W");
    EXPECT_EQ(r.error().arg("row"), "2");
    EXPECT_EQ(r.error().arg("column"), "1");
    in = seedInputs();
    in.h0 = vec({0, INFINITY});
    r = analyze(in);
    EXPECT_EQ(r.error().arg("what"), "h0");
    EXPECT_EQ(r.error().arg("row"), "2");
    in = seedInputs();
    in.lossGrad = vec({-INFINITY, 1});
    EXPECT_EQ(analyze(in).error().arg("what"), "l");
    in = seedInputs();
    in.bias = vec({0, 1e200});
    r = analyze(in);
    EXPECT_EQ(r.error().key, "rnn.entry_too_large");
    EXPECT_EQ(r.error().arg("what"), "b");

    in = seedInputs();
    in.scale = INFINITY;
    EXPECT_EQ(analyze(in).error().key, "rnn.bad_scale");

    EXPECT_EQ(computeSpectra(Eigen::MatrixXd(3, 2), false).error().key, "rnn.not_square");
    EXPECT_EQ(spectralNorm(Eigen::MatrixXd(1, 2)).error().key, "rnn.not_square");
}

TEST(RnnErrors, ProgressCanCancelALongRun)
{
    Inputs in = seedInputs();
    in.steps = kMaxSteps;
    int calls = 0;
    AnalyzeOptions opt;
    opt.progress = [&](double f) {
        EXPECT_GE(f, 0.0);
        EXPECT_LE(f, 1.0);
        return ++calls < 3;
    };
    const auto r = analyze(in, opt);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().key, "rnn.cancelled");
    EXPECT_EQ(calls, 3);
}

// The kernels, the two-thread lock-step and the fast path against plain loops: test_rnnkernels.cpp.
