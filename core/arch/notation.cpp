#include "layer.h"
#include "shape.h"

#include <cctype>
#include <optional>

namespace dlt::arch {
namespace {

// A signed whole number read from text; `tooLarge` when its magnitude passes kMaxSize.
struct Number {
    long long value = 0;
    bool tooLarge = false;
};

// Reads [-+]?digits at pos. Returns nothing (pos unchanged) when there are no digits.
std::optional<Number> readNumber(std::string_view s, size_t &pos)
{
    size_t i = pos;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        negative = s[i] == '-';
        ++i;
    }
    const size_t digitsStart = i;
    Number n;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        if (!n.tooLarge) {
            n.value = n.value * 10 + (s[i] - '0');
            if (n.value > kMaxSize)
                n.tooLarge = true;
        }
        ++i;
    }
    if (i == digitsStart)
        return std::nullopt;
    if (negative)
        n.value = -n.value;
    pos = i;
    return n;
}

bool isSpace(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

void skipSpaces(std::string_view s, size_t &pos)
{
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
}

// Consumes one size separator: x, X, * or the UTF-8 multiplication sign.
bool readSeparator(std::string_view s, size_t &pos)
{
    if (pos < s.size() && (s[pos] == 'x' || s[pos] == 'X' || s[pos] == '*')) {
        ++pos;
        return true;
    }
    if (s.substr(pos, 2) == "\xC3\x97") {
        pos += 2;
        return true;
    }
    return false;
}

std::string upper(std::string_view s)
{
    std::string u(s);
    for (char &ch : u)
        ch = char(std::toupper(static_cast<unsigned char>(ch)));
    return u;
}

Error layerError(const char *key, std::string_view token, int layer)
{
    return Error(key).with("layer", static_cast<long long>(layer)).with("token", std::string(token));
}

// Checks one size read from a token: `minimum` is 1 for counts and kernels, 0 for padding.
std::optional<Error> checkSize(const Number &n, long long minimum, std::string_view token, int layer)
{
    if (n.tooLarge)
        return layerError("vgg.size_too_large", token, layer).with("limit", kMaxSize);
    if (n.value < minimum)
        return layerError("vgg.bad_layer_size", token, layer).with("value", n.value);
    return std::nullopt;
}

} // namespace

Result<Shape> parseShape(std::string_view text)
{
    const Error malformed = Error("vgg.bad_input").with("value", std::string(text));
    long long sides[3] = {0, 0, 0};
    size_t pos = 0;
    for (int i = 0; i < 3; ++i) {
        skipSpaces(text, pos);
        if (i > 0) {
            if (!readSeparator(text, pos))
                return malformed;
            skipSpaces(text, pos);
        }
        const std::optional<Number> n = readNumber(text, pos);
        if (!n)
            return malformed;
        if (n->tooLarge)
            return Error("vgg.input_too_large").with("value", std::string(text)).with("limit", kMaxSize);
        sides[i] = n->value;
    }
    skipSpaces(text, pos);
    if (pos != text.size())
        return malformed;
    for (long long side : sides)
        if (side < 1)
            return Error("vgg.bad_input_size").with("value", std::string(text)).with("number", side);
    return Shape{sides[0], sides[1], sides[2]};
}

std::string formatShape(const Shape &shape)
{
    return std::to_string(shape.h) + "x" + std::to_string(shape.w) + "x" + std::to_string(shape.c);
}

const char *kindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv: return "conv";
    case LayerKind::Lrn: return "lrn";
    case LayerKind::MaxPool: return "maxpool";
    case LayerKind::FullyConnected: return "fc";
    case LayerKind::Softmax: return "softmax";
    }
    return "conv";
}

Result<LayerSpec> parseLayer(std::string_view token, int layer)
{
    const std::string t = upper(token);
    if (t.empty())
        return layerError("vgg.unknown_token", token, layer);
    if (t == "LRN")
        return LayerSpec{LayerKind::Lrn, 0, 1, 0, 0};
    if (t == "S" || t == "SOFTMAX")
        return LayerSpec{LayerKind::Softmax, 0, 1, 0, 0};

    size_t pos = 0;
    if (t.rfind("FC", 0) == 0) {
        pos = 2;
        const std::optional<Number> units = readNumber(t, pos);
        if (!units || pos != t.size())
            return layerError("vgg.bad_fc", token, layer);
        if (auto e = checkSize(*units, 1, token, layer))
            return *e;
        return LayerSpec{LayerKind::FullyConnected, 0, 1, 0, units->value};
    }
    if (t[0] == 'M') {
        pos = 1;
        LayerSpec spec{LayerKind::MaxPool, 2, 2, 0, 0};
        if (const std::optional<Number> k = readNumber(t, pos)) {
            if (auto e = checkSize(*k, 1, token, layer))
                return *e;
            spec.kernel = spec.stride = k->value;
        }
        if (pos < t.size() && t[pos] == 'S') {
            ++pos;
            const std::optional<Number> s = readNumber(t, pos);
            if (!s)
                return layerError("vgg.bad_pool", token, layer);
            if (auto e = checkSize(*s, 1, token, layer))
                return *e;
            spec.stride = s->value;
        }
        if (pos != t.size())
            return layerError("vgg.bad_pool", token, layer);
        return spec;
    }
    if (t[0] == 'C') {
        pos = 1;
        const std::optional<Number> k = readNumber(t, pos);
        if (!k || pos >= t.size() || t[pos] != 'D')
            return layerError("vgg.bad_conv", token, layer);
        ++pos;
        const std::optional<Number> n = readNumber(t, pos);
        if (!n)
            return layerError("vgg.bad_conv", token, layer);
        if (auto e = checkSize(*k, 1, token, layer))
            return *e;
        if (auto e = checkSize(*n, 1, token, layer))
            return *e;
        LayerSpec spec{LayerKind::Conv, k->value, 1, 0, n->value};
        bool strideGiven = false, paddingGiven = false;
        while (pos < t.size()) {
            const char which = t[pos];
            bool &given = which == 'S' ? strideGiven : paddingGiven;
            if ((which != 'S' && which != 'P') || given)
                return layerError("vgg.bad_conv", token, layer);
            ++pos;
            const std::optional<Number> v = readNumber(t, pos);
            if (!v)
                return layerError("vgg.bad_conv", token, layer);
            if (auto e = checkSize(*v, which == 'S' ? 1 : 0, token, layer))
                return *e;
            (which == 'S' ? spec.stride : spec.padding) = v->value;
            given = true;
        }
        if (!paddingGiven) {
            if (spec.kernel % 2 == 0)
                return layerError("vgg.even_kernel", token, layer);
            spec.padding = (spec.kernel - 1) / 2;
        }
        return spec;
    }
    return layerError("vgg.unknown_token", token, layer);
}

std::vector<std::string> splitTokens(std::string_view text)
{
    std::vector<std::string> tokens;
    std::string current;
    for (char ch : text) {
        if (isSpace(ch) || ch == ',' || ch == ';') {
            if (!current.empty())
                tokens.push_back(std::move(current));
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
    return tokens;
}

std::string joinTokens(const std::vector<std::string> &tokens)
{
    std::string s;
    for (const std::string &t : tokens) {
        if (!s.empty())
            s += ' ';
        s += t;
    }
    return s;
}

} // namespace dlt::arch
