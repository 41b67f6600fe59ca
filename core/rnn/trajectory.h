#pragma once

#include "inputs.h"

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace dlt::rnn {

/**
 * Called now and then from the computing thread with the fraction done (0..1).
 * Returning false cancels: the computation stops with rnn.cancelled.
 */
using ProgressFn = std::function<bool(double fraction)>;

/** States larger than this (in absolute value) are clipped so that W·h + b stays finite; see Trajectory. */
inline constexpr double kStateClip = 1e300;

/** How many first steps keep their pre-activations and states (for the worked explanation). */
inline constexpr int kKeptFirstPreActivations = 4;

/**
 * The forward pass and the back-propagated gradients of one run. Only what the analysis shows is kept:
 * the first few and the last states, not all T + 1 of them (the run itself keeps φ'(a_t) for every t
 * in a reused work buffer and counts the saturated ones on the way).
 */
struct Trajectory {
    Eigen::MatrixXd firstStates;         ///< h_0..h_m as columns, m = min(T, kKeptFirstPreActivations), n×(m+1)
    Eigen::VectorXd lastState;           ///< h_T (h_0 when T = 0)
    Eigen::MatrixXd firstPreActivations; ///< a_1..a_m, m = min(T, kKeptFirstPreActivations), n×m
    Eigen::VectorXd lastPreActivation;   ///< a_T (empty when T = 0)
    Eigen::VectorXd lastDerivative;      ///< φ'(a_T) (empty when T = 0)
    /** How many of the n·T values φ'(a_t), t = 1..T, are below γ/10 (γ = activationGamma): saturated units. */
    long long saturatedCount = 0;
    /**
     * First step t whose state would have made |(scale·W)·h_t + b| exceed ~1e300; from there on
     * states are clipped to ±kStateClip/(n·max|scale·W| + 1). −1 when never (always for sigmoid and tanh).
     */
    long long stateClippedAt = -1;
    /**
     * ln‖g_{T−k}‖₂ for k = 0..T, with g_T = l and g_{t−1} = (scale·W)ᵀ·(φ'(a_t) ⊙ g_t).
     * Tracked in log space (the vector is renormalised every step), so it never overflows;
     * −inf from the first k where the gradient is exactly the zero vector.
     */
    std::vector<double> gradLn;
};

/** Whether a trajectory may use the second core: not while the caller keeps it busy with other work. */
enum class Cores { One, Both };

/**
 * Runs the forward recurrence and back-propagation for already validated inputs (see validate()).
 * With Cores::Both, n ≥ 128 splits each step's rows with a helper thread (kernels::lockStep); the
 * results are bit-identical to one thread's, and on every CPU. Errors: rnn.cancelled when progress returns false.
 */
Result<Trajectory> runTrajectory(const Inputs &validated, const ProgressFn &progress = {}, Cores cores = Cores::Both);

} // namespace dlt::rnn
