#pragma once

#include <string>
#include <vector>

namespace dlt::graph {

/** The kind of cell whose forward computation the graph shows. */
enum class CellKind { Rnn, Lstm, Gru };

/** Folded: one cell with a delay loop. Unrolled: one copy per time step, parameters shared.
 *  Unshared: unrolled with a separate copy W(t), U(t), ... of every parameter per step. */
enum class GraphMode { Folded, Unrolled, Unshared };

/** What a node computes. Values are column vectors unless noted. */
enum class Op {
    Parameter, ///< a learned matrix or bias vector (W, U, V, b, c, ...)
    Input, ///< x(t), a column vector of the input size
    Target, ///< y(t), the class as a one-hot column vector
    InitialState, ///< h(0) (and s(0) for the LSTM)
    Delay, ///< folded graph only: h(t-1), the value of its input one step earlier
    MatMul, ///< inputs (M, v): M·v
    Add, ///< sum of all inputs (same shape)
    Affine, ///< inputs (b, M1, v1, M2, v2): b + M1·v1 + M2·v2
    Mul, ///< elementwise product of two inputs
    OneMinus, ///< 1 - v, elementwise
    Tanh, ///< elementwise tanh
    Sigmoid, ///< elementwise logistic sigmoid 1 / (1 + e^-v)
    Softmax, ///< softmax of a column vector
    CrossEntropy, ///< inputs (ŷ, y): -Σ_k y_k log ŷ_k, a 1×1 value
    Sum, ///< scalar sum of 1×1 inputs: L = Σ_t L(t)
};

/** One operation and the value it produces. */
struct Node {
    int id = 0;
    Op op = Op::Add;
    std::string symbol; ///< stable ASCII name: "W", "a", "h", "W*h", "yhat", "L", "Wf", ...
    int step = 0; ///< time step 1..τ; 0 for parameters, h(0) and the total loss L
    bool shared = false; ///< a parameter used by every time step (one node for all of them)
    std::vector<int> inputs; ///< node ids in operand order
    std::vector<int> consumers; ///< node ids that use this value (one entry per edge)
    std::vector<int> inEdges; ///< edge ids, parallel to inputs
    std::vector<int> outEdges; ///< edge ids, parallel to consumers
};

/** A data dependency: the value of `from` is operand `operand` of `to`. */
struct Edge {
    int id = 0;
    int from = 0;
    int to = 0;
    int operand = 0;
    bool delayed = false; ///< the folded graph's loop h(t) → h(t-1): the value arrives one step later
};

/** Nodes and edges reachable in both directions between a node and the per-step losses. */
struct Subgraph {
    std::vector<int> nodes; ///< sorted node ids
    std::vector<int> edges; ///< sorted edge ids
};

/**
 * A computational graph of operations. Nodes are stored in an order where every input
 * precedes its consumer, except for the folded graph's delayed edge.
 */
class Graph
{
public:
    Graph() = default;
    Graph(CellKind cell, GraphMode mode, int steps)
        : m_cell(cell)
        , m_mode(mode)
        , m_steps(steps)
    { }

    CellKind cell() const { return m_cell; }
    GraphMode mode() const { return m_mode; }
    /** τ for unrolled graphs; 1 for the folded graph (its nodes stand for a generic step t). */
    int steps() const { return m_steps; }

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const Node &node(int id) const { return m_nodes[size_t(id)]; }
    const Edge &edge(int id) const { return m_edges[size_t(id)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }

    /** Appends a node and connects inputs in order; returns its id. */
    int addNode(Op op, const std::string &symbol, int step, const std::vector<int> &inputs = {}, bool shared = false);
    /** Adds one more operand edge from → to; returns the edge id. */
    int connect(int from, int to, bool delayed = false);

    /** The node with this symbol and step, or -1. */
    int find(const std::string &symbol, int step) const;
    /** Ids of all Parameter nodes, in id order. */
    std::vector<int> parameters() const;
    /** Ids of the per-step losses L(t) (CrossEntropy nodes), in id order. */
    std::vector<int> losses() const;
    /** The node no other node consumes and that is a loss (L, or L(t) in the folded graph), or -1. */
    int root() const;

    /**
     * Every node and edge on some path from node `from` to a per-step loss L(t): what a change
     * of `from` can influence, and so every path back-propagation follows from each L(t) to it.
     */
    Subgraph pathsToLosses(int from) const;

private:
    CellKind m_cell = CellKind::Rnn;
    GraphMode m_mode = GraphMode::Unrolled;
    int m_steps = 1;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace dlt::graph
