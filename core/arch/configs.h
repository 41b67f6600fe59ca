#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlt::arch {

/** One configuration of Table 1 of Simonyan & Zisserman (2014), in the seed's notation. */
struct StandardConfig {
    std::string name;                ///< "A", "A-LRN", "B", "C", "D" or "E"
    std::vector<std::string> tokens; ///< layers from the first convolution to the softmax
    int paperParamsMillions = 0;     ///< the paper's Table 2 parameter count, in millions
};

/** The six columns A, A-LRN, B, C, D, E in the paper's order. */
const std::vector<StandardConfig> &standardConfigs();

/** The configuration with this name (case-insensitive, "a-lrn" works), or nothing. */
std::optional<StandardConfig> standardConfig(std::string_view name);

} // namespace dlt::arch
