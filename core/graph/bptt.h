#pragma once

#include "evaluate.h"
#include "graph.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace dlt::graph {

/**
 * Back-propagation through time handles the steps from the last to the first: stage k
 * (1..τ) processes time step t = τ − k + 1. An edge belongs to the stage of its target's
 * step, or of its source's step when the target has none (L(t) → L). Edges between
 * step-less nodes belong to stage 0. Folded graphs have no stages (0 everywhere).
 */
int edgeStage(const Graph &graph, int edge);

/** The time step a stage processes: τ − stage + 1 (stage 1..τ). */
int stageStep(const Graph &graph, int stage);

/** Edge ids of one stage, in id order. */
std::vector<int> edgesOfStage(const Graph &graph, int stage);

/**
 * The per-step contributions ∇_{θ(t)} L of the parameter with this symbol: entry t-1 is the
 * sum of the gradients on the edges from θ's node(s) into step t (θ's shape). Empty when the
 * graph has no such parameter.
 */
std::vector<Eigen::MatrixXd> stepContributions(const Graph &graph, const Gradients &grads, const std::string &symbol);

/** Σ of the contributions of stages 1..stage, i.e. of t = τ−stage+1 … τ, added in that order (θ's shape). */
Eigen::MatrixXd runningSum(const Graph &graph, const Gradients &grads, const std::string &symbol, int stage);

/** ∇_θ L: the sum of the node gradients of θ's node(s) (one node when shared; the copies otherwise). */
Eigen::MatrixXd totalGradient(const Graph &graph, const Gradients &grads, const std::string &symbol);

/** max_ij |a_ij − b_ij|, or +inf when the shapes differ. */
double maxAbsDifference(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b);

} // namespace dlt::graph
