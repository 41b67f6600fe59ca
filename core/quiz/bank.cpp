#include "bank.h"

#include "jsonutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <set>

namespace dlt::quiz {

using nlohmann::json;

namespace {

const std::set<std::string> kQuestionFields = { "id", "topic", "type", "prompt", "choices", "answer", "explanation",
    "choice_explanations", "points", "tolerance", "source", "row_labels", "column_labels", "figures" };
const std::set<std::string> kBankFields = { "format", "version", "title", "description", "questions" };

// Collects the problems of one question; every error names the question and the field.
class QuestionChecker
{
public:
    QuestionChecker(std::vector<Error> &problems, int index)
        : m_problems(problems)
        , m_index(index)
    { }

    void setId(const std::string &id) { m_where = id; }

    Error &report(const char *key, const std::string &field)
    {
        Error e(key);
        e.with("question", m_where.empty() ? "#" + std::to_string(m_index) : m_where)
            .with("index", (long long)m_index)
            .with("field", field);
        m_problems.push_back(std::move(e));
        return m_problems.back();
    }

    // A required or optional string field; returns nullopt when absent or wrong.
    std::optional<std::string> string(const json &q, const char *field, bool required, bool nonEmpty)
    {
        auto it = q.find(field);
        if (it == q.end()) {
            if (required)
                report("quiz.missing_field", field);
            return std::nullopt;
        }
        if (!it->is_string()) {
            report("quiz.field_type", field).with("expected", std::string("string"));
            return std::nullopt;
        }
        std::string s = it->get<std::string>();
        if (nonEmpty && trimmed(s).empty()) {
            report("quiz.empty_field", field);
            return std::nullopt;
        }
        return s;
    }

    // An array of strings; each entry non-empty when nonEmpty. nullopt when absent or wrong.
    std::optional<std::vector<std::string>> strings(const json &q, const char *field, bool nonEmpty)
    {
        auto it = q.find(field);
        if (it == q.end())
            return std::nullopt;
        if (!it->is_array()) {
            report("quiz.field_type", field).with("expected", std::string("list of strings"));
            return std::nullopt;
        }
        std::vector<std::string> out;
        bool good = true;
        for (size_t i = 0; i < it->size(); ++i) {
            const json &v = (*it)[i];
            const std::string sub = std::string(field) + "[" + std::to_string(i) + "]";
            if (!v.is_string()) {
                report("quiz.field_type", sub).with("expected", std::string("string"));
                good = false;
            } else if (nonEmpty && trimmed(v.get<std::string>()).empty()) {
                report("quiz.empty_field", sub);
                good = false;
            } else {
                out.push_back(v.get<std::string>());
            }
        }
        if (!good)
            return std::nullopt;
        return out;
    }

    // A rectangular, non-empty matrix of finite numbers no larger than kMaxMatrixSide per side.
    std::optional<Eigen::MatrixXd> matrix(const json &v, const std::string &field, bool asAnswer, QuestionType type)
    {
        auto wrongKind = [&] {
            if (asAnswer)
                report("quiz.answer_kind", field)
                    .with("type", std::string(typeName(type)))
                    .with("expected", std::string("list of rows of numbers"));
            else
                report("quiz.field_type", field).with("expected", std::string("list of rows of numbers"));
        };
        if (!v.is_array()) {
            wrongKind();
            return std::nullopt;
        }
        if (v.empty() || !v[0].is_array() || v[0].empty()) {
            if (!v.empty() && !v[0].is_array())
                wrongKind();
            else
                report("quiz.matrix_empty", field);
            return std::nullopt;
        }
        const size_t rows = v.size(), cols = v[0].size();
        if (rows > size_t(kMaxMatrixSide) || cols > size_t(kMaxMatrixSide)) {
            report("quiz.matrix_too_large", field)
                .with("rows", (long long)rows)
                .with("cols", (long long)cols)
                .with("max", (long long)kMaxMatrixSide);
            return std::nullopt;
        }
        Eigen::MatrixXd m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
        for (size_t r = 0; r < rows; ++r) {
            const json &row = v[r];
            if (!row.is_array()) {
                wrongKind();
                return std::nullopt;
            }
            if (row.size() != cols) {
                report("quiz.matrix_ragged", field)
                    .with("row", (long long)(r + 1))
                    .with("got", (long long)row.size())
                    .with("expected", (long long)cols);
                return std::nullopt;
            }
            for (size_t c = 0; c < cols; ++c) {
                if (!row[c].is_number() || !std::isfinite(row[c].get<double>())) {
                    wrongKind();
                    return std::nullopt;
                }
                m(Eigen::Index(r), Eigen::Index(c)) = row[c].get<double>();
            }
        }
        return m;
    }

