#pragma once

#include "common/result.h"
#include "instance.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace dlt::graph {

/** One parameter θ drawn as separate copies θ(1) … θ(τ), before and after one SGD step. */
struct UnsharedParameter {
    std::string symbol;
    Eigen::MatrixXd initial; ///< θ, the value every copy starts from
    std::vector<Eigen::MatrixXd> gradient; ///< ∇_{θ(t)} L for t = 1..τ (θ's shape)
    Eigen::MatrixXd gradientSum; ///< Σ_t ∇_{θ(t)} L = ∇_θ L of the shared graph
    std::vector<Eigen::MatrixXd> after; ///< θ(t) − η ∇_{θ(t)} L: each copy moved by its own step only
    Eigen::MatrixXd sharedAfter; ///< θ − η Σ_t ∇_{θ(t)} L: the correct update of the one shared θ
    std::vector<double> spread; ///< max_ij |θ(t) − θ(1)| after the step, t = 1..τ (0 for t = 1)
    double maxSpread = 0; ///< the largest entry of spread
};

/** The result of one gradient step on the "unshared" graph. */
struct UnsharedStep {
    double learningRate = 0; ///< η
    double loss = 0; ///< L before the step (nats), the same for both graphs
    double lossShared = 0; ///< L after the shared update
    double lossUnshared = 0; ///< L of the unshared graph after its copies moved apart
    std::vector<UnsharedParameter> parameters; ///< in parameterSymbols() order
};

inline constexpr double kMaxLearningRate = 10.0; ///< largest η accepted

/**
 * Treats every parameter use as its own copy θ(t) (the graph drawn without sharing), takes one
 * SGD step with learning rate η, and reports how the copies differ afterwards.
 * Errors: graph.bad_learning_rate (value, max) unless 0 < η ≤ kMaxLearningRate; the errors of
 * buildCellGraph and forward.
 */
Result<UnsharedStep> unsharedSgdStep(const Instance &instance, double learningRate);

} // namespace dlt::graph
