#include "quiz/bank.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>

using namespace dlt::quiz;
using nlohmann::json;

namespace {

// One valid question of every type; the tests below break one thing at a time.
json validBank()
{
    return json::parse(R"({
      "format": "dltutor-quiz", "version": 1, "title": "Test bank",
      "questions": [
        {"id": "tf1", "topic": "rnn", "type": "true_false", "prompt": "Loss sums over time.", "answer": true,
         "explanation": "Each step adds its own loss."},
        {"id": "sc1", "topic": "conv", "type": "single_choice", "prompt": "Pick one.", "choices": ["a", "b", "c"],
         "answer": 2, "explanation": "c.", "choice_explanations": ["no a", "no b", "yes c"], "points": 5},
        {"id": "mc1", "topic": "conv", "type": "multiple_choice", "prompt": "Pick some.", "choices": ["a", "b", "c", "d"],
         "answer": [0, 2], "explanation": "a and c."},
        {"id": "nu1", "topic": "vgg", "type": "numeric", "prompt": "How many?", "answer": 2.5, "tolerance": 0.1,
         "explanation": "2.5.", "source": "lecture 7"},
        {"id": "mx1", "topic": "conv", "type": "matrix", "prompt": "Compute.", "answer": [[1, 2], [3, 4]],
         "explanation": "By hand.", "row_labels": ["r1", "r2"], "column_labels": ["c1", "c2"],
         "figures": [{"caption": "input", "matrix": [[1, 0], [0, 1]]}]}
      ]})");
}

BankLoad load(const json &j)
{
    return parseBankJson(j.dump());
}

// Expects exactly one problem with this key, naming this question and field.
void expectOne(const BankLoad &l, const std::string &key, const std::string &question, const std::string &field)
{
    ASSERT_EQ(l.problems.size(), 1u) << (l.problems.empty() ? "" : l.problems[0].debugString());
    const dlt::Error &e = l.problems[0];
    EXPECT_EQ(e.key, key) << e.debugString();
    EXPECT_EQ(e.arg("question"), question) << e.debugString();
    EXPECT_EQ(e.arg("field"), field) << e.debugString();
    EXPECT_TRUE(l.bank.questions.empty()) << "a bad bank must be rejected whole";
}

} // namespace

TEST(QuizBank, ValidBankLoadsEveryField)
{
    const BankLoad l = load(validBank());
    ASSERT_TRUE(l.ok()) << l.problems[0].debugString();
    ASSERT_EQ(l.bank.questions.size(), 5u);
    EXPECT_EQ(l.bank.title, "Test bank");
    const Question &tf = l.bank.questions[0];
    EXPECT_EQ(tf.type, QuestionType::TrueFalse);
    EXPECT_TRUE(tf.answerBool);
    EXPECT_EQ(tf.points, 1.0); // the default
    const Question &sc = l.bank.questions[1];
    EXPECT_EQ(sc.answerIndex, 2);
    EXPECT_EQ(sc.points, 5.0);
    EXPECT_EQ(sc.choiceExplanations.size(), 3u);
    EXPECT_EQ(l.bank.questions[2].answerIndices, (std::vector<int> { 0, 2 }));
    EXPECT_DOUBLE_EQ(l.bank.questions[3].answerNumber, 2.5);
    EXPECT_DOUBLE_EQ(l.bank.questions[3].tolerance, 0.1);
    EXPECT_EQ(l.bank.questions[3].source, "lecture 7");
    const Question &mx = l.bank.questions[4];
    ASSERT_EQ(mx.answerMatrix.rows(), 2);
    EXPECT_EQ(mx.answerMatrix(1, 0), 3.0);
    EXPECT_EQ(mx.rowLabels, (std::vector<std::string> { "r1", "r2" }));
    ASSERT_EQ(mx.figures.size(), 1u);
    EXPECT_EQ(mx.figures[0].matrix(0, 0), 1.0);
    EXPECT_EQ(countByType(l.bank), (std::vector<int> { 1, 1, 1, 1, 1 }));
    EXPECT_EQ(topics(l.bank), (std::vector<std::string> { "rnn", "conv", "vgg" }));
}

TEST(QuizBank, JsonRoundTripIsExact)
{
    const BankLoad l = load(validBank());
    ASSERT_TRUE(l.ok());
    const std::string text = bankToJson(l.bank);
    const BankLoad again = parseBankJson(text);
    ASSERT_TRUE(again.ok()) << again.problems[0].debugString();
    EXPECT_EQ(again.bank, l.bank);
    EXPECT_EQ(bankToJson(again.bank), text);
}

