#include "question.h"

#include <algorithm>

namespace dlt::quiz {

namespace {
constexpr const char *kTypeNames[] = { "true_false", "single_choice", "multiple_choice", "numeric", "matrix" };
} // namespace

const char *typeName(QuestionType type)
{
    return kTypeNames[int(type)];
}

std::optional<QuestionType> typeFromName(std::string_view name)
{
    for (QuestionType t : allTypes())
        if (name == typeName(t))
            return t;
    return std::nullopt;
}

const std::vector<QuestionType> &allTypes()
{
    static const std::vector<QuestionType> types = { QuestionType::TrueFalse, QuestionType::SingleChoice,
        QuestionType::MultipleChoice, QuestionType::Numeric, QuestionType::Matrix };
    return types;
}

bool hasChoices(QuestionType type)
{
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice;
}

bool Question::operator==(const Question &o) const
{
    if (id != o.id || topic != o.topic || type != o.type || prompt != o.prompt || choices != o.choices
        || choiceExplanations != o.choiceExplanations || explanation != o.explanation || points != o.points
        || tolerance != o.tolerance || source != o.source || rowLabels != o.rowLabels || columnLabels != o.columnLabels
        || figures != o.figures)
        return false;
    switch (type) {
    case QuestionType::TrueFalse:
        return answerBool == o.answerBool;
    case QuestionType::SingleChoice:
        return answerIndex == o.answerIndex;
    case QuestionType::MultipleChoice:
        return answerIndices == o.answerIndices;
    case QuestionType::Numeric:
        return answerNumber == o.answerNumber;
    case QuestionType::Matrix:
        return answerMatrix.rows() == o.answerMatrix.rows() && answerMatrix.cols() == o.answerMatrix.cols()
            && answerMatrix == o.answerMatrix;
    }
    return false;
}

std::vector<std::string> topics(const Bank &bank)
{
    std::vector<std::string> out;
    for (const Question &q : bank.questions)
        if (std::find(out.begin(), out.end(), q.topic) == out.end())
            out.push_back(q.topic);
    return out;
}

std::vector<std::pair<std::string, int>> topicCounts(const Bank &bank)
{
    std::vector<std::pair<std::string, int>> out;
    for (const Question &q : bank.questions) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == q.topic; });
        if (it == out.end())
            out.emplace_back(q.topic, 1);
        else
            ++it->second;
    }
    return out;
}

std::vector<int> countByType(const Bank &bank)
{
    std::vector<int> counts(allTypes().size(), 0);
    for (const Question &q : bank.questions)
        ++counts[size_t(q.type)];
    return counts;
}

} // namespace dlt::quiz
