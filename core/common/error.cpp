#include "error.h"

#include <charconv>
#include <cmath>

namespace dlt {

Error &Error::with(const std::string &name, const std::string &value)
{
    args[name] = value;
    return *this;
}

Error &Error::with(const std::string &name, long long value)
{
    args[name] = std::to_string(value);
    return *this;
}

Error &Error::with(const std::string &name, double value)
{
    args[name] = formatNumber(value);
    return *this;
}

std::string Error::arg(const std::string &name) const
{
    auto it = args.find(name);
    return it == args.end() ? std::string() : it->second;
}

std::string Error::debugString() const
{
    std::string s = key + "(";
    bool first = true;
    for (const auto &[k, v] : args) {
        if (!first)
            s += ", ";
        first = false;
        s += k + "=" + v;
    }
    return s + ")";
}

std::string formatNumber(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (v == 0.0)
        return "0"; // also folds -0
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

} // namespace dlt
