#include "quiz/gift.h"

#include <gtest/gtest.h>

#include <string>

using namespace dlt::quiz;

namespace {

Question make(const std::string &id, const std::string &topic, QuestionType type, const std::string &prompt)
{
    Question q;
    q.id = id;
    q.topic = topic;
    q.type = type;
    q.prompt = prompt;
    q.explanation = "Because " + id + ".";
    return q;
}

// Every GIFT-expressible feature, with every special character in every text field.
Bank richBank()
{
    Bank b;
    b.title = "Round trip: {all} ~features~ #1";
    Question tf = make("tf:1", "rnn/bptt", QuestionType::TrueFalse,
        "Loss = sum of {losses} over t ~ 1..T: true?\nSecond line with a \\ backslash");
    tf.answerBool = true;
    tf.points = 5;
    tf.source = "Goodfellow et al. §10.2\nslide 3";
    Question tf2 = make("tf2", "rnn/bptt", QuestionType::TrueFalse, "Dropout = bagging?");
    tf2.answerBool = false;
    tf2.explanation.clear(); // no explanation at all
    Question sc = make("sc1", "transfer", QuestionType::SingleChoice, "Quality, time: ___ and ___");
    sc.choices = { "Better, more", "Same = more", "Worse {less}", "a#b", "x:y", "~tilde" };
    sc.choiceExplanations = { "right", "", "no: {it} is worse", "hash # inside", "", "tilde ~ inside" };
    sc.answerIndex = 0;
    Question mc = make("mc1", "conv", QuestionType::MultipleChoice, "Which keep the spatial size?");
    mc.choices = { "3x3, pad 1", "1x1, pad 0", "5x5, pad 0", "2x2 max-pool" };
    mc.answerIndices = { 0, 1 };
    mc.points = 2.5;
    Question mc3 = make("mc3", "conv", QuestionType::MultipleChoice, "Three of five");
    mc3.choices = { "a", "b", "c", "d", "e" };
    mc3.answerIndices = { 0, 2, 4 }; // weights 33.33333 % and −50 %
    Question nu = make("nu1", "vgg", QuestionType::Numeric, "Spectral radius of 3.5·ones(2)?");
    nu.answerNumber = 7;
    nu.tolerance = 0.01;
    Question nu2 = make("nu2", "vgg", QuestionType::Numeric, "Negative and exact");
    nu2.answerNumber = -0.125;
    b.questions = { tf, tf2, sc, mc, mc3, nu, nu2 };
    return b;
}

} // namespace

TEST(QuizGift, BankToGiftToBankKeepsEveryQuestion)
{
    const Bank b = richBank();
    const GiftExport g = bankToGift(b);
    ASSERT_TRUE(g.ok()) << g.problems[0].debugString();
    const BankLoad back = parseGift(g.text);
    ASSERT_TRUE(back.ok()) << back.problems[0].debugString() << "\n" << g.text;
    ASSERT_EQ(back.bank.questions.size(), b.questions.size());
    for (size_t i = 0; i < b.questions.size(); ++i)
        EXPECT_EQ(back.bank.questions[i], b.questions[i]) << "question " << i << "\n" << g.text;
    EXPECT_EQ(back.bank.title, b.title);
    // And again: the text is stable.
    EXPECT_EQ(bankToGift(back.bank).text, g.text);
}

