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

/** φ(a) for one pre-activation value (reference path; the trajectory uses applyActivation). */
double activate(Activation activation, double a);

/** φ'(a) for one value; relu takes φ'(0) = 0. Accurate in the saturated tails (no 1 − φ² cancellation). */
double derivative(Activation activation, double a);

/**
 * Elementwise over a column of n pre-activations: h = φ(a), d = φ'(a).
 * Same values as activate()/derivative() to within a few ulps, vectorised for the trajectory loop.
 */
void applyActivation(Activation activation, const Eigen::Ref<const Eigen::VectorXd> &a, Eigen::Ref<Eigen::VectorXd> h,
                     Eigen::Ref<Eigen::VectorXd> d);

/** As above on raw arrays of n doubles, with caller-provided scratch (2n doubles) so the loop never allocates. */
void applyActivation(Activation activation, const double *a, double *h, double *d, int n, double *scratch);

} // namespace dlt::rnn
