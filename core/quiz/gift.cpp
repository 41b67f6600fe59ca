#include "gift.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace dlt::quiz {

namespace {

// The 1-based line and byte column of the first byte that is not well-formed UTF-8, if any.
std::optional<std::pair<int, int>> firstInvalidUtf8(std::string_view s)
{
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        size_t len = 0;
        unsigned min = 0, cp = 0;
        if (b < 0x80) {
            if (b == '\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; min = 0x80; }
        else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; min = 0x800; }
        else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; min = 0x10000; }
        bool ok = len != 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            ok = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::pair<int, int>{line, int(i - lineStart) + 1};
        i += len;
    }
    return std::nullopt;
}

// ---- text with escapes resolved, each character remembering whether it was escaped ----

struct Ch {
    char c;
    bool escaped;
};
using Text = std::vector<Ch>;
constexpr size_t npos = size_t(-1);

Text unescape(std::string_view s)
{
    Text t;
    t.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char n = s[i + 1];
            if (n == 'n') {
                t.push_back({ '\n', true });
                ++i;
                continue;
            }
            if (std::string_view("~=#{}:\\").find(n) != std::string_view::npos) {
                t.push_back({ n, true });
                ++i;
                continue;
            }
        }
        t.push_back({ s[i], false });
    }
    return t;
}

size_t find(const Text &t, char c, size_t from = 0, size_t to = npos)
{
    to = std::min(to, t.size());
    for (size_t i = from; i < to; ++i)
        if (!t[i].escaped && t[i].c == c)
            return i;
    return npos;
}

size_t findStr(const Text &t, std::string_view s, size_t from = 0)
{
    if (t.size() < s.size())
        return npos;
    for (size_t i = from; i + s.size() <= t.size(); ++i) {
        bool match = true;
        for (size_t k = 0; k < s.size() && match; ++k)
            match = !t[i + k].escaped && t[i + k].c == s[k];
        if (match)
            return i;
    }
    return npos;
}

size_t rfindStr(const Text &t, std::string_view s)
{
    size_t found = npos;
    for (size_t i = findStr(t, s); i != npos; i = findStr(t, s, i + 1))
        found = i;
    return found;
}

