// dltutor rnn: text and --json output, defaults, and every kind of bad input (exit 2, one line
// on stderr, nothing on stdout). Expected numbers are worked out by hand in the comments.

#include "clirunner.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using clitest::run;

namespace {

nlohmann::json runJson(const std::vector<std::string> &args, const std::string &stdinText = {})
{
    std::vector<std::string> full{"rnn"};
    full.insert(full.end(), args.begin(), args.end());
    full.push_back("--json");
    const auto r = run(full, stdinText);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    return nlohmann::json::parse(r.out);
}

void expectBadInput(const std::vector<std::string> &args, const std::string &mustMention)
{
    std::vector<std::string> full{"rnn"};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = run(full);
    EXPECT_EQ(r.exitCode, 2) << mustMention;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("dltutor rnn: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(mustMention), std::string::npos) << r.err;
}

} // namespace

TEST(CliRnn, HelpExitsZeroWithUsage)
{
    const auto r = run({"rnn", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Usage: dltutor rnn"), std::string::npos);
    EXPECT_NE(r.out.find("--loss-grad"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(CliRnn, SeedJsonHasExactKeysAndHandDerivedValues)
{
    // W = 3.5·ones(2): λ = 7, 0; ρ = σ_max = 7 (symmetric); sigmoid γ = 1/4; γρ = 1.75 > 1 → exploding.
    // l defaults to (1/√2, 1/√2), ‖l‖ = 1, so estimate[k] = bound[k] = 1.75^k; default T = 50.
    const auto j = runJson({"--whh", "3.5 3.5; 3.5 3.5", "--activation", "sigmoid"});
    // Keys in the documented order (read back with insertion order kept).
    const auto r = run({"rnn", "--json"});
    std::vector<std::string> keys;
    const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(r.out);
    for (auto it = ordered.begin(); it != ordered.end(); ++it)
        keys.push_back(it.key());
    EXPECT_EQ(keys, (std::vector<std::string>{"n", "eigenvalues", "spectral_radius", "spectral_norm", "gamma", "verdict",
                                              "grad_norms", "bound", "estimate"}));
    EXPECT_EQ(j["n"], 2);
    ASSERT_EQ(j["eigenvalues"].size(), 2u);
    EXPECT_NEAR(j["eigenvalues"][0][0].get<double>(), 7.0, 1e-12);
    EXPECT_EQ(j["eigenvalues"][0][1].get<double>(), 0.0);
    EXPECT_EQ(j["eigenvalues"][1][0].get<double>(), 0.0);
    EXPECT_NEAR(j["spectral_radius"].get<double>(), 7.0, 1e-12);
    EXPECT_NEAR(j["spectral_norm"].get<double>(), 7.0, 1e-12);
    EXPECT_EQ(j["gamma"].get<double>(), 0.25);
    EXPECT_EQ(j["verdict"], "exploding");
    ASSERT_EQ(j["grad_norms"].size(), 51u);
    ASSERT_EQ(j["bound"].size(), 51u);
    ASSERT_EQ(j["estimate"].size(), 51u);
    EXPECT_NEAR(j["grad_norms"][0].get<double>(), 1.0, 1e-15);
    for (int k : {1, 7, 50})
        EXPECT_NEAR(j["estimate"][k].get<double>() / std::pow(1.75, k), 1.0, 1e-12) << k;
    // Saturation (see test_rnn): the actual norm ends far below 1.
    EXPECT_LT(j["grad_norms"][50].get<double>(), 1e-50);
}

TEST(CliRnn, DefaultsAreTheSeedAndFiftySteps)
{
    const auto j = runJson({});
    EXPECT_EQ(j["n"], 2);
    EXPECT_EQ(j["verdict"], "exploding");
    EXPECT_EQ(j["grad_norms"].size(), 51u);
}

TEST(CliRnn, RotationHasComplexEigenvaluesAndIsBorderlineWithTanh)
{
    // [[0, −1], [1, 0]] rotates by 90°: λ = ±i, ρ = σ_max = 1; tanh γ = 1 → γρ = γσ = 1 → borderline.
    // h0 = 0, b = 0 keeps every a_t = 0, so tanh' = 1 and ‖g‖ stays ‖l‖ = 1 (rotations keep length).
    const auto j = runJson({"--whh", "0 -1\n1 0", "--activation", "tanh", "--steps", "8"});
    EXPECT_EQ(j["verdict"], "borderline");
    ASSERT_EQ(j["eigenvalues"].size(), 2u);
    EXPECT_NEAR(j["eigenvalues"][0][0].get<double>(), 0.0, 1e-15);
    EXPECT_NEAR(j["eigenvalues"][0][1].get<double>(), 1.0, 1e-15);
    EXPECT_NEAR(j["eigenvalues"][1][1].get<double>(), -1.0, 1e-15);
    EXPECT_EQ(j["grad_norms"].size(), 9u);
    for (const auto &g : j["grad_norms"])
        EXPECT_NEAR(g.get<double>(), 1.0, 1e-14);
}

TEST(CliRnn, VectorsAndStepsAreUsed)
{
    // Seed W at its fixed point: b = −3.5, h0 = 0.5 keeps a_t = 0 (3.5·0.5 + 3.5·0.5 − 3.5 = 0),
    // σ'(0) = 1/4, l = (1, 1) (‖l‖ = √2) is W's λ = 7 eigenvector: ‖g_{T−k}‖ = √2·1.75^k.
    const auto j = runJson({"--bias", "-3.5 -3.5", "--h0", "0.5 0.5", "--loss-grad", "1 1", "--steps", "4"});
    ASSERT_EQ(j["grad_norms"].size(), 5u);
    for (int k = 0; k <= 4; ++k)
        EXPECT_NEAR(j["grad_norms"][k].get<double>() / (std::sqrt(2.0) * std::pow(1.75, k)), 1.0, 1e-12) << k;
}

TEST(CliRnn, MatrixFromFileAndStdin)
{
    // diag(0.5, 2) with linear φ: ρ = σ = 2 → exploding; ‖g_{T−k}‖ for l = (1/√2, 1/√2) is
    // √(0.25^k + 4^k)/√2.
    const std::string path = clitest::tempFile("0.5 0\n0 2\n");
    const auto j = runJson({"--whh-file", path, "--activation", "linear", "--steps", "3"});
    EXPECT_EQ(j["verdict"], "exploding");
    for (int k = 0; k <= 3; ++k)
        EXPECT_NEAR(j["grad_norms"][k].get<double>(), std::sqrt(std::pow(0.25, k) + std::pow(4.0, k)) / std::sqrt(2.0),
                    1e-12);
    const auto s = runJson({"--whh-file", "-", "--activation", "relu"}, "0.5 0\n0 0.5\n");
    EXPECT_EQ(s["verdict"], "vanishing"); // γσ = 1·0.5 < 1
}

TEST(CliRnn, OverflowIsClippedNotNaN)
{
    // Linear W = [10]: ‖g_{T−k}‖ = 10^k; past 1e300 the JSON holds 1e300, never null/NaN/inf.
    const auto r = run({"rnn", "--whh", "10", "--activation", "linear", "--steps", "400", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("null"), std::string::npos);
    EXPECT_EQ(r.out.find("nan"), std::string::npos);
    EXPECT_EQ(r.out.find("inf"), std::string::npos);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["grad_norms"][400].get<double>(), 1e300);
    EXPECT_NEAR(j["grad_norms"][100].get<double>() / 1e100, 1.0, 1e-9);
    // The text output gives the true size beyond the clip.
    const auto t = run({"rnn", "--whh", "10", "--activation", "linear", "--steps", "400"});
    EXPECT_NE(t.out.find("1e400"), std::string::npos) << t.out;
}

TEST(CliRnn, TextOutputIsReadable)
{
    const auto r = run({"rnn", "--steps", "10"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    for (const char *needle : {"W_hh is 2×2, activation sigmoid, T = 10 steps", "λ1 = 7", "eigenvector (1, 1)",
                               "eigenvector (-1, 1)", "ρ = 7", "σ_max = 7", "γ·ρ = 1.75", "Verdict: exploding",
                               "saturate"})
        EXPECT_NE(r.out.find(needle), std::string::npos) << needle << "\n" << r.out;
    // Header plus one row per k = 0..10.
    EXPECT_NE(r.out.find("\n      10  "), std::string::npos) << r.out;

    const auto longRun = run({"rnn", "--steps", "1000"});
    EXPECT_NE(longRun.out.find("of 1001 rows"), std::string::npos);
    EXPECT_LT(clitest::lineCount(longRun.out), 60);
}

TEST(CliRnn, BadInputExitsTwoWithOneLine)
{
    expectBadInput({"--whh", "1 2 3; 4 5 6"}, "square");
    expectBadInput({"--whh", "1 x; 2 3"}, "--whh");
    expectBadInput({"--whh", "1 2; 3"}, "--whh");
    expectBadInput({"--whh", "nan 1; 1 1"}, "--whh");
    expectBadInput({"--activation", "softmax"}, "softmax");
    expectBadInput({"--steps", "-1"}, "-1");
    expectBadInput({"--steps", "abc"}, "--steps");
    expectBadInput({"--steps", "10001"}, "10000");
    expectBadInput({"--bias", "1 2 3"}, "3 entries");
    expectBadInput({"--h0", "1"}, "h0");
    expectBadInput({"--loss-grad", "1 oops"}, "--loss-grad");
    expectBadInput({"--whh", "1", "--whh-file", "x.txt"}, "--whh-file");
    expectBadInput({"--whh-file", "/nonexistent/w.txt"}, "/nonexistent/w.txt");
    expectBadInput({"--frobnicate"}, "--frobnicate");
    expectBadInput({"--whh", "1e200"}, "1e+200");
}
