#pragma once

#include "cli/args.h"

#include "rnn/analysis.h"

#include <optional>
#include <vector>

namespace cli {

/** The options that set up a gradient analysis: --whh, --whh-file, --activation, --steps, --bias, --h0, --loss-grad. */
std::vector<OptionSpec> rnnInputOptions();

/**
 * Reads the inputs of `dltutor rnn` and `dltutor export rnn`, starting from the seed's
 * (W_hh all 3.5, sigmoid, T = 50). On bad input it reports one line for subcommand and returns
 * the exit status; nullopt when inputs is set.
 */
std::optional<int> parseRnnInputs(const QString &subcommand, const Args &a, dlt::rnn::Inputs &inputs);

} // namespace cli
