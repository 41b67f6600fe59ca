#pragma once

#include "cli/args.h"

#include "conv/conv.h"
#include "matrixtext/matrixtext.h"

#include <optional>
#include <vector>

namespace cli {

/** The options that describe a convolution problem: --input, --filter, --stride, --padding, --dilation, --mode. */
std::vector<OptionSpec> convProblemOptions();

/**
 * Reads the problem of `dltutor conv` and `dltutor export conv` from parsed options: both files
 * (one of them may be '-' for stdin), the spec per axis and the mode. On bad input it reports
 * one line for subcommand and returns the exit status; nullopt when input, filter and spec are set.
 */
std::optional<int> parseConvProblem(const QString &subcommand, const Args &a, dlt::Volume &input, dlt::Volume &filter,
                                    dlt::conv::Spec &spec);

} // namespace cli
