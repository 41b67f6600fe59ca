// dltutor export conv | vgg | rnn | app: PNGs rendered headless, their sizes, and bad arguments or
// unwritable paths (exit 2, one line on stderr, no file left behind).

#include "clirunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <string>

using clitest::run;

namespace {

const std::string kInput = std::string(DLTUTOR_TESTDATA) + "/conv_seed_input.txt";
const std::string kFilter = std::string(DLTUTOR_TESTDATA) + "/conv_horizontal_edge.txt";

std::string path(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QString::fromLatin1(name)).toStdString();
}

QImage load(const std::string &file)
{
    return QImage(QString::fromStdString(file));
}

// More than one colour, and some opaque pixels.
bool notBlank(const QImage &img)
{
    QSet<QRgb> colours;
    bool opaque = false;
    for (int y = 0; y < img.height() && colours.size() < 3; y += 3)
        for (int x = 0; x < img.width(); x += 3) {
            colours.insert(img.pixel(x, y));
            opaque = opaque || qAlpha(img.pixel(x, y)) == 255;
        }
    return colours.size() > 1 && opaque;
}

void expectBadInput(const std::vector<std::string> &args, const std::string &mention, const std::string &noFile = {})
{
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
    if (!noFile.empty()) {
        EXPECT_FALSE(QFileInfo::exists(QString::fromStdString(noFile))) << noFile;
    }
}

std::vector<std::string> conv(std::vector<std::string> more)
{
    std::vector<std::string> args{"export", "conv", "--input", kInput, "--filter", kFilter};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

} // namespace

