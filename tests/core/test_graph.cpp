// Tests for core/graph: structure of the folded/unrolled graphs, forward values against a
// direct computation written here, BPTT against central finite differences of L, the
// unshared update, and the layout's geometry.

#include "graph/bptt.h"
#include "graph/cellgraph.h"
#include "graph/evaluate.h"
#include "graph/instance.h"
#include "graph/layout.h"
#include "graph/rng.h"
#include "graph/unshared.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace dlt::graph;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {

const CellKind kCells[] = { CellKind::Rnn, CellKind::Lstm, CellKind::Gru };

Graph build(CellKind cell, GraphMode mode, int steps)
{
    auto g = buildCellGraph(cell, mode, steps);
    EXPECT_TRUE(g.ok());
    return *g;
}

Instance inst(CellKind cell, Sizes s, int steps, std::uint64_t seed)
{
    auto i = makeInstance(cell, s, steps, seed);
    EXPECT_TRUE(i.ok());
    return *i;
}

// ---- An independent, direct implementation of the three cells, written from the equations.

struct Perturb {
    std::string symbol;
    int step = 0; // 0: every use; t: only the use at step t (an "unshared" copy)
    int i = 0, j = 0;
    double delta = 0;
};

MatrixXd param(const Instance &in, const Perturb &p, const std::string &s, int t)
{
    MatrixXd m = in.parameters.at(s);
    if (p.symbol == s && (p.step == 0 || p.step == t))
        m(p.i, p.j) += p.delta;
    return m;
}

VectorXd sigm(const VectorXd &v)
{
    return (1.0 / (1.0 + (-v.array()).exp())).matrix();
}
VectorXd tanhv(const VectorXd &v)
{
    return v.array().tanh().matrix();
}

struct Direct {
    std::vector<VectorXd> h, s, yhat; // index t (0 = initial)
    std::vector<double> loss; // index t-1
    double total = 0;
};

Direct direct(const Instance &in, const Perturb &p = {})
{
    Direct d;
    VectorXd h = in.initial.at("h");
    VectorXd s = in.cell == CellKind::Lstm ? in.initial.at("s") : VectorXd();
    d.h.push_back(h);
    d.s.push_back(s);
    d.yhat.push_back(VectorXd());
    for (int t = 1; t <= in.steps; ++t) {
        const VectorXd &x = in.x[size_t(t - 1)];
        auto P = [&](const std::string &sym) { return param(in, p, sym, t); };
        auto gate = [&](const std::string &k, const VectorXd &hh) {
            return VectorXd(P("b" + k) + P("U" + k) * x + P("W" + k) * hh);
        };
        switch (in.cell) {
        case CellKind::Rnn:
            h = tanhv(P("b") + P("W") * h + P("U") * x);
            break;
        case CellKind::Lstm: {
            const VectorXd f = sigm(gate("f", h)), i = sigm(gate("i", h)), g = tanhv(gate("g", h)),
                           q = sigm(gate("q", h));
            s = f.cwiseProduct(s) + i.cwiseProduct(g);
            h = q.cwiseProduct(tanhv(s));
            break;
        }
        case CellKind::Gru: {
            const VectorXd z = sigm(gate("z", h)), r = sigm(gate("r", h));
            const VectorXd cand = tanhv(P("b") + P("U") * x + P("W") * r.cwiseProduct(h));
            h = z.cwiseProduct(h) + (VectorXd::Ones(h.size()) - z).cwiseProduct(cand);
            break;
        }
        }
        const VectorXd o = P("c") + P("V") * h;
        // -log softmax(o)_y = logsumexp(o) - o_y, written differently from the core on purpose.
        const double m = o.maxCoeff();
        const double lse = m + std::log((o.array() - m).exp().sum());
        const int y = in.y[size_t(t - 1)];
        d.loss.push_back(lse - o(y));
        d.yhat.push_back((o.array() - lse).exp().matrix());
        d.h.push_back(h);
        d.s.push_back(s);
        d.total += d.loss.back();
    }
    return d;
}

double centralDifference(const Instance &in, const std::string &sym, int step, int i, int j)
{
    const double eps = 1e-6;
    const double up = direct(in, Perturb { sym, step, i, j, eps }).total;
    const double down = direct(in, Perturb { sym, step, i, j, -eps }).total;
    return (up - down) / (2 * eps);
}

} // namespace

