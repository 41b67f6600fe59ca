#include "clirunner.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

using clitest::lineCount;
using clitest::run;
using clitest::tempFile;
using nlohmann::json;

namespace {

const char *kGoodBank = R"({"format": "dltutor-quiz", "version": 1, "title": "t", "questions": [
  {"id": "a", "topic": "rnn", "type": "true_false", "prompt": "p", "answer": true, "explanation": "e"},
  {"id": "b", "topic": "conv", "type": "single_choice", "prompt": "p", "choices": ["x", "y"], "answer": 1, "explanation": "e"},
  {"id": "c", "topic": "conv", "type": "numeric", "prompt": "p", "answer": 28, "tolerance": 0.5, "explanation": "e"}
]})";

// Three problems: b's answer out of range, c's type unknown, and question #4 has no id.
const char *kBadBank = R"({"format": "dltutor-quiz", "version": 1, "questions": [
  {"id": "a", "topic": "rnn", "type": "true_false", "prompt": "p", "answer": true, "explanation": "e"},
  {"id": "b", "topic": "conv", "type": "single_choice", "prompt": "p", "choices": ["x", "y"], "answer": 2, "explanation": "e"},
  {"id": "c", "topic": "conv", "type": "essay", "prompt": "p", "answer": 1, "explanation": "e"},
  {"topic": "conv", "type": "true_false", "prompt": "p", "answer": false, "explanation": "e"}
]})";

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> lines(const std::string &s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string l; std::getline(ss, l);)
        out.push_back(l);
    return out;
}

} // namespace

