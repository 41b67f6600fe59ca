#include "cellgraph.h"

#include <map>

namespace dlt::graph {

namespace {

class Builder
{
public:
    Builder(CellKind cell, GraphMode mode, int steps)
        : g(cell, mode, mode == GraphMode::Folded ? 1 : steps)
    { }

    Graph g;

    // The node for parameter `symbol` used at step t: one shared node, or W(t) when unshared.
    int param(const std::string &symbol, int t)
    {
        if (g.mode() == GraphMode::Unshared) {
            const int id = g.find(symbol, t);
            return id >= 0 ? id : g.addNode(Op::Parameter, symbol, t);
        }
        auto it = m_shared.find(symbol);
        if (it != m_shared.end())
            return it->second;
        const int id = g.addNode(Op::Parameter, symbol, 0, {}, true);
        m_shared.emplace(symbol, id);
        return id;
    }

    int affine(const std::string &symbol, const std::string &gate, int t, int x, int hPrev)
    {
        return g.addNode(
            Op::Affine, symbol, t, { param("b" + gate, t), param("U" + gate, t), x, param("W" + gate, t), hPrev });
    }

    // o = c + V·h, ŷ = softmax(o), L(t) = cross-entropy(ŷ, y); returns L(t).
    int head(int h, int t)
    {
        const int vh = g.addNode(Op::MatMul, "V*h", t, { param("V", t), h });
        const int o = g.addNode(Op::Add, "o", t, { param("c", t), vh });
        const int yhat = g.addNode(Op::Softmax, "yhat", t, { o });
        const int y = g.addNode(Op::Target, "y", t);
        return g.addNode(Op::CrossEntropy, "L", t, { yhat, y });
    }

    // One step of the cell; prev holds the incoming states (h, and s for the LSTM) and is
    // replaced by the outgoing ones. Returns L(t).
    int step(int t, std::vector<int> &prev)
    {
        if (g.mode() == GraphMode::Unshared)
            for (const std::string &p : parameterSymbols(g.cell()))
                param(p, t);
        const int x = g.addNode(Op::Input, "x", t);
        switch (g.cell()) {
        case CellKind::Rnn: {
            const int wh = g.addNode(Op::MatMul, "W*h", t, { param("W", t), prev[0] });
            const int ux = g.addNode(Op::MatMul, "U*x", t, { param("U", t), x });
            const int a = g.addNode(Op::Add, "a", t, { param("b", t), wh, ux });
            prev[0] = g.addNode(Op::Tanh, "h", t, { a });
            break;
        }
        case CellKind::Lstm: {
            const int f = g.addNode(Op::Sigmoid, "f", t, { affine("af", "f", t, x, prev[0]) });
            const int i = g.addNode(Op::Sigmoid, "i", t, { affine("ai", "i", t, x, prev[0]) });
            const int gg = g.addNode(Op::Tanh, "g", t, { affine("ag", "g", t, x, prev[0]) });
            const int q = g.addNode(Op::Sigmoid, "q", t, { affine("aq", "q", t, x, prev[0]) });
            const int fs = g.addNode(Op::Mul, "f*s", t, { f, prev[1] });
            const int ig = g.addNode(Op::Mul, "i*g", t, { i, gg });
            prev[1] = g.addNode(Op::Add, "s", t, { fs, ig });
            const int ts = g.addNode(Op::Tanh, "tanh(s)", t, { prev[1] });
            prev[0] = g.addNode(Op::Mul, "h", t, { q, ts });
            break;
        }
        case CellKind::Gru: {
            const int z = g.addNode(Op::Sigmoid, "z", t, { affine("az", "z", t, x, prev[0]) });
            const int r = g.addNode(Op::Sigmoid, "r", t, { affine("ar", "r", t, x, prev[0]) });
            const int rh = g.addNode(Op::Mul, "r*h", t, { r, prev[0] });
            const int ht = g.addNode(Op::Tanh, "htilde", t, { affine("ah", "", t, x, rh) });
            const int omz = g.addNode(Op::OneMinus, "1-z", t, { z });
            const int zh = g.addNode(Op::Mul, "z*h", t, { z, prev[0] });
            const int nh = g.addNode(Op::Mul, "(1-z)*htilde", t, { omz, ht });
            prev[0] = g.addNode(Op::Add, "h", t, { zh, nh });
            break;
        }
        }
        return head(prev[0], t);
    }

private:
    std::map<std::string, int> m_shared;
};

} // namespace

std::vector<std::string> parameterSymbols(CellKind cell)
{
    switch (cell) {
    case CellKind::Rnn:
        return { "W", "U", "b", "V", "c" };
    case CellKind::Lstm:
        return { "Wf", "Uf", "bf", "Wi", "Ui", "bi", "Wg", "Ug", "bg", "Wq", "Uq", "bq", "V", "c" };
    case CellKind::Gru:
        return { "Wz", "Uz", "bz", "Wr", "Ur", "br", "W", "U", "b", "V", "c" };
    }
    return {};
}

std::vector<std::string> stateSymbols(CellKind cell)
{
    if (cell == CellKind::Lstm)
        return { "h", "s" };
    return { "h" };
}

const char *cellName(CellKind cell)
{
    switch (cell) {
    case CellKind::Rnn:
        return "rnn";
    case CellKind::Lstm:
        return "lstm";
    case CellKind::Gru:
        return "gru";
    }
    return "rnn";
}

Result<Graph> buildCellGraph(CellKind cell, GraphMode mode, int steps)
{
    if (steps < kMinSteps || steps > kMaxSteps)
        return Error("graph.steps_out_of_range")
            .with("steps", (long long)steps)
            .with("min", (long long)kMinSteps)
            .with("max", (long long)kMaxSteps);

    Builder b(cell, mode, steps);
    if (mode != GraphMode::Unshared)
        for (const std::string &p : parameterSymbols(cell))
            b.param(p, 0);

    std::vector<int> prev;
    if (mode == GraphMode::Folded) {
        for (const std::string &s : stateSymbols(cell))
            prev.push_back(b.g.addNode(Op::Delay, s, 1));
        const std::vector<int> delays = prev;
        b.step(1, prev);
        for (size_t i = 0; i < delays.size(); ++i)
            b.g.connect(prev[i], delays[i], true);
        return std::move(b.g);
    }

    for (const std::string &s : stateSymbols(cell))
        prev.push_back(b.g.addNode(Op::InitialState, s, 0));
    std::vector<int> stepLosses;
    for (int t = 1; t <= steps; ++t)
        stepLosses.push_back(b.step(t, prev));
    b.g.addNode(Op::Sum, "L", 0, stepLosses);
    return std::move(b.g);
}

} // namespace dlt::graph
