#pragma once

#include "common/result.h"
#include "graph.h"

#include <string>
#include <vector>

namespace dlt::graph {

inline constexpr int kMinSteps = 1; ///< smallest τ an unrolled graph may have
inline constexpr int kMaxSteps = 8; ///< largest τ an unrolled graph may have

/**
 * Builds a cell's computational graph.
 * - Rnn:  a = b + W·h(t-1) + U·x,  h = tanh(a)
 * - Lstm: f, i, q = σ(b_* + U_*·x + W_*·h(t-1)), g = tanh(b_g + U_g·x + W_g·h(t-1)),
 *         s = f⊙s(t-1) + i⊙g,  h = q⊙tanh(s)
 * - Gru:  z, r = σ(b_* + U_*·x + W_*·h(t-1)), h̃ = tanh(b + U·x + W·(r⊙h(t-1))),
 *         h = z⊙h(t-1) + (1-z)⊙h̃
 * and for every cell the same output head o = c + V·h, ŷ = softmax(o), L(t) = -log ŷ_y.
 * Unrolled graphs add L = Σ_t L(t). Folded graphs have one step (step 1 stands for t) and
 * a Delay node h(t-1) fed by a delayed edge from h. Errors: graph.steps_out_of_range
 * (steps, min, max) when steps is outside [kMinSteps, kMaxSteps].
 */
Result<Graph> buildCellGraph(CellKind cell, GraphMode mode, int steps);

/** The parameter symbols of a cell in a fixed order, e.g. {"W","U","b","V","c"} for the RNN. */
std::vector<std::string> parameterSymbols(CellKind cell);

/** The symbols of a cell's recurrent states: {"h"}, or {"h","s"} for the LSTM. */
std::vector<std::string> stateSymbols(CellKind cell);

/** A stable lowercase name: "rnn", "lstm", "gru". */
const char *cellName(CellKind cell);

} // namespace dlt::graph
