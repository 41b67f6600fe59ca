#include "matrixtext/matrixtext.h"

#include <gtest/gtest.h>

#include <random>

using dlt::parseMatrix;
using dlt::parseVolume;

namespace {
Eigen::MatrixXd mat(std::initializer_list<std::initializer_list<double>> rows)
{
    Eigen::MatrixXd m(Eigen::Index(rows.size()), Eigen::Index(rows.begin()->size()));
    Eigen::Index i = 0;
    for (auto r : rows) {
        Eigen::Index j = 0;
        for (double v : r)
            m(i, j++) = v;
        ++i;
    }
    return m;
}
} // namespace

TEST(MatrixText, ParsesTabSeparatedRowsLikeTheSeed)
{
    auto m = parseMatrix("6\t3\t4\n4\t7\t4\n");
    ASSERT_TRUE(m.ok()) << m.error().debugString();
    EXPECT_EQ(*m, mat({{6, 3, 4}, {4, 7, 4}}));
}

TEST(MatrixText, AcceptsSpacesCommasSemicolonsAndCrlf)
{
    const Eigen::MatrixXd expected = mat({{1, -2.5, 3}, {0.25, 4, -1e-3}});
    for (const char *text : {"1 -2.5 3\n0.25 4 -1e-3", "1, -2.5, 3; 0.25, 4, -1e-3", "1,-2.5,3\r\n0.25,4,-1E-3\r\n",
                             "\n\n  1 -2.5 3 ;\n 0.25\t4   -0.001  \n\n", "+1 \xE2\x88\x92" "2.5 3\n.25 4 -1e-3"}) {
        auto m = parseMatrix(text);
        ASSERT_TRUE(m.ok()) << text << ": " << m.error().debugString();
        EXPECT_EQ(*m, expected) << text;
    }
}

TEST(MatrixText, BadTokenNamesLineAndColumn)
{
    auto m = parseMatrix("1 2 3\n4 x5 6\n");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().key, "matrix.bad_number");
    EXPECT_EQ(m.error().arg("line"), "2");
    EXPECT_EQ(m.error().arg("column"), "3");
    EXPECT_EQ(m.error().arg("token"), "x5");
}

TEST(MatrixText, RejectsHexInfNanAndOverflow)
{
    for (const char *text : {"0x10", "1..2", "--1", "1e", "abc", "1-2"}) {
        auto m = parseMatrix(text);
        ASSERT_FALSE(m.ok()) << text;
        EXPECT_EQ(m.error().key, "matrix.bad_number") << text;
    }
    for (const char *text : {"nan", "inf", "-Infinity", "1e400"}) {
        auto m = parseMatrix(text);
        ASSERT_FALSE(m.ok()) << text;
        EXPECT_EQ(m.error().key, "matrix.not_finite") << text;
    }
    auto big = parseMatrix("1e308 -1e308");
    ASSERT_TRUE(big.ok());
    EXPECT_EQ((*big)(0, 0), 1e308);
}

TEST(MatrixText, RaggedRowsNameTheRow)
{
    auto m = parseMatrix("1 2 3\n4 5\n");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().key, "matrix.ragged");
    EXPECT_EQ(m.error().arg("line"), "2");
    EXPECT_EQ(m.error().arg("row"), "2");
    EXPECT_EQ(m.error().arg("expected"), "3");
    EXPECT_EQ(m.error().arg("got"), "2");
}

TEST(MatrixText, EmptyAndEmptyCells)
{
    for (const char *text : {"", "   \n\t\n", ";;"}) {
        auto m = parseMatrix(text);
        ASSERT_FALSE(m.ok()) << text;
        EXPECT_EQ(m.error().key, "matrix.empty") << text;
    }
    auto m = parseMatrix("1,,2");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().key, "matrix.empty_cell");
    EXPECT_EQ(m.error().arg("column"), "3");
}

TEST(MatrixText, BlankLineInsideOneMatrixIsReported)
{
    auto m = parseMatrix("1 2\n\n3 4\n");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().key, "matrix.blank_line");
    EXPECT_EQ(m.error().arg("line"), "2");
}

TEST(MatrixText, SizeLimitIsEnforcedEarly)
{
    dlt::MatrixLimits limits;
    limits.maxRows = 3;
    limits.maxCols = 3;
    auto wide = parseMatrix("1 2 3 4", limits);
    ASSERT_FALSE(wide.ok());
    EXPECT_EQ(wide.error().key, "matrix.too_large");
    auto tall = parseMatrix("1;2;3;4", limits);
    ASSERT_FALSE(tall.ok());
    EXPECT_EQ(tall.error().key, "matrix.too_large");
    EXPECT_TRUE(parseMatrix("1 2 3;4 5 6;7 8 9", limits).ok());
}

TEST(MatrixText, VolumeChannelsAreSeparatedByBlankLines)
{
    auto v = parseVolume("1 2\n3 4\n\n5 6\n7 8\n\n\n9 10\n11 12\n");
    ASSERT_TRUE(v.ok()) << v.error().debugString();
    ASSERT_EQ(v->size(), 3u);
    EXPECT_EQ((*v)[0], mat({{1, 2}, {3, 4}}));
    EXPECT_EQ((*v)[2], mat({{9, 10}, {11, 12}}));
}

TEST(MatrixText, VolumeChannelShapeMismatchNamesChannel)
{
    auto v = parseVolume("1 2\n3 4\n\n5 6 7\n8 9 10\n");
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().key, "matrix.channel_shape");
    EXPECT_EQ(v.error().arg("channel"), "2");
    EXPECT_EQ(v.error().arg("line"), "4");
}

TEST(MatrixText, VectorFromRowOrColumn)
{
    auto a = dlt::parseVector("1 2 3");
    auto b = dlt::parseVector("1;2;3");
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(a->size(), 3);
    auto c = dlt::parseVector("1 2; 3 4");
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().key, "matrix.not_vector");
}

TEST(MatrixText, ParseNumber)
{
    EXPECT_EQ(dlt::parseNumber(" -3.5 "), -3.5);
    EXPECT_EQ(dlt::parseNumber("\xE2\x88\x92" "1"), -1.0);
    EXPECT_FALSE(dlt::parseNumber("1 2").has_value());
    EXPECT_FALSE(dlt::parseNumber("").has_value());
    EXPECT_FALSE(dlt::parseNumber("nan").has_value());
}

TEST(MatrixText, FormatThenParseRoundTripsRandomVolumes)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> val(-1e6, 1e6);
    std::uniform_int_distribution<int> dim(1, 6);
    for (int trial = 0; trial < 200; ++trial) {
        dlt::Volume v(size_t(dim(rng) % 3 + 1));
        const int r = dim(rng), c = dim(rng);
        for (auto &m : v) {
            m.resize(r, c);
            for (Eigen::Index i = 0; i < m.size(); ++i)
                m(i) = trial % 2 ? val(rng) : std::round(val(rng) / 1000);
        }
        for (char sep : {'\t', ' ', ','}) {
            auto back = parseVolume(dlt::formatVolume(v, sep));
            ASSERT_TRUE(back.ok()) << back.error().debugString();
            ASSERT_EQ(back->size(), v.size());
            for (size_t k = 0; k < v.size(); ++k)
                EXPECT_EQ((*back)[k], v[k]);
        }
    }
}
