#include "quiz/bank.h"
#include "quiz/generate.h"
#include "quiz/mock.h"

#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <regex>
#include <set>

using namespace dlt::quiz;

namespace {

// A generated question must be a valid bank question: write it out and read it back unchanged.
void expectValid(const Question &q)
{
    Bank b { "generated", { q } };
    const BankLoad l = parseBankJson(bankToJson(b));
    ASSERT_TRUE(l.ok()) << l.problems[0].debugString();
    EXPECT_EQ(l.bank.questions[0], q);
}

// Independent cross-correlation, stride 1, no padding: plain loops.
Eigen::MatrixXd correlate(const Eigen::MatrixXd &in, const Eigen::MatrixXd &k)
{
    Eigen::MatrixXd out(in.rows() - k.rows() + 1, in.cols() - k.cols() + 1);
    for (Eigen::Index i = 0; i < out.rows(); ++i)
        for (Eigen::Index j = 0; j < out.cols(); ++j) {
            double s = 0;
            for (Eigen::Index u = 0; u < k.rows(); ++u)
                for (Eigen::Index v = 0; v < k.cols(); ++v)
                    s += k(u, v) * in(i + u, j + v);
            out(i, j) = s;
        }
    return out;
}

// Independent layer sizes from the tokens: out = floor((in + 2p − k)/s) + 1, written out here.
std::vector<std::array<long long, 3>> sizes(long long side, long long depth, const std::vector<std::string> &tokens)
{
    std::vector<std::array<long long, 3>> out;
    long long h = side, d = depth;
    const std::regex conv("C(\\d+)D(\\d+)(?:S(\\d+))?(?:P(\\d+))?"), pool("M(?:(\\d+)S(\\d+))?");
    for (const std::string &t : tokens) {
        std::smatch m;
        long long k = 2, s = 2, p = 0;
        if (std::regex_match(t, m, conv)) {
            k = std::stoll(m[1]);
            d = std::stoll(m[2]);
            s = m[3].matched ? std::stoll(m[3]) : 1;
            p = m[4].matched ? std::stoll(m[4]) : (k - 1) / 2;
        } else if (std::regex_match(t, m, pool)) {
            if (m[1].matched) {
                k = std::stoll(m[1]);
                s = std::stoll(m[2]);
            }
        } else {
            ADD_FAILURE() << "unexpected token " << t;
        }
        h = (h + 2 * p - k) / s + 1;
        out.push_back({ h, h, d });
    }
    return out;
}

} // namespace

TEST(QuizGenerate, ConvolutionKeyMatchesIndependentCorrelation)
{
    std::set<std::string> prompts;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        SCOPED_TRACE(seed);
        const auto q = generateConvolution(seed);
        ASSERT_TRUE(q.ok()) << q.error().debugString();
        expectValid(*q);
        ASSERT_EQ(q->figures.size(), 2u);
        const Eigen::MatrixXd &in = q->figures[0].matrix, &k = q->figures[1].matrix;
        EXPECT_TRUE(in.rows() == 6 || in.rows() == 7);
        EXPECT_EQ(k.rows(), 3);
        EXPECT_GE(in.minCoeff(), 0);
        EXPECT_LE(in.maxCoeff(), 9);
        const Eigen::MatrixXd key = correlate(in, k);
        ASSERT_EQ(q->answerMatrix.rows(), key.rows());
        EXPECT_EQ(q->answerMatrix, key);
        EXPECT_EQ(q->points, 20);
        EXPECT_EQ(q->type, QuestionType::Matrix);
        prompts.insert(dlt::formatNumber(in.sum()) + q->prompt);
        // Reproducible.
        EXPECT_EQ(*generateConvolution(seed), *q);
    }
    EXPECT_GT(prompts.size(), 30u); // different seeds, different problems
}

