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

/** How many pre-activation columns are kept from the start of the run (for the worked explanation). */
inline constexpr int kKeptFirstPreActivations = 4;

/** The forward pass and the back-propagated gradients of one run. */
struct Trajectory {
    Eigen::MatrixXd states;        ///< h_0..h_T as columns, n×(T+1)
    Eigen::MatrixXd derivatives;   ///< φ'(a_t) for t = 1..T as columns 0..T−1, n×T
    Eigen::MatrixXd firstPreActivations; ///< a_1..a_m, m = min(T, kKeptFirstPreActivations), n×m
    Eigen::VectorXd lastPreActivation;   ///< a_T (empty when T = 0)
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
 * With Cores::Both, large n splits each step's rows across a helper thread; results are identical.
 * Errors: rnn.cancelled when progress returns false.
 */
Result<Trajectory> runTrajectory(const Inputs &validated, const ProgressFn &progress = {}, Cores cores = Cores::Both);

} // namespace dlt::rnn
