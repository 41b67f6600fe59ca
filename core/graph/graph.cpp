#include "graph.h"

#include <algorithm>

namespace dlt::graph {

int Graph::addNode(Op op, const std::string &symbol, int step, const std::vector<int> &inputs, bool shared)
{
    Node n;
    n.id = int(m_nodes.size());
    n.op = op;
    n.symbol = symbol;
    n.step = step;
    n.shared = shared;
    m_nodes.push_back(std::move(n));
    const int id = int(m_nodes.size()) - 1;
    for (int in : inputs)
        connect(in, id);
    return id;
}

int Graph::connect(int from, int to, bool delayed)
{
    Edge e;
    e.id = int(m_edges.size());
    e.from = from;
    e.to = to;
    e.operand = int(m_nodes[size_t(to)].inputs.size());
    e.delayed = delayed;
    m_edges.push_back(e);
    m_nodes[size_t(to)].inputs.push_back(from);
    m_nodes[size_t(to)].inEdges.push_back(e.id);
    m_nodes[size_t(from)].consumers.push_back(to);
    m_nodes[size_t(from)].outEdges.push_back(e.id);
    return e.id;
}

int Graph::find(const std::string &symbol, int step) const
{
    for (const Node &n : m_nodes)
        if (n.step == step && n.symbol == symbol)
            return n.id;
    return -1;
}

std::vector<int> Graph::parameters() const
{
    std::vector<int> ids;
    for (const Node &n : m_nodes)
        if (n.op == Op::Parameter)
            ids.push_back(n.id);
    return ids;
}

std::vector<int> Graph::losses() const
{
    std::vector<int> ids;
    for (const Node &n : m_nodes)
        if (n.op == Op::CrossEntropy)
            ids.push_back(n.id);
    return ids;
}

int Graph::root() const
{
    for (const Node &n : m_nodes)
        if (n.consumers.empty() && (n.op == Op::Sum || n.op == Op::CrossEntropy))
            return n.id;
    return -1;
}

Subgraph Graph::pathsToLosses(int from) const
{
    Subgraph s;
    if (from < 0 || from >= nodeCount())
        return s;
    const size_t n = m_nodes.size();
    // Forward reachability from `from` (the delayed edge included: the loop carries influence).
    std::vector<char> reach(n, 0);
    std::vector<int> stack { from };
    reach[size_t(from)] = 1;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int c : m_nodes[size_t(v)].consumers)
            if (!reach[size_t(c)]) {
                reach[size_t(c)] = 1;
                stack.push_back(c);
            }
    }
    // Backward reachability from every per-step loss.
    std::vector<char> coreach(n, 0);
    for (int l : losses()) {
        coreach[size_t(l)] = 1;
        stack.push_back(l);
    }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int i : m_nodes[size_t(v)].inputs)
            if (!coreach[size_t(i)]) {
                coreach[size_t(i)] = 1;
                stack.push_back(i);
            }
    }
    for (size_t i = 0; i < n; ++i)
        if (reach[i] && coreach[i])
            s.nodes.push_back(int(i));
    // An edge u → v lies on a path from `from` to a loss exactly when u is reachable from
    // `from` and v reaches a loss.
    for (const Edge &e : m_edges)
        if (reach[size_t(e.from)] && coreach[size_t(e.to)])
            s.edges.push_back(e.id);
    return s;
}

} // namespace dlt::graph
