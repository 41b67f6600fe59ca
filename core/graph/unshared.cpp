#include "unshared.h"

#include "bptt.h"
#include "cellgraph.h"
#include "evaluate.h"

#include <cmath>
#include <map>

namespace dlt::graph {

Result<UnsharedStep> unsharedSgdStep(const Instance &instance, double learningRate)
{
    if (!std::isfinite(learningRate) || learningRate <= 0 || learningRate > kMaxLearningRate)
        return Error("graph.bad_learning_rate").with("value", learningRate).with("max", kMaxLearningRate);

    Result<Graph> g = buildCellGraph(instance.cell, GraphMode::Unshared, instance.steps);
    if (!g)
        return g.error();
    Result<Values> v = forward(*g, instance);
    if (!v)
        return v.error();
    Result<Gradients> d = backward(*g, *v);
    if (!d)
        return d.error();

    UnsharedStep out;
    out.learningRate = learningRate;
    out.loss = totalLoss(*g, *v);
    Instance shared = instance;
    std::map<int, Eigen::MatrixXd> copies;
    for (const std::string &sym : parameterSymbols(instance.cell)) {
        UnsharedParameter p;
        p.symbol = sym;
        p.initial = instance.parameters.at(sym);
        p.gradient = stepContributions(*g, *d, sym);
        Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(p.initial.rows(), p.initial.cols());
        for (int t = 1; t <= instance.steps; ++t) {
            const Eigen::MatrixXd &gt = p.gradient[size_t(t - 1)];
            sum += gt;
            p.after.push_back(p.initial - learningRate * gt);
            copies[g->find(sym, t)] = p.after.back();
        }
        for (const Eigen::MatrixXd &a : p.after) {
            p.spread.push_back(maxAbsDifference(a, p.after.front()));
            p.maxSpread = std::max(p.maxSpread, p.spread.back());
        }
        p.gradientSum = sum;
        p.sharedAfter = p.initial - learningRate * sum;
        shared.parameters[sym] = p.sharedAfter;
        out.parameters.push_back(std::move(p));
    }

    Result<Values> vu = forward(*g, instance, copies);
    if (!vu)
        return vu.error();
    out.lossUnshared = totalLoss(*g, *vu);
    Result<Values> vs = forward(*g, shared);
    if (!vs)
        return vs.error();
    out.lossShared = totalLoss(*g, *vs);
    return out;
}

} // namespace dlt::graph