// ---- Random numbers

TEST(GraphRng, EngineMatchesTheStandardsTenThousandthValue)
{
    // The C++ standard fixes mt19937_64's 10000th output for the default seed 5489 as
    // 9981545732273789042 ([rand.predef]); unit() keeps its top 53 bits.
    Rng r(5489);
    for (int k = 0; k < 9999; ++k)
        r.unit();
    const double expected = double(9981545732273789042ULL >> 11) / 9007199254740992.0; // 2^53
    EXPECT_EQ(r.unit(), expected);
}

TEST(GraphRng, UniformAndIndexStayInRange)
{
    Rng r(7);
    for (int k = 0; k < 10000; ++k) {
        const double u = r.uniform(-1, 1);
        EXPECT_GE(u, -1.0);
        EXPECT_LT(u, 1.0);
        const int i = r.index(3);
        EXPECT_GE(i, 0);
        EXPECT_LT(i, 3);
    }
}

TEST(GraphInstance, SameSeedSameNumbersDifferentSeedDifferentNumbers)
{
    const Instance a = inst(CellKind::Rnn, { 3, 2, 2 }, 4, 11);
    const Instance b = inst(CellKind::Rnn, { 3, 2, 2 }, 4, 11);
    const Instance c = inst(CellKind::Rnn, { 3, 2, 2 }, 4, 12);
    EXPECT_EQ(a.parameters.at("W"), b.parameters.at("W"));
    EXPECT_EQ(a.x[3], b.x[3]);
    EXPECT_EQ(a.y, b.y);
    EXPECT_NE(a.parameters.at("W"), c.parameters.at("W"));
    // Shapes: W n×n, U n×m, b n×1, V k×n, c k×1.
    EXPECT_EQ(a.parameters.at("W").rows(), 3);
    EXPECT_EQ(a.parameters.at("W").cols(), 3);
    EXPECT_EQ(a.parameters.at("U").cols(), 2);
    EXPECT_EQ(a.parameters.at("V").rows(), 2);
    EXPECT_EQ(a.parameters.at("c").rows(), 2);
    EXPECT_EQ(a.parameters.at("b").cols(), 1);
}

TEST(GraphInstance, OutOfRangeSizesAndStepsAreErrors)
{
    struct Case {
        Sizes s;
        int steps;
        const char *key;
        const char *name;
    } cases[] = {
        { { 1, 2, 2 }, 3, "graph.size_out_of_range", "hidden" },
        { { 5, 2, 2 }, 3, "graph.size_out_of_range", "hidden" },
        { { 3, 1, 2 }, 3, "graph.size_out_of_range", "input" },
        { { 3, 4, 2 }, 3, "graph.size_out_of_range", "input" },
        { { 3, 2, 1 }, 3, "graph.size_out_of_range", "classes" },
        { { 3, 2, 4 }, 3, "graph.size_out_of_range", "classes" },
        { { 3, 2, 2 }, 0, "graph.steps_out_of_range", "" },
        { { 3, 2, 2 }, 9, "graph.steps_out_of_range", "" },
    };
    for (const Case &c : cases) {
        auto r = makeInstance(CellKind::Rnn, c.s, c.steps, 1);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().key, c.key);
        if (*c.name) {
            EXPECT_EQ(r.error().arg("name"), c.name);
        }
    }
    auto g = buildCellGraph(CellKind::Gru, GraphMode::Unrolled, 9);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().key, "graph.steps_out_of_range");
    EXPECT_EQ(g.error().arg("steps"), "9");
    EXPECT_EQ(g.error().arg("max"), "8");
    EXPECT_FALSE(buildCellGraph(CellKind::Rnn, GraphMode::Folded, 0).ok());
}

// ---- Structure

