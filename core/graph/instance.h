#pragma once

#include "common/result.h"
#include "graph.h"

#include <Eigen/Dense>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dlt::graph {

/** Sizes of a small numeric instance: hidden n, input m, classes k. */
struct Sizes {
    int hidden = 3; ///< n, 2..4
    int input = 2; ///< m, 2..3
    int classes = 2; ///< k, 2..3

    bool operator==(const Sizes &) const = default;
};

inline constexpr int kMinHidden = 2, kMaxHidden = 4;
inline constexpr int kMinInput = 2, kMaxInput = 3;
inline constexpr int kMinClasses = 2, kMaxClasses = 3;

/** A cell's parameters and a sequence of data: everything a forward pass needs. */
struct Instance {
    CellKind cell = CellKind::Rnn;
    Sizes sizes;
    int steps = 1; ///< τ
    std::uint64_t seed = 0;
    /** By symbol. W*: n×n, U*: n×m, b*: n×1, V: k×n, c: k×1. */
    std::map<std::string, Eigen::MatrixXd> parameters;
    std::vector<Eigen::VectorXd> x; ///< x(1..τ), each m×1
    std::vector<int> y; ///< y(1..τ), class indices in [0, k)
    std::map<std::string, Eigen::VectorXd> initial; ///< h(0) (and s(0)), each n×1
};

/**
 * Draws an instance from a seed with Rng: parameters uniform in [-1, 1), inputs x(t)
 * uniform in [-1, 1), initial states uniform in [-0.5, 0.5) (non-zero, so that every
 * step's ∇W(t) is non-zero), classes y(t) uniform. The draw order is fixed: parameters in
 * parameterSymbols() order (row-major), initial states, then for t = 1..τ x(t) and y(t).
 * Errors: graph.size_out_of_range (name "hidden"/"input"/"classes", value, min, max),
 * graph.steps_out_of_range (steps, min, max).
 */
Result<Instance> makeInstance(CellKind cell, const Sizes &sizes, int steps, std::uint64_t seed);

/** Checks sizes and τ against their ranges; the errors of makeInstance. */
Status checkSizes(const Sizes &sizes, int steps);

} // namespace dlt::graph
