#pragma once

#include "layer.h"
#include "shape.h"

#include "common/error.h"
#include "common/result.h"

#include <optional>
#include <string>
#include <vector>

namespace dlt::arch {

/** How one spatial side goes through a conv or pool: out = ⌊(in + 2·padding − kernel)/stride⌋ + 1. */
struct SizeStep {
    long long in = 0;      ///< side of the input, in pixels
    long long kernel = 0;  ///< window side
    long long padding = 0; ///< zeros added on each end
    long long stride = 1;
    long long out = 0;     ///< side of the output
    bool exact = true;     ///< (in + 2·padding − kernel) divides by stride, so no floor was needed
};

/** Where a layer sits in the paper's table: which group of rows, and which block. */
enum class RowGroup {
    Feature,    ///< conv or LRN inside a block
    Pool,       ///< the max-pool that closes a block
    Classifier, ///< fully connected layers and anything after the first one
    Output,     ///< a softmax that ends the column
};

/** Whether a layer's numbers are known. */
enum class LayerStatus {
    Ok,      ///< every number below is filled in
    Invalid, ///< this layer is wrong: see error
    Unknown, ///< an earlier layer is invalid, so this layer's input is unknown
};

/** One layer of a column after shape inference. Counts are exact integers; memory is in bytes. */
struct LayerResult {
    int index = 0;      ///< 1-based position in the column
    std::string token;  ///< as written
    LayerStatus status = LayerStatus::Unknown;
    std::optional<Error> error; ///< set when status is Invalid; names "layer" and "token"
    bool parsed = false;        ///< spec holds the parsed token
    LayerSpec spec;
    RowGroup group = RowGroup::Feature;
    int block = 0;              ///< 1-based block for Feature and Pool rows, 0 otherwise

    Shape input;                ///< H×W×D entering the layer
    Shape output;               ///< H×W×D leaving it; FC and softmax after FC give 1×1×N
    SizeStep height, width;     ///< conv and max-pool only
    long long fanIn = 0;        ///< conv: k·k·D_in inputs per filter; fc: H·W·D flattened inputs
    long long weights = 0;      ///< conv: k·k·D_in·D_out; fc: fanIn·units
    long long biases = 0;       ///< one per filter or unit
    long long params = 0;       ///< weights + biases
    long long macs = 0;         ///< conv: H_out·W_out·D_out·k·k·D_in; fc: fanIn·units; others 0
    bool hasReceptiveField = false; ///< false for fc and whatever follows it
    long long receptiveField = 0;   ///< side of the input window one output unit sees, in input pixels
    long long receptiveFieldIn = 1; ///< the same for one unit of this layer's input
    long long jumpIn = 1;           ///< input pixels between neighbouring units of this layer's input
    long long jumpOut = 1;          ///< the same for its output: jumpIn·stride
    long long memoryBytes = 0;      ///< output activations stored as float32: H·W·D·4 bytes
};

/** A whole column: every layer plus totals. Totals are valid only when ok(). */
struct ColumnResult {
    Shape input;
    std::vector<LayerResult> layers;
    long long totalParams = 0;      ///< sum of params over all layers
    long long totalMacs = 0;        ///< sum of MACs over all layers
    long long totalMemoryBytes = 0; ///< sum of every layer's output activations (float32), input excluded
    long long inputMemoryBytes = 0; ///< the input volume in float32: H·W·C·4
    int weightLayers = 0;           ///< conv + fc layers, the paper's "weight layers"
    std::optional<Error> error;     ///< the first error in layer order, or vgg.empty for no layers

    bool ok() const { return !error.has_value(); }
};

/** Bytes per stored activation: float32. */
inline constexpr long long kBytesPerActivation = 4;

/**
 * Infers every layer's output H×W×D, parameters, MACs, receptive field and float32 memory
 * for an input volume, and the column's totals. Never fails: each bad layer carries its error
 * (vgg.* keys with "layer" and "token") and layers after the first bad one are Unknown; an input
 * with a side < 1 or > kMaxSize leaves every layer Unknown (vgg.bad_input_size, vgg.input_too_large).
 * Shape errors: vgg.shrinks_to_nothing {height, width, kernel, padding}, vgg.overflow.
 */
ColumnResult analyse(const Shape &input, const std::vector<std::string> &tokens);

/** analyse(), or the first error when any layer is invalid (or vgg.empty for no tokens). */
Result<ColumnResult> infer(const Shape &input, const std::vector<std::string> &tokens);

} // namespace dlt::arch
