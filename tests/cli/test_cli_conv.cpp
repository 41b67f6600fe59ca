// dltutor conv, run as a real process. Every expected number below is worked out by hand in
// the comments; none is copied from the program or from the seed's printed answer (which has
// a typo in its third row).

#include "clirunner.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <vector>

using clitest::dataPath;
using clitest::run;
using json = nlohmann::json;

namespace {

std::string slurp(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

const std::string kSeed = dataPath("conv_seed_input.txt");
const std::string kEdge = dataPath("conv_horizontal_edge.txt");

// The seed's 7×7 input with the horizontal-edge filter [1 1 1; 0 0 0; −1 −1 −1], stride 1, no padding.
// out(i, j) = (sum of input row i, columns j..j+2) − (sum of input row i+2, columns j..j+2).
// Three-wide row sums, for j = 0..4:
//   row 0 (6 3 4 4 5 0 3): 13 11 13  9  8
//   row 1 (4 7 4 0 4 0 4): 15 11  8  4  8
//   row 2 (7 0 2 3 4 5 2):  9  5  9 12 11
//   row 3 (3 7 5 0 3 0 7): 15 12  8  3 10
//   row 4 (5 8 1 2 5 4 2): 14 11  8 11 11
//   row 5 (8 0 1 0 6 0 0):  9  1  7  6  6
//   row 6 (6 4 1 3 0 4 5): 11  8  4  7  9
// out row 0 = row 0 − row 2:  4  6  4 −3 −3
// out row 1 = row 1 − row 3:  0 −1  0  1 −2
// out row 2 = row 2 − row 4: −5 −6  1  1  0   (the seed prints −1 at column 4: 12 − 11 is 1)
// out row 3 = row 3 − row 5:  6 11  1 −3  4
// out row 4 = row 4 − row 6:  3  3  4  4  2
const std::vector<std::vector<double>> kSeedOutput = {
    {4, 6, 4, -3, -3}, {0, -1, 0, 1, -2}, {-5, -6, 1, 1, 0}, {6, 11, 1, -3, 4}, {3, 3, 4, 4, 2}};

std::string tsv(const std::vector<std::vector<double>> &m)
{
    std::string s;
    for (const auto &row : m) {
        for (size_t j = 0; j < row.size(); ++j) {
            if (j)
                s += '\t';
            std::ostringstream v;
            v << row[j];
            s += v.str();
        }
        s += '\n';
    }
    return s;
}

void expectBadInput(const clitest::RunResult &r, const std::string &mustMention)
{
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("dltutor conv: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(mustMention), std::string::npos) << r.err;
}

} // namespace

TEST(CliConv, SeedExampleGivesTheHandDerivedOutput)
{
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    EXPECT_EQ(r.out, tsv(kSeedOutput));
}

TEST(CliConv, InputFromStdin)
{
    const auto r = run({"conv", "--input", "-", "--filter", kEdge}, slurp(kSeed));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tsv(kSeedOutput));
}

TEST(CliConv, FilterFromStdinInAnotherNotation)
{
    // Same filter written with ';' rows, commas and the Unicode minus.
    const auto r = run({"conv", "--input", kSeed, "--filter", "-"}, "1, 1, 1; 0, 0, 0; \xe2\x88\x92" "1, -1, -1\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tsv(kSeedOutput));
}

TEST(CliConv, BothFromStdinIsRefused)
{
    expectBadInput(run({"conv", "--input", "-", "--filter", "-"}, "1\n"), "--filter -");
}

TEST(CliConv, JsonHasTheDocumentedShapeAndSteps)
{
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.size(), 4u);
    EXPECT_EQ(j["output"], json(kSeedOutput));
    EXPECT_EQ(j["output_height"], 5);
    EXPECT_EQ(j["output_width"], 5);
    // Keys in the documented order.
    EXPECT_LT(r.out.find("\"output\""), r.out.find("\"output_height\""));
    EXPECT_LT(r.out.find("\"output_height\""), r.out.find("\"output_width\""));
    EXPECT_LT(r.out.find("\"output_width\""), r.out.find("\"steps\""));

    const json &steps = j["steps"];
    ASSERT_EQ(steps.size(), 25u);
    // Step 0: the window covers rows 0..2, columns 0..2; products are value·weight in window order:
    // 6·1, 3·1, 4·1, 4·0, 7·0, 4·0, 7·(−1), 0·(−1), 2·(−1); their sum is 13 − 9 = 4.
    const json &s0 = steps[0];
    EXPECT_EQ(s0["row"], 0);
    EXPECT_EQ(s0["col"], 0);
    EXPECT_EQ(s0["window"], json::parse("[[0,0],[0,1],[0,2],[1,0],[1,1],[1,2],[2,0],[2,1],[2,2]]"));
    EXPECT_EQ(s0["products"], json::parse("[6,3,4,0,0,0,-7,0,-2]"));
    EXPECT_EQ(s0["sum"], 4);
    EXPECT_EQ(s0.size(), 5u);
    // Step 8 is row 1, column 3: rows 1..3, columns 3..5 → (0+4+0) − (0+3+0) = 1.
    const json &s8 = steps[8];
    EXPECT_EQ(s8["row"], 1);
    EXPECT_EQ(s8["col"], 3);
    EXPECT_EQ(s8["window"].front(), json::parse("[1,3]"));
    EXPECT_EQ(s8["window"].back(), json::parse("[3,5]"));
    EXPECT_EQ(s8["products"], json::parse("[0,4,0,0,0,0,0,-3,0]"));
    EXPECT_EQ(s8["sum"], 1);
    // Row-major order, and every sum is its products' sum and the output cell.
    for (size_t k = 0; k < steps.size(); ++k) {
        EXPECT_EQ(steps[k]["row"], int(k / 5));
        EXPECT_EQ(steps[k]["col"], int(k % 5));
        double total = 0;
        for (const auto &p : steps[k]["products"])
            total += p.get<double>();
        EXPECT_EQ(total, steps[k]["sum"].get<double>());
        EXPECT_EQ(steps[k]["sum"].get<double>(), kSeedOutput[k / 5][k % 5]);
    }
    // Steps are written one per line, each with its keys in the documented order.
    EXPECT_NE(r.out.find("{\"row\":0,\"col\":0,\"window\":[[0,0],"), std::string::npos);
    EXPECT_NE(r.out.find("\"products\":[6,3,4,0,0,0,-7,0,-2],\"sum\":4}"), std::string::npos);
}

TEST(CliConv, StrideTwoKeepsEveryOtherWindow)
{
    // floor((7 − 3)/2) + 1 = 3 per axis: rows and columns 0, 2, 4 of the stride-1 output.
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tsv({{4, 4, -3}, {-5, 1, 0}, {3, 4, 2}}));
}