TEST(GraphStructure, RnnUnrolledCounts)
{
    // Per step t: x, W·h(t-1), U·x, a, h, V·h, o, ŷ, y, L(t) = 10 nodes; plus W, U, V, b, c,
    // h(0) and L = 7 shared/step-less nodes: 10τ + 7.
    // Edges per step: W·h 2 (W, h(t-1)), U·x 2, a 3 (b, W·h, U·x), h 1, V·h 2, o 2 (c, V·h),
    // ŷ 1, L(t) 2 (ŷ, y) = 15; plus L(t) → L for each t: 16τ.
    for (int tau = 1; tau <= 8; ++tau) {
        const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, tau);
        EXPECT_EQ(g.nodeCount(), 10 * tau + 7) << tau;
        EXPECT_EQ(g.edgeCount(), 16 * tau) << tau;
        EXPECT_EQ(int(g.losses().size()), tau);
        EXPECT_EQ(g.node(g.root()).op, Op::Sum);
    }
}

TEST(GraphStructure, GatedCellCounts)
{
    // LSTM per step: x, 4 affine pre-activations, f, i, g, q, f⊙s, i⊙g, s, tanh(s), h = 14,
    // head V·h, o, ŷ, y, L(t) = 5: 19 nodes. Shared: 12 gate parameters + V + c = 14, plus
    // h(0), s(0), L: 19τ + 17.
    // Edges per step: 4 affines × 5 operands = 20, 4 activations = 4, f⊙s 2, i⊙g 2, s 2,
    // tanh 1, h 2 = 33, head 7 (V·h 2, o 2, ŷ 1, L(t) 2) = 40; plus L(t) → L: 41τ.
    // GRU per step: x, z-affine, z, r-affine, r, r⊙h, h̃-affine, h̃, 1−z, z⊙h, (1−z)⊙h̃, h = 12,
    // head 5: 17. Shared: 9 gate parameters + V + c = 11, plus h(0), L: 17τ + 13.
    // Edges per step: affines 3 × 5 = 15, σ σ tanh 3, r⊙h 2, 1−z 1, z⊙h 2, (1−z)⊙h̃ 2, h 2 = 27,
    // head 7 = 34; plus L(t) → L: 35τ.
    for (int tau = 1; tau <= 8; ++tau) {
        const Graph l = build(CellKind::Lstm, GraphMode::Unrolled, tau);
        EXPECT_EQ(l.nodeCount(), 19 * tau + 17);
        EXPECT_EQ(l.edgeCount(), 41 * tau);
        const Graph g = build(CellKind::Gru, GraphMode::Unrolled, tau);
        EXPECT_EQ(g.nodeCount(), 17 * tau + 13);
        EXPECT_EQ(g.edgeCount(), 35 * tau);
    }
}

TEST(GraphStructure, FoldedRnnHasOneCellAndADelayLoop)
{
    // Folded: W, U, V, b, c, the delay h(t-1), and one cell's 10 nodes = 16. Edges: the
    // cell's 15 and the delayed loop h(t) → h(t-1) = 16.
    const Graph g = build(CellKind::Rnn, GraphMode::Folded, 4);
    EXPECT_EQ(g.nodeCount(), 16);
    EXPECT_EQ(g.edgeCount(), 16);
    int delayed = 0;
    for (const Edge &e : g.edges())
        if (e.delayed) {
            ++delayed;
            EXPECT_EQ(g.node(e.from).symbol, "h");
            EXPECT_EQ(g.node(e.from).op, Op::Tanh);
            EXPECT_EQ(g.node(e.to).op, Op::Delay);
        }
    EXPECT_EQ(delayed, 1);
    // The LSTM folds two states, h and s.
    const Graph l = build(CellKind::Lstm, GraphMode::Folded, 1);
    int loops = 0;
    for (const Edge &e : l.edges())
        loops += e.delayed;
    EXPECT_EQ(loops, 2);
    EXPECT_FALSE(forward(g, inst(CellKind::Rnn, {}, 4, 1)).ok());
}

TEST(GraphStructure, ExactlyOneNodePerSharedParameterWithAnEdgeToEveryStep)
{
    for (CellKind cell : kCells)
        for (int tau : { 1, 4, 8 }) {
            const Graph g = build(cell, GraphMode::Unrolled, tau);
            for (const std::string &sym : parameterSymbols(cell)) {
                int count = 0;
                for (int id : g.parameters())
                    if (g.node(id).symbol == sym) {
                        ++count;
                        const Node &p = g.node(id);
                        EXPECT_TRUE(p.shared);
                        EXPECT_EQ(p.step, 0);
                        ASSERT_EQ(int(p.outEdges.size()), tau) << sym;
                        std::set<int> steps;
                        for (int c : p.consumers)
                            steps.insert(g.node(c).step);
                        EXPECT_EQ(steps, [&] {
                            std::set<int> all;
                            for (int t = 1; t <= tau; ++t)
                                all.insert(t);
                            return all;
                        }());
                    }
                EXPECT_EQ(count, 1) << sym;
            }
            EXPECT_EQ(g.parameters().size(), parameterSymbols(cell).size());
        }
}

