#include "generate.h"

#include "rng.h"

#include "arch/inference.h"
#include "arch/shape.h"
#include "conv/conv.h"
#include "rnn/activation.h"
#include "rnn/analysis.h"
#include "rnn/spectra.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace dlt::quiz {

namespace {

// Numbers in generated explanations: whole numbers as they are, others with at most 3 decimals.
std::string num(double v)
{
    if (v == 0)
        return "0";
    char buf[64];
    if (std::abs(v) < 1e15 && v == std::floor(v))
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3f", v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    if (s == "-0")
        return "0";
    if (s[0] == '-')
        s = "\u2212" + s.substr(1);
    return s;
}

std::string rows(const Eigen::MatrixXd &m)
{
    std::string s = "[";
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            s += (j ? " " : "") + num(m(i, j));
        s += i + 1 < m.rows() ? "; " : "]";
    }
    return s;
}

// Each problem kind draws from its own stream, so adding a kind never changes another's numbers.
std::uint64_t stream(std::uint64_t seed, std::uint64_t salt)
{
    Rng r(seed ^ (salt * 0x9E3779B97F4A7C15ULL));
    return r.next();
}

struct FilterChoice {
    conv::Preset preset;
    const char *name;
};

const FilterChoice kFilters[] = {
    { conv::Preset::HorizontalEdge, "horizontal edge" },
    { conv::Preset::VerticalEdge, "vertical edge" },
    { conv::Preset::SobelX, "Sobel x" },
    { conv::Preset::SobelY, "Sobel y" },
    { conv::Preset::Laplacian, "Laplacian" },
    { conv::Preset::Sharpen, "sharpen" },
};

} // namespace

Result<Question> generateConvolution(std::uint64_t seed, double points)
{
    Rng rng(stream(seed, 1));
    const int n = int(rng.between(6, 7));
    const FilterChoice &f = kFilters[rng.below(std::size(kFilters))];
    const Eigen::MatrixXd input = conv::randomIntegers(n, n, 0, 9, rng.next());
    const Eigen::MatrixXd filter = conv::presetKernel(f.preset);
    auto out = conv::trace(Volume { input }, Volume { filter }, conv::Spec {});
    if (!out)
        return out.error();
    const conv::Trace &t = *out;

    Question q;
    q.id = "gen-conv-" + std::to_string(seed);
    q.topic = kConvolutionTopic;
    q.type = QuestionType::Matrix;
    q.points = points;
    q.prompt = "Compute the convolution of the " + std::to_string(n) + "×" + std::to_string(n) + " input with the "
        + std::string(f.name) + " filter " + rows(filter)
        + ", stride 1, no padding (as deep-learning libraries do: slide the filter as written, no flipping). "
          "Fill in every cell of the "
        + std::to_string(t.output.rows()) + "×" + std::to_string(t.output.cols()) + " output.";
    q.figures = { Figure { "Input (" + std::to_string(n) + "×" + std::to_string(n) + ")", input },
        Figure { "Filter: " + std::string(f.name), filter } };
    q.answerMatrix = t.output;
    // Show the first cell worked out in full; the rest follow the same pattern.
    const conv::Step &s0 = t.steps.front();
    std::string first;
    for (const conv::Tap &tap : s0.taps) {
        if (tap.weight == 0)
            continue;
        const std::string w = tap.weight < 0 ? "(" + num(tap.weight) + ")" : num(tap.weight);
        first += (first.empty() ? "" : " + ") + w + "·" + num(tap.value);
    }
    q.explanation = "The output is (" + std::to_string(n) + " − 3)/1 + 1 = " + std::to_string(t.output.rows())
        + " on each side. Each cell is the sum of the products of the filter with the 3×3 window under it; "
          "the top-left cell uses input rows 1–3 and columns 1–3: "
        + first + " = " + num(s0.sum) + ". Move one column right (then one row down) for the next cells.";
    q.source = "Generated (seed " + std::to_string(seed) + "); key computed by DL Tutor's convolution core";
    return q;
}