Text slice(const Text &t, size_t from, size_t to = npos)
{
    to = std::min(to, t.size());
    if (from >= to)
        return {};
    return Text(t.begin() + long(from), t.begin() + long(to));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

Text trim(const Text &t)
{
    size_t b = 0, e = t.size();
    while (b < e && !t[b].escaped && isSpace(t[b].c))
        ++b;
    while (e > b && !t[e - 1].escaped && isSpace(t[e - 1].c))
        --e;
    return slice(t, b, e);
}

std::string str(const Text &t)
{
    std::string s;
    s.reserve(t.size());
    for (const Ch &c : t)
        s += c.c;
    return s;
}

std::string trimmed(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

std::optional<double> number(std::string_view s)
{
    const std::string t = trimmed(s);
    if (t.empty())
        return std::nullopt;
    const char *b = t.data();
    if (*b == '+')
        ++b;
    double v = 0;
    const auto res = std::from_chars(b, t.data() + t.size(), v);
    if (res.ec != std::errc() || res.ptr != t.data() + t.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Drops Moodle's text-format marker ([html], [moodle], [plain], [markdown]) at the start.
Text dropFormat(const Text &t)
{
    if (t.empty() || t[0].escaped || t[0].c != '[')
        return t;
    const size_t close = find(t, ']');
    if (close == npos)
        return t;
    const std::string name = str(slice(t, 1, close));
    if (name == "html" || name == "moodle" || name == "plain" || name == "markdown")
        return trim(slice(t, close + 1));
    return t;
}

std::string clean(const Text &t)
{
    return str(trim(dropFormat(trim(t))));
}

// Splits at unescaped separator (first occurrence only when once).
std::vector<Text> split(const Text &t, char sep, bool once = false)
{
    std::vector<Text> parts;
    size_t start = 0;
    for (size_t i = find(t, sep); i != npos; i = find(t, sep, i + 1)) {
        parts.push_back(slice(t, start, i));
        start = i + 1;
        if (once)
            break;
    }
    parts.push_back(slice(t, start));
    return parts;
}

// The last segment of a Moodle category path; "//" stands for a literal '/'.
std::string categoryTopic(std::string_view path)
{
    std::vector<std::string> segments(1);
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
            segments.back() += '/';
            ++i;
        } else if (path[i] == '/') {
            segments.emplace_back();
        } else {
            segments.back() += path[i];
        }
    }
    for (auto it = segments.rbegin(); it != segments.rend(); ++it)
        if (!trimmed(*it).empty())
            return trimmed(*it);
    return "general";
}

std::string metaUnescape(std::string_view s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == 'n' || s[i + 1] == '\\')) {
            out += s[i + 1] == 'n' ? '\n' : '\\';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

struct Block {
    std::vector<std::string> lines; // content lines (comments removed)
    std::map<std::string, std::string> meta;
    int firstLine = 0; // 1-based line of the first content line
};

class GiftReader
{
public:
    BankLoad read(std::string_view text)
    {
        // Every string of a bank is UTF-8 (the JSON writer refuses anything else), so a file that
        // is not UTF-8 is refused here, pointing at the first bad byte.
        if (std::optional<std::pair<int, int>> bad = firstInvalidUtf8(text)) {
            BankLoad load;
            load.problems.push_back(
                Error("gift.invalid_utf8").with("line", (long long)bad->first).with("column", (long long)bad->second));
            return load;
        }
        // A carriage return is line-ending noise (CRLF files, stray CRs): the writer never emits
        // one, so the reader drops them all and an import → export → import round trip is exact.
        std::string noCr;
        noCr.reserve(text.size());
        for (char c : text)
            if (c != '\r')
                noCr += c;
        for (const Block &b : blocks(noCr))
            readBlock(b);
        BankLoad load;
        if (m_questions.empty() && m_problems.empty())
            m_problems.push_back(Error("gift.empty"));
        if (!m_questions.empty()) {
            // The bank's own checks, with each problem pointing back at the GIFT question.
            BankLoad checked = parseBankJson(bankToJson(Bank { m_title, m_questions }));
            for (Error &e : checked.problems) {
                const std::string idx = e.arg("index");
                if (!idx.empty()) {
                    const size_t k = size_t(std::stoul(idx)) - 1;
                    if (k < m_ordinals.size())
                        e.with("index", (long long)m_ordinals[k]).with("line", (long long)m_lines[k]);
                }
                m_problems.push_back(std::move(e));
            }
            load.bank = std::move(checked.bank);
        }
        if (!m_problems.empty()) {
            load.bank = Bank {};
            load.problems = std::move(m_problems);
        }
        return load;
    }

private:
    std::vector<Block> blocks(std::string_view text)
    {
        std::vector<Block> out;
        Block cur;
        bool open = false;
        int lineNo = 0;
        size_t pos = 0;
        auto flush = [&] {
            if (open)
                out.push_back(std::move(cur));
            cur = Block {};
            open = false;
        };
        while (pos <= text.size()) {
            size_t end = text.find('\n', pos);
            if (end == std::string_view::npos)
                end = text.size();
            std::string_view line = text.substr(pos, end - pos);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            ++lineNo;
            const std::string t = trimmed(line);
            if (t.empty()) {
                flush();
            } else if (t.rfind("//", 0) == 0) {
                open = true;
                const std::string body = trimmed(std::string_view(t).substr(2));
                if (body.rfind("dltutor-", 0) == 0) {
                    const size_t colon = body.find(':');
                    if (colon != std::string::npos)
                        cur.meta[body.substr(8, colon - 8)]
                            = metaUnescape(trimmed(std::string_view(body).substr(colon + 1)));
                }
            } else {
                if (cur.lines.empty())
                    cur.firstLine = lineNo;
                open = true;
                cur.lines.emplace_back(line);
            }
            if (end == text.size())
                break;
            pos = end + 1;
        }
        flush();
        return out;
    }

    void readBlock(const Block &b)
    {
        if (auto it = b.meta.find("bank"); it != b.meta.end())
            m_title = it->second;
        if (b.lines.empty())
            return;
        std::string joined;
        for (const std::string &l : b.lines)
            joined += (joined.empty() ? "" : "\n") + l;
        joined = trimmed(joined);
        if (joined.rfind("$CATEGORY:", 0) == 0) {
            m_topic = categoryTopic(std::string_view(joined).substr(10));
            return;
        }
        ++m_ordinal;
        m_line = b.firstLine;
        m_where.clear();

        Text t = trim(unescape(joined));
        Question q;
        q.topic = m_topic;
        if (findStr(t, "::") == 0) {
            const size_t end = findStr(t, "::", 2);
            if (end == npos) {
                reportAt("gift.bad_title");
                return;
            }
            q.id = trimmed(str(slice(t, 2, end)));
            m_where = q.id;
            t = trim(slice(t, end + 2));
        }
        const size_t open = find(t, '{'), close = find(t, '}');
        if (open == npos && close == npos) {
            reportAt("gift.unsupported_question").with("kind", std::string("description"));
            return;
        }
        if (open == npos || close == npos || close < open || find(t, '{', open + 1, close) != npos) {
            reportAt("gift.unbalanced_braces");
            return;
        }
        const Text before = trim(slice(t, 0, open)), after = trim(slice(t, close + 1));
        Text promptText = before;
        if (!after.empty()) {
            for (char c : std::string(" _____ "))
                promptText.push_back({ c, false });
            promptText.insert(promptText.end(), after.begin(), after.end());
        }
        q.prompt = clean(promptText);

        Text answers = trim(slice(t, open + 1, close));
        if (const size_t gf = rfindStr(answers, "####"); gf != npos) {
            q.explanation = clean(slice(answers, gf + 4));
            answers = trim(slice(answers, 0, gf));
        }
        if (!readAnswers(answers, q))
            return;
        if (auto it = b.meta.find("points"); it != b.meta.end()) {
            if (auto p = number(it->second))
                q.points = *p;
            else
                reportAt("gift.bad_metadata").with("field", std::string("points")).with("value", it->second);
        }
        if (auto it = b.meta.find("source"); it != b.meta.end())
            q.source = it->second;
        if (q.id.empty())
            q.id = "gift-" + std::to_string(m_ordinal);
        q.id = uniqueId(q.id);
        m_questions.push_back(std::move(q));
        m_ordinals.push_back(m_ordinal);
        m_lines.push_back(m_line);
    }

    Error &reportAt(const char *key)
    {
        Error e(key);
        e.with("question", m_where.empty() ? "#" + std::to_string(m_ordinal) : m_where)
            .with("index", (long long)m_ordinal)
            .with("line", (long long)m_line);
        m_problems.push_back(std::move(e));
        return m_problems.back();
    }

    std::string uniqueId(const std::string &id)
    {
        std::string out = id;
        for (int n = 2; m_ids.count(out); ++n)
            out = id + "-" + std::to_string(n);
        m_ids.insert({ out, true });
        return out;
    }

    bool readAnswers(const Text &a, Question &q)
    {
        if (a.empty()) {
            reportAt("gift.unsupported_question").with("kind", std::string("essay"));
            return false;
        }
        if (!a[0].escaped && a[0].c == '#')
            return readNumeric(trim(slice(a, 1)), q);
        if (find(a, '~') != npos)
            return readChoices(a, q);
        if (find(a, '=') != npos && findStr(a, "->") != npos) {
            reportAt("gift.unsupported_question").with("kind", std::string("matching"));
            return false;
        }
        const auto parts = split(a, '#');
        std::string word = str(trim(parts[0]));
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        if (word != "T" && word != "TRUE" && word != "F" && word != "FALSE") {
            reportAt("gift.unsupported_question").with("kind", std::string("short answer"));
            return false;
        }
        q.type = QuestionType::TrueFalse;
        q.answerBool = word[0] == 'T';
        // {T#feedback for a wrong answer#feedback for a right answer}: the first says why the other answer is wrong.
        if (q.explanation.empty() && parts.size() > 1)
            q.explanation = clean(parts[1]);
        return true;
    }

    bool readNumeric(const Text &body, Question &q)
    {
        q.type = QuestionType::Numeric;
        std::vector<Text> answers;
        for (const Text &p : split(body, '='))
            if (!trim(p).empty())
                answers.push_back(trim(p));
        if (answers.size() != 1) {
            reportAt("gift.unsupported_question").with("kind", std::string("numeric with several answers"));
            return false;
        }
        Text ans = answers[0];
        if (!ans.empty() && ans[0].c == '%' && !ans[0].escaped) {
            const size_t end = find(ans, '%', 1);
            const auto w = end == npos ? std::nullopt : number(str(slice(ans, 1, end)));
            if (!w || *w != 100) {
                reportAt("gift.partial_credit");
                return false;
            }
            ans = slice(ans, end + 1);
        }
        const std::string value = trimmed(str(split(ans, '#', true)[0]));
        if (const size_t dots = value.find(".."); dots != std::string::npos) {
            const auto lo = number(value.substr(0, dots)), hi = number(value.substr(dots + 2));
            if (!lo || !hi || *hi < *lo) {
                reportAt("gift.bad_number").with("value", value);
                return false;
            }
            q.answerNumber = (*lo + *hi) / 2;
            q.tolerance = (*hi - *lo) / 2;
            return true;
        }
        const size_t colon = value.find(':');
        const auto v = number(value.substr(0, colon));
        const auto tol = colon == std::string::npos ? std::optional<double>(0) : number(value.substr(colon + 1));
        if (!v || !tol) {
            reportAt("gift.bad_number").with("value", value);
            return false;
        }
        q.answerNumber = *v;
        q.tolerance = std::abs(*tol);
        return true;
    }

    bool readChoices(const Text &a, Question &q)
    {
        struct Choice {
            char marker;
            double weight;
            std::string text, feedback;
        };
        std::vector<Choice> choices;
        size_t start = npos;
        auto take = [&](size_t from, size_t to) -> bool {
            Text body = trim(slice(a, from + 1, to));
            Choice c { a[from].c, a[from].c == '=' ? 100.0 : 0.0, {}, {} };
            if (c.marker == '~' && !body.empty() && !body[0].escaped && body[0].c == '%') {
                const size_t end = find(body, '%', 1);
                const auto w = end == npos ? std::nullopt : number(str(slice(body, 1, end)));
                if (!w) {
                    reportAt("gift.bad_weight").with("value", str(slice(body, 0, end == npos ? body.size() : end + 1)));
                    return false;
                }
                c.weight = *w;
                body = trim(slice(body, end + 1));
            }
            const auto parts = split(body, '#', true);
            c.text = clean(parts[0]);
            c.feedback = parts.size() > 1 ? clean(parts[1]) : std::string();
            choices.push_back(std::move(c));
            return true;
        };
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i].escaped || (a[i].c != '~' && a[i].c != '='))
                continue;
            if (start != npos && !take(start, i))
                return false;
            start = i;
        }
        if (start != npos && !take(start, a.size()))
            return false;
        const int equals
            = int(std::count_if(choices.begin(), choices.end(), [](const Choice &c) { return c.marker == '='; }));
        for (const Choice &c : choices) {
            q.choices.push_back(c.text);
            q.choiceExplanations.push_back(c.feedback);
        }
        if (std::all_of(q.choiceExplanations.begin(), q.choiceExplanations.end(),
                [](const std::string &s) { return s.empty(); }))
            q.choiceExplanations.clear();
        if (equals > 0) {
            if (equals > 1) {
                reportAt("gift.several_correct");
                return false;
            }
            if (std::any_of(
                    choices.begin(), choices.end(), [](const Choice &c) { return c.marker == '~' && c.weight > 0; })) {
                reportAt("gift.partial_credit");
                return false;
            }
            q.type = QuestionType::SingleChoice;
            for (size_t i = 0; i < choices.size(); ++i)
                if (choices[i].marker == '=')
                    q.answerIndex = int(i);
            return true;
        }
        q.type = QuestionType::MultipleChoice;
        for (size_t i = 0; i < choices.size(); ++i)
            if (choices[i].weight > 0)
                q.answerIndices.push_back(int(i));
        if (q.answerIndices.empty()) {
            reportAt("gift.no_correct_choice");
            return false;
        }
        return true;
    }

    std::string m_title;
    std::string m_topic = "general";
    std::string m_where;
    int m_ordinal = 0;
    int m_line = 0;
    std::vector<Question> m_questions;
    std::vector<int> m_ordinals;
    std::vector<int> m_lines;
    std::map<std::string, bool> m_ids;
    std::vector<Error> m_problems;
};