TEST(GraphStructure, UnsharedGraphHasOneCopyPerStep)
{
    // Unshared RNN: the 5 parameters become 5τ copies: 10τ + 5τ + h(0) + L = 15τ + 2 nodes,
    // the edges are the same 16τ.
    const Graph g = build(CellKind::Rnn, GraphMode::Unshared, 4);
    EXPECT_EQ(g.nodeCount(), 15 * 4 + 2);
    EXPECT_EQ(g.edgeCount(), 16 * 4);
    for (int t = 1; t <= 4; ++t) {
        const int w = g.find("W", t);
        ASSERT_GE(w, 0);
        EXPECT_FALSE(g.node(w).shared);
        ASSERT_EQ(g.node(w).consumers.size(), 1u);
        EXPECT_EQ(g.node(g.node(w).consumers[0]).step, t);
    }
}

TEST(GraphStructure, PathsFromEveryLossBackToW)
{
    // W → W·h(s) → a(s) → h(s) → V·h(s) → o(s) → ŷ(s) → L(s) for every s, and h(s) → W·h(s+1).
    // Nodes: W + 7 per step = 1 + 7τ. Edges: the τ uses, 6 per step along the chain, and the
    // τ−1 recurrent edges h(s) → W·h(s+1): 8τ − 1.
    const int tau = 4;
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, tau);
    const int w = g.find("W", 0);
    const Subgraph s = g.pathsToLosses(w);
    EXPECT_EQ(int(s.nodes.size()), 1 + 7 * tau);
    EXPECT_EQ(int(s.edges.size()), 8 * tau - 1);
    for (int t = 1; t <= tau; ++t) {
        EXPECT_TRUE(std::binary_search(s.nodes.begin(), s.nodes.end(), g.find("L", t)));
        EXPECT_FALSE(std::binary_search(s.nodes.begin(), s.nodes.end(), g.find("U*x", t)));
        EXPECT_FALSE(std::binary_search(s.nodes.begin(), s.nodes.end(), g.find("y", t)));
    }
    // U reaches the same chain through U·x(s), and W·h(s) for s ≥ 2 through h(s-1):
    // nodes 1 + τ + 6τ + (τ−1) = 8τ; edges τ + τ + 5τ + 2(τ−1) = 9τ − 2.
    const Subgraph su = g.pathsToLosses(g.find("U", 0));
    EXPECT_EQ(int(su.nodes.size()), 8 * tau);
    EXPECT_EQ(int(su.edges.size()), 9 * tau - 2);
    // V only reaches its own step's loss: V, V·h(s), o(s), ŷ(s), L(s): 1 + 4τ nodes, 4τ edges.
    const Subgraph sv = g.pathsToLosses(g.find("V", 0));
    EXPECT_EQ(int(sv.nodes.size()), 1 + 4 * tau);
    EXPECT_EQ(int(sv.edges.size()), 4 * tau);
}

// ---- Forward values

TEST(GraphForward, AllCellsMatchADirectComputation)
{
    for (CellKind cell : kCells)
        for (Sizes s : { Sizes { 2, 2, 2 }, Sizes { 3, 2, 3 }, Sizes { 4, 3, 3 } }) {
            const int tau = 5;
            const Instance in = inst(cell, s, tau, 2024);
            const Graph g = build(cell, GraphMode::Unrolled, tau);
            auto v = forward(g, in);
            ASSERT_TRUE(v.ok());
            const Direct d = direct(in);
            for (int t = 1; t <= tau; ++t) {
                const MatrixXd &h = (*v)[size_t(g.find("h", t))];
                EXPECT_LT(maxAbsDifference(h, d.h[size_t(t)]), 1e-12) << cellName(cell) << " t=" << t;
                if (cell == CellKind::Lstm) {
                    EXPECT_LT(maxAbsDifference((*v)[size_t(g.find("s", t))], d.s[size_t(t)]), 1e-12);
                }
                EXPECT_LT(maxAbsDifference((*v)[size_t(g.find("yhat", t))], d.yhat[size_t(t)]), 1e-12);
                EXPECT_NEAR((*v)[size_t(g.find("L", t))](0, 0), d.loss[size_t(t - 1)], 1e-12);
            }
            EXPECT_NEAR(totalLoss(g, *v), d.total, 1e-12);
        }
}

