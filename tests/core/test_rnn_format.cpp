// Per-step factors as the gradient page writes them: a factor other than 1 never reads "1".
#include "rnn/plot.h"

#include <gtest/gtest.h>

#include <cmath>

using dlt::rnn::formatFactor;

TEST(RnnFormatFactor, FarFromOneKeepsTheAskedDigits)
{
    EXPECT_EQ(formatFactor(std::log10(1.75)), "1.75");
    EXPECT_EQ(formatFactor(std::log10(0.00703)), "0.00703");
    EXPECT_EQ(formatFactor(std::log10(0.99)), "0.99");
    EXPECT_EQ(formatFactor(-INFINITY), "0");
}

TEST(RnnFormatFactor, ExactlyOneIsOne)
{
    EXPECT_EQ(formatFactor(0.0), "1");
}

TEST(RnnFormatFactor, NearOneGetsTheDigitsThatShowTheDifference)
{
    // The norm falls from 1 to 0.531 over 3000 steps: 0.531^(1/3000) = exp(ln 0.531 / 3000)
    // = exp(−0.63299 / 3000) = exp(−0.000211) = 0.999789, which is "1" to 3 digits, "0.9998" to 4.
    EXPECT_EQ(formatFactor(std::log10(0.531) / 3000.0), "0.9998");
    // 1.0004 is "1" to 3 and 4 digits (1.000), "1.0004" to 5.
    EXPECT_EQ(formatFactor(std::log10(1.0004)), "1.0004");
    // 0.99996: "1" to 3 and 4 digits, "0.99996" to 5.
    EXPECT_EQ(formatFactor(std::log10(0.99996)), "0.99996");
}

TEST(RnnFormatFactor, BeyondDoublePrecisionStopsAtOne)
{
    // 10^(1e−17) is 1 in double precision: no digit count can show a difference, so "1".
    EXPECT_EQ(formatFactor(1e-17), "1");
}
