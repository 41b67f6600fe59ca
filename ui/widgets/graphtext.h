#pragma once

#include "graph/graph.h"

#include <Eigen/Dense>

#include <QString>

/**
 * Labels and number text for the computational-graph page. Formatting only: the values
 * come from core/graph unchanged.
 */
namespace graphtext {

/** A node's name as rich text with subscripts and its time index: "W<sub>f</sub>", "a(2)", "W·h(t−1)". */
QString nodeLabelHtml(const dlt::graph::Graph &graph, int node);

/** The same name as plain text: "W_f", "a(2)", "W·h(t−1)". */
QString nodeLabelPlain(const dlt::graph::Graph &graph, int node);

/** A parameter symbol as rich text ("W<sub>f</sub>") or plain text ("W_f"). */
QString symbolHtml(const std::string &symbol);
QString symbolPlain(const std::string &symbol);

/** What the operation does, short: "matmul", "+", "tanh", "σ", "softmax", "shared", ... */
QString opText(const dlt::graph::Node &node);

/** A number with fixed decimals and the Unicode minus, padded with a space for positives when aligned. */
QString number(double v, int decimals = 3, bool aligned = false);

/**
 * A value: a 1×1 value as one number, a column vector as "[0.120 −0.300]ᵀ", a matrix as one
 * bracketed row per line with aligned columns.
 */
QString matrix(const Eigen::MatrixXd &m, int decimals = 3);

/** "from → to" for an edge, plain text. */
QString edgeLabelPlain(const dlt::graph::Graph &graph, int edge);

} // namespace graphtext