TEST(QuizGift, ExportUsesMoodleSyntax)
{
    const std::string text = bankToGift(richBank()).text;
    // Escapes: '=' in a choice, braces in a choice, '#' and ':' in text.
    EXPECT_NE(text.find("~Same \\= more"), std::string::npos) << text;
    EXPECT_NE(text.find("~Worse \\{less\\}#no\\: \\{it\\} is worse"), std::string::npos) << text;
    EXPECT_NE(text.find("::tf\\:1::"), std::string::npos);
    EXPECT_NE(text.find("=Better, more#right"), std::string::npos);
    // Multiple answers: 2 right of 4 → +50 % each, 2 wrong → −50 % each.
    EXPECT_NE(text.find("~%50%3x3, pad 1 ~%50%1x1, pad 0 ~%-50%5x5, pad 0 ~%-50%2x2 max-pool"), std::string::npos)
        << text;
    // 3 right of 5 → 100/3 = 33.33333 %, 2 wrong → −50 %.
    EXPECT_NE(text.find("~%33.33333%a ~%-50%b"), std::string::npos) << text;
    EXPECT_NE(text.find("{#7:0.01 ####"), std::string::npos) << text;
    EXPECT_NE(text.find("{TRUE ####Because tf\\:1.}"), std::string::npos) << text;
    EXPECT_NE(text.find("$CATEGORY: rnn//bptt"), std::string::npos) << text;
    EXPECT_NE(text.find("// dltutor-points: 5"), std::string::npos);
}

TEST(QuizGift, ReadsHandWrittenMoodleFile)
{
    const std::string text = "// A comment line, ignored\n"
                             "$CATEGORY: $course$/top/Default for DL/Convolution\n"
                             "\n"
                             "::Q1:: Grant is buried in Grant's tomb.{FALSE#He is entombed, not buried.#Right.}\n"
                             "\n"
                             "::Q2:: What is 2+2? {=four#yes ~three#no, off by one ~five}\n"
                             "\n"
                             "Which are primes?\n"
                             "{~%50%2 ~%50%3 ~%-100%4 ####2 and 3.}\n"
                             "\n"
                             "::Q4:: When was Grant born?{#1822:5}\n"
                             "\r\n"
                             "::Q5:: [markdown]Range{#1..5}\n"
                             "\n"
                             "::Q2:: Grant is {~buried =entombed ~living} in Grant's tomb.\n";
    const BankLoad l = parseGift(text);
    ASSERT_TRUE(l.ok()) << l.problems[0].debugString();
    const auto &q = l.bank.questions;
    ASSERT_EQ(q.size(), 6u);

    EXPECT_EQ(q[0].id, "Q1");
    EXPECT_EQ(q[0].topic, "Convolution");
    EXPECT_EQ(q[0].type, QuestionType::TrueFalse);
    EXPECT_FALSE(q[0].answerBool);
    EXPECT_EQ(q[0].prompt, "Grant is buried in Grant's tomb.");
    EXPECT_EQ(q[0].explanation, "He is entombed, not buried."); // feedback for the wrong answer

    EXPECT_EQ(q[1].type, QuestionType::SingleChoice);
    EXPECT_EQ(q[1].choices, (std::vector<std::string> { "four", "three", "five" }));
    EXPECT_EQ(q[1].answerIndex, 0);
    EXPECT_EQ(q[1].choiceExplanations, (std::vector<std::string> { "yes", "no, off by one", "" }));

    EXPECT_EQ(q[2].id, "gift-3"); // no title: numbered
    EXPECT_EQ(q[2].type, QuestionType::MultipleChoice);
    EXPECT_EQ(q[2].answerIndices, (std::vector<int> { 0, 1 }));
    EXPECT_EQ(q[2].explanation, "2 and 3.");

    EXPECT_EQ(q[3].type, QuestionType::Numeric);
    EXPECT_DOUBLE_EQ(q[3].answerNumber, 1822);
    EXPECT_DOUBLE_EQ(q[3].tolerance, 5);
    // {#1..5}: midpoint 3, half-width 2.
    EXPECT_DOUBLE_EQ(q[4].answerNumber, 3);
    EXPECT_DOUBLE_EQ(q[4].tolerance, 2);
    EXPECT_EQ(q[4].prompt, "Range");

    // Missing-word format: the blank goes where the braces were; a repeated title gets "-2".
    EXPECT_EQ(q[5].id, "Q2-2");
    EXPECT_EQ(q[5].prompt, "Grant is _____ in Grant's tomb.");
    EXPECT_EQ(q[5].answerIndex, 1);
}

