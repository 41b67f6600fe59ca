#include "evaluate.h"

#include <cmath>

namespace dlt::graph {

namespace {

Error shapeError(const Node &n)
{
    return Error("graph.shape_mismatch").with("symbol", n.symbol).with("step", (long long)n.step);
}

bool isVector(const Eigen::MatrixXd &m)
{
    return m.cols() == 1 && m.rows() >= 1;
}

} // namespace

Result<Values> forward(const Graph &graph, const Instance &in, const std::map<int, Eigen::MatrixXd> &overrides)
{
    if (graph.mode() == GraphMode::Folded)
        return Error("graph.folded_not_evaluable");
    if (in.cell != graph.cell() || in.steps < graph.steps() || int(in.x.size()) < graph.steps()
        || int(in.y.size()) < graph.steps())
        return Error("graph.instance_mismatch")
            .with("graph_steps", (long long)graph.steps())
            .with("instance_steps", (long long)in.steps);

    Values v(size_t(graph.nodeCount()));
    for (const Node &n : graph.nodes()) {
        Eigen::MatrixXd &out = v[size_t(n.id)];
        auto arg = [&](size_t k) -> const Eigen::MatrixXd & { return v[size_t(n.inputs[k])]; };
        switch (n.op) {
        case Op::Parameter: {
            if (auto o = overrides.find(n.id); o != overrides.end()) {
                out = o->second;
                break;
            }
            auto p = in.parameters.find(n.symbol);
            if (p == in.parameters.end())
                return shapeError(n);
            out = p->second;
            break;
        }
        case Op::Input:
            out = in.x[size_t(n.step - 1)];
            break;
        case Op::Target: {
            const int k = in.sizes.classes;
            const int cls = in.y[size_t(n.step - 1)];
            if (cls < 0 || cls >= k)
                return shapeError(n);
            out = Eigen::MatrixXd::Zero(k, 1);
            out(cls, 0) = 1.0;
            break;
        }
        case Op::InitialState: {
            auto s = in.initial.find(n.symbol);
            if (s == in.initial.end())
                return shapeError(n);
            out = s->second;
            break;
        }
        case Op::Delay:
            return Error("graph.folded_not_evaluable");
        case Op::MatMul:
            if (n.inputs.size() != 2 || arg(0).cols() != arg(1).rows() || !isVector(arg(1)))
                return shapeError(n);
            out = arg(0) * arg(1);
            break;
        case Op::Add:
            if (n.inputs.empty())
                return shapeError(n);
            out = arg(0);
            for (size_t k = 1; k < n.inputs.size(); ++k) {
                if (arg(k).rows() != out.rows() || arg(k).cols() != out.cols())
                    return shapeError(n);
                out += arg(k);
            }
            break;
        case Op::Affine: {
            if (n.inputs.size() % 2 != 1)
                return shapeError(n);
            out = arg(0);
            for (size_t k = 1; k + 1 < n.inputs.size(); k += 2) {
                if (arg(k).cols() != arg(k + 1).rows() || !isVector(arg(k + 1)) || arg(k).rows() != out.rows()
                    || !isVector(out))
                    return shapeError(n);
                out += arg(k) * arg(k + 1);
            }
            break;
        }
        case Op::Mul:
            if (n.inputs.size() != 2 || arg(0).rows() != arg(1).rows() || arg(0).cols() != arg(1).cols())
                return shapeError(n);
            out = arg(0).cwiseProduct(arg(1));
            break;
        case Op::OneMinus:
            out = (1.0 - arg(0).array()).matrix();
            break;
        case Op::Tanh:
            out = arg(0).array().tanh().matrix();
            break;
        case Op::Sigmoid:
            out = (1.0 / (1.0 + (-arg(0).array()).exp())).matrix();
            break;
        case Op::Softmax: {
            if (!isVector(arg(0)))
                return shapeError(n);
            const Eigen::ArrayXd e = (arg(0).array() - arg(0).maxCoeff()).exp();
            out = (e / e.sum()).matrix();
            break;
        }
        case Op::CrossEntropy: {
            if (n.inputs.size() != 2 || arg(0).rows() != arg(1).rows() || !isVector(arg(0)) || !isVector(arg(1)))
                return shapeError(n);
            out = Eigen::MatrixXd::Constant(1, 1, -(arg(1).array() * arg(0).array().log()).sum());
            break;
        }
        case Op::Sum: {
            double s = 0;
            for (size_t k = 0; k < n.inputs.size(); ++k) {
                if (arg(k).size() != 1)
                    return shapeError(n);
                s += arg(k)(0, 0);
            }
            out = Eigen::MatrixXd::Constant(1, 1, s);
            break;
        }
        }
    }
    return v;
}

Result<Gradients> backward(const Graph &graph, const Values &v)
{
    if (graph.mode() == GraphMode::Folded)
        return Error("graph.folded_not_evaluable");
    if (int(v.size()) != graph.nodeCount())
        return Error("graph.instance_mismatch")
            .with("graph_steps", (long long)graph.steps())
            .with("instance_steps", (long long)0);

    Gradients g;
    g.node.resize(v.size());
    g.edge.resize(size_t(graph.edgeCount()));
    const int root = graph.root();
    for (int id = graph.nodeCount() - 1; id >= 0; --id) {
        const Node &n = graph.node(id);
        const Eigen::MatrixXd &y = v[size_t(id)];
        Eigen::MatrixXd gy = Eigen::MatrixXd::Zero(y.rows(), y.cols());
        if (id == root)
            gy.setOnes();
        for (int e : n.outEdges)
            gy += g.edge[size_t(e)];
        g.node[size_t(id)] = gy;

        for (size_t k = 0; k < n.inputs.size(); ++k) {
            const Eigen::MatrixXd &xk = v[size_t(n.inputs[k])];
            auto arg = [&](size_t j) -> const Eigen::MatrixXd & { return v[size_t(n.inputs[j])]; };
            Eigen::MatrixXd d;
            switch (n.op) {
            case Op::Parameter:
            case Op::Input:
            case Op::Target:
            case Op::InitialState:
            case Op::Delay:
                d = Eigen::MatrixXd::Zero(xk.rows(), xk.cols());
                break;
            case Op::MatMul:
                d = k == 0 ? Eigen::MatrixXd(gy * arg(1).transpose()) : Eigen::MatrixXd(arg(0).transpose() * gy);
                break;
            case Op::Add:
            case Op::Sum:
                d = gy;
                break;
            case Op::Affine:
                if (k == 0)
                    d = gy;
                else if (k % 2 == 1)
                    d = gy * arg(k + 1).transpose();
                else
                    d = arg(k - 1).transpose() * gy;
                break;
            case Op::Mul:
                d = gy.cwiseProduct(arg(1 - k));
                break;
            case Op::OneMinus:
                d = -gy;
                break;
            case Op::Tanh:
                d = gy.cwiseProduct((1.0 - y.array().square()).matrix());
                break;
            case Op::Sigmoid:
                d = gy.cwiseProduct((y.array() * (1.0 - y.array())).matrix());
                break;
            case Op::Softmax:
                d = y.cwiseProduct((gy.array() - (y.transpose() * gy)(0, 0)).matrix());
                break;
            case Op::CrossEntropy: {
                const double s = gy(0, 0);
                if (k == 0)
                    d = (-s * arg(1).array() / arg(0).array()).matrix();
                else
                    d = (-s * arg(0).array().log()).matrix();
                break;
            }
            }
            g.edge[size_t(n.inEdges[k])] = std::move(d);
        }
    }
    return g;
}

double totalLoss(const Graph &graph, const Values &values)
{
    const int r = graph.root();
    if (r < 0 || size_t(r) >= values.size() || values[size_t(r)].size() != 1)
        return 0.0;
    return values[size_t(r)](0, 0);
}

} // namespace dlt::graph
