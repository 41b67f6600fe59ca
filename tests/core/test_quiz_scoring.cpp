#include "quiz/attempt.h"
#include "quiz/progress.h"
#include "quiz/rng.h"
#include "quiz/scoring.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace dlt::quiz;

namespace {

Question multiple(int n, std::vector<int> key, double points = 1)
{
    Question q;
    q.id = "m";
    q.topic = "t";
    q.type = QuestionType::MultipleChoice;
    for (int i = 0; i < n; ++i)
        q.choices.push_back("c" + std::to_string(i));
    q.answerIndices = std::move(key);
    q.points = points;
    return q;
}

Response chose(std::vector<int> idx)
{
    Response r;
    r.answered = true;
    r.indices = std::move(idx);
    return r;
}

Bank sampleBank()
{
    Bank b;
    b.title = "sample";
    for (int i = 0; i < 12; ++i) {
        Question q;
        q.id = "q" + std::to_string(i);
        q.topic = i < 4 ? "conv" : (i < 8 ? "rnn" : "vgg");
        q.type = QuestionType::SingleChoice;
        q.prompt = "p" + std::to_string(i);
        q.choices = { "a", "b", "c", "d" };
        q.answerIndex = i % 4;
        q.points = 1 + i % 3;
        b.questions.push_back(q);
    }
    return b;
}

} // namespace

TEST(QuizRng, SplitMix64ReferenceValues)
{
    // The published splitmix64 sequence for seed 0.
    Rng rng(0);
    EXPECT_EQ(rng.next(), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(rng.next(), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(rng.next(), 0x06C45D188009454FULL);
}

TEST(QuizRng, BelowStaysInRangeAndShuffleIsAPermutation)
{
    Rng rng(42);
    for (int i = 0; i < 1000; ++i)
        EXPECT_LT(rng.below(7), 7u);
    std::vector<int> v(20);
    std::iota(v.begin(), v.end(), 0);
    rng.shuffle(v);
    std::vector<int> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(sorted[size_t(i)], i);
}

TEST(QuizScoring, TrueFalseAndSingleChoiceAreAllOrNothing)
{
    Question tf;
    tf.type = QuestionType::TrueFalse;
    tf.answerBool = false;
    tf.points = 5;
    Response r;
    r.answered = true;
    r.boolValue = false;
    EXPECT_DOUBLE_EQ(grade(tf, r).earned, 5.0);
    r.boolValue = true;
    EXPECT_DOUBLE_EQ(grade(tf, r).earned, 0.0);
    r.answered = false;
    EXPECT_FALSE(grade(tf, r).answered);
    EXPECT_DOUBLE_EQ(grade(tf, r).earned, 0.0);

    Question sc;
    sc.type = QuestionType::SingleChoice;
    sc.choices = { "a", "b", "c" };
    sc.answerIndex = 1;
    Response s;
    s.answered = true;
    s.index = 2;
    const Grade g = grade(sc, s);
    EXPECT_EQ(g.fraction, 0.0);
    EXPECT_EQ(g.wrongSelected, (std::vector<int> { 2 }));
    s.index = 1;
    EXPECT_TRUE(grade(sc, s).correct);
}

TEST(QuizScoring, MultipleChoicePartialCreditByHand)
{
    // 4 choices, key {0, 2}: k = 2 correct (+1/2 each), k' = 2 wrong (−1/2 each).
    const Question q = multiple(4, { 0, 2 }, 5);
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0, 2 })).fraction, 1.0);
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0 })).fraction, 0.5); // 1/2
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0 })).earned, 2.5); // 0.5 × 5 points
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0, 1 })).fraction, 0.0); // 1/2 − 1/2
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0, 1, 2 })).fraction, 0.5); // 1 − 1/2
    EXPECT_DOUBLE_EQ(grade(q, chose({ 0, 1, 2, 3 })).fraction, 0.0); // everything: 1 − 1
    EXPECT_DOUBLE_EQ(grade(q, chose({ 1 })).fraction, 0.0); // −1/2 floored at 0
    EXPECT_DOUBLE_EQ(grade(q, chose({})).fraction, 0.0);
    const Grade g = grade(q, chose({ 0, 3 }));
    EXPECT_EQ(g.wrongSelected, (std::vector<int> { 3 }));
    EXPECT_EQ(g.missed, (std::vector<int> { 2 }));

    // 5 choices, key {0, 1, 2}: +1/3 each right, −1/2 each wrong. {0, 1, 3} → 2/3 − 1/2 = 1/6.
    const Question q5 = multiple(5, { 0, 1, 2 });
    EXPECT_NEAR(grade(q5, chose({ 0, 1, 3 })).fraction, 1.0 / 6.0, 1e-15);
    EXPECT_DOUBLE_EQ(grade(q5, chose({ 0, 1, 2 })).fraction, 1.0);

    // Every choice correct (k' = 0): nothing to subtract; 2 of 3 → 2/3.
    const Question all = multiple(3, { 0, 1, 2 });
    EXPECT_NEAR(grade(all, chose({ 0, 2 })).fraction, 2.0 / 3.0, 1e-15);
}