TEST(GraphForward, RnnByHandForATinyInstance)
{
    // W = 0, U = I, b = 0: a(1) = x(1) = (0.5, -0.5), h(1) = (tanh 0.5, -tanh 0.5).
    // V = I, c = 0: o = h(1), ŷ = softmax(o); with y = 0,
    // L(1) = -log(e^{0.4621} / (e^{0.4621} + e^{-0.4621})) = log(1 + e^{-0.92423}) = log(1.39683) = 0.33421
    Instance in = inst(CellKind::Rnn, { 2, 2, 2 }, 1, 1);
    in.parameters["W"] = MatrixXd::Zero(2, 2);
    in.parameters["U"] = MatrixXd::Identity(2, 2);
    in.parameters["V"] = MatrixXd::Identity(2, 2);
    in.parameters["b"] = MatrixXd::Zero(2, 1);
    in.parameters["c"] = MatrixXd::Zero(2, 1);
    in.x[0] = VectorXd(2);
    in.x[0] << 0.5, -0.5;
    in.y[0] = 0;
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, 1);
    auto v = forward(g, in);
    ASSERT_TRUE(v.ok());
    const double th = std::tanh(0.5);
    EXPECT_NEAR((*v)[size_t(g.find("h", 1))](0, 0), th, 1e-15);
    EXPECT_NEAR((*v)[size_t(g.find("h", 1))](1, 0), -th, 1e-15);
    EXPECT_NEAR(totalLoss(g, *v), std::log(1 + std::exp(-2 * th)), 1e-14);
    EXPECT_NEAR(totalLoss(g, *v), 0.33421, 1e-5);
}

// ---- Back-propagation through time

TEST(GraphBptt, SumsMatchCentralFiniteDifferencesOfL)
{
    for (CellKind cell : kCells) {
        const int tau = cell == CellKind::Rnn ? 6 : 4;
        const Instance in = inst(cell, { 3, 2, 3 }, tau, 99);
        const Graph g = build(cell, GraphMode::Unrolled, tau);
        auto v = forward(g, in);
        ASSERT_TRUE(v.ok());
        auto d = backward(g, *v);
        ASSERT_TRUE(d.ok());
        for (const std::string &sym : parameterSymbols(cell)) {
            const MatrixXd total = totalGradient(g, *d, sym);
            const MatrixXd summed = runningSum(g, *d, sym, tau);
            const MatrixXd &p = in.parameters.at(sym);
            ASSERT_EQ(total.rows(), p.rows());
            ASSERT_EQ(total.cols(), p.cols());
            for (int i = 0; i < p.rows(); ++i)
                for (int j = 0; j < p.cols(); ++j) {
                    const double fd = centralDifference(in, sym, 0, i, j);
                    EXPECT_NEAR(summed(i, j), fd, 1e-7 * std::max(1.0, std::abs(fd)))
                        << cellName(cell) << " " << sym << "(" << i << "," << j << ")";
                    EXPECT_NEAR(total(i, j), summed(i, j), 1e-12);
                }
        }
    }
}

TEST(GraphBptt, EachStepsContributionIsTheDerivativeThroughThatUseOnly)
{
    // ∇_{W(t)} L: perturb only the copy of W used at step t.
    const int tau = 5;
    const Instance in = inst(CellKind::Rnn, { 3, 3, 2 }, tau, 5);
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, tau);
    auto v = forward(g, in);
    auto d = backward(g, *v);
    ASSERT_TRUE(d.ok());
    for (const std::string sym : { "W", "U", "V", "b", "c" }) {
        const auto parts = stepContributions(g, *d, sym);
        ASSERT_EQ(int(parts.size()), tau);
        for (int t = 1; t <= tau; ++t)
            for (int i = 0; i < parts[0].rows(); ++i)
                for (int j = 0; j < parts[0].cols(); ++j) {
                    const double fd = centralDifference(in, sym, t, i, j);
                    EXPECT_NEAR(parts[size_t(t - 1)](i, j), fd, 1e-7 * std::max(1.0, std::abs(fd)))
                        << sym << " t=" << t;
                }
    }
    // The contributions really differ from step to step, which is why sharing matters.
    const auto w = stepContributions(g, *d, "W");
    EXPECT_GT(maxAbsDifference(w[0], w[1]), 1e-6);
}

