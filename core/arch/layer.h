#pragma once

#include "common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace dlt::arch {

/** The five layer types of the notation. */
enum class LayerKind {
    Conv,           ///< C<k>D<n>: k×k convolution with n filters
    Lrn,            ///< LRN: local response normalisation, no parameters, size unchanged
    MaxPool,        ///< M: max-pooling (2×2, stride 2 unless written M<k>S<s>)
    FullyConnected, ///< FC<n>: n units; a volume feeding it is flattened
    Softmax,        ///< S: softmax, no parameters, size unchanged
};

/** "conv", "lrn", "maxpool", "fc" or "softmax": the stable kind names of the JSON output. */
const char *kindName(LayerKind kind);

/**
 * One parsed layer. Sizes are in cells (pixels) and counts.
 * Conv: kernel k, stride (default 1), padding (default (k−1)/2, "same" size), outputs = filters.
 * MaxPool: kernel (default 2), stride (default = kernel), padding 0, outputs unused (depth kept).
 * FullyConnected: outputs = units. Lrn, Softmax: no sizes.
 */
struct LayerSpec {
    LayerKind kind = LayerKind::Conv;
    long long kernel = 0;
    long long stride = 1;
    long long padding = 0;
    long long outputs = 0;

    bool operator==(const LayerSpec &) const = default;
};

/**
 * Parses one token of the notation (letters in any case):
 *   C<k>D<n>[S<s>][P<p>]   convolution, e.g. C3D64 (3×3, padding 1), C1D256 (1×1, padding 0), C11D96S4P0
 *   LRN                    local response normalisation
 *   M[<k>][S<s>]           max-pooling, e.g. M (2×2, stride 2), M3S2
 *   FC<n>                  fully connected, e.g. FC4096
 *   S                      softmax
 * layer is the 1-based position, reported in every error together with the token.
 * Errors: vgg.unknown_token, vgg.bad_conv, vgg.bad_pool, vgg.bad_fc, vgg.bad_layer_size {value},
 * vgg.size_too_large {limit}, vgg.even_kernel (an even conv kernel needs an explicit P).
 */
Result<LayerSpec> parseLayer(std::string_view token, int layer);

/** Splits a column's text into tokens at whitespace and commas ("C3D64 C3D64, M" → 3 tokens). */
std::vector<std::string> splitTokens(std::string_view text);

/** Joins tokens with single spaces: the text form of a column. */
std::string joinTokens(const std::vector<std::string> &tokens);

} // namespace dlt::arch
