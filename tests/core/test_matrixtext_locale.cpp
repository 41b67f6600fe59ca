// The decimal-comma rule of dlt::ParseOptions (README "Numbers and languages"):
// with decimalComma, ',' is a decimal point inside a cell and cells are separated only by
// whitespace; without it, ',' separates cells. '.' is a decimal point in both modes.
#include "matrixtext/matrixtext.h"

#include <gtest/gtest.h>

using dlt::ParseOptions;
using dlt::parseMatrix;
using dlt::parseNumber;
using dlt::parseVector;
using dlt::parseVolume;

namespace {
const ParseOptions kComma{true};
const ParseOptions kPoint{false};
} // namespace

TEST(MatrixTextLocale, CommaIsDecimalInsideACell)
{
    // "1,5 2" = one and a half, then two: a 1×2 matrix [1.5 2].
    auto m = parseMatrix("1,5 2", {}, kComma);
    ASSERT_TRUE(m.ok()) << m.error().debugString();
    ASSERT_EQ(m->rows(), 1);
    ASSERT_EQ(m->cols(), 2);
    EXPECT_EQ((*m)(0, 0), 1.5);
    EXPECT_EQ((*m)(0, 1), 2.0);
}

TEST(MatrixTextLocale, WithoutTheOptionCommaSeparatesCells)
{
    // Today's behaviour, and the default: "1,5" is the two cells 1 and 5.
    for (const ParseOptions &o : {kPoint, ParseOptions{}}) {
        auto m = parseMatrix("1,5", {}, o);
        ASSERT_TRUE(m.ok()) << m.error().debugString();
        ASSERT_EQ(m->cols(), 2);
        EXPECT_EQ((*m)(0, 0), 1.0);
        EXPECT_EQ((*m)(0, 1), 5.0);
    }
}

TEST(MatrixTextLocale, PointStaysADecimalAndRowsUseSemicolonOrNewline)
{
    // Rows [0.5 −2,25] and [3 4e-1]: 0.5, −2.25, 3, 0.4 written the Spanish way and the C way mixed.
    for (const char *text : {"0,5 \xE2\x88\x92" "2,25; 3 4e-1", "0.5\t-2,25\n3\t0,4\n", "  0,5   -2.25 ;\r\n3 0,4e0"}) {
        auto m = parseMatrix(text, {}, kComma);
        ASSERT_TRUE(m.ok()) << text << ": " << m.error().debugString();
        ASSERT_EQ(m->rows(), 2) << text;
        ASSERT_EQ(m->cols(), 2) << text;
        EXPECT_EQ((*m)(0, 0), 0.5) << text;
        EXPECT_EQ((*m)(0, 1), -2.25) << text;
        EXPECT_EQ((*m)(1, 0), 3.0) << text;
        EXPECT_DOUBLE_EQ((*m)(1, 1), 0.4) << text;
    }
}

TEST(MatrixTextLocale, TwoDecimalMarksInOneCellIsABadNumberAtItsPosition)
{
    // Line 2, the second cell starts at column 3: "1,5.2" has two decimal points.
    auto m = parseMatrix("1 2\n3 1,5.2\n", {}, kComma);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().key, "matrix.bad_number");
    EXPECT_EQ(m.error().arg("line"), "2");
    EXPECT_EQ(m.error().arg("column"), "3");
    EXPECT_EQ(m.error().arg("token"), "1,5.2"); // the token as the user typed it
}

TEST(MatrixTextLocale, ErrorsKeepTheirPositions)
{
    // "x" is the third cell of line 1, at column 9 of "1,5 2,5 x".
    auto bad = parseMatrix("1,5 2,5 x", {}, kComma);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().key, "matrix.bad_number");
    EXPECT_EQ(bad.error().arg("line"), "1");
    EXPECT_EQ(bad.error().arg("column"), "9");

    // Ragged: row 2 (line 2) has 1 cell where row 1 has 2. In the point mode "1,5" would be 2 cells.
    auto ragged = parseMatrix("1 2\n1,5\n", {}, kComma);
    ASSERT_FALSE(ragged.ok());
    EXPECT_EQ(ragged.error().key, "matrix.ragged");
    EXPECT_EQ(ragged.error().arg("line"), "2");
    EXPECT_EQ(ragged.error().arg("expected"), "2");
    EXPECT_EQ(ragged.error().arg("got"), "1");
    EXPECT_TRUE(parseMatrix("1 2\n1,5\n", {}, kPoint).ok());

    // A lone comma is not a number in the comma mode (column 3 of "1 , 2").
    auto lone = parseMatrix("1 , 2", {}, kComma);
    ASSERT_FALSE(lone.ok());
    EXPECT_EQ(lone.error().key, "matrix.bad_number");
    EXPECT_EQ(lone.error().arg("column"), "3");
}

TEST(MatrixTextLocale, NumberVectorAndVolume)
{
    EXPECT_EQ(parseNumber(" \xE2\x88\x92" "0,125 ", kComma), -0.125);
    EXPECT_EQ(parseNumber("2,5", kComma), 2.5);
    EXPECT_FALSE(parseNumber("2,5", kPoint).has_value()); // two tokens in the point mode
    EXPECT_FALSE(parseNumber("2,5,1", kComma).has_value());

    auto v = parseVector("0,5; 1,5; 2", {}, kComma); // a column: 0.5, 1.5, 2
    ASSERT_TRUE(v.ok()) << v.error().debugString();
    ASSERT_EQ(v->size(), 3);
    EXPECT_EQ((*v)(0), 0.5);
    EXPECT_EQ((*v)(1), 1.5);
    EXPECT_EQ((*v)(2), 2.0);

    auto vol = parseVolume("1,5 0\n\n0 2,5\n", {}, kComma); // two 1×2 channels
    ASSERT_TRUE(vol.ok()) << vol.error().debugString();
    ASSERT_EQ(vol->size(), 2u);
    EXPECT_EQ((*vol)[0](0, 0), 1.5);
    EXPECT_EQ((*vol)[1](0, 1), 2.5);
}