TEST(QuizGenerate, LayerSizesKeyMatchesTheFormula)
{
    std::set<std::string> blocks;
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        SCOPED_TRACE(seed);
        const auto q = generateLayerSizes(seed);
        ASSERT_TRUE(q.ok()) << q.error().debugString();
        expectValid(*q);
        // The input side is in the prompt: "A 64x64x3 input".
        std::smatch m;
        ASSERT_TRUE(std::regex_search(q->prompt, m, std::regex("A (\\d+)x(\\d+)x3 input")));
        const long long side = std::stoll(m[1]);
        const auto want = sizes(side, 3, q->rowLabels);
        ASSERT_EQ(q->answerMatrix.rows(), Eigen::Index(want.size()));
        for (size_t i = 0; i < want.size(); ++i)
            for (int c = 0; c < 3; ++c)
                EXPECT_EQ(q->answerMatrix(Eigen::Index(i), c), double(want[i][size_t(c)])) << q->rowLabels[i];
        EXPECT_EQ(q->columnLabels, (std::vector<std::string> { "H", "W", "D" }));
        std::string b;
        for (const auto &t : q->rowLabels)
            b += t + " ";
        blocks.insert(std::to_string(side) + ":" + b);
    }
    EXPECT_GT(blocks.size(), 20u);
}

TEST(QuizGenerate, GradientKeysMatchClosedForms)
{
    int vanishing = 0, exploding = 0;
    for (std::uint64_t seed = 1; seed <= 80; ++seed) {
        SCOPED_TRACE(seed);
        const auto qs = generateGradient(seed);
        ASSERT_TRUE(qs.ok()) << qs.error().debugString();
        ASSERT_EQ(qs->size(), 2u);
        const Question &rho = (*qs)[0], &verdict = (*qs)[1];
        expectValid(rho);
        expectValid(verdict);
        const Eigen::MatrixXd &w = rho.figures.at(0).matrix;
        ASSERT_EQ(w.rows(), 2);
        // Eigenvalues of [a b; c d]: (tr ± sqrt(tr² − 4 det))/2, complex when the discriminant is negative.
        const double tr = w(0, 0) + w(1, 1), det = w(0, 0) * w(1, 1) - w(0, 1) * w(1, 0);
        const std::complex<double> root = std::sqrt(std::complex<double>(tr * tr - 4 * det, 0));
        const double radius = std::max(std::abs((tr + root) / 2.0), std::abs((tr - root) / 2.0));
        EXPECT_NEAR(rho.answerNumber, radius, 1e-9);
        EXPECT_EQ(rho.tolerance, 0.01);
        // σ_max² is the larger eigenvalue of WᵀW: (s + sqrt(s² − 4 det²))/2 with s the sum of squares.
        const double s = w.squaredNorm();
        const double sigma = std::sqrt((s + std::sqrt(std::max(0.0, s * s - 4 * det * det))) / 2);
        const bool sigmoid = verdict.prompt.find("sigmoid") != std::string::npos;
        const double gamma = sigmoid ? 0.25 : 1.0;
        ASSERT_TRUE(gamma * sigma < 1 || gamma * radius > 1) << "borderline draws must be skipped";
        const int want = gamma * sigma < 1 ? 0 : 1;
        EXPECT_EQ(verdict.answerIndex, want);
        EXPECT_EQ(verdict.choices[size_t(want)], want == 0 ? "Vanishing" : "Exploding");
        (want == 0 ? vanishing : exploding)++;
        EXPECT_EQ(rho.points + verdict.points, 40);
    }
    EXPECT_GT(vanishing, 5);
    EXPECT_GT(exploding, 5);
}

