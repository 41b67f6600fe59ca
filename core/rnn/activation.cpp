#include "activation.h"

#include "kernels.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace dlt::rnn {

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

Result<Activation> parseActivation(std::string_view name)
{
    const std::string s = lowerAscii(name);
    if (s == "sigmoid")
        return Activation::Sigmoid;
    if (s == "tanh")
        return Activation::Tanh;
    if (s == "relu")
        return Activation::Relu;
    if (s == "linear")
        return Activation::Linear;
    return Error("rnn.unknown_activation").with("name", std::string(name));
}

std::string activationId(Activation activation)
{
    switch (activation) {
    case Activation::Sigmoid:
        return "sigmoid";
    case Activation::Tanh:
        return "tanh";
    case Activation::Relu:
        return "relu";
    case Activation::Linear:
        return "linear";
    }
    return "linear";
}

double activationGamma(Activation activation)
{
    return activation == Activation::Sigmoid ? 0.25 : 1.0;
}

double activate(Activation activation, double a)
{
    switch (activation) {
    case Activation::Sigmoid: {
        const double e = std::exp(-std::abs(a));
        return a >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
    case Activation::Tanh:
        return std::tanh(a);
    case Activation::Relu:
        return a > 0 ? a : 0.0;
    case Activation::Linear:
        return a;
    }
    return a;
}

double derivative(Activation activation, double a)
{
    switch (activation) {
    case Activation::Sigmoid: {
        // σ' = σ(1 − σ) = e/(1 + e)² with e = exp(−|a|): exact in both tails.
        const double e = std::exp(-std::abs(a));
        return e / ((1.0 + e) * (1.0 + e));
    }
    case Activation::Tanh: {
        // 1 − tanh² = 4e/(1 + e)² with e = exp(−2|a|).
        const double e = std::exp(-2.0 * std::abs(a));
        return 4.0 * e / ((1.0 + e) * (1.0 + e));
    }
    case Activation::Relu:
        return a > 0 ? 1.0 : 0.0;
    case Activation::Linear:
        return 1.0;
    }
    return 1.0;
}

void applyActivation(Activation activation, const Eigen::Ref<const Eigen::VectorXd> &a, Eigen::Ref<Eigen::VectorXd> h,
                     Eigen::Ref<Eigen::VectorXd> d)
{
    const int n = int(a.size());
    const Eigen::VectorXd in = a; // contiguous copies: Ref may be strided
    Eigen::VectorXd hv(n), dv(n);
    kernels::activate(activation, in.data(), hv.data(), dv.data(), n);
    h = hv;
    d = dv;
}

} // namespace dlt::rnn
