#pragma once

#include "common/result.h"
#include "graph.h"
#include "instance.h"

#include <Eigen/Dense>

#include <map>
#include <vector>

namespace dlt::graph {

/** Forward values, one per node: n×1 vectors, parameter matrices, 1×1 losses. */
using Values = std::vector<Eigen::MatrixXd>;

/** Reverse-mode derivatives of the total loss (the graph's root). */
struct Gradients {
    /** ∂L/∂(value of node i), the same shape as the value. */
    std::vector<Eigen::MatrixXd> node;
    /** The part of ∂L/∂(edge.from) that flows back along edge e: (∂to/∂from)ᵀ · ∂L/∂to.
     *  For an edge leaving a parameter θ into step t this is the contribution ∇_{θ(t)} L. */
    std::vector<Eigen::MatrixXd> edge;
};

/**
 * Evaluates every node of an unrolled (shared or unshared) graph on an instance.
 * overrides replaces the value of individual Parameter nodes (by node id), e.g. the copies
 * W(t) after an update. Errors: graph.folded_not_evaluable; graph.instance_mismatch
 * (graph_steps, instance_steps) when the instance is for another cell or has fewer steps;
 * graph.shape_mismatch (symbol, step) when operand shapes disagree.
 */
Result<Values> forward(
    const Graph &graph, const Instance &instance, const std::map<int, Eigen::MatrixXd> &overrides = {});

/** Back-propagation from the root (∂L/∂L = 1) through every edge, in reverse node order. */
Result<Gradients> backward(const Graph &graph, const Values &values);

/** The root's value: the total loss L (nats). 0 for an empty graph. */
double totalLoss(const Graph &graph, const Values &values);

} // namespace dlt::graph