    static std::string trimmed(const std::string &s)
    {
        const auto b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos)
            return {};
        return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    }

private:
    std::vector<Error> &m_problems;
    int m_index;
    std::string m_where;
};

std::string shortDump(const json &v)
{
    std::string s = v.dump();
    if (s.size() > 40)
        s = s.substr(0, 37) + "...";
    return s;
}

void checkNotAllowed(QuestionChecker &c, const json &q, QuestionType type)
{
    const bool choices = hasChoices(type);
    const bool tol = type == QuestionType::Numeric || type == QuestionType::Matrix;
    const bool labels = type == QuestionType::Matrix;
    for (const auto &[field, allowed] :
        { std::pair<const char *, bool> { "choices", choices }, { "choice_explanations", choices },
            { "tolerance", tol }, { "row_labels", labels }, { "column_labels", labels } })
        if (!allowed && q.contains(field))
            c.report("quiz.field_not_allowed", field).with("type", std::string(typeName(type)));
}

// Reads the answer of a choice-free or choice type; count is the number of valid choices or -1.
void readAnswer(QuestionChecker &c, const json &q, Question &out, int count)
{
    auto it = q.find("answer");
    if (it == q.end()) {
        c.report("quiz.missing_field", "answer");
        return;
    }
    const json &a = *it;
    const std::string type = typeName(out.type);
    auto kind = [&](const char *expected) {
        c.report("quiz.answer_kind", "answer").with("type", type).with("expected", std::string(expected));
    };
    auto inRange = [&](const json &v, const std::string &field) -> std::optional<int> {
        if (!v.is_number_integer()) {
            kind(out.type == QuestionType::SingleChoice ? "whole number" : "list of whole numbers");
            return std::nullopt;
        }
        const bool tooBig = v.is_number_unsigned() ? v.get<unsigned long long>() > (unsigned long long)INT_MAX
                                                   : (v.get<long long>() > INT_MAX || v.get<long long>() < INT_MIN);
        const long long value = tooBig ? LLONG_MAX : v.get<long long>();
        if (count >= 0 && (tooBig || value < 0 || value >= count)) {
            c.report("quiz.answer_out_of_range", field).with("value", shortDump(v)).with("count", (long long)count);
            return std::nullopt;
        }
        if (tooBig || value < 0)
            return std::nullopt;
        return int(value);
    };
    switch (out.type) {
    case QuestionType::TrueFalse:
        if (!a.is_boolean())
            kind("true or false");
        else
            out.answerBool = a.get<bool>();
        break;
    case QuestionType::SingleChoice:
        if (auto v = inRange(a, "answer"))
            out.answerIndex = *v;
        break;
    case QuestionType::MultipleChoice: {
        if (!a.is_array()) {
            kind("list of whole numbers");
            break;
        }
        if (a.empty()) {
            c.report("quiz.answer_empty", "answer");
            break;
        }
        std::set<int> seen;
        for (size_t i = 0; i < a.size(); ++i) {
            const auto v = inRange(a[i], "answer[" + std::to_string(i) + "]");
            if (!v)
                continue;
            if (!seen.insert(*v).second)
                c.report("quiz.answer_duplicate", "answer[" + std::to_string(i) + "]").with("value", (long long)*v);
        }
        out.answerIndices.assign(seen.begin(), seen.end());
        break;
    }
    case QuestionType::Numeric:
        if (!a.is_number() || !std::isfinite(a.get<double>()))
            kind("number");
        else
            out.answerNumber = a.get<double>();
        break;
    case QuestionType::Matrix:
        if (auto m = c.matrix(a, "answer", true, out.type))
            out.answerMatrix = *m;
        break;
    }
}

void readQuestion(const json &q, int index, std::map<std::string, int> &ids, std::vector<Error> &problems,
    std::vector<Question> &questions)
{
    QuestionChecker c(problems, index);
    if (!q.is_object()) {
        c.report("quiz.question_not_object", "");
        return;
    }
    Question out;
    // The id first, so every later problem can name the question by it.
    if (auto it = q.find("id"); it == q.end()) {
        c.report("quiz.missing_id", "id");
    } else if (!it->is_string()) {
        c.report("quiz.field_type", "id").with("expected", std::string("string"));
    } else if (QuestionChecker::trimmed(it->get<std::string>()).empty()) {
        c.report("quiz.empty_field", "id");
    } else {
        out.id = it->get<std::string>();
        c.setId(out.id);
        if (auto [pos, inserted] = ids.emplace(out.id, index); !inserted)
            c.report("quiz.duplicate_id", "id").with("first_index", (long long)pos->second);
    }
    for (const auto &[key, value] : q.items()) {
        (void)value;
        if (!kQuestionFields.count(key))
            c.report("quiz.unknown_field", key);
    }
    if (auto s = c.string(q, "topic", true, true))
        out.topic = *s;
    if (auto s = c.string(q, "prompt", true, true))
        out.prompt = *s;
    if (auto s = c.string(q, "explanation", true, false))
        out.explanation = *s;
    if (auto s = c.string(q, "source", false, false))
        out.source = *s;
    if (auto it = q.find("points"); it != q.end()) {
        if (!it->is_number())
            c.report("quiz.field_type", "points").with("expected", std::string("number"));
        else if (const double p = it->get<double>(); !std::isfinite(p) || p <= 0 || p > 1000)
            c.report("quiz.bad_points", "points").with("value", shortDump(*it));
        else
            out.points = p;
    }
    if (auto it = q.find("figures"); it != q.end()) {
        if (!it->is_array()) {
            c.report("quiz.field_type", "figures").with("expected", std::string("list of figures"));
        } else {
            for (size_t i = 0; i < it->size(); ++i) {
                const json &f = (*it)[i];
                const std::string field = "figures[" + std::to_string(i) + "]";
                if (!f.is_object()) {
                    c.report("quiz.field_type", field).with("expected", std::string("object"));
                    continue;
                }
                Figure fig;
                if (auto cap = f.find("caption"); cap != f.end() && cap->is_string())
                    fig.caption = cap->get<std::string>();
                else
                    c.report(cap == f.end() ? "quiz.missing_field" : "quiz.field_type", field + ".caption")
                        .with("expected", std::string("string"));
                if (auto m = f.find("matrix"); m == f.end())
                    c.report("quiz.missing_field", field + ".matrix");
                else if (auto mat = c.matrix(*m, field + ".matrix", false, QuestionType::Matrix))
                    fig.matrix = *mat;
                for (const auto &[key, value] : f.items()) {
                    (void)value;
                    if (key != "caption" && key != "matrix")
                        c.report("quiz.unknown_field", field + "." + key);
                }
                out.figures.push_back(std::move(fig));
            }
        }
    }

    auto typeIt = q.find("type");
    if (typeIt == q.end()) {
        c.report("quiz.missing_field", "type");
        return;
    }
    if (!typeIt->is_string()) {
        c.report("quiz.field_type", "type").with("expected", std::string("string"));
        return;
    }
    const auto type = typeFromName(typeIt->get<std::string>());
    if (!type) {
        c.report("quiz.unknown_type", "type").with("value", typeIt->get<std::string>());
        return;
    }
    out.type = *type;
    checkNotAllowed(c, q, out.type);

    int count = -1;
    if (hasChoices(out.type)) {
        if (!q.contains("choices")) {
            c.report("quiz.missing_field", "choices");
        } else if (auto ch = c.strings(q, "choices", true)) {
            if (ch->empty())
                c.report("quiz.empty_choices", "choices");
            else if (ch->size() > size_t(kMaxChoices))
                c.report("quiz.too_many_choices", "choices")
                    .with("count", (long long)ch->size())
                    .with("max", (long long)kMaxChoices);
            else
                count = int(ch->size());
            out.choices = *ch;
        }
        if (auto ex = c.strings(q, "choice_explanations", false)) {
            if (count >= 0 && ex->size() != size_t(count))
                c.report("quiz.count_mismatch", "choice_explanations")
                    .with("got", (long long)ex->size())
                    .with("expected", (long long)count);
            // A list of blanks says nothing: keep it equal to an absent list.
            if (std::any_of(ex->begin(), ex->end(), [](const std::string &s) { return !s.empty(); }))
                out.choiceExplanations = *ex;
        }
    }
    if (out.type == QuestionType::Numeric || out.type == QuestionType::Matrix) {
        if (auto it = q.find("tolerance"); it != q.end()) {
            if (!it->is_number())
                c.report("quiz.field_type", "tolerance").with("expected", std::string("number"));
            else if (const double t = it->get<double>(); !std::isfinite(t) || t < 0)
                c.report("quiz.bad_tolerance", "tolerance").with("value", shortDump(*it));
            else
                out.tolerance = t;
        }
    }
    const size_t before = problems.size();
    readAnswer(c, q, out, count);
    if (out.type == QuestionType::Matrix) {
        const bool answerOk = problems.size() == before;
        auto labels = [&](const char *field, Eigen::Index expected, std::vector<std::string> &dest) {
            if (auto l = c.strings(q, field, false)) {
                if (answerOk && l->size() != size_t(expected))
                    c.report("quiz.count_mismatch", field)
                        .with("got", (long long)l->size())
                        .with("expected", (long long)expected);
                dest = *l;
            }
        };
        labels("row_labels", out.answerMatrix.rows(), out.rowLabels);
        labels("column_labels", out.answerMatrix.cols(), out.columnLabels);
    }
    questions.push_back(std::move(out));
}

} // namespace