TEST(GraphBptt, StagesRunFromTheLastStepBackAndRunningSumsAccumulate)
{
    const int tau = 4;
    const Instance in = inst(CellKind::Rnn, { 2, 2, 2 }, tau, 3);
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, tau);
    auto v = forward(g, in);
    auto d = backward(g, *v);
    ASSERT_TRUE(d.ok());
    // Stage 1 handles t = τ; the edge h(0) → W·h(1) is in the last stage, τ.
    EXPECT_EQ(stageStep(g, 1), tau);
    const int h0 = g.find("h", 0);
    EXPECT_EQ(edgeStage(g, g.node(h0).outEdges[0]), tau);
    const int lt = g.find("L", tau);
    EXPECT_EQ(edgeStage(g, g.node(lt).outEdges[0]), 1);
    // 16 edges per step, 16τ in all; each stage has 16 (15 in the step and L(t) → L).
    int all = 0;
    for (int k = 0; k <= tau; ++k)
        all += int(edgesOfStage(g, k).size());
    EXPECT_EQ(all, 16 * tau);
    EXPECT_EQ(edgesOfStage(g, 2).size(), 16u);
    const auto parts = stepContributions(g, *d, "W");
    EXPECT_LT(maxAbsDifference(runningSum(g, *d, "W", 0), MatrixXd::Zero(2, 2)), 1e-300);
    EXPECT_LT(maxAbsDifference(runningSum(g, *d, "W", 1), parts[3]), 1e-15);
    EXPECT_LT(maxAbsDifference(runningSum(g, *d, "W", 2), parts[3] + parts[2]), 1e-15);
    EXPECT_LT(maxAbsDifference(runningSum(g, *d, "W", tau), totalGradient(g, *d, "W")), 1e-14);
    // The recurrent edge h(t-1) → W·h(t) carries Wᵀ ∂L/∂(W·h(t)).
    const int wh2 = g.find("W*h", 2);
    const MatrixXd expected = in.parameters.at("W").transpose() * d->node[size_t(wh2)];
    EXPECT_LT(maxAbsDifference(d->edge[size_t(g.node(wh2).inEdges[1])], expected), 1e-15);
}

TEST(GraphUnshared, OneStepMakesTheCopiesDiffer)
{
    const Instance in = inst(CellKind::Rnn, { 3, 2, 2 }, 4, 17);
    auto r = unsharedSgdStep(in, 0.1);
    ASSERT_TRUE(r.ok());
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, 4);
    auto d = backward(g, *forward(g, in));
    ASSERT_EQ(r->parameters.size(), 5u);
    for (const UnsharedParameter &p : r->parameters) {
        const auto parts = stepContributions(g, *d, p.symbol);
        MatrixXd sum = MatrixXd::Zero(p.initial.rows(), p.initial.cols());
        for (int t = 0; t < 4; ++t) {
            // Each copy moves by its own step's contribution only.
            EXPECT_LT(maxAbsDifference(p.after[size_t(t)], p.initial - 0.1 * parts[size_t(t)]), 1e-14);
            sum += parts[size_t(t)];
        }
        EXPECT_LT(maxAbsDifference(p.sharedAfter, p.initial - 0.1 * sum), 1e-14);
        EXPECT_LT(maxAbsDifference(p.gradientSum, sum), 1e-14);
        EXPECT_GT(p.maxSpread, 1e-4) << p.symbol; // W(1), W(2), ... are no longer one matrix
        EXPECT_EQ(p.spread[0], 0.0);
        EXPECT_NEAR(p.spread[1], maxAbsDifference(p.after[1], p.after[0]), 1e-15);
    }
    EXPECT_NEAR(r->loss, direct(in).total, 1e-12);
    auto small = unsharedSgdStep(in, 1e-3);
    ASSERT_TRUE(small.ok());
    EXPECT_LT(small->lossShared, small->loss); // a small gradient step lowers L
    EXPECT_FALSE(unsharedSgdStep(in, 0).ok());
    EXPECT_FALSE(unsharedSgdStep(in, -1).ok());
    EXPECT_EQ(unsharedSgdStep(in, 11).error().key, "graph.bad_learning_rate");
    EXPECT_FALSE(unsharedSgdStep(in, std::nan("")).ok());
}

