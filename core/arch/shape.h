#pragma once

#include "common/result.h"

#include <string>
#include <string_view>

namespace dlt::arch {

/** Largest accepted value for any single size (input side, depth, kernel, filters, units, stride, padding). */
inline constexpr long long kMaxSize = 1'000'000;

/** A volume size: height × width × depth (channels). A valid shape has every side ≥ 1. */
struct Shape {
    long long h = 0; ///< rows
    long long w = 0; ///< columns
    long long c = 0; ///< depth (channels or filters)

    /** h·w·c, the number of values in the volume. */
    long long elements() const { return h * w * c; }
    bool operator==(const Shape &) const = default;
};

/**
 * Parses an input size "H×W×C": three whole numbers separated by 'x', 'X', '×' or '*',
 * spaces allowed around them ("224x224x3", "224 × 224 × 3").
 * Errors: vgg.bad_input {value} when it is not three numbers; vgg.bad_input_size {value, number}
 * for a zero or negative side; vgg.input_too_large {value, limit} beyond kMaxSize.
 */
Result<Shape> parseShape(std::string_view text);

/** "224x224x3": the plain ASCII form parseShape reads back. */
std::string formatShape(const Shape &shape);

} // namespace dlt::arch
