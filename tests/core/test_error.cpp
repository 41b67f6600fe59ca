#include "common/error.h"
#include "common/result.h"

#include <gtest/gtest.h>

TEST(Error, CarriesKeyAndNamedArguments)
{
    dlt::Error e("matrix.bad_number");
    e.with("line", 3LL).with("column", 7LL).with("token", std::string("x"));
    EXPECT_EQ(e.key, "matrix.bad_number");
    EXPECT_EQ(e.arg("line"), "3");
    EXPECT_EQ(e.arg("column"), "7");
    EXPECT_EQ(e.arg("token"), "x");
    EXPECT_EQ(e.arg("missing"), "");
    EXPECT_EQ(e.debugString(), "matrix.bad_number(column=7, line=3, token=x)");
}

TEST(Error, FormatsNumbersShortestRoundTrip)
{
    EXPECT_EQ(dlt::formatNumber(0.5), "0.5");
    EXPECT_EQ(dlt::formatNumber(-0.0), "0");
    EXPECT_EQ(dlt::formatNumber(4.0), "4");
    EXPECT_EQ(dlt::formatNumber(0.1), "0.1");
    EXPECT_EQ(dlt::formatNumber(1.0 / 0.0), "inf");
}

TEST(Result, HoldsValueOrError)
{
    dlt::Result<int> good = 42;
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    dlt::Result<int> bad = dlt::Error("x.y");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().key, "x.y");
}
