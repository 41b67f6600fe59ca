#include "json.h"

namespace dlt::rnn {

nlohmann::ordered_json toJson(const Analysis &a)
{
    nlohmann::ordered_json eig = nlohmann::ordered_json::array();
    for (const auto &l : a.spectra.eigenvalues)
        eig.push_back({l.real(), l.imag()});
    return nlohmann::ordered_json{
        {"n", a.n()},
        {"eigenvalues", eig},
        {"spectral_radius", a.spectra.spectralRadius},
        {"spectral_norm", a.spectra.spectralNorm},
        {"gamma", a.gamma},
        {"verdict", verdictId(a.verdict)},
        {"grad_norms", a.gradNorms.values()},
        {"bound", a.bound.values()},
        {"estimate", a.estimate.values()},
    };
}

} // namespace dlt::rnn
