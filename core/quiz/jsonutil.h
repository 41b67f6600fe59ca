#pragma once

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace dlt::quiz::jsonutil {

/**
 * Parses text into out. On failure returns <prefix>.invalid_json or <prefix>.truncated_json
 * (the input ended early) with the 1-based "line" and "column" where the parser stopped.
 */
std::optional<Error> parse(std::string_view text, nlohmann::json &out, const char *prefix);

} // namespace dlt::quiz::jsonutil
