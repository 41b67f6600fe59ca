#pragma once

#include "common/result.h"

#include <Eigen/Core>

#include <string>
#include <string_view>

namespace dlt::rnn {

/** The non-linearity φ applied between hidden states: h_t = φ(a_t). */
enum class Activation { Sigmoid, Tanh, Relu, Linear };

/** Parses "sigmoid", "tanh", "relu" or "linear" (ASCII case ignored). Error: rnn.unknown_activation(name). */
Result<Activation> parseActivation(std::string_view name);

/** The stable lowercase id of an activation ("sigmoid", ...), as parseActivation accepts it. */
std::string activationId(Activation activation);

/** γ = max over a of |φ'(a)|: 1/4 for sigmoid, 1 for tanh, relu and linear. */
double activationGamma(Activation activation);

/** φ(a) for one pre-activation value (reference path; the trajectory uses kernels::activate). */
double activate(Activation activation, double a);

/** φ'(a) for one value; relu takes φ'(0) = 0. Accurate in the saturated tails (no 1 − φ² cancellation). */
double derivative(Activation activation, double a);

/**
 * Elementwise over a column of n pre-activations: h = φ(a), d = φ'(a) (kernels::activate, vectorised for
 * the CPU at run time and bit-identical on every CPU); within a few ulps of activate()/derivative().
 */
void applyActivation(Activation activation, const Eigen::Ref<const Eigen::VectorXd> &a, Eigen::Ref<Eigen::VectorXd> h,
                     Eigen::Ref<Eigen::VectorXd> d);

} // namespace dlt::rnn