TEST(CliConv, StridePerAxis)
{
    // 2x1: rows 0, 2, 4 and every column.
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "2x1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tsv({{4, 6, 4, -3, -3}, {-5, -6, 1, 1, 0}, {3, 3, 4, 4, 2}}));
}

TEST(CliConv, StrideWithRemainderDropsTheUnreachedEdge)
{
    // floor((7 − 3)/3) + 1 = 2 with remainder 1: windows start at 0 and 3; row/column 6 is never reached.
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "3", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["output"], json::parse("[[4,-3],[6,-3]]"));
    EXPECT_EQ(j["output_height"], 2);
    EXPECT_EQ(j["steps"][3]["window"].back(), json::parse("[5,5]"));
}

TEST(CliConv, PaddingOne)
{
    // 7 + 2 − 3 + 1 = 7 per axis. Inside, out(i+1, j+1) is the unpadded out(i, j). Edges by hand:
    // (0,0): rows −1..1, cols −1..1 → top row padding; −(pad + 4 + 7) = −11
    // (0,3): rows −1..1, cols 2..4 → −(4 + 0 + 4) = −8
    // (6,0): rows 5..7, cols −1..1 → (pad + 8 + 0) − (padding row 7) = 8
    // (6,6): rows 5..7, cols 5..7 → (0 + 0 + pad) − 0 = 0
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--padding", "1", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["output_height"], 7);
    ASSERT_EQ(j["output_width"], 7);
    const json &out = j["output"];
    for (int i = 0; i < 5; ++i)
        for (int k = 0; k < 5; ++k)
            EXPECT_EQ(out[size_t(i + 1)][size_t(k + 1)].get<double>(), kSeedOutput[size_t(i)][size_t(k)]) << i << "," << k;
    EXPECT_EQ(out[0][0], -11);
    EXPECT_EQ(out[0][3], -8);
    EXPECT_EQ(out[6][0], 8);
    EXPECT_EQ(out[6][6], 0);
    // The first window reaches outside the input: positions −1 are padding, their products 0.
    EXPECT_EQ(j["steps"][0]["window"].front(), json::parse("[-1,-1]"));
    EXPECT_EQ(j["steps"][0]["products"], json::parse("[0,0,0,0,0,0,0,-4,-7]"));
}