TEST(QuizMock, CompositionIsTwentyTwentyFortyAndFourTimesFive)
{
    Bank bank;
    for (int i = 0; i < 6; ++i) {
        Question q;
        q.id = "q" + std::to_string(i);
        q.topic = "t";
        q.type = i % 2 ? QuestionType::TrueFalse : QuestionType::SingleChoice;
        q.prompt = "p";
        q.choices = i % 2 ? std::vector<std::string> {} : std::vector<std::string> { "a", "b" };
        bank.questions.push_back(q);
    }
    Question numeric = bank.questions[0];
    numeric.id = "n";
    numeric.type = QuestionType::Numeric;
    numeric.choices.clear();
    bank.questions.push_back(numeric); // never drawn for the T/F/MC part

    const auto exam = composeMock(bank, 77);
    ASSERT_TRUE(exam.ok()) << exam.error().debugString();
    const Attempt &a = exam->attempt;
    ASSERT_EQ(a.size(), 8);
    EXPECT_EQ(a.item(0).question.topic, kConvolutionTopic);
    EXPECT_EQ(a.item(1).question.topic, kLayerSizesTopic);
    EXPECT_EQ(a.item(2).question.type, QuestionType::Numeric);
    EXPECT_EQ(a.item(3).question.type, QuestionType::SingleChoice);
    double total = 0;
    for (int i = 0; i < 8; ++i)
        total += a.item(i).question.points;
    EXPECT_EQ(total, 100);
    for (int i = 4; i < 8; ++i) {
        EXPECT_EQ(a.item(i).question.points, 5);
        EXPECT_NE(a.item(i).question.id, "n");
    }
    ASSERT_EQ(exam->sections.size(), 4u);
    EXPECT_EQ(exam->sections[0].points, 20);
    EXPECT_EQ(exam->sections[1].points, 20);
    EXPECT_EQ(exam->sections[2].points, 40);
    EXPECT_EQ(exam->sections[3].points, 20);

    // Too few T/F/MC questions.
    Bank small { "s", { numeric } };
    const auto none = composeMock(small, 1);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().key, "quiz.mock_needs_choice_questions");
    EXPECT_EQ(none.error().arg("have"), "0");
}

TEST(QuizMock, ResultsSheetByHand)
{
    Bank bank;
    for (int i = 0; i < 4; ++i) {
        Question q;
        q.id = "tf" + std::to_string(i);
        q.topic = "t";
        q.type = QuestionType::TrueFalse;
        q.prompt = "p";
        q.answerBool = true;
        bank.questions.push_back(q);
    }
    const auto exam = composeMock(bank, 5);
    ASSERT_TRUE(exam.ok());
    Attempt a = exam->attempt;
    // Convolution: every cell right except the first → 20·(cells − 1)/cells.
    Response conv = keyResponse(a.item(0).question);
    conv.matrix(0, 0) += 1;
    a.setResponse(0, conv);
    const double cells = double(a.item(0).question.answerMatrix.size());
    // Layers: skipped. Gradient: radius right (20), verdict wrong (0). T/F: two right of four (2·5).
    a.setResponse(2, keyResponse(a.item(2).question));
    Response wrongVerdict = keyResponse(a.item(3).question);
    wrongVerdict.index = 2; // "Neither is guaranteed" is never the key
    a.setResponse(3, wrongVerdict);
    Response yes, no;
    yes.answered = no.answered = true;
    yes.boolValue = true;
    no.boolValue = false;
    a.setResponse(4, yes);
    a.setResponse(5, no);
    a.setResponse(6, yes);
    a.setResponse(7, no);
    a.submitAll();

    const double convPoints = 20 * (cells - 1) / cells;
    const MockResult under = scoreMock(exam->sections, a, false, {});
    ASSERT_EQ(under.sections.size(), 4u);
    EXPECT_NEAR(under.sections[0].earned, convPoints, 1e-12);
    EXPECT_EQ(under.sections[1].earned, 0);
    EXPECT_EQ(under.sections[2].earned, 20);
    EXPECT_EQ(under.sections[3].earned, 10);
    EXPECT_NEAR(under.earned, convPoints + 30, 1e-12);
    EXPECT_EQ(under.possible, 100);
    EXPECT_FALSE(under.graduate);

    // Graduate: rubric items 1 (6 points) and 4 (3 points) met → 9 of 20; total = earned·0.8 + 9.
    const auto &rubric = graduateRubric();
    double rubricTotal = 0;
    for (const auto &r : rubric)
        rubricTotal += r.points;
    EXPECT_EQ(rubricTotal, 20);
    const MockResult grad = scoreMock(exam->sections, a, true, { true, false, false, true, false });
    EXPECT_EQ(grad.rubricEarned, 9);
    EXPECT_EQ(grad.rubricPossible, 20);
    EXPECT_EQ(grad.multiplier, 0.8);
    EXPECT_NEAR(grad.graduateEarned, (convPoints + 30) * 0.8 + 9, 1e-12);
    EXPECT_EQ(grad.graduatePossible, 100); // 100·0.8 + 20
}
