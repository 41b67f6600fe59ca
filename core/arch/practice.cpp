#include "practice.h"

#include <cctype>
#include <string>

namespace dlt::arch {
namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// A whole number with optional digit-group separators; nothing when it is not one.
std::optional<long long> readCount(std::string_view s)
{
    s = trimmed(s);
    if (s.empty())
        return std::nullopt;
    long long v = 0;
    bool digits = false;
    for (char ch : s) {
        if (std::isdigit(static_cast<unsigned char>(ch))) {
            if (__builtin_mul_overflow(v, 10LL, &v) || __builtin_add_overflow(v, static_cast<long long>(ch - '0'), &v))
                return std::nullopt;
            digits = true;
        } else if (ch != ',' && ch != '_' && ch != '\'' && ch != ' ') {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    return v;
}

} // namespace

AnswerCheck checkShapeAnswer(const Shape &expected, std::string_view answer)
{
    AnswerCheck r;
    answer = trimmed(answer);
    if (answer.empty())
        return r;
    Result<Shape> s = parseShape(answer);
    if (!s) {
        const std::optional<long long> n = readCount(answer);
        if (!n || expected.h != 1 || expected.w != 1) {
            r.verdict = Verdict::Malformed;
            return r;
        }
        s = Shape{1, 1, *n};
    }
    r.shape = *s;
    const bool spatial = s->h == expected.h && s->w == expected.w;
    const bool depth = s->c == expected.c;
    r.verdict = spatial && depth ? Verdict::Correct
        : spatial                ? Verdict::WrongDepth
        : depth                  ? Verdict::WrongSpatial
                                 : Verdict::WrongShape;
    return r;
}

AnswerCheck checkCountAnswer(long long expected, std::string_view answer, std::optional<long long> weightsOnly)
{
    AnswerCheck r;
    if (trimmed(answer).empty())
        return r;
    r.count = readCount(answer);
    if (!r.count)
        r.verdict = Verdict::Malformed;
    else if (*r.count == expected)
        r.verdict = Verdict::Correct;
    else if (weightsOnly && *weightsOnly != expected && *r.count == *weightsOnly)
        r.verdict = Verdict::ForgotBiases;
    else
        r.verdict = *r.count > expected ? Verdict::TooHigh : Verdict::TooLow;
    return r;
}

AnswerCheck checkSideAnswer(long long expected, std::string_view answer)
{
    const std::string_view t = trimmed(answer);
    // "10x10" or "10×10": both sides must be the same number.
    for (const std::string_view sep : {std::string_view("x"), std::string_view("X"), std::string_view("\xC3\x97")}) {
        const size_t at = t.find(sep);
        if (at == std::string_view::npos)
            continue;
        const std::optional<long long> a = readCount(t.substr(0, at));
        const std::optional<long long> b = readCount(t.substr(at + sep.size()));
        if (!a || !b || *a != *b) {
            AnswerCheck r;
            r.verdict = Verdict::Malformed;
            return r;
        }
        return checkCountAnswer(expected, t.substr(0, at));
    }
    return checkCountAnswer(expected, t);
}

Tally tally(const std::vector<Verdict> &verdicts, int cells)
{
    Tally t;
    t.cells = cells;
    for (Verdict v : verdicts) {
        if (v == Verdict::Empty)
            continue;
        ++t.answered;
        if (v == Verdict::Correct)
            ++t.correct;
    }
    return t;
}

} // namespace dlt::arch