// ---- writing ----

std::string escape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '\r')
            continue;
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (std::string_view("~=#{}:\\").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

std::string metaEscape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '\r')
            continue;
        if (c == '\n')
            out += "\\n";
        else if (c == '\\')
            out += "\\\\";
        else
            out += c;
    }
    return out;
}

std::string categoryPath(std::string_view topic)
{
    std::string out;
    for (char c : topic)
        out += c == '/' ? std::string("//") : std::string(1, c);
    return out;
}

std::string percent(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.5f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string feedback(const Question &q, size_t i)
{
    if (i < q.choiceExplanations.size() && !q.choiceExplanations[i].empty())
        return "#" + escape(q.choiceExplanations[i]);
    return {};
}

} // namespace

BankLoad parseGift(std::string_view text)
{
    return GiftReader().read(text);
}

GiftExport bankToGift(const Bank &bank)
{
    GiftExport out;
    std::string &s = out.text;
    s += "// GIFT written by DL Tutor; the dltutor-* comments keep what GIFT has no field for.\n";
    if (!bank.title.empty())
        s += "// dltutor-bank: " + metaEscape(bank.title) + "\n";
    s += "\n";
    std::string topic;
    bool first = true;
    for (size_t n = 0; n < bank.questions.size(); ++n) {
        const Question &q = bank.questions[n];
        const auto where = [&](const char *key) -> Error & {
            out.problems.push_back(Error(key).with("question", q.id).with("index", (long long)(n + 1)));
            return out.problems.back();
        };
        if (q.type == QuestionType::Matrix) {
            where("gift.unsupported_type").with("type", std::string(typeName(q.type)));
            continue;
        }
        if (!q.figures.empty()) {
            where("gift.unsupported_field").with("field", std::string("figures"));
            continue;
        }
        if (first || q.topic != topic) {
            s += "$CATEGORY: " + categoryPath(q.topic) + "\n\n";
            topic = q.topic;
            first = false;
        }
        if (q.points != 1)
            s += "// dltutor-points: " + formatNumber(q.points) + "\n";
        if (!q.source.empty())
            s += "// dltutor-source: " + metaEscape(q.source) + "\n";
        s += "::" + escape(q.id) + "::[plain]" + escape(q.prompt) + " {";
        switch (q.type) {
        case QuestionType::TrueFalse:
            s += q.answerBool ? "TRUE" : "FALSE";
            break;
        case QuestionType::SingleChoice:
            for (size_t i = 0; i < q.choices.size(); ++i)
                s += std::string(i ? " " : "") + (int(i) == q.answerIndex ? "=" : "~") + escape(q.choices[i])
                    + feedback(q, i);
            break;
        case QuestionType::MultipleChoice: {
            const size_t k = q.answerIndices.size(), wrong = q.choices.size() - k;
            for (size_t i = 0; i < q.choices.size(); ++i) {
                const bool right = std::binary_search(q.answerIndices.begin(), q.answerIndices.end(), int(i));
                const std::string w = right ? percent(100.0 / double(k)) : "-" + percent(100.0 / double(wrong));
                s += std::string(i ? " " : "") + "~%" + w + "%" + escape(q.choices[i]) + feedback(q, i);
            }
            break;
        }
        case QuestionType::Numeric:
            s += "#" + formatNumber(q.answerNumber);
            if (q.tolerance != 0)
                s += ":" + formatNumber(q.tolerance);
            break;
        case QuestionType::Matrix:
            break;
        }
        if (!q.explanation.empty())
            s += " ####" + escape(q.explanation);
        s += "}\n\n";
    }
    if (!out.problems.empty())
        out.text.clear();
    return out;
}

} // namespace dlt::quiz