BankLoad parseBankJson(std::string_view text)
{
    BankLoad load;
    auto &problems = load.problems;
    json root;
    if (QuestionChecker::trimmed(std::string(text)).empty()) {
        problems.push_back(Error("quiz.empty"));
        return load;
    }
    if (auto err = jsonutil::parse(text, root, "quiz")) {
        problems.push_back(*err);
        return load;
    }
    if (!root.is_object()) {
        problems.push_back(Error("quiz.not_object"));
        return load;
    }
    if (auto it = root.find("format"); it == root.end())
        problems.push_back(Error("quiz.missing_format"));
    else if (!it->is_string() || it->get<std::string>() != kBankFormat)
        problems.push_back(Error("quiz.bad_format").with("value", shortDump(*it)));
    if (auto it = root.find("version"); it == root.end()) {
        problems.push_back(Error("quiz.missing_version"));
    } else if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<long long>() < 1)
        || (it->is_number_unsigned() && it->get<unsigned long long>() < 1)) {
        problems.push_back(Error("quiz.bad_version").with("value", shortDump(*it)));
    } else if (it->is_number_unsigned() ? it->get<unsigned long long>() > (unsigned long long)kBankVersion
                                        : it->get<long long>() > kBankVersion) {
        problems.push_back(Error("quiz.unsupported_version")
                               .with("version", shortDump(*it))
                               .with("supported", (long long)kBankVersion));
    }
    if (!problems.empty())
        return load; // not a bank of a version we read: its questions would only add noise

    for (const char *field : { "title", "description" })
        if (auto it = root.find(field); it != root.end()) {
            if (!it->is_string())
                problems.push_back(Error("quiz.bank_field_type")
                                       .with("field", std::string(field))
                                       .with("expected", std::string("string")));
            else if (std::string(field) == "title")
                load.bank.title = it->get<std::string>();
        }
    for (const auto &[key, value] : root.items()) {
        (void)value;
        if (!kBankFields.count(key))
            problems.push_back(Error("quiz.unknown_bank_field").with("field", key));
    }
    auto qs = root.find("questions");
    if (qs == root.end()) {
        problems.push_back(Error("quiz.missing_questions"));
        return load;
    }
    if (!qs->is_array()) {
        problems.push_back(Error("quiz.questions_not_array"));
        return load;
    }
    if (qs->empty()) {
        problems.push_back(Error("quiz.no_questions"));
        return load;
    }
    if (qs->size() > size_t(kMaxQuestions)) {
        problems.push_back(Error("quiz.too_many_questions")
                               .with("count", (long long)qs->size())
                               .with("max", (long long)kMaxQuestions));
        return load;
    }
    std::map<std::string, int> ids;
    for (size_t i = 0; i < qs->size(); ++i)
        readQuestion((*qs)[i], int(i + 1), ids, problems, load.bank.questions);
    if (!problems.empty())
        load.bank = Bank {};
    return load;
}