// ---- Layout

namespace {

void checkLayout(const Graph &g, const Layout &L, const std::string &what)
{
    ASSERT_EQ(int(L.nodes.size()), g.nodeCount());
    ASSERT_EQ(int(L.edges.size()), g.edgeCount());
    // Node boxes do not overlap.
    for (int a = 0; a < g.nodeCount(); ++a)
        for (int b = a + 1; b < g.nodeCount(); ++b) {
            const Rect &p = L.nodes[size_t(a)], &q = L.nodes[size_t(b)];
            const bool apart = p.right() <= q.x || q.right() <= p.x || p.bottom() <= q.y || q.bottom() <= p.y;
            EXPECT_TRUE(apart) << what << " nodes " << a << " " << b;
        }
    for (const Edge &e : g.edges()) {
        const auto &pts = L.edges[size_t(e.id)].points;
        ASSERT_GE(pts.size(), 2u);
        // Starts on the source's upper side, ends on the target's lower side.
        const Rect &s = L.nodes[size_t(e.from)], &t = L.nodes[size_t(e.to)];
        EXPECT_DOUBLE_EQ(pts.front().y, s.y);
        EXPECT_GT(pts.front().x, s.x);
        EXPECT_LT(pts.front().x, s.right());
        EXPECT_DOUBLE_EQ(pts.back().y, t.bottom());
        EXPECT_GT(pts.back().x, t.x);
        EXPECT_LT(pts.back().x, t.right());
        for (size_t k = 0; k + 1 < pts.size(); ++k) {
            // Orthogonal pieces only.
            EXPECT_TRUE(pts[k].x == pts[k + 1].x || pts[k].y == pts[k + 1].y) << what;
            for (int n = 0; n < g.nodeCount(); ++n)
                EXPECT_FALSE(segmentCrossesRect(pts[k], pts[k + 1], L.nodes[size_t(n)]))
                    << what << " edge " << e.id << " (" << g.node(e.from).symbol << "→" << g.node(e.to).symbol
                    << ") crosses node " << n << " " << g.node(n).symbol << "(" << g.node(n).step << ")";
        }
    }
    for (const Rect &r : L.nodes) {
        EXPECT_GE(r.x, 0);
        EXPECT_GE(r.y, 0);
        EXPECT_LE(r.right(), L.width);
        EXPECT_LE(r.bottom(), L.height);
    }
}

} // namespace

TEST(GraphLayout, NoEdgeCrossesANodeBoxForAnyCellModeOrLength)
{
    for (CellKind cell : kCells)
        for (GraphMode mode : { GraphMode::Folded, GraphMode::Unrolled, GraphMode::Unshared })
            for (int tau = 1; tau <= 8; ++tau) {
                const Graph g = build(cell, mode, tau);
                auto L = layoutGraph(g);
                ASSERT_TRUE(L.ok());
                checkLayout(g, *L,
                    std::string(cellName(cell)) + " mode " + std::to_string(int(mode)) + " τ " + std::to_string(tau));
                if (mode == GraphMode::Folded)
                    break;
            }
}

TEST(GraphLayout, SegmentTestItself)
{
    const Rect r { 10, 10, 20, 10 };
    EXPECT_TRUE(segmentCrossesRect({ 0, 15 }, { 40, 15 }, r)); // straight through
    EXPECT_TRUE(segmentCrossesRect({ 20, 0 }, { 20, 12 }, r)); // pokes in from above
    EXPECT_FALSE(segmentCrossesRect({ 0, 10 }, { 40, 10 }, r)); // runs along the top border
    EXPECT_FALSE(segmentCrossesRect({ 20, 0 }, { 20, 10 }, r)); // ends on the border
    EXPECT_FALSE(segmentCrossesRect({ 0, 25 }, { 40, 25 }, r)); // passes below
    EXPECT_TRUE(segmentCrossesRect({ 5, 5 }, { 35, 25 }, r)); // diagonal through
}