Result<Question> generateLayerSizes(std::uint64_t seed, double points)
{
    Rng rng(stream(seed, 2));
    const long long sides[] = { 32, 48, 64, 96, 112, 128, 224 };
    const char *counts[] = { "16", "32", "64", "128", "256" };
    auto filters = [&] { return std::string(counts[rng.below(std::size(counts))]); };
    for (int attempt = 0; attempt < 100; ++attempt) {
        const long long side = sides[rng.below(std::size(sides))];
        const std::string a = filters(), b = filters(), c = filters();
        std::vector<std::string> tokens;
        switch (rng.below(5)) {
        case 0:
            tokens = { "C3D" + a, "C3D" + a, "M", "C3D" + b, "C3D" + b, "M" };
            break;
        case 1:
            tokens = { "C5D" + a + "P0", "M", "C3D" + b, "C1D" + c, "M" };
            break;
        case 2:
            tokens = { "C7D" + a + "S2P3", "M3S2", "C3D" + b, "C3D" + b };
            break;
        case 3:
            tokens = { "C3D" + a, "M", "C3D" + b + "S2", "C1D" + c, "M" };
            break;
        default:
            tokens = { "C3D" + a + "P0", "C3D" + b + "P0", "M", "C1D" + c, "M3S2" };
            break;
        }
        const arch::Shape input { side, side, 3 };
        auto r = arch::infer(input, tokens);
        if (!r)
            continue; // this draw shrinks to nothing: draw again
        const arch::ColumnResult &col = *r;
        Question q;
        q.id = "gen-layers-" + std::to_string(seed);
        q.topic = kLayerSizesTopic;
        q.type = QuestionType::Matrix;
        q.points = points;
        std::string block;
        for (const std::string &t : tokens)
            block += (block.empty() ? "" : " ") + t;
        q.prompt = "A " + arch::formatShape(input) + " input (H×W×D) goes through the layers " + block
            + ". Notation of the VGG table: C<k>D<n> is a k×k convolution with n filters, stride 1 and padding "
              "(k − 1)/2 unless S<stride> or P<padding> follow; M is 2×2 max-pooling with stride 2 and M3S2 a 3×3 "
              "pool with stride 2. Give the output H, W and D after every layer.";
        q.answerMatrix.resize(Eigen::Index(col.layers.size()), 3);
        std::string why = "Each side follows out = ⌊(in + 2p − k)/s⌋ + 1; a convolution's depth is its number of "
                          "filters and pooling keeps the depth.";
        for (size_t i = 0; i < col.layers.size(); ++i) {
            const arch::LayerResult &l = col.layers[i];
            q.answerMatrix(Eigen::Index(i), 0) = double(l.output.h);
            q.answerMatrix(Eigen::Index(i), 1) = double(l.output.w);
            q.answerMatrix(Eigen::Index(i), 2) = double(l.output.c);
            q.rowLabels.push_back(l.token);
            const arch::SizeStep &h = l.height;
            why += " " + l.token + ": ⌊(" + std::to_string(h.in) + " + 2·" + std::to_string(h.padding) + " − "
                + std::to_string(h.kernel) + ")/" + std::to_string(h.stride) + "⌋ + 1 = " + std::to_string(h.out)
                + " → " + std::to_string(l.output.h) + "×" + std::to_string(l.output.w) + "×"
                + std::to_string(l.output.c) + ".";
        }
        q.columnLabels = { "H", "W", "D" };
        q.explanation = why;
        q.source = "Generated (seed " + std::to_string(seed) + "); key computed by DL Tutor's architecture core";
        return q;
    }
    return Error("quiz.generation_failed").with("kind", std::string("layer sizes"));
}