namespace {

// Whole numbers are written without a fraction ("4", not "4.0") so banks stay readable.
nlohmann::ordered_json number(double v)
{
    if (std::abs(v) < 1e15 && v == std::floor(v))
        return (long long)v;
    return v;
}

nlohmann::ordered_json matrixJson(const Eigen::MatrixXd &m)
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        nlohmann::ordered_json row = nlohmann::ordered_json::array();
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            row.push_back(number(m(r, c)));
        rows.push_back(std::move(row));
    }
    return rows;
}

// The answer field in the JSON bank's form for the question's type.
nlohmann::ordered_json answerJson(const Question &q)
{
    switch (q.type) {
    case QuestionType::TrueFalse:
        return q.answerBool;
    case QuestionType::SingleChoice:
        return q.answerIndex;
    case QuestionType::MultipleChoice:
        return q.answerIndices;
    case QuestionType::Numeric:
        return number(q.answerNumber);
    case QuestionType::Matrix:
        return matrixJson(q.answerMatrix);
    }
    return nullptr;
}

} // namespace

std::string bankListJson(const Bank &bank)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Question &q : bank.questions) {
        nlohmann::ordered_json o;
        o["id"] = q.id;
        o["topic"] = q.topic;
        o["type"] = typeName(q.type);
        o["prompt"] = q.prompt;
        o["choices"] = q.choices;
        o["answer"] = answerJson(q);
        list.push_back(std::move(o));
    }
    return list.dump(2, ' ', false) + "\n";
}