TEST(CliQuiz, HelpExitsZero)
{
    const auto r = run({ "quiz", "--help" });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("--validate"), std::string::npos);
    EXPECT_NE(r.out.find("--convert"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(CliQuiz, ValidateGoodBankPrintsCountsPerType)
{
    const auto r = run({ "quiz", "--validate", "--bank", tempFile(kGoodBank, ".json") });
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lineCount(r.out), 1);
    EXPECT_NE(r.out.find("3 questions"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 true_false, 1 single_choice, 0 multiple_choice, 1 numeric, 0 matrix"), std::string::npos)
        << r.out;
    EXPECT_TRUE(r.err.empty());
}

TEST(CliQuiz, ValidateBadBankListsEveryProblemOnePerLine)
{
    const auto r = run({ "quiz", "--validate", "--bank", tempFile(kBadBank, ".json") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty());
    const auto l = lines(r.err);
    ASSERT_EQ(l.size(), 3u) << r.err;
    EXPECT_NE(l[0].find("question b"), std::string::npos) << l[0];
    EXPECT_NE(l[0].find("\"answer\""), std::string::npos) << l[0];
    EXPECT_NE(l[1].find("question c"), std::string::npos) << l[1];
    EXPECT_NE(l[1].find("\"type\""), std::string::npos) << l[1];
    EXPECT_NE(l[1].find("essay"), std::string::npos) << l[1];
    EXPECT_NE(l[2].find("question #4"), std::string::npos) << l[2];
    EXPECT_NE(l[2].find("\"id\""), std::string::npos) << l[2];
    for (const auto &line : l)
        EXPECT_EQ(line.rfind("dltutor quiz: ", 0), 0u);
}

TEST(CliQuiz, ValidateTruncatedAndMissingFiles)
{
    const std::string good = kGoodBank;
    auto r = run({ "quiz", "--validate", "--bank", tempFile(good.substr(0, good.size() / 2), ".json") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1);
    EXPECT_NE(r.err.find("ends too early"), std::string::npos) << r.err;
    r = run({ "quiz", "--validate", "--bank", "/nonexistent/bank.json" });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1);
    EXPECT_NE(r.err.find("/nonexistent/bank.json"), std::string::npos);
}

TEST(CliQuiz, ValidateReadsGiftAndStdin)
{
    auto r = run(
        { "quiz", "--validate", "--bank", tempFile("::q1:: 2 + 2 = 4? {T}\n\n::q2:: Side? {#28:0.5}\n", ".gift") });
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1 true_false, 0 single_choice, 0 multiple_choice, 1 numeric"), std::string::npos) << r.out;
    r = run({ "quiz", "--validate", "--bank", "-" }, kGoodBank);
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(CliQuiz, ListBuiltinAsJson)
{
    const auto r = run({ "quiz", "--list", "--json" });
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json list = json::parse(r.out);
    ASSERT_TRUE(list.is_array());
    EXPECT_GE(list.size(), 44u);
    bool sawLeaky = false;
    for (const json &q : list) {
        for (const char *k : { "id", "topic", "type", "prompt", "choices", "answer" })
            EXPECT_TRUE(q.contains(k)) << k;
        if (q["id"] == "seed-leaky-units") {
            sawLeaky = true;
            EXPECT_EQ(q["answer"], 0);
            EXPECT_EQ(q["choices"].size(), 4u);
        }
    }
    EXPECT_TRUE(sawLeaky);
}

TEST(CliQuiz, ListFileAsJsonAndText)
{
    const std::string path = tempFile(kGoodBank, ".json");
    auto r = run({ "quiz", "--list", "--bank", path, "--json" });
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json list = json::parse(r.out);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0],
        json::parse(
            R"({"id": "a", "topic": "rnn", "type": "true_false", "prompt": "p", "choices": [], "answer": true})"));
    EXPECT_EQ(list[1]["answer"], 1);
    EXPECT_EQ(list[2]["answer"], 28);
    r = run({ "quiz", "--list", "--bank", path });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(lineCount(r.out), 4); // a title line and one per question
}

TEST(CliQuiz, ConvertJsonToGiftAndBack)
{
    const std::string in = tempFile(kGoodBank, ".json");
    const std::string gift = tempFile("", ".gift");
    auto r = run({ "quiz", "--convert", in, "--out", gift });
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string giftText = readFile(gift);
    EXPECT_NE(giftText.find("::b::[plain]p {~x =y ####e}"), std::string::npos) << giftText;
    EXPECT_NE(giftText.find("{#28:0.5 ####e}"), std::string::npos) << giftText;
    const std::string back = tempFile("", ".json");
    r = run({ "quiz", "--convert", gift, "--out", back });
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json a = json::parse(readFile(in)), b = json::parse(readFile(back));
    EXPECT_EQ(a["questions"], b["questions"]);
    EXPECT_EQ(b["title"], "t");
}

TEST(CliQuiz, ConvertBuiltinStyleErrors)
{
    auto r = run({ "quiz", "--convert", tempFile(kBadBank, ".json"), "--out", tempFile("", ".gift") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("2 more"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    r = run({ "quiz", "--convert", tempFile(kGoodBank, ".json"), "--out", "/tmp/bank.pdf" });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1);
    r = run({ "quiz", "--convert", tempFile(kGoodBank, ".json"), "--out", "/nonexistent-dir/x.gift" });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1);
    EXPECT_NE(r.err.find("/nonexistent-dir/x.gift"), std::string::npos);
    // A matrix question has no GIFT form: reported, nothing written.
    const std::string matrix = R"({"format": "dltutor-quiz", "version": 1, "questions": [
      {"id": "m", "topic": "conv", "type": "matrix", "prompt": "p", "answer": [[1, 2]], "explanation": "e"}]})";
    const std::string target = tempFile("old", ".gift");
    r = run({ "quiz", "--convert", tempFile(matrix, ".json"), "--out", target });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("question m"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(target), "old");
}

TEST(CliQuiz, OptionMistakesAreOneLine)
{
    for (const auto &args : std::vector<std::vector<std::string>> { { "quiz" }, { "quiz", "--validate" },
             { "quiz", "--validate", "--list" }, { "quiz", "--convert", "a.json" }, { "quiz", "--frobnicate" },
             { "quiz", "--validate", "--bank", "x.json", "--json" } }) {
        const auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.size();
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
}