TEST(GraphLayout, TimeRunsLeftToRightAndLayersBottomToTop)
{
    const int tau = 4;
    const Graph g = build(CellKind::Rnn, GraphMode::Unrolled, tau);
    auto L = layoutGraph(g);
    ASSERT_TRUE(L.ok());
    for (int t = 1; t < tau; ++t) {
        double rightOfT = 0, leftOfNext = 1e300;
        for (const Node &n : g.nodes()) {
            if (n.step == t)
                rightOfT = std::max(rightOfT, L->nodes[size_t(n.id)].right());
            if (n.step == t + 1)
                leftOfNext = std::min(leftOfNext, L->nodes[size_t(n.id)].x);
        }
        EXPECT_LT(rightOfT, leftOfNext) << t;
    }
    // Within a step every edge goes up: x → U·x → a → h → V·h → o → ŷ → L(t).
    const char *chain[] = { "x", "U*x", "a", "h", "V*h", "o", "yhat", "L" };
    for (int t = 1; t <= tau; ++t)
        for (size_t k = 0; k + 1 < std::size(chain); ++k)
            EXPECT_LT(L->nodes[size_t(g.find(chain[k + 1], t))].y, L->nodes[size_t(g.find(chain[k], t))].y);
    // The shared parameters sit in the leftmost block, the total loss in the rightmost.
    ASSERT_EQ(int(L->blocks.size()), tau + 2);
    EXPECT_EQ(L->blocks.front().kind, Block::Shared);
    EXPECT_EQ(L->blocks.back().kind, Block::Total);
    EXPECT_EQ(L->blocks[1].step, 1);
    const Rect &w = L->nodes[size_t(g.find("W", 0))];
    EXPECT_LT(w.right(), L->blocks[1].rect.x);
    EXPECT_EQ(L->row[size_t(g.find("W", 0))], 0);
    EXPECT_EQ(L->row[size_t(g.find("y", 1))], L->row[size_t(g.find("L", 1))] - 1); // y sits just below L(t)
}

TEST(GraphLayout, TheSharedBlockWrapsAfterThreeColumnsKeepingEachGateTogether)
{
    // LSTM unrolled: 12 gate parameters + h(0) + s(0) sit below their consumers: 14 nodes,
    // at most 3 per row → 5 rows, each gate's W, U, b in one row.
    const Graph g = build(CellKind::Lstm, GraphMode::Unrolled, 2);
    auto L = layoutGraph(g);
    ASSERT_TRUE(L.ok());
    std::map<int, int> perRow;
    for (const Node &n : g.nodes())
        if (n.step == 0 && n.inputs.empty())
            ++perRow[L->row[size_t(n.id)]];
    for (const auto &[row, count] : perRow)
        EXPECT_LE(count, 3) << row;
    for (const char *gate : { "f", "i", "g", "q" }) {
        const int w = L->row[size_t(g.find(std::string("W") + gate, 0))];
        EXPECT_EQ(L->row[size_t(g.find(std::string("U") + gate, 0))], w);
        EXPECT_EQ(L->row[size_t(g.find(std::string("b") + gate, 0))], w);
        // Every parameter is still below its use.
        EXPECT_LT(w, L->row[size_t(g.find(std::string("a") + gate, 1))]);
    }
    LayoutOptions o;
    o.sharedColumns = 0;
    EXPECT_FALSE(layoutGraph(g, o).ok());
}

TEST(GraphLayout, BadOptionsAreErrors)
{
    const Graph g = build(CellKind::Rnn, GraphMode::Folded, 1);
    LayoutOptions o;
    o.nodeWidth = 0;
    auto r = layoutGraph(g, o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().key, "graph.bad_layout_option");
    EXPECT_EQ(r.error().arg("option"), "nodeWidth");
    o = LayoutOptions {};
    o.rowGap = -1;
    EXPECT_FALSE(layoutGraph(g, o).ok());
    o = LayoutOptions {};
    o.trackSpacing = std::nan("");
    EXPECT_FALSE(layoutGraph(g, o).ok());
}
