#include "inputs.h"

#include <cmath>
#include <string>

namespace dlt::rnn {

namespace {

// Checks every entry of m (W or a vector) for NaN/inf and for magnitudes past kMaxEntry.
Status checkEntries(const Eigen::MatrixXd &m, const std::string &what)
{
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        for (Eigen::Index r = 0; r < m.rows(); ++r) {
            const double v = m(r, c);
            if (!std::isfinite(v))
                return Error("rnn.not_finite")
                    .with("what", what)
                    .with("row", static_cast<long long>(r + 1))
                    .with("column", static_cast<long long>(c + 1));
            if (std::abs(v) > kMaxEntry)
                return Error("rnn.entry_too_large")
                    .with("what", what)
                    .with("row", static_cast<long long>(r + 1))
                    .with("column", static_cast<long long>(c + 1))
                    .with("value", v)
                    .with("max", kMaxEntry);
        }
    }
    return Ok{};
}

Status checkVector(Eigen::VectorXd &v, const std::string &what, Eigen::Index n, double fill)
{
    if (v.size() == 0) {
        v = Eigen::VectorXd::Constant(n, fill);
        return Ok{};
    }
    if (v.size() != n)
        return Error("rnn.vector_length")
            .with("vector", what)
            .with("got", static_cast<long long>(v.size()))
            .with("expected", static_cast<long long>(n));
    return checkEntries(v, what);
}

} // namespace

Inputs seedInputs()
{
    Inputs in;
    in.w = Eigen::MatrixXd::Constant(2, 2, 3.5);
    in.activation = Activation::Sigmoid;
    return in;
}

Result<Inputs> validate(const Inputs &inputs)
{
    Inputs in = inputs;
    const Eigen::Index rows = in.w.rows();
    const Eigen::Index cols = in.w.cols();
    if (rows == 0 || cols == 0)
        return Error("rnn.empty_matrix");
    if (rows != cols)
        return Error("rnn.not_square")
            .with("rows", static_cast<long long>(rows))
            .with("cols", static_cast<long long>(cols));
    if (rows > kMaxHidden)
        return Error("rnn.too_large").with("n", static_cast<long long>(rows)).with("max", static_cast<long long>(kMaxHidden));
    if (auto s = checkEntries(in.w, "W"); !s)
        return s.error();
    const Eigen::Index n = rows;
    if (auto s = checkVector(in.bias, "b", n, 0.0); !s)
        return s.error();
    if (auto s = checkVector(in.h0, "h0", n, 0.0); !s)
        return s.error();
    if (auto s = checkVector(in.lossGrad, "l", n, 1.0 / std::sqrt(static_cast<double>(n))); !s)
        return s.error();
    if (in.steps < 0)
        return Error("rnn.negative_steps").with("steps", in.steps);
    if (in.steps > kMaxSteps)
        return Error("rnn.too_many_steps").with("steps", in.steps).with("max", kMaxSteps);
    if (!std::isfinite(in.scale) || std::abs(in.scale) > kMaxScale)
        return Error("rnn.bad_scale").with("value", in.scale).with("max", kMaxScale);
    return in;
}

} // namespace dlt::rnn
