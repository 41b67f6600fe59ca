#include "presets.h"

#include <Eigen/QR>

#include <cmath>
#include <numbers>
#include <random>

namespace dlt::rnn {

namespace {

// Standard normal numbers from mt19937_64 by Box–Muller: unlike std::normal_distribution,
// the sequence is the same with every standard library.
class NormalSource
{
public:
    explicit NormalSource(std::uint64_t seed) : m_engine(seed) {}

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double theta = 2.0 * std::numbers::pi * u2;
        m_spare = r * std::sin(theta);
        m_hasSpare = true;
        return r * std::cos(theta);
    }

private:
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1) with 53 random bits

    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

Status checkParams(int n, double scale)
{
    if (n < 1 || n > kMaxHidden)
        return Error("rnn.preset_size").with("n", static_cast<long long>(n)).with("max", static_cast<long long>(kMaxHidden));
    if (!std::isfinite(scale) || std::abs(scale) > kMaxScale)
        return Error("rnn.bad_scale").with("value", scale).with("max", kMaxScale);
    return Ok{};
}

Eigen::MatrixXd standardGaussian(int n, std::uint64_t seed)
{
    NormalSource source(seed);
    Eigen::MatrixXd m(n, n);
    for (int r = 0; r < n; ++r) // row by row, so the top-left block reads like a list
        for (int c = 0; c < n; ++c)
            m(r, c) = source.next();
    return m;
}

} // namespace

Result<Eigen::MatrixXd> gaussianMatrix(int n, double scale, std::uint64_t seed)
{
    if (auto s = checkParams(n, scale); !s)
        return s.error();
    return Eigen::MatrixXd(standardGaussian(n, seed) * (scale / std::sqrt(double(n))));
}

Result<Eigen::MatrixXd> orthogonalMatrix(int n, double scale, std::uint64_t seed)
{
    if (auto s = checkParams(n, scale); !s)
        return s.error();
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(standardGaussian(n, seed));
    Eigen::MatrixXd q = qr.householderQ();
    const Eigen::MatrixXd &r = qr.matrixQR();
    for (int j = 0; j < n; ++j)
        if (r(j, j) < 0)
            q.col(j) = -q.col(j);
    return Eigen::MatrixXd(q * scale);
}

Result<Inputs> presetInputs(Preset preset, const PresetParams &params)
{
    Inputs in;
    in.activation = Activation::Tanh;
    switch (preset) {
    case Preset::Seed:
        return seedInputs();
    case Preset::SeedFixedPoint:
        in = seedInputs();
        // a_1 = W·h0 + b = 3.5·0.5·2 − 3.5 = 0, h_1 = σ(0) = 0.5 = h0: the state never moves.
        in.bias = Eigen::VectorXd::Constant(2, -3.5);
        in.h0 = Eigen::VectorXd::Constant(2, 0.5);
        return in;
    case Preset::ScaledIdentity:
        if (auto s = checkParams(params.n, params.scale); !s)
            return s.error();
        in.w = Eigen::MatrixXd::Identity(params.n, params.n) * params.scale;
        return in;
    case Preset::Gaussian:
    case Preset::Gaussian64:
    case Preset::Gaussian256: {
        const int n = preset == Preset::Gaussian64 ? 64 : preset == Preset::Gaussian256 ? 256 : params.n;
        auto w = gaussianMatrix(n, params.scale, params.seed);
        if (!w)
            return w.error();
        in.w = std::move(w).value();
        return in;
    }
    case Preset::Orthogonal: {
        auto w = orthogonalMatrix(params.n, params.scale, params.seed);
        if (!w)
            return w.error();
        in.w = std::move(w).value();
        return in;
    }
    case Preset::NonNormal:
        in.w.resize(2, 2);
        in.w << 0.5, 5.0, 0.0, 0.5;
        return in;
    }
    return seedInputs();
}

} // namespace dlt::rnn
