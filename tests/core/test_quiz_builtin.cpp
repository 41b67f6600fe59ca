#include "quiz/bank.h"
#include "quiz/gift.h"

#include <Eigen/Eigenvalues>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace dlt::quiz;

namespace {

const Bank &builtin()
{
    static const Bank bank = [] {
        std::ifstream in(DLTUTOR_BUILTIN_BANK, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const BankLoad l = parseBankJson(ss.str());
        EXPECT_TRUE(l.ok()) << (l.ok() ? "" : l.problems[0].debugString());
        return l.bank;
    }();
    return bank;
}

const Question &byId(const std::string &id)
{
    for (const Question &q : builtin().questions)
        if (q.id == id)
            return q;
    ADD_FAILURE() << "no question " << id;
    static const Question none;
    return none;
}

const Question &byPrompt(const std::string &part)
{
    for (const Question &q : builtin().questions)
        if (q.prompt.find(part) != std::string::npos)
            return q;
    ADD_FAILURE() << "no question with " << part;
    static const Question none;
    return none;
}

bool contains(const std::string &s, const std::string &part)
{
    return s.find(part) != std::string::npos;
}

} // namespace

TEST(QuizBuiltin, IsValidLargeAndCoversEveryTopic)
{
    const Bank &b = builtin();
    ASSERT_GE(b.questions.size(), 44u); // the seed's four + at least 40
    const auto t = topics(b);
    const std::set<std::string> have(t.begin(), t.end());
    for (const char *topic : { "Convolution arithmetic", "Pooling", "VGG and LRN", "Vanishing and exploding gradients",
             "LSTM, GRU and leaky units", "BPTT and shared weights", "Dropout and bagging", "Transfer learning" })
        EXPECT_TRUE(have.count(topic)) << topic;
    for (const Question &q : b.questions) {
        EXPECT_GE(q.explanation.size(), 40u) << q.id << ": every question needs a real explanation";
        if (hasChoices(q.type)) {
            EXPECT_EQ(q.choiceExplanations.size(), q.choices.size())
                << q.id << ": say why each choice is right or wrong";
        }
    }
}

TEST(QuizBuiltin, SeedAnswerKeys)
{
    const Question &dropout = byPrompt("Dropout ANNs and bagging ANNs minimize the same functions");
    EXPECT_EQ(dropout.type, QuestionType::TrueFalse);
    EXPECT_FALSE(dropout.answerBool);

    const Question &loss = byPrompt("the total loss is the sum of the losses over all time steps");
    EXPECT_EQ(loss.type, QuestionType::TrueFalse);
    EXPECT_TRUE(loss.answerBool);

    const Question &frozen = byPrompt("pretrained frozen CNN");
    ASSERT_EQ(frozen.type, QuestionType::SingleChoice);
    EXPECT_EQ(frozen.choices.at(size_t(frozen.answerIndex)), "Better, more");
    EXPECT_TRUE(contains(frozen.explanation, "augmentation"));
    EXPECT_TRUE(contains(frozen.explanation, "every epoch"));

    const Question &leaky = byPrompt("Leaky units");
    ASSERT_EQ(leaky.type, QuestionType::SingleChoice);
    EXPECT_EQ(leaky.answerIndex, 0);
    EXPECT_TRUE(contains(leaky.choices[0], "set as a hyperparameter"));
    EXPECT_TRUE(contains(leaky.explanation, "§10.9.2"));
    EXPECT_TRUE(contains(leaky.explanation, "α is fixed"));
    EXPECT_TRUE(contains(leaky.explanation, "learned as a constant"));
    EXPECT_TRUE(contains(leaky.explanation, "never changes with the input"));
    EXPECT_TRUE(contains(leaky.explanation, "Option 4 in the review"));
    EXPECT_TRUE(contains(leaky.explanation, "describes gated units (LSTM, GRU)"));
    EXPECT_TRUE(contains(leaky.choiceExplanations[3], "gated units (LSTM, GRU)"));
}

TEST(QuizBuiltin, GiftRoundTripKeepsEveryQuestion)
{
    const GiftExport g = bankToGift(builtin());
    ASSERT_TRUE(g.ok()) << g.problems[0].debugString();
    const BankLoad back = parseGift(g.text);
    ASSERT_TRUE(back.ok()) << back.problems[0].debugString();
    EXPECT_EQ(back.bank, builtin());
}

TEST(QuizBuiltin, ConvolutionSizeKeysMatchTheFormula)
{
    // out = floor((n + 2p − k)/s) + 1, written out here independently of the bank.
    auto out = [](int n, int k, int s, int p) { return (n + 2 * p - k) / s + 1; };
    EXPECT_EQ(byId("conv-out-32-5").answerNumber, out(32, 5, 1, 0));
    EXPECT_EQ(byId("conv-out-alexnet").answerNumber, out(227, 11, 4, 0));
    EXPECT_EQ(byId("conv-out-stride2-pad3").answerNumber, out(224, 7, 2, 3));
    EXPECT_EQ(byId("conv-out-7-3-s2").answerNumber, out(7, 3, 2, 0));
    EXPECT_EQ(byId("pool-224").answerNumber, out(224, 2, 2, 0));
    EXPECT_EQ(byId("pool-alexnet").answerNumber, out(55, 3, 2, 0));
    int side = 224;
    for (int i = 0; i < 5; ++i)
        side = out(out(side, 3, 1, 1), 2, 2, 0);
    EXPECT_EQ(byId("vgg-last-pool").answerNumber, side);
    EXPECT_EQ(byId("vgg-flatten").answerNumber, side * side * 512);
    EXPECT_EQ(byId("vgg-fc1-params").answerNumber, double(side * side * 512) * 4096 + 4096);
    EXPECT_EQ(byId("vgg-block3-size").answerNumber, out(out(224, 2, 2, 0), 2, 2, 0));
    EXPECT_EQ(byId("conv-output-values").answerNumber, out(56, 3, 1, 1) * out(56, 3, 1, 1) * 512);
    EXPECT_EQ(byId("conv-params-5x5x3x32").answerNumber, 32 * (5 * 5 * 3 + 1));
    EXPECT_EQ(byId("conv-params-3x3-128-256").answerNumber, 256 * (3 * 3 * 128 + 1));
    const Question &halve = byId("conv-which-halve-32");
    const int settings[][3] = { { 3, 2, 1 }, { 2, 2, 0 }, { 5, 2, 0 }, { 4, 2, 1 }, { 3, 1, 1 } }; // k, s, p per choice
    std::vector<int> key;
    for (int i = 0; i < 5; ++i)
        if (out(32, settings[i][0], settings[i][1], settings[i][2]) == 16)
            key.push_back(i);
    EXPECT_EQ(halve.answerIndices, key);
}

TEST(QuizBuiltin, SeedConvolutionEntriesByBruteForce)
{
    const int in[7][7] = { { 6, 3, 4, 4, 5, 0, 3 }, { 4, 7, 4, 0, 4, 0, 4 }, { 7, 0, 2, 3, 4, 5, 2 },
        { 3, 7, 5, 0, 3, 0, 7 }, { 5, 8, 1, 2, 5, 4, 2 }, { 8, 0, 1, 0, 6, 0, 0 }, { 6, 4, 1, 3, 0, 4, 5 } };
    const int k[3][3] = { { 1, 1, 1 }, { 0, 0, 0 }, { -1, -1, -1 } };
    auto at = [&](int r, int c) { // 0-based output cell
        int s = 0;
        for (int u = 0; u < 3; ++u)
            for (int v = 0; v < 3; ++v)
                s += k[u][v] * in[r + u][c + v];
        return s;
    };
    EXPECT_EQ(byId("conv-seed-top-left").answerNumber, at(0, 0));
    EXPECT_EQ(byId("conv-seed-row4-col2").answerNumber, at(3, 1));
    // The pooling question's map, max of the bottom-right 2×2 window.
    EXPECT_EQ(byId("pool-bottom-right").answerNumber, std::max({ 9, 8, 3, 4 }));
}

TEST(QuizBuiltin, SpectralRadiusKeysMatchEigenvalues)
{
    auto rho = [](double a, double b, double c, double d) {
        Eigen::Matrix2d m;
        m << a, b, c, d;
        return Eigen::EigenSolver<Eigen::Matrix2d>(m).eigenvalues().cwiseAbs().maxCoeff();
    };
    EXPECT_NEAR(byId("grad-rho-35").answerNumber, rho(3.5, 3.5, 3.5, 3.5), 1e-9);
    EXPECT_NEAR(byId("grad-rho-diag").answerNumber, rho(0.5, 0, 0, -0.9), 1e-9);
    EXPECT_NEAR(byId("grad-rho-rotation").answerNumber, rho(0, 2, 0.5, 0), 1e-9);
    EXPECT_NEAR(byId("grad-rho-2112").answerNumber, rho(2, 1, 1, 2), 1e-9);
    EXPECT_NEAR(byId("grad-rho-1234").answerNumber, rho(1, 2, 3, 4), 1e-9);
    EXPECT_NEAR(byId("grad-growth-factor").answerNumber, 0.25 * rho(3.5, 3.5, 3.5, 3.5), 1e-9);
}

TEST(QuizBuiltin, RecurrentParameterCounts)
{
    const int in = 10, h = 20, out = 5;
    EXPECT_EQ(byId("lstm-params").answerNumber, 4 * (h * in + h * h + h));
    EXPECT_EQ(byId("gru-params").answerNumber, 3 * (h * in + h * h + h));
    EXPECT_EQ(byId("bptt-param-count").answerNumber, h * in + h * h + out * h + h + out);
    EXPECT_EQ(byId("dropout-subnet-count").answerNumber, 1 << 10);
    EXPECT_NEAR(byId("leaky-time-constant").answerNumber, 1 / (1 - 0.9), 1e-9);
}
