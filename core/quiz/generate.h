#pragma once

#include "common/result.h"
#include "question.h"

#include <cstdint>
#include <vector>

namespace dlt::quiz {

/** Topics of the generated open problems (as the mock midterm's sections name them). */
inline constexpr const char *kConvolutionTopic = "Convolution with a given filter";
inline constexpr const char *kLayerSizesTopic = "Layer dimensionality";
inline constexpr const char *kGradientTopic = "Vanishing and exploding gradients";

/**
 * A convolution to compute: a 6×6 or 7×7 input of integers 0–9 and an integer 3×3 filter (edge,
 * Sobel, Laplacian or sharpen), stride 1, no padding. A matrix question whose key is
 * conv::compute's output ((n − 2)×(n − 2)), graded per cell; the input and filter are its figures.
 * The same seed gives the same problem everywhere.
 */
Result<Question> generateConvolution(std::uint64_t seed, double points = 20);

/**
 * The output sizes of a block of 4–6 layers in the VGG table's notation (C<k>D<n>[S<s>][P<p>], M,
 * M<k>S<s>) for a random input side and 3 channels. A matrix question with one row per layer
 * (labelled with its token) and the columns H, W, D; the key comes from arch::infer.
 */
Result<Question> generateLayerSizes(std::uint64_t seed, double points = 20);

/**
 * A 2×2 W_hh with entries in {−4, −3.5, …, 4} and a sigmoid or tanh recurrence. Two questions:
 * the spectral radius (numeric, ±0.01) and the verdict (single choice: vanishing, exploding,
 * neither guaranteed), keyed by rnn::computeSpectra and rnn::verdictFor. Draws whose verdict is
 * borderline, or whose γ·ρ or γ·σ_max lies within 0.1 of 1, are skipped so the answer is clear-cut.
 */
Result<std::vector<Question>> generateGradient(std::uint64_t seed, double radiusPoints = 20, double verdictPoints = 20);

} // namespace dlt::quiz
