#pragma once

#include "cli/args.h"

#include "arch/shape.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cli {

/** One column to infer: its name ("D", or "custom" for --layers) and its layer tokens. */
using VggColumnTokens = std::pair<QString, std::vector<std::string>>;

/** The options that choose VGG columns: --config, --input, --layers. */
std::vector<OptionSpec> vggColumnOptions();

/**
 * Reads the columns of `dltutor vgg` and `dltutor export vgg`: the input shape (default
 * 224x224x3), and either --layers (one custom column) or --config NAME|all (defaultConfig when
 * absent), in the paper's order for all. On bad input it reports one line for subcommand and
 * returns the exit status.
 */
std::optional<int> parseVggColumns(const QString &subcommand, const Args &a, const QString &defaultConfig,
                                   dlt::arch::Shape &input, std::vector<VggColumnTokens> &columns);

} // namespace cli
