#pragma once

#include "inputs.h"

#include <Eigen/Core>

#include <cstdint>

namespace dlt::rnn {

/** Ready-made W_hh (with activation, b and h0) for the gradient page and tests. */
enum class Preset {
    Seed,           ///< the seed: every entry 3.5, sigmoid, b = 0, h0 = 0 (saturates)
    SeedFixedPoint, ///< the seed's W with b = −3.5 and h0 = 0.5: stays at a = 0 where σ' = 1/4, so it explodes as 1.75^k
    ScaledIdentity, ///< scale·I (n×n), tanh
    Gaussian,       ///< entries N(0, scale²/n), so ρ ≈ scale for large n; tanh
    Orthogonal,     ///< scale·Q with Q Haar-random orthogonal (ρ = σ_max = |scale|); tanh
    NonNormal,      ///< [[0.5, 5], [0, 0.5]], tanh: ρ = 0.5 but σ_max ≈ 5.05 (transient growth)
    Gaussian64,     ///< Gaussian with n = 64
    Gaussian256,    ///< Gaussian with n = 256
};

/** The knobs a preset may use; each preset ignores the ones it does not need. */
struct PresetParams {
    int n = 2;               ///< hidden size for ScaledIdentity, Gaussian and Orthogonal (1..kMaxHidden)
    double scale = 1.0;      ///< multiplier (finite, |scale| ≤ kMaxScale)
    std::uint64_t seed = 1;  ///< random seed: the same seed gives the same matrix on every platform
};

/**
 * The inputs of a preset (T = kDefaultSteps, scale factor 1, l empty for the default).
 * Errors: rnn.preset_size(n, max), rnn.bad_scale(value, max).
 */
Result<Inputs> presetInputs(Preset preset, const PresetParams &params = {});

/** An n×n matrix with independent N(0, scale²/n) entries from a portable generator (mt19937_64 + Box–Muller). */
Result<Eigen::MatrixXd> gaussianMatrix(int n, double scale, std::uint64_t seed);

/** scale·Q for a Haar-random orthogonal n×n Q (QR of a Gaussian matrix, signs fixed by R's diagonal). */
Result<Eigen::MatrixXd> orthogonalMatrix(int n, double scale, std::uint64_t seed);

} // namespace dlt::rnn
