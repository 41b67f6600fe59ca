#pragma once

#include <map>
#include <string>
#include <utility>

namespace dlt {

/**
 * A failure reported by core: a stable machine key plus named arguments.
 * Core never builds UI text; ui/text maps the key to a translated sentence
 * and substitutes the arguments (for example "line", "column", "token", "layer").
 */
struct Error {
    std::string key;                           ///< e.g. "matrix.bad_number", "conv.filter_too_large"
    std::map<std::string, std::string> args;   ///< named data, e.g. {"line","3"}

    Error() = default;
    explicit Error(std::string k) : key(std::move(k)) {}
    Error(std::string k, std::map<std::string, std::string> a) : key(std::move(k)), args(std::move(a)) {}

    /** Adds (or replaces) one argument and returns *this, for chaining. */
    Error &with(const std::string &name, const std::string &value);
    Error &with(const std::string &name, long long value);
    Error &with(const std::string &name, double value);

    /** The argument's value, or an empty string. */
    std::string arg(const std::string &name) const;

    /** A plain English rendering for logs and tests: "key(name=value, ...)". Not UI text. */
    std::string debugString() const;
};

/** Formats a double the way error arguments and matrix text do: shortest round-trip form. */
std::string formatNumber(double v);

} // namespace dlt