TEST(QuizBank, FileLevelErrors)
{
    EXPECT_EQ(parseBankJson("").problems.at(0).key, "quiz.empty");
    EXPECT_EQ(parseBankJson("  \n").problems.at(0).key, "quiz.empty");
    EXPECT_EQ(parseBankJson("[1, 2]").problems.at(0).key, "quiz.not_object");

    // Invalid JSON: the 'x' is on line 2, column 13 ("  \"format\": x").
    const BankLoad bad = parseBankJson("{\n  \"format\": x\n}");
    ASSERT_EQ(bad.problems.size(), 1u);
    EXPECT_EQ(bad.problems[0].key, "quiz.invalid_json");
    EXPECT_EQ(bad.problems[0].arg("line"), "2");
    EXPECT_EQ(bad.problems[0].arg("column"), "13");

    // Truncated: the valid bank cut in the middle.
    const std::string full = validBank().dump(2);
    const BankLoad cut = parseBankJson(full.substr(0, full.size() / 2));
    ASSERT_EQ(cut.problems.size(), 1u);
    EXPECT_EQ(cut.problems[0].key, "quiz.truncated_json");
}

TEST(QuizBank, FormatAndVersion)
{
    json j = validBank();
    j.erase("format");
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.missing_format");
    j = validBank();
    j["format"] = "moodle";
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.bad_format");
    EXPECT_EQ(load(j).problems.at(0).arg("value"), "\"moodle\"");
    j = validBank();
    j.erase("version");
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.missing_version");
    j = validBank();
    j["version"] = "1";
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.bad_version");
    j["version"] = 0;
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.bad_version");
    j["version"] = 2;
    const BankLoad newer = load(j);
    ASSERT_EQ(newer.problems.size(), 1u);
    EXPECT_EQ(newer.problems[0].key, "quiz.unsupported_version");
    EXPECT_EQ(newer.problems[0].arg("version"), "2");
    EXPECT_EQ(newer.problems[0].arg("supported"), "1");
}

TEST(QuizBank, QuestionsArray)
{
    json j = validBank();
    j.erase("questions");
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.missing_questions");
    j["questions"] = json::object();
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.questions_not_array");
    j["questions"] = json::array();
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.no_questions");
    j = validBank();
    j["title"] = 3;
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.bank_field_type");
    j = validBank();
    j["autor"] = "me";
    EXPECT_EQ(load(j).problems.at(0).key, "quiz.unknown_bank_field");
    EXPECT_EQ(load(j).problems.at(0).arg("field"), "autor");
}

struct Case {
    const char *name;
    std::function<void(json &)> edit;
    const char *key;
    const char *question;
    const char *field;
};

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

class QuizBankQuestionError : public ::testing::TestWithParam<Case>
{
};

TEST_P(QuizBankQuestionError, NamesQuestionAndField)
{
    json j = validBank();
    GetParam().edit(j);
    expectOne(load(j), GetParam().key, GetParam().question, GetParam().field);
}