TEST(CliConv, DilationTwo)
{
    // Effective size 2·(3−1)+1 = 5, so 7 − 5 + 1 = 3 per axis. Taps at columns j, j+2, j+4 and rows i, i+4:
    // row 0 (6 3 4 4 5 0 3): 15  7 12    row 4 (5 8 1 2 5 4 2): 11 14  8
    // row 1 (4 7 4 0 4 0 4): 12  7 12    row 5 (8 0 1 0 6 0 0): 15  0  7
    // row 2 (7 0 2 3 4 5 2): 13  8  8    row 6 (6 4 1 3 0 4 5):  7 11  6
    // out = row i − row i+4: (4 −7 4), (−3 7 5), (6 −3 2)
    const auto r = run({"conv", "--input", kSeed, "--filter", kEdge, "--dilation", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tsv({{4, -7, 4}, {-3, 7, 5}, {6, -3, 2}}));
}

TEST(CliConv, ConvolutionModeFlipsTheFilter)
{
    // Input 1..9 row by row; filter [1 2; 3 4]. Correlation at (0,0): 1·1+2·2+4·3+5·4 = 37.
    // Convolution uses [4 3; 2 1]: (0,0) 1·4+2·3+4·2+5·1 = 23; (0,1) 2·4+3·3+5·2+6·1 = 33;
    // (1,0) 4·4+5·3+7·2+8·1 = 53; (1,1) 5·4+6·3+8·2+9·1 = 63.
    const std::string input = clitest::tempFile("1 2 3\n4 5 6\n7 8 9\n");
    const std::string filter = clitest::tempFile("1 2\n3 4\n");
    const auto corr = run({"conv", "--input", input, "--filter", filter});
    ASSERT_EQ(corr.exitCode, 0) << corr.err;
    EXPECT_EQ(corr.out.substr(0, corr.out.find('\t')), "37");
    const auto r = run({"conv", "--input", input, "--filter", filter, "--mode", "convolution", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["output"], json::parse("[[23,33],[53,63]]"));
    // The first product pairs input (0,0) with the flipped weight 4.
    EXPECT_EQ(j["steps"][0]["products"], json::parse("[4,6,8,5]"));
}

TEST(CliConv, MultiChannelSumsOverChannels)
{
    // Channels [1 2; 3 4] and [5 6; 7 8]; 1×1 filter channels 2 and −1: out = 2·ch1 − ch2
    // = [2−5, 4−6; 6−7, 8−8] = [−3 −2; −1 0].
    const auto r = run({"conv", "--input", dataPath("conv_two_channels.txt"), "--filter",
                        dataPath("conv_two_channel_1x1.txt"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["output"], json::parse("[[-3,-2],[-1,0]]"));
    // One window entry and one product per channel: 1·2 and 5·(−1).
    EXPECT_EQ(j["steps"][0]["window"], json::parse("[[0,0],[0,0]]"));
    EXPECT_EQ(j["steps"][0]["products"], json::parse("[2,-5]"));
    EXPECT_EQ(j["steps"][0]["sum"], -3);
}

TEST(CliConv, DecimalsKeepFullPrecision)
{
    // 0.5·0.25 + 1.5·(−2) = 0.125 − 3 = −2.875
    const std::string input = clitest::tempFile("0.5 1.5\n");
    const std::string filter = clitest::tempFile("0.25 -2\n");
    const auto r = run({"conv", "--input", input, "--filter", filter});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "-2.875\n");
}

TEST(CliConv, TooLargeForATraceGivesOutputWithNullSteps)
{
    // 700×700 with a 3×3 filter: 698·698 cells × 9 taps = 4,384,836 > 4,000,000.
    std::string text;
    text.reserve(700 * 700 * 2);
    for (int i = 0; i < 700; ++i) {
        for (int k = 0; k < 700; ++k)
            text += k ? " 1" : "1";
        text += '\n';
    }
    const std::string input = clitest::tempFile(text);
    const auto r = run({"conv", "--input", input, "--filter", kEdge, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_TRUE(j["steps"].is_null());
    EXPECT_EQ(j["output_height"], 698);
    EXPECT_EQ(j["output_width"], 698);
    EXPECT_EQ(j["output"][0][0], 0); // constant input: the edge filter's weights sum to 0
}

TEST(CliConv, HelpDescribesTheOptions)
{
    const auto r = run({"conv", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Usage: dltutor conv"), std::string::npos);
    EXPECT_NE(r.out.find("--dilation"), std::string::npos);
    EXPECT_NE(r.out.find("\"steps\" is null"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
    const auto top = run({"--help"});
    EXPECT_NE(top.out.find("conv"), std::string::npos);
}

TEST(CliConv, BadInputsExitTwoWithOneLine)
{
    const std::string abc = clitest::tempFile("1 2\n3 x4\n");
    const std::string ragged = clitest::tempFile("1 2 3\n4 5\n");
    const std::string empty = clitest::tempFile("\n\n");
    const std::string nan = clitest::tempFile("1 nan\n");
    const std::string big = clitest::tempFile("1 2 3 4\n5 6 7 8\n9 1 2 3\n4 5 6 7\n");
    expectBadInput(run({"conv", "--input", abc, "--filter", kEdge}), "line 2, column 3: 'x4' is not a number");
    expectBadInput(run({"conv", "--input", abc, "--filter", kEdge}), abc);
    expectBadInput(run({"conv", "--input", ragged, "--filter", kEdge}), "row 2 has 2 values");
    expectBadInput(run({"conv", "--input", empty, "--filter", kEdge}), "empty");
    expectBadInput(run({"conv", "--input", nan, "--filter", kEdge}), "not a finite number");
    expectBadInput(run({"conv", "--input", "-", "--filter", kEdge}, "1 2\n3 x\n"), "<stdin>");
    expectBadInput(run({"conv", "--input", "/nonexistent/in.txt", "--filter", kEdge}), "/nonexistent/in.txt");
    expectBadInput(run({"conv", "--filter", kEdge}), "--input");
    expectBadInput(run({"conv", "--input", kSeed}), "--filter");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "abc"}), "--stride");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "0"}), "stride for rows");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--stride", "1x0"}), "stride for cols");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--padding", "-1"}), "padding for rows");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--dilation", "0"}), "dilation");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--mode", "sideways"}), "sideways");
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--bogus"}), "--bogus");
    // Dilation 4 spreads 3 taps over 9 rows, more than the 7 input rows.
    expectBadInput(run({"conv", "--input", kSeed, "--filter", kEdge, "--dilation", "4"}), "does not fit along rows");
    expectBadInput(run({"conv", "--input", kEdge, "--filter", big}), "does not fit");
    expectBadInput(run({"conv", "--input", dataPath("conv_two_channels.txt"), "--filter", kEdge}),
                   "the input has 2 channel(s) but the filter has 1");
}