TEST(CliExport, ConvStepAtScaleTwoIsTwiceAsLarge)
{
    QTemporaryDir dir;
    const std::string one = path(dir, "one.png"), two = path(dir, "two.png");
    const auto r = run(conv({"--step", "7", "--out", one}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    ASSERT_EQ(run(conv({"--step", "7", "--scale", "2", "--out", two})).exitCode, 0);
    const QImage a = load(one), b = load(two);
    ASSERT_FALSE(a.isNull() || b.isNull());
    EXPECT_GT(a.width(), 600);
    EXPECT_GT(a.height(), 300);
    EXPECT_EQ(b.width(), 2 * a.width());
    EXPECT_EQ(b.height(), 2 * a.height());
    EXPECT_TRUE(notBlank(a));
    EXPECT_NE(r.out.find(std::to_string(a.width()) + " × " + std::to_string(a.height())), std::string::npos) << r.out;
}

TEST(CliExport, ConvTransparentLeavesTheCornersClear)
{
    QTemporaryDir dir;
    const std::string file = path(dir, "t.png");
    ASSERT_EQ(run(conv({"--step", "1", "--transparent", "--out", file})).exitCode, 0);
    const QImage img = load(file);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(qAlpha(img.pixel(0, 0)), 0);
    EXPECT_EQ(qAlpha(img.pixel(img.width() - 1, img.height() - 1)), 0);
    EXPECT_TRUE(notBlank(img));
}

TEST(CliExport, ConvAllStepsWritesOneFilePerWindowPosition)
{
    // 7×7 input, 3×3 filter, stride 1, no padding: (7 − 3)/1 + 1 = 5 per axis, 25 window positions.
    QTemporaryDir dir;
    const std::string folder = path(dir, "steps"); // made by the command: its parent exists
    const auto r = run(conv({"--all-steps", folder}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QStringList files = QDir(QString::fromStdString(folder)).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 25);
    EXPECT_EQ(files.first(), QStringLiteral("step-001.png"));
    EXPECT_EQ(files.last(), QStringLiteral("step-025.png"));
    const QImage first = load(folder + "/step-001.png"), last = load(folder + "/step-025.png");
    EXPECT_EQ(first.size(), last.size());
    EXPECT_TRUE(notBlank(last));
}

TEST(CliExport, ConvSheetIsOneTallLegibleImage)
{
    QTemporaryDir dir;
    const std::string one = path(dir, "sheet.png"), two = path(dir, "sheet2.png");
    ASSERT_EQ(run(conv({"--sheet", "--out", one})).exitCode, 0);
    ASSERT_EQ(run(conv({"--sheet", "--scale", "2", "--out", two})).exitCode, 0);
    const QImage a = load(one), b = load(two);
    ASSERT_FALSE(a.isNull() || b.isNull());
    EXPECT_GT(a.height(), 600);
    EXPECT_EQ(b.size(), a.size() * 2);
    EXPECT_TRUE(notBlank(a));
}

TEST(CliExport, VggRnnAndAppRender)
{
    QTemporaryDir dir;
    const std::string vgg = path(dir, "vgg.png"), vgg2 = path(dir, "vgg2.png"), rnn = path(dir, "rnn.png"),
                      rnn2 = path(dir, "rnn2.png"), app = path(dir, "app.png");
    ASSERT_EQ(run({"export", "vgg", "--out", vgg}).exitCode, 0);
    ASSERT_EQ(run({"export", "vgg", "--scale", "2", "--out", vgg2}).exitCode, 0);
    ASSERT_EQ(run({"export", "rnn", "--activation", "tanh", "--steps", "30", "--out", rnn}).exitCode, 0);
    ASSERT_EQ(run({"export", "rnn", "--activation", "tanh", "--steps", "30", "--scale", "2", "--out", rnn2}).exitCode, 0);
    ASSERT_EQ(run({"export", "app", "--page", "conv", "--out", app}).exitCode, 0);
    const QImage v = load(vgg), v2 = load(vgg2), g = load(rnn), g2 = load(rnn2), w = load(app);
    // The whole table: the six columns of Table 1 and all 29 rows (input, 5 blocks of up to 4 layers
    // with their max-pool rows, 3 FC, soft-max, 3 totals), each at least 16 points high.
    EXPECT_GT(v.height(), 29 * 16);
    EXPECT_GT(v.width(), 6 * 150);
    EXPECT_EQ(v2.size(), v.size() * 2);
    // Plot 960 points wide plus a 12-point margin on both sides, the explanation under it.
    EXPECT_EQ(g.width(), 984);
    EXPECT_GT(g.height(), 540 + 24);
    EXPECT_EQ(g2.size(), g.size() * 2);
    EXPECT_EQ(w.size(), QSize(1280, 820));
    for (const QImage *img : {&v, &g, &w})
        EXPECT_TRUE(notBlank(*img));
}

TEST(CliExport, VggSingleConfigurationIsNarrowerThanAll)
{
    QTemporaryDir dir;
    const std::string all = path(dir, "all.png"), d = path(dir, "d.png");
    ASSERT_EQ(run({"export", "vgg", "--out", all}).exitCode, 0);
    ASSERT_EQ(run({"export", "vgg", "--config", "D", "--out", d}).exitCode, 0);
    EXPECT_LT(load(d).width(), load(all).width());
    EXPECT_EQ(load(d).height(), load(all).height());
}

TEST(CliExport, UnwritablePathsExitTwoWithoutAFile)
{
    QTemporaryDir dir;
    const std::string missing = path(dir, "no-such-dir/x.png");
    expectBadInput(conv({"--step", "1", "--out", missing}), "cannot write", missing);
    expectBadInput({"export", "vgg", "--out", dir.path().toStdString()}, "cannot write");
    // A device is never replaced (as root, an atomic rename over /dev/full would succeed).
    if (QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile()) {
        expectBadInput({"export", "rnn", "--out", "/dev/full"}, "cannot write");
        EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
    }
    // /proc takes no new files, even for root.
    expectBadInput({"export", "app", "--page", "conv", "--out", "/proc/dltutor-export.png"}, "cannot write",
                   "/proc/dltutor-export.png");
    expectBadInput(conv({"--sheet", "--out", missing}), "cannot write", missing);
    const std::string deepFolder = path(dir, "a/b/steps");
    expectBadInput(conv({"--all-steps", deepFolder}), "cannot write", deepFolder);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(CliExport, BadArgumentsExitTwo)
{
    QTemporaryDir dir;
    const std::string out = path(dir, "x.png");
    expectBadInput(conv({"--out", out}), "--step N, --all-steps DIR, --sheet", out);
    expectBadInput(conv({"--step", "1", "--sheet", "--out", out}), "--step N, --all-steps DIR, --sheet", out);
    expectBadInput(conv({"--step", "26", "--out", out}), "1 to 25", out);
    expectBadInput(conv({"--step", "0", "--out", out}), "1 to 25", out);
    expectBadInput(conv({"--step", "two", "--out", out}), "--step", out);
    expectBadInput(conv({"--step", "1"}), "--out");
    expectBadInput(conv({"--step", "1", "--scale", "5", "--out", out}), "--scale", out);
    expectBadInput({"export", "conv", "--filter", kFilter, "--step", "1", "--out", out}, "--input", out);
    expectBadInput({"export", "vgg", "--input", "0x3x3", "--out", out}, "--input", out);
    expectBadInput({"export", "vgg", "--config", "Z", "--out", out}, "--config", out);
    expectBadInput({"export", "rnn", "--activation", "softsign", "--out", out}, "softsign", out);
    expectBadInput({"export", "app", "--page", "nowhere", "--out", out}, "nowhere", out);
    expectBadInput({"export", "app", "--out", out}, "--page", out);
}

TEST(CliExport, EveryKindHasHelp)
{
    for (const char *kind : {"conv", "vgg", "rnn", "app"}) {
        const auto r = run({"export", kind, "--help"});
        EXPECT_EQ(r.exitCode, 0) << kind;
        EXPECT_NE(r.out.find(std::string("Usage: dltutor export ") + kind), std::string::npos) << r.out;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    const auto r = run({"export", "--help"});
    for (const char *kind : {"conv", "vgg", "rnn", "graph", "app"})
        EXPECT_NE(r.out.find(std::string("  ") + kind), std::string::npos) << r.out;
}