Result<std::vector<Question>> generateGradient(std::uint64_t seed, double radiusPoints, double verdictPoints)
{
    Rng rng(stream(seed, 3));
    Eigen::Matrix2d w;
    rnn::Activation act = rnn::Activation::Sigmoid;
    rnn::Spectra sp;
    rnn::Verdict verdict = rnn::Verdict::Borderline;
    double gamma = 0;
    bool found = false;
    for (int attempt = 0; attempt < 2000 && !found; ++attempt) {
        for (int i = 0; i < 4; ++i)
            w(i / 2, i % 2) = double(rng.between(-8, 8)) / 2.0;
        act = rng.below(2) == 0 ? rnn::Activation::Sigmoid : rnn::Activation::Tanh;
        gamma = rnn::activationGamma(act);
        auto s = rnn::computeSpectra(w, false);
        if (!s)
            return s.error();
        sp = *s;
        const double gr = gamma * sp.spectralRadius, gs = gamma * sp.spectralNorm;
        verdict = rnn::verdictFor(gr, gs);
        found = verdict != rnn::Verdict::Borderline && std::abs(gr - 1) >= 0.1 && std::abs(gs - 1) >= 0.1
            && sp.spectralRadius > 0;
    }
    if (!found)
        return Error("quiz.generation_failed").with("kind", std::string("gradient"));

    const std::string actName = act == rnn::Activation::Sigmoid ? "sigmoid" : "tanh";
    const std::string gammaText = act == rnn::Activation::Sigmoid ? "σ′ ≤ 0.25" : "tanh′ ≤ 1";
    std::string lambdas;
    for (const auto &l : sp.eigenvalues) {
        std::string t = num(l.real());
        if (l.imag() != 0)
            t += (l.imag() > 0 ? " + " : " − ") + num(std::abs(l.imag())) + "i";
        lambdas += (lambdas.empty() ? "" : " and ") + t;
    }
    const std::string matrix = rows(w);
    const Figure fig { "W_hh", w };

    Question rho;
    rho.id = "gen-rho-" + std::to_string(seed);
    rho.topic = kGradientTopic;
    rho.type = QuestionType::Numeric;
    rho.points = radiusPoints;
    rho.tolerance = 0.01;
    rho.prompt = "A recurrent network with 2 hidden units has W_hh = " + matrix + " and uses " + actName
        + " between time steps. What is the spectral radius of W_hh? (Two decimals are enough.)";
    rho.figures = { fig };
    rho.answerNumber = sp.spectralRadius;
    rho.explanation = "The eigenvalues solve λ² − (trace)λ + det = λ² − (" + num(w.trace()) + ")λ + ("
        + num(w(0, 0) * w(1, 1) - w(0, 1) * w(1, 0)) + ") = 0: λ = " + lambdas
        + ". The spectral radius is the largest modulus, ρ = " + num(sp.spectralRadius) + ".";
    rho.source = "Generated (seed " + std::to_string(seed) + "); key computed by DL Tutor's gradient core";

    Question v;
    v.id = "gen-verdict-" + std::to_string(seed);
    v.topic = kGradientTopic;
    v.type = QuestionType::SingleChoice;
    v.points = verdictPoints;
    v.prompt = "Same network (W_hh = " + matrix + ", " + actName
        + "). Is it more prone to the vanishing or the exploding gradient problem?";
    v.figures = { fig };
    v.choices = { "Vanishing", "Exploding", "Neither is guaranteed" };
    v.answerIndex = verdict == rnn::Verdict::Vanishing ? 0 : 1;
    const double gr = gamma * sp.spectralRadius, gs = gamma * sp.spectralNorm;
    const std::string factors = "Back-propagation multiplies by W_hhᵀ (same eigenvalues, ρ = " + num(sp.spectralRadius)
        + ") and by the activation's derivative, " + gammaText + ", at every step. Per step: γ·ρ = " + num(gr)
        + " and, with the largest singular value σ_max = " + num(sp.spectralNorm) + ", γ·σ_max = " + num(gs) + ". ";
    v.explanation = factors
        + (verdict == rnn::Verdict::Vanishing
                ? "Since γ·σ_max < 1 every step shrinks the gradient at least by that factor: it vanishes "
                  "geometrically."
                : "Since γ·ρ > 1 the gradient can grow by that factor per step along the leading eigenvector: it is "
                  "prone to explode.");
    v.choiceExplanations = {
        "Vanishing needs γ·σ_max < 1 (here " + num(gs) + ").",
        "Exploding follows from γ·ρ > 1 (here " + num(gr) + ").",
        "That is the case only when γ·ρ ≤ 1 ≤ γ·σ_max; here γ·ρ = " + num(gr) + " and γ·σ_max = " + num(gs) + ".",
    };
    v.source = rho.source;
    return std::vector<Question> { rho, v };
}

} // namespace dlt::quiz