// Question #1 is tf1, #2 sc1, #3 mc1, #4 nu1, #5 mx1.
INSTANTIATE_TEST_SUITE_P(All, QuizBankQuestionError, ::testing::Values(
    Case{"NotObject", [](json &j) { j["questions"][0] = 5; }, "quiz.question_not_object", "#1", ""},
    Case{"MissingId", [](json &j) { j["questions"][1].erase("id"); }, "quiz.missing_id", "#2", "id"},
    Case{"IdNotString", [](json &j) { j["questions"][1]["id"] = 7; }, "quiz.field_type", "#2", "id"},
    Case{"EmptyId", [](json &j) { j["questions"][1]["id"] = " "; }, "quiz.empty_field", "#2", "id"},
    Case{"DuplicateId", [](json &j) { j["questions"][3]["id"] = "sc1"; }, "quiz.duplicate_id", "sc1", "id"},
    Case{"MissingTopic", [](json &j) { j["questions"][0].erase("topic"); }, "quiz.missing_field", "tf1", "topic"},
    Case{"EmptyPrompt", [](json &j) { j["questions"][0]["prompt"] = ""; }, "quiz.empty_field", "tf1", "prompt"},
    Case{"MissingExplanation", [](json &j) { j["questions"][2].erase("explanation"); }, "quiz.missing_field", "mc1", "explanation"},
    Case{"MissingType", [](json &j) { j["questions"][0].erase("type"); }, "quiz.missing_field", "tf1", "type"},
    Case{"UnknownType", [](json &j) { j["questions"][0]["type"] = "essay"; }, "quiz.unknown_type", "tf1", "type"},
    Case{"UnknownField", [](json &j) { j["questions"][0]["hint"] = "x"; }, "quiz.unknown_field", "tf1", "hint"},
    Case{"MissingAnswer", [](json &j) { j["questions"][0].erase("answer"); }, "quiz.missing_field", "tf1", "answer"},
    Case{"TrueFalseAnswerKind", [](json &j) { j["questions"][0]["answer"] = "true"; }, "quiz.answer_kind", "tf1", "answer"},
    Case{"SingleAnswerKind", [](json &j) { j["questions"][1]["answer"] = 1.5; }, "quiz.answer_kind", "sc1", "answer"},
    Case{"SingleAnswerOutOfRange", [](json &j) { j["questions"][1]["answer"] = 3; }, "quiz.answer_out_of_range", "sc1", "answer"},
    Case{"SingleAnswerNegative", [](json &j) { j["questions"][1]["answer"] = -1; }, "quiz.answer_out_of_range", "sc1", "answer"},
    Case{"MultipleAnswerKind", [](json &j) { j["questions"][2]["answer"] = 1; }, "quiz.answer_kind", "mc1", "answer"},
    Case{"MultipleAnswerOutOfRange", [](json &j) { j["questions"][2]["answer"] = json::array({0, 4}); }, "quiz.answer_out_of_range", "mc1", "answer[1]"},
    Case{"MultipleAnswerDuplicate", [](json &j) { j["questions"][2]["answer"] = json::array({2, 2}); }, "quiz.answer_duplicate", "mc1", "answer[1]"},
    Case{"MultipleAnswerEmpty", [](json &j) { j["questions"][2]["answer"] = json::array(); }, "quiz.answer_empty", "mc1", "answer"},
    Case{"NumericAnswerKind", [](json &j) { j["questions"][3]["answer"] = "2.5"; }, "quiz.answer_kind", "nu1", "answer"},
    Case{"MatrixAnswerKind", [](json &j) { j["questions"][4]["answer"] = 4; }, "quiz.answer_kind", "mx1", "answer"},
    Case{"MatrixRagged", [](json &j) { j["questions"][4]["answer"] = json::parse("[[1,2],[3]]"); }, "quiz.matrix_ragged", "mx1", "answer"},
    Case{"MatrixEmpty", [](json &j) { j["questions"][4]["answer"] = json::parse("[[]]"); }, "quiz.matrix_empty", "mx1", "answer"},
    Case{"MatrixTooLarge", [](json &j) { j["questions"][4]["answer"] = json::array({json(std::vector<int>(40, 1))}); }, "quiz.matrix_too_large", "mx1", "answer"},
    Case{"RowLabelsCount", [](json &j) { j["questions"][4]["row_labels"] = json::array({"only one"}); }, "quiz.count_mismatch", "mx1", "row_labels"},
    Case{"FigureMissingMatrix", [](json &j) { j["questions"][4]["figures"][0].erase("matrix"); }, "quiz.missing_field", "mx1", "figures[0].matrix"},
    Case{"MissingChoices", [](json &j) { j["questions"][1].erase("choices"); j["questions"][1].erase("choice_explanations"); }, "quiz.missing_field", "sc1", "choices"},
    Case{"EmptyChoices", [](json &j) { j["questions"][2]["choices"] = json::array(); }, "quiz.empty_choices", "mc1", "choices"},
    Case{"BlankChoice", [](json &j) { j["questions"][2]["choices"][1] = ""; }, "quiz.empty_field", "mc1", "choices[1]"},
    Case{"TooManyChoices", [](json &j) { j["questions"][2]["choices"] = json(std::vector<std::string>(13, "x")); }, "quiz.too_many_choices", "mc1", "choices"},
    Case{"ChoiceExplanationsCount", [](json &j) { j["questions"][1]["choice_explanations"] = json::array({"a", "b"}); }, "quiz.count_mismatch", "sc1", "choice_explanations"},
    Case{"ChoicesNotAllowed", [](json &j) { j["questions"][0]["choices"] = json::array({"yes", "no"}); }, "quiz.field_not_allowed", "tf1", "choices"},
    Case{"ToleranceNotAllowed", [](json &j) { j["questions"][1]["tolerance"] = 1; }, "quiz.field_not_allowed", "sc1", "tolerance"},
    Case{"NegativeTolerance", [](json &j) { j["questions"][3]["tolerance"] = -0.5; }, "quiz.bad_tolerance", "nu1", "tolerance"},
    Case{"ZeroPoints", [](json &j) { j["questions"][0]["points"] = 0; }, "quiz.bad_points", "tf1", "points"},
    Case{"PointsNotNumber", [](json &j) { j["questions"][0]["points"] = "5"; }, "quiz.field_type", "tf1", "points"}),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(QuizBank, CollectsEveryProblemAtOnce)
{
    json j = validBank();
    j["questions"][0]["type"] = "essay"; // #1: unknown type
    j["questions"][1].erase("id"); // #2: missing id ...
    j["questions"][1]["answer"] = 9; // ... and an answer out of range, named "#2"
    j["questions"][2]["choices"] = json::array(); // #3: empty choices
    j["questions"][4]["id"] = "tf1"; // #5: duplicate of #1
    const BankLoad l = load(j);
    ASSERT_EQ(l.problems.size(), 5u);
    EXPECT_EQ(l.problems[0].key, "quiz.unknown_type");
    EXPECT_EQ(l.problems[0].arg("index"), "1");
    EXPECT_EQ(l.problems[1].key, "quiz.missing_id");
    EXPECT_EQ(l.problems[2].key, "quiz.answer_out_of_range");
    EXPECT_EQ(l.problems[2].arg("question"), "#2");
    EXPECT_EQ(l.problems[2].arg("count"), "3");
    EXPECT_EQ(l.problems[3].key, "quiz.empty_choices");
    EXPECT_EQ(l.problems[3].arg("question"), "mc1");
    EXPECT_EQ(l.problems[4].key, "quiz.duplicate_id");
    EXPECT_EQ(l.problems[4].arg("first_index"), "1");
    EXPECT_EQ(l.problems[4].arg("index"), "5");
    EXPECT_TRUE(l.bank.questions.empty());
}
