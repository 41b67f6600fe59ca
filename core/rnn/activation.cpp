#include "activation.h"

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

// Below this |a|, tanh via e = exp(−2|a|) loses relative accuracy to cancellation in 1 − e,
// so those entries use the Taylor series instead.
constexpr double kTanhSeriesBelow = 0.2;

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
    Eigen::VectorXd hv(n), dv(n), scratch(2 * n);
    applyActivation(activation, in.data(), hv.data(), dv.data(), n, scratch.data());
    h = hv;
    d = dv;
}

void applyActivation(Activation activation, const double *aPtr, double *hPtr, double *dPtr, int n, double *scratchPtr)
{
    using Arr = Eigen::Map<Eigen::ArrayXd>;
    const Eigen::Map<const Eigen::ArrayXd> x(aPtr, n);
    Arr h(hPtr, n), d(dPtr, n);
    Arr e(scratchPtr, n), inv(scratchPtr + n, n);
    switch (activation) {
    case Activation::Sigmoid:
        e = (-x.abs()).exp();
        inv = (1.0 + e).inverse();
        h = (x >= 0).select(inv, e * inv);
        d = e * inv * inv;
        break;
    case Activation::Tanh: {
        e = (-2.0 * x.abs()).exp();
        inv = (1.0 + e).inverse();
        d = 4.0 * e * inv * inv;
        // |x| ≥ 0.2: (1 − e)/(1 + e) is accurate to a few ulps. Below, 1 − e cancels, so the odd
        // Taylor series (10 terms, coefficients 2^2k(2^2k − 1)B_2k/(2k)!) takes over: error < 1e-18.
        const auto x2 = x * x;
        const auto series =
            x + x * x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835 + x2 * (-1382.0 / 155925
            + x2 * (21844.0 / 6081075 + x2 * (-929569.0 / 638512875 + x2 * (6404582.0 / 10854718875
            + x2 * (-443861162.0 / 1856156927625)))))))));
        const auto mag = (1.0 - e) * inv;
        h = (x.abs() < kTanhSeriesBelow).select(series, (x < 0).select(-mag, mag));
        break;
    }
    case Activation::Relu:
        h = x.max(0.0);
        d = (x > 0).cast<double>();
        break;
    case Activation::Linear:
        h = x;
        d.setOnes();
        break;
    }
}

} // namespace dlt::rnn