TEST(QuizScoring, NumericTolerance)
{
    Question q;
    q.type = QuestionType::Numeric;
    q.answerNumber = 2.5;
    q.tolerance = 0.1;
    Response r;
    r.answered = true;
    for (double ok : { 2.5, 2.6, 2.4, 2.55 })
        EXPECT_TRUE(grade(q, (r.number = ok, r)).correct) << ok;
    for (double bad : { 2.61, 2.39, -2.5, std::nan("") })
        EXPECT_FALSE(grade(q, (r.number = bad, r)).correct) << bad;
    q.tolerance = 0;
    EXPECT_TRUE(grade(q, (r.number = 2.5, r)).correct);
    EXPECT_TRUE(grade(q, (r.number = 0.1 + 2.4, r)).correct); // rounding slack, not a second tolerance
}

TEST(QuizScoring, MatrixPerCellCredit)
{
    Question q;
    q.type = QuestionType::Matrix;
    q.answerMatrix = (Eigen::MatrixXd(2, 2) << 1, 2, 3, 4).finished();
    q.points = 20;
    Response r;
    r.answered = true;
    r.matrix = (Eigen::MatrixXd(2, 2) << 1, 2, 0, 4).finished(); // 3 of 4 cells
    Grade g = grade(q, r);
    EXPECT_DOUBLE_EQ(g.fraction, 0.75);
    EXPECT_DOUBLE_EQ(g.earned, 15.0);
    EXPECT_EQ(g.cellsRight, 3);
    EXPECT_FALSE(g.cellCorrect(1, 0));
    EXPECT_TRUE(g.cellCorrect(1, 1));
    r.matrix(0, 0) = std::nan(""); // an empty cell
    EXPECT_DOUBLE_EQ(grade(q, r).fraction, 0.5);
    r.matrix = Eigen::MatrixXd::Zero(2, 3); // wrong shape
    EXPECT_DOUBLE_EQ(grade(q, r).fraction, 0.0);
    q.tolerance = 0.5;
    r.matrix = (Eigen::MatrixXd(2, 2) << 1.4, 2.6, 3, 4).finished(); // 1.4 in, 2.6 out
    EXPECT_DOUBLE_EQ(grade(q, r).fraction, 0.75);
}

TEST(QuizAttempt, SameSeedSameQuizDifferentSeedDifferentQuiz)
{
    const Bank b = sampleBank();
    QuizOptions o;
    o.count = 6;
    o.seed = 2024;
    const auto a1 = Attempt::start(b, o), a2 = Attempt::start(b, o);
    ASSERT_TRUE(a1.ok() && a2.ok());
    ASSERT_EQ(a1->size(), 6);
    std::set<std::string> ids;
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(a1->item(i).question.id, a2->item(i).question.id);
        EXPECT_EQ(a1->item(i).choiceOrder, a2->item(i).choiceOrder);
        ids.insert(a1->item(i).question.id);
        std::vector<int> order = a1->item(i).choiceOrder;
        std::sort(order.begin(), order.end());
        EXPECT_EQ(order, (std::vector<int> { 0, 1, 2, 3 }));
    }
    EXPECT_EQ(ids.size(), 6u); // no question twice

    // Across 20 seeds the draws are not all the same (a fixed order would be a defect).
    std::set<std::string> firsts;
    for (std::uint64_t s = 1; s <= 20; ++s) {
        o.seed = s;
        firsts.insert(Attempt::start(b, o)->item(0).question.id);
    }
    EXPECT_GT(firsts.size(), 3u);
}

TEST(QuizAttempt, TopicsCountAndErrors)
{
    const Bank b = sampleBank();
    QuizOptions o;
    o.topics = { "rnn" };
    o.count = 50;
    const auto a = Attempt::start(b, o);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->size(), 4); // only 4 rnn questions
    for (const Item &it : a->items())
        EXPECT_EQ(it.question.topic, "rnn");
    o.topics = { "gan" };
    EXPECT_EQ(Attempt::start(b, o).error().key, "quiz.unknown_topic");
    o.topics = {};
    o.count = 0;
    EXPECT_EQ(Attempt::start(b, o).error().key, "quiz.bad_count");
}

