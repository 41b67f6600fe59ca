// dltutor vgg: text, JSON, --config all, --layers and every kind of bad input.
// Expected numbers are worked out by hand in the comments (see tests/core/test_arch.cpp for the rules).

#include "clirunner.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <vector>
#include <string>

using clitest::run;
using nlohmann::json;

namespace {

// Text output may group digits by locale ("138,357,544"); compare without separators.
std::string digitsOnly(std::string s)
{
    s.erase(std::remove(s.begin(), s.end(), ','), s.end());
    return s;
}

void expectBadInput(const clitest::RunResult &r, const std::string &mentions)
{
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("dltutor vgg: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(mentions), std::string::npos) << r.err;
}

std::set<std::string> keysOf(const json &j)
{
    std::set<std::string> keys;
    for (const auto &[k, v] : j.items())
        keys.insert(k);
    return keys;
}

} // namespace

// The whitespace-separated fields of the text table's row for one layer number.
std::vector<std::string> rowFields(const std::string &out, int layer)
{
    std::istringstream lines(digitsOnly(out));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::vector<std::string> fields;
        for (std::string w; words >> w;)
            fields.push_back(w);
        if (fields.size() == 8 && fields[0] == std::to_string(layer))
            return fields;
    }
    return {};
}

TEST(CliVgg, DefaultIsColumnDAsATable)
{
    const auto r = run({"vgg"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    EXPECT_NE(r.out.find("Configuration D"), std::string::npos);
    EXPECT_NE(r.out.find("224x224x3"), std::string::npos);
    // # layer kind output params MACs RF memory.
    // Layer 1: 3·3·3·64 + 64 = 1792 params, 224·224·64·27 = 86,704,128 MACs, rf 3, 224·224·64·4 bytes.
    EXPECT_EQ(rowFields(r.out, 1), (std::vector<std::string>{"1", "C3D64", "conv", "224x224x64", "1792", "86704128",
                                                             "3", "12845056"}));
    // Layer 18, the last pool: 14 → 7, rf 196 + 16 = 212, 7·7·512·4 = 100,352 bytes.
    EXPECT_EQ(rowFields(r.out, 18), (std::vector<std::string>{"18", "M", "maxpool", "7x7x512", "0", "0", "212",
                                                              "100352"}));
    // Layer 19: FC1 25088·4096 + 4096 = 102,764,544; no receptive field.
    EXPECT_EQ(rowFields(r.out, 19), (std::vector<std::string>{"19", "FC4096", "fc", "1x1x4096", "102764544",
                                                              "102760448", "-", "16384"}));
    for (int i = 1; i <= 22; ++i)
        EXPECT_FALSE(rowFields(r.out, i).empty()) << i;
    EXPECT_TRUE(rowFields(r.out, 23).empty());
    // Totals: 138,357,544 ≈ 138M parameters, 15,470,264,320 ≈ 15.5G MACs.
    const std::string plain = digitsOnly(r.out);
    EXPECT_NE(plain.find("138357544 (138M)"), std::string::npos);
    EXPECT_NE(plain.find("15470264320 (15.5G)"), std::string::npos);
}

TEST(CliVgg, JsonShapeForOneColumn)
{
    const auto r = run({"vgg", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(keysOf(j), (std::set<std::string>{"config", "input", "layers", "total_params", "total_macs"}));
    EXPECT_EQ(j["config"], "D");
    EXPECT_EQ(j["input"], json::array({224, 224, 3}));
    ASSERT_EQ(j["layers"].size(), 22u);
    for (const json &l : j["layers"]) {
        EXPECT_EQ(keysOf(l), (std::set<std::string>{"name", "kind", "output", "params", "macs", "receptive_field",
                                                    "memory_bytes"}));
        EXPECT_TRUE(l["output"].is_array());
        EXPECT_EQ(l["output"].size(), 3u);
        const std::string kind = l["kind"];
        EXPECT_TRUE(kind == "conv" || kind == "lrn" || kind == "maxpool" || kind == "fc" || kind == "softmax") << kind;
    }
    const json &first = j["layers"][0];
    EXPECT_EQ(first["name"], "C3D64");
    EXPECT_EQ(first["kind"], "conv");
    EXPECT_EQ(first["output"], json::array({224, 224, 64}));
    EXPECT_EQ(first["params"], 1792);             // 3·3·3·64 + 64
    EXPECT_EQ(first["macs"], 86704128);           // 224·224·64·3·3·3
    EXPECT_EQ(first["receptive_field"], 3);
    EXPECT_EQ(first["memory_bytes"], 12845056);   // 224·224·64·4
    const json &pool = j["layers"][2];
    EXPECT_EQ(pool["kind"], "maxpool");
    EXPECT_EQ(pool["output"], json::array({112, 112, 64}));
    EXPECT_EQ(pool["receptive_field"], 6);        // 5 + (2 − 1)·1
    const json &fc1 = j["layers"][18];
    EXPECT_EQ(fc1["kind"], "fc");
    EXPECT_EQ(fc1["output"], json::array({1, 1, 4096}));
    EXPECT_EQ(fc1["params"], 102764544);          // 7·7·512·4096 + 4096
    EXPECT_TRUE(fc1["receptive_field"].is_null());
    const json &soft = j["layers"][21];
    EXPECT_EQ(soft["name"], "S");
    EXPECT_EQ(soft["kind"], "softmax");
    EXPECT_EQ(soft["output"], json::array({1, 1, 1000}));
    EXPECT_EQ(j["total_params"], 138357544);
    EXPECT_EQ(j["total_macs"], 15470264320LL);
}

TEST(CliVgg, ConfigAllIsAListInPaperOrder)
{
    const auto r = run({"vgg", "--config", "all", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 6u);
    // Exact totals worked out in tests/core/test_arch.cpp (SixColumnTotals).
    const char *names[] = {"A", "A-LRN", "B", "C", "D", "E"};
    const long long params[] = {132863336, 132863336, 133047848, 133638952, 138357544, 143667240};
    const size_t layers[] = {17, 18, 19, 22, 22, 25}; // weight layers + 5 pools + soft-max (+ LRN)
    for (size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(j[i]["config"], names[i]);
        EXPECT_EQ(j[i]["total_params"], params[i]);
        EXPECT_EQ(j[i]["layers"].size(), layers[i]) << names[i];
    }
    EXPECT_EQ(j[1]["layers"][1]["kind"], "lrn");
    EXPECT_EQ(j[1]["layers"][1]["params"], 0);
    // C's first 1×1 conv keeps 56×56 with padding 0: 256·256 + 256 = 65,792.
    EXPECT_EQ(j[3]["layers"][8]["name"], "C1D256");
    EXPECT_EQ(j[3]["layers"][8]["output"], json::array({56, 56, 256}));
    EXPECT_EQ(j[3]["layers"][8]["params"], 65792);

    const auto text = run({"vgg", "--config", "all"});
    ASSERT_EQ(text.exitCode, 0);
    for (const char *n : {"Configuration A,", "Configuration A-LRN,", "Configuration E,", "Summary"})
        EXPECT_NE(text.out.find(n), std::string::npos) << n;
}

TEST(CliVgg, CustomLayersAndInput)
{
    // 32×32×3 → C3D8: 3·3·3·8 + 8 = 224 params, 32·32·8·27 = 221,184 MACs; M → 16×16×8;
    // FC10 sees 16·16·8 = 2048: 2048·10 + 10 = 20,490; total 224 + 20,490 = 20,714.
    const auto r = run({"vgg", "--input", "32x32x3", "--layers", "c3d8 M FC10 S", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["config"], "custom");
    EXPECT_EQ(j["input"], json::array({32, 32, 3}));
    EXPECT_EQ(j["layers"][0]["name"], "c3d8"); // as written
    EXPECT_EQ(j["layers"][0]["params"], 224);
    EXPECT_EQ(j["layers"][0]["macs"], 221184);
    EXPECT_EQ(j["layers"][1]["output"], json::array({16, 16, 8}));
    EXPECT_EQ(j["layers"][2]["params"], 20490);
    EXPECT_EQ(j["total_params"], 20714);

    // A non-square input through D: 180×240 ends at 5×7×512 (see NonSquareInputFloorsOddSides).
    const auto d = run({"vgg", "--config", "d", "--input", "180x240x3", "--json"});
    ASSERT_EQ(d.exitCode, 0) << d.err;
    EXPECT_EQ(json::parse(d.out)["layers"][17]["output"], json::array({5, 7, 512}));

    const auto help = run({"vgg", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: dltutor vgg"), std::string::npos);
}

TEST(CliVgg, ConfigAndLayersAreExclusive)
{
    const auto r = run({"vgg", "--config", "D", "--layers", "C3D64"});
    expectBadInput(r, "--config");
    EXPECT_NE(r.err.find("--layers"), std::string::npos);
}

TEST(CliVgg, BadInputExitsTwoWithOneLine)
{
    expectBadInput(run({"vgg", "--input", "224x224"}), "--input");
    expectBadInput(run({"vgg", "--input", "0x224x3"}), "--input");
    expectBadInput(run({"vgg", "--input", "abc", "--json"}), "'abc'");
    expectBadInput(run({"vgg", "--config", "F"}), "--config");
    expectBadInput(run({"vgg", "--layers", "C3D64 C3X"}), "layer 2 'C3X'");
    expectBadInput(run({"vgg", "--layers", "C3D64 Q"}), "layer 2 'Q'");
    expectBadInput(run({"vgg", "--layers", "C3D0"}), "layer 1 'C3D0'");
    expectBadInput(run({"vgg", "--layers", ""}), "--layers");
    expectBadInput(run({"vgg", "--frobnicate"}), "--frobnicate");
    expectBadInput(run({"vgg", "--input"}), "--input");
    // 8×8×3 through D shrinks to 1×1 before the fourth pool, layer 14.
    const auto shrink = run({"vgg", "--input", "8x8x3", "--json"});
    expectBadInput(shrink, "layer 14 'M'");
    EXPECT_NE(shrink.err.find("configuration D"), std::string::npos);
}
