#include "configs.h"

#include <cctype>

namespace dlt::arch {
namespace {

// Builds a column from its five conv blocks (each followed by M) and the shared classifier,
// exactly as the columns of Table 1 read from top to bottom.
std::vector<std::string> column(const std::vector<std::vector<std::string>> &blocks)
{
    std::vector<std::string> tokens;
    for (const auto &block : blocks) {
        tokens.insert(tokens.end(), block.begin(), block.end());
        tokens.push_back("M");
    }
    for (const char *t : {"FC4096", "FC4096", "FC1000", "S"})
        tokens.push_back(t);
    return tokens;
}

std::vector<StandardConfig> build()
{
    const std::string c64 = "C3D64", c128 = "C3D128", c256 = "C3D256", c512 = "C3D512";
    return {
        {"A", column({{c64}, {c128}, {c256, c256}, {c512, c512}, {c512, c512}}), 133},
        {"A-LRN", column({{c64, "LRN"}, {c128}, {c256, c256}, {c512, c512}, {c512, c512}}), 133},
        {"B", column({{c64, c64}, {c128, c128}, {c256, c256}, {c512, c512}, {c512, c512}}), 133},
        {"C", column({{c64, c64}, {c128, c128}, {c256, c256, "C1D256"}, {c512, c512, "C1D512"},
                      {c512, c512, "C1D512"}}), 134},
        {"D", column({{c64, c64}, {c128, c128}, {c256, c256, c256}, {c512, c512, c512}, {c512, c512, c512}}), 138},
        {"E", column({{c64, c64}, {c128, c128}, {c256, c256, c256, c256}, {c512, c512, c512, c512},
                      {c512, c512, c512, c512}}), 144},
    };
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

} // namespace

const std::vector<StandardConfig> &standardConfigs()
{
    static const std::vector<StandardConfig> configs = build();
    return configs;
}

std::optional<StandardConfig> standardConfig(std::string_view name)
{
    for (const StandardConfig &c : standardConfigs())
        if (equalsIgnoringCase(c.name, name))
            return c;
    return std::nullopt;
}

} // namespace dlt::arch