TEST(QuizAttempt, SummaryPerTopicAndRetakeWrong)
{
    Bank b = sampleBank();
    b.questions.resize(6); // conv q0..q3 (points 1,2,3,1), rnn q4, q5 (points 2,3)
    const Attempt base = Attempt::fromQuestions(b.questions, 7, false);
    Attempt a = base;
    // Answer q0, q2 and q4 right; q1 wrong; q3 and q5 skipped.
    for (int i : { 0, 2, 4 }) {
        Response r;
        r.answered = true;
        r.index = a.item(i).question.answerIndex;
        a.setResponse(i, r);
    }
    Response wrong;
    wrong.answered = true;
    wrong.index = (a.item(1).question.answerIndex + 1) % 4;
    a.setResponse(1, wrong);
    a.submitAll();
    EXPECT_TRUE(a.allSubmitted());
    // Submitted responses are locked.
    a.setResponse(1, keyResponse(a.item(1).question));
    EXPECT_FALSE(a.gradeOf(1).correct);

    const Summary s = a.summary();
    EXPECT_EQ(s.questions, 6);
    EXPECT_EQ(s.answered, 4);
    EXPECT_EQ(s.correct, 3);
    EXPECT_DOUBLE_EQ(s.possible, 1 + 2 + 3 + 1 + 2 + 3);
    EXPECT_DOUBLE_EQ(s.earned, 1 + 3 + 2); // q0, q2, q4
    ASSERT_EQ(s.topics.size(), 2u);
    EXPECT_EQ(s.topics[0], (TopicScore { "conv", 4, 2, 4.0, 7.0 }));
    EXPECT_EQ(s.topics[1], (TopicScore { "rnn", 2, 1, 2.0, 5.0 }));

    EXPECT_EQ(a.wrongItems(), (std::vector<int> { 1, 3, 5 }));
    const Attempt again = a.retake(a.wrongItems(), 8);
    ASSERT_EQ(again.size(), 3);
    EXPECT_EQ(again.item(0).question.id, "q1");
    EXPECT_EQ(again.item(2).question.id, "q5");
    EXPECT_FALSE(again.item(0).submitted);
    EXPECT_FALSE(again.item(0).response.answered);
}

TEST(QuizProgress, RoundTripAndTotals)
{
    Progress p;
    addAttempt(p,
        AttemptRecord { "2026-01-01T10:00:00Z", "quiz", "b", 5, 4, 3, 3.5, 4,
            { TopicScore { "conv", 2, 2, 2, 2 }, TopicScore { "rnn", 2, 1, 1.5, 2 } } });
    addAttempt(p,
        AttemptRecord { "2026-01-02T10:00:00Z", "mock", "b", 18446744073709551615ULL, 1, 0, 0, 5,
            { TopicScore { "rnn", 1, 0, 0, 5 } } });
    const auto back = parseProgress(progressToJson(p));
    ASSERT_TRUE(back.ok()) << back.error().debugString();
    EXPECT_EQ(*back, p);
    const auto totals = topicTotals(p);
    ASSERT_EQ(totals.size(), 2u);
    EXPECT_EQ(totals[0], (TopicScore { "conv", 2, 2, 2, 2 }));
    EXPECT_EQ(totals[1], (TopicScore { "rnn", 3, 1, 1.5, 7 }));
}

TEST(QuizProgress, KeepsOnlyTheNewestAttempts)
{
    Progress p;
    for (int i = 0; i < kMaxStoredAttempts + 5; ++i)
        addAttempt(p, AttemptRecord { std::to_string(i), "quiz", "b", 0, 0, 0, 0, 0, {} });
    ASSERT_EQ(p.attempts.size(), size_t(kMaxStoredAttempts));
    EXPECT_EQ(p.attempts.front().when, "5");
}

TEST(QuizProgress, BadFilesAreErrorsNotCrashes)
{
    EXPECT_EQ(parseProgress("").error().key, "progress.empty");
    EXPECT_EQ(parseProgress("{\"format\": \"dltutor-progress\", \"vers").error().key, "progress.truncated_json");
    EXPECT_EQ(parseProgress("{oops}").error().key, "progress.invalid_json");
    EXPECT_EQ(
        parseProgress("{\"format\": \"other\", \"version\": 1, \"attempts\": []}").error().key, "progress.bad_format");
    EXPECT_EQ(parseProgress("{\"format\": \"dltutor-progress\", \"version\": 9, \"attempts\": []}").error().key,
        "progress.unsupported_version");
    const auto bad
        = parseProgress("{\"format\": \"dltutor-progress\", \"version\": 1, \"attempts\": "
                        "[{\"when\": \"x\", \"kind\": \"quiz\", \"bank\": \"b\", \"seed\": 1, \"questions\": 2,"
                        " \"correct\": 1, \"earned\": \"lots\", \"possible\": 2, \"topics\": []}]}");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().key, "progress.bad_field");
    EXPECT_EQ(bad.error().arg("index"), "1");
    EXPECT_EQ(bad.error().arg("field"), "earned");
}
