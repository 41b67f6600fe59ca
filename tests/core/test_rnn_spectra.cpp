// Spectra of matrices whose answers are known in closed form, at every size up to kMaxHidden.
// Regression: spectralNorm once gave dsyevr a one-element eigenvalue array; dsyevr may fill all n
// entries (it did for W = 0.5·I, n = 512) and smashed the stack.
#include "rnn/inputs.h"
#include "rnn/spectra.h"

#include <gtest/gtest.h>

#include <cmath>

using dlt::rnn::computeSpectra;
using dlt::rnn::spectralNorm;

TEST(RnnSpectra, ScaledIdentityAtEverySize)
{
    // W = c·I: every eigenvalue and every singular value is c, so ρ = σ_max = c.
    for (int n : {1, 2, 3, 7, 64, 255, 256, 511, dlt::rnn::kMaxHidden}) {
        const double c = 0.5;
        const Eigen::MatrixXd w = Eigen::MatrixXd::Identity(n, n) * c;
        auto sigma = spectralNorm(w);
        ASSERT_TRUE(sigma) << "n = " << n;
        EXPECT_NEAR(*sigma, c, 1e-12) << "n = " << n;
        auto s = computeSpectra(w, false);
        ASSERT_TRUE(s) << "n = " << n;
        ASSERT_EQ(s->eigenvalues.size(), size_t(n));
        for (const auto &l : s->eigenvalues)
            EXPECT_NEAR(std::abs(l - std::complex<double>(c, 0.0)), 0.0, 1e-12) << "n = " << n;
        EXPECT_NEAR(s->spectralRadius, c, 1e-12);
        EXPECT_NEAR(s->spectralNorm, c, 1e-12);
    }
}

TEST(RnnSpectra, DiagonalWithDistinctEntries)
{
    // W = diag(1, 2, …, n)/n: eigenvalues k/n, the largest 1; σ_max = 1 too (W is symmetric).
    for (int n : {2, 100, dlt::rnn::kMaxHidden}) {
        Eigen::MatrixXd w = Eigen::MatrixXd::Zero(n, n);
        for (int k = 0; k < n; ++k)
            w(k, k) = double(k + 1) / n;
        auto sigma = spectralNorm(w);
        ASSERT_TRUE(sigma);
        EXPECT_NEAR(*sigma, 1.0, 1e-12) << "n = " << n;
        auto s = computeSpectra(w, false);
        ASSERT_TRUE(s);
        EXPECT_NEAR(s->spectralRadius, 1.0, 1e-12);
        // Sorted by modulus, largest first: 1, (n−1)/n, …, 1/n.
        for (int k = 0; k < n; ++k)
            EXPECT_NEAR(s->eigenvalues[size_t(k)].real(), double(n - k) / n, 1e-12) << "n = " << n << ", k = " << k;
    }
}

TEST(RnnSpectra, ZeroMatrix)
{
    // Every eigenvalue and singular value of the zero matrix is 0.
    const Eigen::MatrixXd w = Eigen::MatrixXd::Zero(300, 300);
    auto sigma = spectralNorm(w);
    ASSERT_TRUE(sigma);
    EXPECT_EQ(*sigma, 0.0);
    auto s = computeSpectra(w, false);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->spectralRadius, 0.0);
}
