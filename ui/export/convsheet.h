#pragma once

#include "convproblem.h"
#include "worksheet.h"

/** Largest trace (steps × taps) written out as a worked solution sheet; larger ones give export.sheet_too_large. */
inline constexpr long long kMaxSheetTaps = 20'000;

/**
 * The worked solution of a convolution as a Worksheet: the input (and the padded input) with
 * the filter (and, in convolution mode, the flipped filter), the spec, the output-size formula
 * with its numbers per axis, every step's arithmetic in order, and the output matrix.
 * Formatting only: every number is read from problem.trace. Errors: export.sheet_too_large(taps, max).
 */
dlt::Result<Worksheet> buildConvSheet(const ConvProblem &problem);
