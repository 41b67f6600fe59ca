#pragma once

#include "activation.h"
#include "common/result.h"

#include <Eigen/Core>

namespace dlt::rnn {

/** Largest hidden size n accepted (W is n×n); the n = 256 demo fits well inside. */
inline constexpr int kMaxHidden = 512;
/** Largest number of steps T accepted. */
inline constexpr long long kMaxSteps = 10000;
/** Largest |entry| accepted in W, b, h0 or l, so one step W·h + b can never overflow a double. */
inline constexpr double kMaxEntry = 1e100;
/** Largest |scale| accepted for the factor that multiplies W. */
inline constexpr double kMaxScale = 1e6;
/** Steps used when none are given (the command line's default). */
inline constexpr long long kDefaultSteps = 50;

/**
 * Everything one gradient analysis needs. The analysed recurrence uses the matrix scale·w:
 * a_t = scale·w·h_{t−1} + b, h_t = φ(a_t) for t = 1..T, and back-propagates l = ∂L/∂h_T.
 * Empty bias/h0 mean zeros; an empty lossGrad means every entry 1/√n (unit norm).
 */
struct Inputs {
    Eigen::MatrixXd w;                          ///< W_hh, n×n (unscaled)
    Activation activation = Activation::Sigmoid;
    Eigen::VectorXd bias;                       ///< b, length n or empty
    Eigen::VectorXd h0;                         ///< initial state, length n or empty
    Eigen::VectorXd lossGrad;                   ///< l = ∂L/∂h_T, length n or empty
    long long steps = kDefaultSteps;            ///< T ≥ 0
    double scale = 1.0;                         ///< factor multiplying w (the UI's slider)
};

/** The seed's inputs: W = [[3.5, 3.5], [3.5, 3.5]], sigmoid, b = 0, h0 = 0, l = (1/√2, 1/√2), T = 50. */
Inputs seedInputs();

/**
 * Checks inputs and returns a copy with every empty vector replaced by its default.
 * Errors: rnn.empty_matrix, rnn.not_square(rows, cols), rnn.too_large(n, max),
 * rnn.vector_length(vector, got, expected) with vector "b", "h0" or "l",
 * rnn.negative_steps(steps), rnn.too_many_steps(steps, max),
 * rnn.not_finite(what, row, column) where what is "W", "b", "h0" or "l" (1-based; column 1 for vectors),
 * rnn.entry_too_large(what, row, column, value, max), rnn.bad_scale(value, max).
 */
Result<Inputs> validate(const Inputs &inputs);

} // namespace dlt::rnn