TEST(QuizGift, CollectsEveryUnsupportedOrBrokenQuestion)
{
    const std::string text = "::ok:: Fine {T}\n" // line 1
                             "\n"
                             "::essay:: Write about RNNs {}\n" // line 3
                             "\n"
                             "::short:: Capital of France? {=Paris =paris}\n" // line 5
                             "\n"
                             "::match:: Match {=a -> 1 =b -> 2}\n" // line 7
                             "\n"
                             "Just a description\n" // line 9
                             "\n"
                             "::open:: Missing brace {=a ~b\n" // line 11
                             "\n"
                             "::two:: Two right {=a =b ~c}\n" // line 13
                             "\n"
                             "::none:: None right {~a ~b}\n" // line 15
                             "\n"
                             "::num:: Bad number {#abc}\n" // line 17
                             "\n"
                             "::title Unclosed title {T}\n"; // line 19
    const BankLoad l = parseGift(text);
    ASSERT_EQ(l.problems.size(), 9u);
    EXPECT_TRUE(l.bank.questions.empty());
    struct Want {
        const char *key, *question, *line, *kind;
    };
    const Want want[] = {
        { "gift.unsupported_question", "essay", "3", "essay" },
        { "gift.unsupported_question", "short", "5", "short answer" },
        { "gift.unsupported_question", "match", "7", "matching" },
        { "gift.unsupported_question", "#5", "9", "description" },
        { "gift.unbalanced_braces", "open", "11", "" },
        { "gift.several_correct", "two", "13", "" },
        { "gift.no_correct_choice", "none", "15", "" },
        { "gift.bad_number", "num", "17", "" },
        { "gift.bad_title", "#10", "19", "" },
    };
    for (size_t i = 0; i < 9; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(l.problems[i].key, want[i].key) << l.problems[i].debugString();
        EXPECT_EQ(l.problems[i].arg("question"), want[i].question);
        EXPECT_EQ(l.problems[i].arg("line"), want[i].line);
        EXPECT_EQ(l.problems[i].arg("kind"), want[i].kind);
    }
    EXPECT_EQ(l.problems[7].arg("value"), "abc");
}

TEST(QuizGift, BankChecksApplyToImportedQuestions)
{
    // A parsed question that breaks a bank rule (a blank choice) is reported with its GIFT index and line.
    const BankLoad l = parseGift("::a:: fine {T}\n\n\n::b:: Blank choice {=x ~   #why}\n");
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_EQ(l.problems[0].key, "quiz.empty_field");
    EXPECT_EQ(l.problems[0].arg("question"), "b");
    EXPECT_EQ(l.problems[0].arg("index"), "2");
    EXPECT_EQ(l.problems[0].arg("line"), "4");
    EXPECT_EQ(l.problems[0].arg("field"), "choices[1]");
}

TEST(QuizGift, EmptyAndMatrixAreReported)
{
    EXPECT_EQ(parseGift("// only a comment\n\n").problems.at(0).key, "gift.empty");
    Bank b;
    Question m;
    m.id = "mx";
    m.topic = "conv";
    m.type = QuestionType::Matrix;
    m.prompt = "compute";
    m.answerMatrix = Eigen::MatrixXd::Ones(2, 2);
    Question f = m;
    f.id = "fig";
    f.type = QuestionType::Numeric;
    f.figures.push_back(Figure { "input", Eigen::MatrixXd::Ones(1, 1) });
    b.questions = { m, f };
    const GiftExport g = bankToGift(b);
    ASSERT_EQ(g.problems.size(), 2u);
    EXPECT_EQ(g.problems[0].key, "gift.unsupported_type");
    EXPECT_EQ(g.problems[0].arg("question"), "mx");
    EXPECT_EQ(g.problems[1].key, "gift.unsupported_field");
    EXPECT_EQ(g.problems[1].arg("field"), "figures");
    EXPECT_TRUE(g.text.empty());
}
