// dltutor export graph: PNGs rendered headless, and bad arguments.

#include "clirunner.h"

#include <gtest/gtest.h>

#include <QImage>

#include <cstdio>
#include <string>

using clitest::run;

namespace {

std::string tempPng(const std::string &name)
{
    const std::string dir = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp";
    const std::string path = dir + "/dltutor-export-graph-" + std::to_string(::getpid()) + "-" + name + ".png";
    std::remove(path.c_str());
    return path;
}

QImage load(const std::string &path)
{
    return QImage(QString::fromStdString(path));
}

// Share of pixels that are not (almost) white.
double inked(const QImage &img)
{
    long long n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += qGray(img.pixel(x, y)) < 200;
    return double(n) / double(img.width()) / double(img.height());
}

void expectBadInput(const std::vector<std::string> &args, const std::string &mention)
{
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
}

} // namespace

TEST(CliExportGraph, FoldedRnnIsWrittenAndNotBlank)
{
    const std::string out = tempPng("folded");
    const auto r = run({ "export", "graph", "--cell", "rnn", "--out", out });
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const QImage img = load(out);
    ASSERT_FALSE(img.isNull());
    EXPECT_GT(img.width(), 300);
    EXPECT_GT(img.height(), 300);
    const double ink = inked(img);
    EXPECT_GT(ink, 0.01); // boxes, arrows and text
    EXPECT_LT(ink, 0.6); // mostly white paper
    // The stdout line reports the same size.
    EXPECT_NE(r.out.find(std::to_string(img.width()) + " × " + std::to_string(img.height())), std::string::npos)
        << r.out;
    std::remove(out.c_str());
}

TEST(CliExportGraph, ScaleMultipliesTheSizeAndMoreStepsAreWider)
{
    const std::string one = tempPng("s1"), two = tempPng("s2"), four = tempPng("s4"), shortOne = tempPng("t2"),
                      folded = tempPng("f");
    ASSERT_EQ(run({ "export", "graph", "--steps", "4", "--unrolled", "--out", one }).exitCode, 0);
    ASSERT_EQ(run({ "export", "graph", "--steps", "4", "--unrolled", "--scale", "2", "--out", two }).exitCode, 0);
    ASSERT_EQ(run({ "export", "graph", "--steps=4", "--unrolled", "--scale=4", "--out", four }).exitCode, 0);
    ASSERT_EQ(run({ "export", "graph", "--steps", "2", "--unrolled", "--out", shortOne }).exitCode, 0);
    ASSERT_EQ(run({ "export", "graph", "--steps", "4", "--out", folded }).exitCode, 0);
    const QImage a = load(one), b = load(two), c = load(four), s = load(shortOne), f = load(folded);
    ASSERT_FALSE(a.isNull() || b.isNull() || c.isNull() || s.isNull() || f.isNull());
    // Scale S renders ceil(S · scene size): within one pixel of S times the 1× image.
    EXPECT_NEAR(b.width(), 2 * a.width(), 2);
    EXPECT_NEAR(b.height(), 2 * a.height(), 2);
    EXPECT_NEAR(c.width(), 4 * a.width(), 4);
    EXPECT_GT(inked(b), 0.01);
    // Two more steps add two blocks of columns; the folded cell is narrower still.
    EXPECT_GT(a.width(), s.width() + 200);
    EXPECT_GT(s.width(), f.width());
    EXPECT_EQ(a.height(), s.height()); // the same layers
    for (const auto &p : { one, two, four, shortOne, folded })
        std::remove(p.c_str());
}

TEST(CliExportGraph, GatedCellsAndTheUnsharedGraph)
{
    for (const char *cell : { "lstm", "gru", "LSTM" }) {
        const std::string out = tempPng(cell);
        const auto r = run({ "export", "graph", "--cell", cell, "--steps", "2", "--unrolled", "--out", out });
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const QImage img = load(out);
        ASSERT_FALSE(img.isNull());
        EXPECT_GT(inked(img), 0.01);
        std::remove(out.c_str());
    }
    const std::string shared = tempPng("shared"), unshared = tempPng("unshared");
    ASSERT_EQ(run({ "export", "graph", "--steps", "3", "--unrolled", "--out", shared }).exitCode, 0);
    ASSERT_EQ(run({ "export", "graph", "--steps", "3", "--unshared", "--out", unshared }).exitCode, 0);
    // The copies W(t), U(t), ... sit inside the steps, so the unshared drawing is laid out differently.
    EXPECT_NE(load(shared).size(), load(unshared).size());
    std::remove(shared.c_str());
    std::remove(unshared.c_str());
}

TEST(CliExportGraph, BadArgumentsExitTwoWithOneLine)
{
    const std::string out = tempPng("bad");
    expectBadInput({ "export", "graph", "--cell", "cnn", "--out", out }, "cnn");
    expectBadInput({ "export", "graph", "--steps", "9", "--unrolled", "--out", out }, "9");
    expectBadInput({ "export", "graph", "--steps", "0", "--out", out }, "0");
    expectBadInput({ "export", "graph", "--steps", "three", "--out", out }, "three");
    expectBadInput({ "export", "graph", "--scale", "5", "--out", out }, "5");
    expectBadInput({ "export", "graph", "--scale", "0.5", "--out", out }, "0.5");
    expectBadInput({ "export", "graph", "--unrolled" }, "--out");
    expectBadInput({ "export", "graph", "--out" }, "--out");
    expectBadInput({ "export", "graph", "--colour", "red", "--out", out }, "--colour");
    expectBadInput({ "export", "graph", "--unrolled=yes", "--out", out }, "--unrolled");
    expectBadInput({ "export" }, "graph");
    expectBadInput({ "export", "sculpture", "--out", out }, "sculpture");
    EXPECT_TRUE(load(out).isNull()); // nothing was written
}

TEST(CliExportGraph, UnwritablePathExitsTwoWithOneClearLine)
{
    const std::string path = "/nonexistent-dltutor-dir/sub/graph.png";
    expectBadInput({ "export", "graph", "--out", path }, path);
    // A directory is not a file either.
    expectBadInput({ "export", "graph", "--out", "/tmp" }, "/tmp");
}

TEST(CliExportGraph, HelpExitsZero)
{
    for (const std::vector<std::string> &args :
        { std::vector<std::string> { "export", "--help" }, std::vector<std::string> { "export", "graph", "--help" } }) {
        const auto r = run(args);
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_NE(r.out.find("Usage: dltutor export"), std::string::npos);
        EXPECT_TRUE(r.err.empty());
    }
    const auto top = run({ "--help" });
    EXPECT_NE(top.out.find("export"), std::string::npos);
}
