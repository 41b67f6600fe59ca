#include "bptt.h"

#include <limits>

namespace dlt::graph {

int edgeStage(const Graph &graph, int edge)
{
    if (graph.mode() == GraphMode::Folded || edge < 0 || edge >= graph.edgeCount())
        return 0;
    const Edge &e = graph.edge(edge);
    int t = graph.node(e.to).step;
    if (t == 0)
        t = graph.node(e.from).step;
    return t == 0 ? 0 : graph.steps() - t + 1;
}

int stageStep(const Graph &graph, int stage)
{
    return graph.steps() - stage + 1;
}

std::vector<int> edgesOfStage(const Graph &graph, int stage)
{
    std::vector<int> ids;
    for (const Edge &e : graph.edges())
        if (edgeStage(graph, e.id) == stage)
            ids.push_back(e.id);
    return ids;
}

std::vector<Eigen::MatrixXd> stepContributions(const Graph &graph, const Gradients &grads, const std::string &symbol)
{
    std::vector<Eigen::MatrixXd> out;
    if (graph.mode() == GraphMode::Folded || int(grads.edge.size()) != graph.edgeCount())
        return out;
    for (int id : graph.parameters()) {
        const Node &p = graph.node(id);
        if (p.symbol != symbol)
            continue;
        for (int e : p.outEdges) {
            const int t = graph.node(graph.edge(e).to).step;
            if (t < 1 || t > graph.steps())
                continue;
            if (out.empty())
                out.assign(size_t(graph.steps()),
                    Eigen::MatrixXd::Zero(grads.edge[size_t(e)].rows(), grads.edge[size_t(e)].cols()));
            out[size_t(t - 1)] += grads.edge[size_t(e)];
        }
    }
    return out;
}

Eigen::MatrixXd runningSum(const Graph &graph, const Gradients &grads, const std::string &symbol, int stage)
{
    const std::vector<Eigen::MatrixXd> parts = stepContributions(graph, grads, symbol);
    if (parts.empty())
        return {};
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(parts[0].rows(), parts[0].cols());
    for (int k = 1; k <= stage && k <= graph.steps(); ++k)
        sum += parts[size_t(stageStep(graph, k) - 1)];
    return sum;
}

Eigen::MatrixXd totalGradient(const Graph &graph, const Gradients &grads, const std::string &symbol)
{
    Eigen::MatrixXd sum;
    if (int(grads.node.size()) != graph.nodeCount())
        return sum;
    for (int id : graph.parameters()) {
        if (graph.node(id).symbol != symbol)
            continue;
        if (sum.size() == 0)
            sum = grads.node[size_t(id)];
        else
            sum += grads.node[size_t(id)];
    }
    return sum;
}

double maxAbsDifference(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    if (a.size() == 0)
        return 0.0;
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace dlt::graph
