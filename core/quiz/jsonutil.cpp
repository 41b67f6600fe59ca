#include "jsonutil.h"

#include <string>

namespace dlt::quiz::jsonutil {

std::optional<Error> parse(std::string_view text, nlohmann::json &out, const char *prefix)
{
    try {
        out = nlohmann::json::parse(text.begin(), text.end());
        return std::nullopt;
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based position of the character the parser stopped on; past the end means truncated.
        const size_t stop = e.byte == 0 ? 0 : std::min(size_t(e.byte - 1), text.size());
        long long line = 1, column = 1;
        for (size_t i = 0; i < stop; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        const bool truncated = e.byte > text.size();
        return Error(std::string(prefix) + (truncated ? ".truncated_json" : ".invalid_json"))
            .with("line", line)
            .with("column", column);
    } catch (const nlohmann::json::exception &) {
        return Error(std::string(prefix) + ".invalid_json").with("line", 1LL).with("column", 1LL);
    }
}

} // namespace dlt::quiz::jsonutil
