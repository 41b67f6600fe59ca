#include "matrixtext.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace dlt {
namespace {

// A cell token with its 1-based position in the text.
struct Token {
    std::string text;
    int line;
    int column;
};

// One row of tokens; line is where the row starts.
struct Row {
    std::vector<Token> cells;
    int line;
};

// One matrix's rows, plus the line it starts on.
struct Block {
    std::vector<Row> rows;
    int line = 0;
};

constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92"; // U+2212

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Splits text into blocks separated by blank lines. Within a line, ';' ends a row.
// Commas and whitespace separate cells; two commas in a row mean an empty cell.
// With options.decimalComma a comma belongs to the number it is in ("1,5"), never separates.
Result<std::vector<Block>> tokenize(std::string_view text, const MatrixLimits &limits, const ParseOptions &options)
{
    std::vector<Block> blocks;
    Block current;
    bool tooLarge = false;
    int line = 1;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view lineText = text.substr(pos, end - pos);

        bool blank = true;
        for (char c : lineText)
            if (!isSpace(c))
                blank = false;
        if (blank) {
            if (!current.rows.empty()) {
                blocks.push_back(std::move(current));
                current = Block{};
            }
        } else {
            if (current.rows.empty())
                current.line = line;
            Row row{{}, line};
            bool lastWasComma = false;
            size_t i = 0;
            auto finishRow = [&] {
                if (!row.cells.empty())
                    current.rows.push_back(std::move(row));
                if (current.rows.size() > size_t(limits.maxRows))
                    tooLarge = true;
                row = Row{{}, line};
                lastWasComma = false;
            };
            while (i < lineText.size()) {
                const char c = lineText[i];
                if (isSpace(c)) {
                    ++i;
                } else if (c == ';') {
                    if (lastWasComma)
                        return Error("matrix.empty_cell").with("line", (long long)line).with("column", (long long)(i + 1));
                    finishRow();
                    ++i;
                } else if (c == ',' && !options.decimalComma) {
                    if (lastWasComma || row.cells.empty())
                        return Error("matrix.empty_cell").with("line", (long long)line).with("column", (long long)(i + 1));
                    lastWasComma = true;
                    ++i;
                } else {
                    const size_t start = i;
                    while (i < lineText.size() && !isSpace(lineText[i]) && lineText[i] != ';'
                           && (options.decimalComma || lineText[i] != ','))
                        ++i;
                    row.cells.push_back(Token{std::string(lineText.substr(start, i - start)), line, int(start + 1)});
                    if (row.cells.size() > size_t(limits.maxCols))
                        return Error("matrix.too_large")
                            .with("line", (long long)line)
                            .with("max", (long long)limits.maxCols);
                    lastWasComma = false;
                }
            }
            if (lastWasComma)
                return Error("matrix.empty_cell").with("line", (long long)line).with("column", (long long)(lineText.size() + 1));
            finishRow();
            if (tooLarge)
                return Error("matrix.too_large").with("line", (long long)line).with("max", (long long)limits.maxRows);
        }
        if (end >= text.size())
            break;
        pos = end + 1;
        ++line;
    }
    if (!current.rows.empty())
        blocks.push_back(std::move(current));
    return blocks;
}

// Parses one token into a finite double; reports bad_number or not_finite.
Result<double> parseCell(const Token &t, const ParseOptions &options)
{
    std::string s = t.text;
    if (s.rfind(kUnicodeMinus, 0) == 0)
        s = "-" + s.substr(kUnicodeMinus.size());
    if (options.decimalComma)
        for (char &c : s)
            if (c == ',')
                c = '.'; // "1,5.2" becomes "1.5.2" and is still rejected below
    const char *b = s.c_str();
    // strtod accepts things we do not want: hex floats, "inf", "nan", leading spaces.
    bool plain = !s.empty();
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
        if (!ok)
            plain = false;
    }
    char *endp = nullptr;
    const double v = plain ? std::strtod(b, &endp) : 0.0;
    if (!plain || endp != b + s.size()) {
        const std::string lower = [&] {
            std::string l;
            for (char c : s)
                l += char(std::tolower(static_cast<unsigned char>(c)));
            return l;
        }();
        const bool nonFiniteWord = lower == "nan" || lower == "inf" || lower == "-inf" || lower == "+inf"
            || lower == "infinity" || lower == "-infinity" || lower == "-nan";
        return Error(nonFiniteWord ? "matrix.not_finite" : "matrix.bad_number")
            .with("line", (long long)t.line)
            .with("column", (long long)t.column)
            .with("token", t.text);
    }
    if (!std::isfinite(v))
        return Error("matrix.not_finite").with("line", (long long)t.line).with("column", (long long)t.column).with("token", t.text);
    return v;
}

