#pragma once

#include "common/result.h"

#include <Eigen/Core>

#include <complex>
#include <vector>

namespace dlt::rnn {

/** Eigenvectors are computed only up to this n (they feed the worked explanation, not the plots). */
inline constexpr int kMaxEigenvectorSize = 8;

/** Eigen- and singular-value facts about one n×n matrix. */
struct Spectra {
    /** All n eigenvalues, sorted by modulus (largest first), then real part, then imaginary part (both descending). */
    std::vector<std::complex<double>> eigenvalues;
    /**
     * Right eigenvectors in the same order (W·v = λ·v), each scaled so that its largest-modulus entry
     * (the last one on ties) is exactly 1. Empty unless requested and n ≤ kMaxEigenvectorSize.
     */
    std::vector<Eigen::VectorXcd> eigenvectors;
    double spectralRadius = 0.0; ///< ρ = max |λ|
    double spectralNorm = 0.0;   ///< σ_max = ‖W‖₂, the largest singular value
};

/**
 * Eigenvalues (LAPACK dgeev) and σ_max of a square matrix w with finite entries.
 * σ_max is √λ_max(WᵀW) from one symmetric eigenvalue (dsyevr, index n only), no SVD.
 * Real and imaginary parts within 64·ε·‖W‖_F of zero are set to exactly 0, so the seed's λ = 0 reads as 0.
 * LAPACK is OpenBLAS's (libopenblas.so.0), opened on the first call.
 * Errors: rnn.not_square(rows, cols), rnn.eigen_failed(info), rnn.lapack_unavailable(library, reason).
 */
Result<Spectra> computeSpectra(const Eigen::MatrixXd &w, bool withEigenvectors);

/** σ_max = ‖W‖₂ of a square matrix (see computeSpectra). Errors: rnn.not_square, rnn.eigen_failed(info), rnn.lapack_unavailable. */
Result<double> spectralNorm(const Eigen::MatrixXd &w);

/**
 * The spectra of s·W from those of W, without any new factorisation: eigenvalues·s, ρ·|s|, σ·|s|,
 * eigenvectors unchanged. Order is kept for s > 0 and re-sorted otherwise.
 */
Spectra scaleSpectra(const Spectra &spectra, double s);

} // namespace dlt::rnn