std::string bankToJson(const Bank &bank)
{
    nlohmann::ordered_json root;
    root["format"] = kBankFormat;
    root["version"] = kBankVersion;
    root["title"] = bank.title;
    nlohmann::ordered_json qs = nlohmann::ordered_json::array();
    for (const Question &q : bank.questions) {
        nlohmann::ordered_json o;
        o["id"] = q.id;
        o["topic"] = q.topic;
        o["type"] = typeName(q.type);
        o["prompt"] = q.prompt;
        if (hasChoices(q.type))
            o["choices"] = q.choices;
        o["answer"] = answerJson(q);
        o["explanation"] = q.explanation;
        if (hasChoices(q.type) && !q.choiceExplanations.empty())
            o["choice_explanations"] = q.choiceExplanations;
        if (q.points != 1)
            o["points"] = number(q.points);
        if ((q.type == QuestionType::Numeric || q.type == QuestionType::Matrix) && q.tolerance != 0)
            o["tolerance"] = number(q.tolerance);
        if (!q.source.empty())
            o["source"] = q.source;
        if (q.type == QuestionType::Matrix) {
            if (!q.rowLabels.empty())
                o["row_labels"] = q.rowLabels;
            if (!q.columnLabels.empty())
                o["column_labels"] = q.columnLabels;
        }
        if (!q.figures.empty()) {
            nlohmann::ordered_json figs = nlohmann::ordered_json::array();
            for (const Figure &f : q.figures) {
                nlohmann::ordered_json fo;
                fo["caption"] = f.caption;
                fo["matrix"] = matrixJson(f.matrix);
                figs.push_back(std::move(fo));
            }
            o["figures"] = std::move(figs);
        }
        qs.push_back(std::move(o));
    }
    root["questions"] = std::move(qs);
    return root.dump(2, ' ', false) + "\n";
}

} // namespace dlt::quiz
