// Inputs the fuzzers (tests/fuzz) and the bad-input catalogue found, kept as regression tests.

#include "conv/conv.h"
#include "quiz/gift.h"

#include <gtest/gtest.h>

#include <string>

using namespace dlt;

// fuzz_gift: a GIFT file with a byte that is not UTF-8 (0x94, a Windows-1252 quote) passed the
// reader and then threw from the JSON writer inside parseGift (std::terminate). Now it is refused
// with the position of the bad byte: line 3, and "Tanh is ze" is 10 bytes, so column 11.
TEST(FuzzRegression, GiftInvalidUtf8IsAProblemNotACrash)
{
    const std::string text = "Sigmoid saturates. {TRUE}\n\nTanh is ze\x94o-centred. {T}\n";
    const quiz::BankLoad load = quiz::parseGift(text);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].key, "gift.invalid_utf8");
    EXPECT_EQ(load.problems[0].arg("line"), "3");
    EXPECT_EQ(load.problems[0].arg("column"), "11");
}

TEST(FuzzRegression, GiftRejectsOverlongAndSurrogateUtf8)
{
    // C0 AF is an overlong '/', ED A0 80 a UTF-16 surrogate, F4 90 80 80 is past U+10FFFF.
    for (const std::string bad : {"::a:: x\xC0\xAF {T}", "::a:: x\xED\xA0\x80 {T}", "::a:: x\xF4\x90\x80\x80 {T}",
                                  "::a:: x {T}\xE2\x82"}) {
        const quiz::BankLoad load = quiz::parseGift(bad);
        ASSERT_EQ(load.problems.size(), 1u) << bad;
        EXPECT_EQ(load.problems[0].key, "gift.invalid_utf8") << bad;
        EXPECT_EQ(load.problems[0].arg("line"), "1");
    }
    // Valid multi-byte text still imports: "×" (C3 97), "…" (E2 80 A6), "😀" (F0 9F 98 80).
    const quiz::BankLoad ok = quiz::parseGift("::a:: 3×3 filters… 😀 {T}\n");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.bank.questions.at(0).prompt, "3×3 filters… 😀");
}

// Bad-input catalogue: finite inputs whose products pass the double range gave "inf" on stdout
// (exit 0) and null in JSON. 1e308·1e308 overflows, so cell (1,1) reports it.
TEST(FuzzRegression, ConvOutputOverflowIsAnError)
{
    const Volume big{Eigen::MatrixXd::Constant(2, 2, 1e308)};
    const auto computed = conv::compute(big, big, {});
    ASSERT_FALSE(computed.ok());
    EXPECT_EQ(computed.error().key, "conv.output_overflow");
    EXPECT_EQ(computed.error().arg("row"), "1");
    EXPECT_EQ(computed.error().arg("col"), "1");
    const auto traced = conv::trace(big, big, {});
    ASSERT_FALSE(traced.ok());
    EXPECT_EQ(traced.error().key, "conv.output_overflow");
    // Each product is finite (1e308·1), the sum 2e308 is not: output cell (1, 2) of a 1×3 input
    // [0 1e308 1e308] under the filter [1 1]; cell (1, 1) is 0 + 1e308, still finite.
    Eigen::MatrixXd in(1, 3);
    in << 0, 1e308, 1e308;
    const Volume input{in}, filter{Eigen::MatrixXd::Ones(1, 2)};
    auto sum = conv::compute(input, filter, {});
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().arg("col"), "2");
    // Huge values that cancel are fine: 1e308 − 1e308 = 0.
    Eigen::MatrixXd cancel(1, 2);
    cancel << 1e308, -1e308;
    auto zero = conv::compute(Volume{cancel}, filter, {});
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ((*zero)(0, 0), 0.0);
}

// fuzz_gift: a carriage return inside a line ("{#1\r\r..2}") was kept by the reader but dropped
// by the writer, so import → export → import changed the prompt. The reader now drops every CR.
TEST(FuzzRegression, GiftStrayCarriageReturnRoundTrips)
{
    const quiz::BankLoad first = quiz::parseGift("::q:: Output side\r\r for n=7? {#5}\r\n");
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.bank.questions.at(0).prompt, "Output side for n=7?");
    const quiz::GiftExport exported = quiz::bankToGift(first.bank);
    ASSERT_TRUE(exported.ok());
    const quiz::BankLoad second = quiz::parseGift(exported.text);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.bank, first.bank);
}