Result<Eigen::MatrixXd> blockToMatrix(const Block &block, const ParseOptions &options)
{
    const size_t rows = block.rows.size();
    const size_t cols = block.rows.front().cells.size();
    for (size_t i = 0; i < rows; ++i) {
        const Row &r = block.rows[i];
        if (r.cells.size() != cols)
            return Error("matrix.ragged")
                .with("line", (long long)r.line)
                .with("row", (long long)(i + 1))
                .with("expected", (long long)cols)
                .with("got", (long long)r.cells.size());
    }
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    for (size_t i = 0; i < rows; ++i)
        for (size_t j = 0; j < cols; ++j) {
            auto v = parseCell(block.rows[i].cells[j], options);
            if (!v)
                return v.error();
            m(Eigen::Index(i), Eigen::Index(j)) = *v;
        }
    return m;
}

} // namespace

std::optional<double> parseNumber(std::string_view token, const ParseOptions &options)
{
    size_t b = 0, e = token.size();
    while (b < e && isSpace(token[b]))
        ++b;
    while (e > b && isSpace(token[e - 1]))
        --e;
    auto v = parseCell(Token{std::string(token.substr(b, e - b)), 1, 1}, options);
    if (!v)
        return std::nullopt;
    return *v;
}

Result<Eigen::MatrixXd> parseMatrix(std::string_view text, const MatrixLimits &limits, const ParseOptions &options)
{
    auto blocks = tokenize(text, limits, options);
    if (!blocks)
        return blocks.error();
    if (blocks->empty())
        return Error("matrix.empty");
    if (blocks->size() > 1)
        return Error("matrix.blank_line").with("line", (long long)((*blocks)[1].line - 1));
    return blockToMatrix(blocks->front(), options);
}

Result<Volume> parseVolume(std::string_view text, const MatrixLimits &limits, const ParseOptions &options)
{
    auto blocks = tokenize(text, limits, options);
    if (!blocks)
        return blocks.error();
    if (blocks->empty())
        return Error("matrix.empty");
    if (blocks->size() > size_t(limits.maxChannels))
        return Error("matrix.too_many_channels").with("max", (long long)limits.maxChannels);
    Volume v;
    for (size_t c = 0; c < blocks->size(); ++c) {
        auto m = blockToMatrix((*blocks)[c], options);
        if (!m)
            return m.error();
        if (c > 0 && (m->rows() != v.front().rows() || m->cols() != v.front().cols()))
            return Error("matrix.channel_shape")
                .with("channel", (long long)(c + 1))
                .with("line", (long long)(*blocks)[c].line)
                .with("expected_rows", (long long)v.front().rows())
                .with("expected_cols", (long long)v.front().cols())
                .with("rows", (long long)m->rows())
                .with("cols", (long long)m->cols());
        v.push_back(std::move(*m));
    }
    return v;
}

Result<Eigen::VectorXd> parseVector(std::string_view text, const MatrixLimits &limits, const ParseOptions &options)
{
    auto m = parseMatrix(text, limits, options);
    if (!m)
        return m.error();
    if (m->rows() != 1 && m->cols() != 1)
        return Error("matrix.not_vector").with("rows", (long long)m->rows()).with("cols", (long long)m->cols());
    Eigen::VectorXd v = Eigen::Map<const Eigen::VectorXd>(m->data(), m->size());
    return v;
}

std::string formatMatrix(const Eigen::MatrixXd &m, char sep)
{
    std::string s;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            if (j)
                s += sep;
            s += formatNumber(m(i, j));
        }
        s += '\n';
    }
    return s;
}

std::string formatVolume(const Volume &v, char sep)
{
    std::string s;
    for (size_t c = 0; c < v.size(); ++c) {
        if (c)
            s += '\n';
        s += formatMatrix(v[c], sep);
    }
    return s;
}

} // namespace dlt
