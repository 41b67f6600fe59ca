#pragma once

#include "analysis.h"

#include <nlohmann/json.hpp>

namespace dlt::rnn {

/**
 * The command line's --json document, keys in this order: n, eigenvalues [[re, im], ...], spectral_radius, spectral_norm,
 * gamma, verdict, and grad_norms, bound, estimate (T+1 numbers each, clipped at kClipValue).
 */
nlohmann::ordered_json toJson(const Analysis &analysis);

} // namespace dlt::rnn
