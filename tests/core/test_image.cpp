// core/image: expected values are worked out by hand in the comments (Rec. 601 luma, block
// averages, small correlations), and the banded filter is checked against one whole-image
// conv::correlateFast call and against the double reference conv::compute.

#include "conv/conv.h"
#include "conv/fastconv.h"
#include "image/colormap.h"
#include "image/demo.h"
#include "image/filterimage.h"
#include "image/grayimage.h"
#include "image/window.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using namespace dlt;
using namespace dlt::image;

namespace {

// 1 2 3 4 / 5 6 7 8 / 9 10 11 12 / 13 14 15 16
Matrix counting4x4()
{
    Matrix m(4, 4);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            m(r, c) = float(4 * r + c + 1);
    return m;
}

Eigen::MatrixXf kernel2x2()
{
    Eigen::MatrixXf k(2, 2);
    k << 1, 2, 3, 4;
    return k;
}

} // namespace

// ---- grayscale ----

TEST(ImageGray, PureColoursGiveRec601Weights)
{
    // One row: red, green, blue, white, black.
    const std::uint8_t px[] = {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0};
    auto g = toGray(px, 5, 1, 15, PixelFormat::Rgb8);
    ASSERT_TRUE(g.ok());
    ASSERT_EQ(g->rows(), 1);
    ASSERT_EQ(g->cols(), 5);
    EXPECT_NEAR((*g)(0, 0), 76.245, 1e-4);  // 0.299·255
    EXPECT_NEAR((*g)(0, 1), 149.685, 1e-4); // 0.587·255
    EXPECT_NEAR((*g)(0, 2), 29.07, 1e-4);   // 0.114·255
    EXPECT_NEAR((*g)(0, 3), 255.0, 1e-4);   // weights sum to 1
    EXPECT_EQ((*g)(0, 4), 0.0f);
}

TEST(ImageGray, AlphaIsCompositedOverWhiteAndRowPaddingIsSkipped)
{
    // 2×2 RGBA with 2 junk bytes at the end of each 8-byte row (bytesPerLine 10).
    const std::uint8_t px[] = {
        255, 0, 0, 0,     255, 0, 0, 255,     99, 99, // transparent red → white; opaque red
        100, 100, 100, 51, 0, 0, 0, 255,     99, 99, // gray 100 at a = 0.2: 0.2·100 + 0.8·255 = 224; black
    };
    auto g = toGray(px, 2, 2, 10, PixelFormat::Rgba8);
    ASSERT_TRUE(g.ok());
    EXPECT_NEAR((*g)(0, 0), 255.0, 1e-4);
    EXPECT_NEAR((*g)(0, 1), 76.245, 1e-4);
    EXPECT_NEAR((*g)(1, 0), 224.0, 1e-4);
    EXPECT_NEAR((*g)(1, 1), 0.0, 1e-4);
}

TEST(ImageGray, Gray8KeepsTheByteValue)
{
    const std::uint8_t px[] = {0, 7, 128, 255};
    auto g = toGray(px, 2, 2, 2, PixelFormat::Gray8);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ((*g)(0, 1), 7.0f);
    EXPECT_EQ((*g)(1, 0), 128.0f);
    EXPECT_EQ((*g)(1, 1), 255.0f);
}

TEST(ImageGray, BadInputsAreErrors)
{
    const std::uint8_t px[12] = {};
    auto empty = toGray(px, 0, 3, 0, PixelFormat::Rgb8);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().key, "image.empty");
    EXPECT_EQ(empty.error().arg("width"), "0");
    auto big = toGray(px, 9000, 1, 27000, PixelFormat::Rgb8);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().key, "image.too_large");
    EXPECT_EQ(big.error().arg("max"), "8192");
    auto shortLine = toGray(px, 2, 2, 5, PixelFormat::Rgb8); // a row needs 6 bytes
    ASSERT_FALSE(shortLine.ok());
    EXPECT_EQ(shortLine.error().key, "image.layout");
    auto null = toGray(nullptr, 1, 1, 3, PixelFormat::Rgb8);
    ASSERT_FALSE(null.ok());
    EXPECT_EQ(null.error().key, "image.layout");
}

TEST(ImageGray, ProgressCanCancel)
{
    std::vector<std::uint8_t> px(200 * 3, 10);
    int calls = 0;
    auto g = toGray(px.data(), 1, 200, 3, PixelFormat::Rgb8, [&](double f) {
        EXPECT_GE(f, 0.0);
        EXPECT_LE(f, 1.0);
        return ++calls < 2;
    });
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().key, "image.cancelled");
    EXPECT_EQ(calls, 2);
}

// ---- downscale ----

TEST(ImageDownscale, FourByFourToTwoByTwoAveragesBlocks)
{
    auto d = downscale(counting4x4(), 2);
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d->rows(), 2);
    ASSERT_EQ(d->cols(), 2);
    EXPECT_NEAR((*d)(0, 0), 3.5, 1e-6);  // (1+2+5+6)/4
    EXPECT_NEAR((*d)(0, 1), 5.5, 1e-6);  // (3+4+7+8)/4
    EXPECT_NEAR((*d)(1, 0), 11.5, 1e-6); // (9+10+13+14)/4
    EXPECT_NEAR((*d)(1, 1), 13.5, 1e-6); // (11+12+15+16)/4
}

TEST(ImageDownscale, PartialPixelsAreWeightedByCoveredArea)
{
    // 1×3 → 1×2: pixel 0 covers [0, 1.5): (0·1 + 3·0.5)/1.5 = 1; pixel 1 covers [1.5, 3): (3·0.5 + 6·1)/1.5 = 5.
    Matrix m(1, 3);
    m << 0, 3, 6;
    auto d = downscale(m, 2);
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d->rows(), 1);
    ASSERT_EQ(d->cols(), 2);
    EXPECT_NEAR((*d)(0, 0), 1.0, 1e-6);
    EXPECT_NEAR((*d)(0, 1), 5.0, 1e-6);
}

TEST(ImageDownscale, SizesAndNoOp)
{
    // 4000 wide × 3000 high to 512: the longer side is 512, the other 3000·512/4000 = 384.
    EXPECT_EQ(downscaledSize(3000, 4000, 512), (Size{384, 512}));
    EXPECT_EQ(downscaledSize(10, 1000, 100), (Size{1, 100})); // 10·0.1 = 1
    EXPECT_EQ(downscaledSize(3, 1000, 100), (Size{1, 100}));  // 0.3 rounds to 0, kept at 1
    EXPECT_EQ(downscaledSize(200, 100, 256), (Size{200, 100}));
    const Matrix m = counting4x4();
    auto same = downscale(m, 4);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(*same, m);
    auto bad = downscale(m, 0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().key, "image.bad_max_side");
}

TEST(ImageDownscale, AConstantImageStaysConstant)
{
    Matrix m = Matrix::Constant(301, 157, 42.0f);
    auto d = downscale(m, 64); // 301 → 64, 157 → round(157·64/301) = round(33.38) = 33
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->rows(), 64);
    EXPECT_EQ(d->cols(), 33);
    EXPECT_NEAR(d->minCoeff(), 42.0, 1e-4);
    EXPECT_NEAR(d->maxCoeff(), 42.0, 1e-4);
}

// ---- filter ----

TEST(ImageFilter, FourByFourWithTwoByTwoFilter)
{
    // out(i, j) = 1·a(i,j) + 2·a(i,j+1) + 3·a(i+1,j) + 4·a(i+1,j+1). out(0,0) = 1 + 4 + 15 + 24 = 44;
    // one column right adds 1+2+3+4 = 10, one row down adds 4·10 = 40.
    auto f = filterImage(counting4x4(), kernel2x2(), conv::Spec{});
    ASSERT_TRUE(f.ok());
    ASSERT_EQ(f->output.rows(), 3);
    ASSERT_EQ(f->output.cols(), 3);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            EXPECT_EQ(f->output(i, j), float(44 + 10 * j + 40 * i)) << i << "," << j;
    EXPECT_EQ(f->geometry.rows.out, 3);
}

TEST(ImageFilter, ConvolutionModeFlipsTheFilter)
{
    // Flipped kernel 4 3 / 2 1: out(0,0) = 4·1 + 3·2 + 2·5 + 1·6 = 26; +10 per column, +40 per row.
    conv::Spec spec;
    spec.mode = conv::Mode::Convolution;
    auto f = filterImage(counting4x4(), kernel2x2(), spec);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->output(0, 0), 26.0f);
    EXPECT_EQ(f->output(2, 1), 26.0f + 10 + 80);
}

TEST(ImageFilter, StrideAndPaddingWithOneRowBands)
{
    // Padded to 6×6, windows 2×2 every 2: out = ⌊(4 + 2 − 2)/2⌋ + 1 = 3 per axis.
    // (0,0): only a(0,0) under weight 4 → 4. (0,1): a(0,1)·3 + a(0,2)·4 = 6 + 12 = 18.
    // (1,1): rows 1..2, cols 1..2: 1·6 + 2·7 + 3·10 + 4·11 = 94. (2,2): only a(3,3)·1 = 16.
    conv::Spec spec;
    spec.stride = {2, 2};
    spec.padding = {1, 1};
    for (int band : {1, 2, 0}) {
        auto f = filterImage(counting4x4(), kernel2x2(), spec, {}, band);
        ASSERT_TRUE(f.ok());
        ASSERT_EQ(f->output.rows(), 3);
        ASSERT_EQ(f->output.cols(), 3);
        EXPECT_EQ(f->output(0, 0), 4.0f);
        EXPECT_EQ(f->output(0, 1), 18.0f);
        EXPECT_EQ(f->output(1, 1), 94.0f);
        EXPECT_EQ(f->output(2, 2), 16.0f);
    }
}

TEST(ImageFilter, BandsEqualOneWholeImageCallAndTheReference)
{
    Eigen::MatrixXd in = conv::randomIntegers(37, 23, 0, 255, 7);
    const Matrix image = in.cast<float>();
    const std::vector<conv::Spec> specs = {
        {},
        {{2, 3}, {1, 2}, {1, 1}, conv::Mode::Correlation},
        {{1, 1}, {3, 0}, {2, 2}, conv::Mode::Convolution},
        {{3, 2}, {4, 4}, {1, 3}, conv::Mode::Correlation},
    };
    for (conv::Preset p : conv::allPresets()) {
        const Eigen::MatrixXf k = conv::presetKernel(p).cast<float>();
        for (const conv::Spec &spec : specs) {
            auto whole = conv::correlateFast(image, k, spec);
            auto ref = conv::compute({in}, {k.cast<double>()}, spec);
            ASSERT_TRUE(whole.ok());
            ASSERT_TRUE(ref.ok());
            for (int band : {1, 3, 7, 0}) {
                auto f = filterImage(image, k, spec, {}, band);
                ASSERT_TRUE(f.ok());
                ASSERT_EQ(f->output.rows(), whole->rows());
                ASSERT_EQ(f->output.cols(), whole->cols());
                EXPECT_EQ(f->output, *whole) << conv::presetKey(p) << " band " << band;
                EXPECT_LT((f->output.cast<double>() - *ref).cwiseAbs().maxCoeff(), 1e-3);
            }
        }
    }
}

TEST(ImageFilter, ProgressEveryBandAndCancel)
{
    const Matrix image = Matrix::Constant(10, 10, 1.0f);
    Eigen::MatrixXf k = Eigen::MatrixXf::Ones(3, 3);
    std::vector<double> seen;
    auto f = filterImage(image, k, conv::Spec{}, [&](double x) { seen.push_back(x); return true; }, 2);
    ASSERT_TRUE(f.ok());
    // 8 output rows in bands of 2: 2/8, 4/8, 6/8, 8/8.
    EXPECT_EQ(seen, (std::vector<double>{0.25, 0.5, 0.75, 1.0}));
    EXPECT_EQ(f->output(4, 4), 9.0f);
    int calls = 0;
    auto c = filterImage(image, k, conv::Spec{}, [&](double) { return ++calls < 2; }, 2);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().key, "image.cancelled");
    EXPECT_EQ(calls, 2);
}

TEST(ImageFilter, ErrorsNameWholeImagePositions)
{
    Matrix image = Matrix::Zero(6, 6);
    image(4, 2) = std::numeric_limits<float>::quiet_NaN();
    auto f = filterImage(image, kernel2x2(), conv::Spec{}, {}, 1);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().key, "conv.not_finite");
    EXPECT_EQ(f.error().arg("which"), "input");
    EXPECT_EQ(f.error().arg("row"), "5");
    EXPECT_EQ(f.error().arg("col"), "3");
    Eigen::MatrixXf big = Eigen::MatrixXf::Ones(9, 9);
    auto tooBig = filterImage(counting4x4(), big, conv::Spec{});
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().key, "conv.filter_too_large");
}

TEST(ImageFilter, RangeAndScale)
{
    auto f = featureMap(counting4x4(), kernel2x2(), conv::Spec{});
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->range.min, 44.0);  // out(0,0)
    EXPECT_EQ(f->range.max, 144.0); // out(2,2) = 44 + 20 + 80
    EXPECT_EQ(f->scale.kind, MapKind::Sequential);
    EXPECT_EQ(f->scale.lo, 0.0);
    EXPECT_EQ(f->scale.hi, 144.0);
}

// ---- colour maps ----

TEST(ImageColor, ScaleChoice)
{
    const ColorScale d = scaleFor(-3, 5);
    EXPECT_EQ(d.kind, MapKind::Diverging);
    EXPECT_EQ(d.lo, -5.0);
    EXPECT_EQ(d.hi, 5.0);
    const ColorScale d2 = scaleFor(-8, 2);
    EXPECT_EQ(d2.hi, 8.0);
    const ColorScale s = scaleFor(2, 10);
    EXPECT_EQ(s.kind, MapKind::Sequential);
    EXPECT_EQ(s.lo, 0.0);
    EXPECT_EQ(s.hi, 10.0);
    const ColorScale z = scaleFor(0, 0);
    EXPECT_EQ(z.kind, MapKind::Sequential);
    EXPECT_EQ(z.hi, 1.0);
    // Rounding residue within ±zero: a gray scale at least zero wide, so the residue stays black.
    const ColorScale r = scaleFor(-1e-6, 2e-6, 0.01);
    EXPECT_EQ(r.kind, MapKind::Sequential);
    EXPECT_EQ(r.hi, 0.01);
    EXPECT_EQ(colorAt(r, 2e-6), (Rgb{0, 0, 0}));
    const ColorScale d3 = scaleFor(-0.5, 0.2, 0.01);
    EXPECT_EQ(d3.kind, MapKind::Diverging);
    EXPECT_EQ(d3.hi, 0.5);
}

TEST(ImageColor, ZeroLevelAndAFlatImage)
{
    // Pure red everywhere: luma 76.245; the horizontal edge filter cancels to 0 up to float residue.
    // zeroLevel = 1e-4 · Σ|k| · max|input| = 1e-4 · 6 · 76.245 = 0.0457.
    const Matrix red = Matrix::Constant(8, 8, 76.245f);
    const Eigen::MatrixXf k = conv::presetKernel(conv::Preset::HorizontalEdge).cast<float>();
    EXPECT_NEAR(zeroLevel(red, k), 0.0457470, 1e-6);
    auto f = featureMap(red, k, conv::Spec{});
    ASSERT_TRUE(f.ok());
    EXPECT_LT(std::fabs(f->range.max), 1e-3);
    EXPECT_LT(std::fabs(f->range.min), 1e-3);
    for (Eigen::Index i = 0; i < f->filtered.output.size(); ++i) {
        const Rgb c = colorAt(f->scale, f->filtered.output.data()[i]);
        // Whichever scale: white in a diverging one, black in a gray one; never noise.
        EXPECT_TRUE(c == (Rgb{255, 255, 255}) || c == (Rgb{0, 0, 0}));
        EXPECT_EQ(c, colorAt(f->scale, 0.0));
    }
}

TEST(ImageColor, DivergingEndsAndWhiteZero)
{
    const ColorScale d = scaleFor(-10, 10);
    EXPECT_EQ(colorAt(d, -10), (Rgb{59, 76, 192}));
    EXPECT_EQ(colorAt(d, 10), (Rgb{180, 4, 38}));
    EXPECT_EQ(colorAt(d, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(colorAt(d, -1000), (Rgb{59, 76, 192})); // clamped
    // Half way to blue: 255 − 0.5·196 = 157, 255 − 0.5·179 = 165.5 → 166, 255 − 0.5·63 = 223.5 → 224.
    EXPECT_EQ(colorAt(d, -5), (Rgb{157, 166, 224}));
    // Half way to red: 255 − 0.5·75 = 217.5 → 218, 255 − 0.5·251 = 129.5 → 130, 255 − 0.5·217 = 146.5 → 147.
    EXPECT_EQ(colorAt(d, 5), (Rgb{218, 130, 147}));
}

TEST(ImageColor, SequentialGray)
{
    const ColorScale s = intensityScale();
    EXPECT_EQ(colorAt(s, 0), (Rgb{0, 0, 0}));
    EXPECT_EQ(colorAt(s, 255), (Rgb{255, 255, 255}));
    EXPECT_EQ(colorAt(s, 127.5), (Rgb{128, 128, 128}));
    EXPECT_EQ(colorAt(s, 300), (Rgb{255, 255, 255}));
    EXPECT_EQ(colorAt(s, -4), (Rgb{0, 0, 0}));
}

TEST(ImageColor, ColorizeWritesRgbRows)
{
    Matrix m(2, 2);
    m << -2, 0, 2, 1;
    const ColorScale d = scaleFor(-2, 2);
    std::vector<std::uint8_t> buf(2 * 8, 7); // 6 bytes per row + 2 spare
    ASSERT_TRUE(colorize(m, d, buf.data(), 8));
    EXPECT_EQ(buf[0], 59);
    EXPECT_EQ(buf[1], 76);
    EXPECT_EQ(buf[2], 192);
    EXPECT_EQ(buf[3], 255);
    EXPECT_EQ(buf[6], 7); // the spare bytes are untouched
    EXPECT_EQ(buf[8], 180);
    EXPECT_EQ(buf[9], 4);
    EXPECT_EQ(buf[10], 38);
    EXPECT_FALSE(colorize(m, d, buf.data(), 5));
}

TEST(ImageColor, ColorizeStaysWithinOneLevelOfColorAt)
{
    // Second method: every value of a fine sweep coloured by colorAt() directly.
    Matrix m(1, 2001);
    for (int i = 0; i <= 2000; ++i)
        m(0, i) = float(-700.0 + 0.7 * i);
    for (const ColorScale &scale : {scaleFor(-700, 700), scaleFor(0, 700)}) {
        std::vector<std::uint8_t> buf(2001 * 3);
        ASSERT_TRUE(colorize(m, scale, buf.data(), 2001 * 3));
        for (int i = 0; i <= 2000; ++i) {
            const Rgb want = colorAt(scale, m(0, i));
            EXPECT_LE(std::abs(buf[size_t(3 * i)] - want.r), 1) << i;
            EXPECT_LE(std::abs(buf[size_t(3 * i + 1)] - want.g), 1) << i;
            EXPECT_LE(std::abs(buf[size_t(3 * i + 2)] - want.b), 1) << i;
        }
    }
}

TEST(ImageColor, LegendColorsAndTicks)
{
    const ColorScale d = scaleFor(-765, 700);
    const auto colors = legendColors(d, 3);
    ASSERT_EQ(colors.size(), 3u);
    EXPECT_EQ(colors[0], kDivergingLow);
    EXPECT_EQ(colors[1], kDivergingMid);
    EXPECT_EQ(colors[2], kDivergingHigh);

    // ±765 with at most 6 ticks: step 200 gives −600..600 (7), so 500: −500, 0, 500.
    const auto t = legendTicks(d, 6);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].value, -500.0);
    EXPECT_EQ(t[1].value, 0.0);
    EXPECT_EQ(t[2].value, 500.0);
    EXPECT_NEAR(t[0].position, 265.0 / 1530.0, 1e-12);
    EXPECT_NEAR(t[1].position, 0.5, 1e-12);

    // 0..255 with at most 6: step 50 → 0, 50, …, 250.
    const auto g = legendTicks(intensityScale(), 6);
    ASSERT_EQ(g.size(), 6u);
    EXPECT_EQ(g.front().value, 0.0);
    EXPECT_EQ(g.back().value, 250.0);
    EXPECT_NEAR(g.back().position, 250.0 / 255.0, 1e-12);

    // 0..1 with at most 6: 0.1 gives 11, 0.2 gives 0, 0.2, …, 1.
    const auto u = legendTicks(scaleFor(0, 1), 6);
    ASSERT_EQ(u.size(), 6u);
    EXPECT_EQ(u[1].value, 0.2);
    EXPECT_EQ(u[5].value, 1.0);
}

// ---- windows ----

TEST(ImageWindow, BorderWindowsWithPaddingAndStride)
{
    // 4×4 input, 2×2 filter, stride 2, padding 1: out 3×3.
    conv::Spec spec;
    spec.stride = {2, 2};
    spec.padding = {1, 1};
    auto g = conv::fastGeometry(4, 4, 2, 2, spec);
    ASSERT_TRUE(g.ok());
    auto corner = inputWindow(*g, 0, 0); // rows and cols −1..0: the top-left padding and a(0,0)
    ASSERT_TRUE(corner.ok());
    EXPECT_EQ(corner->rows.first, -1);
    EXPECT_EQ(corner->rows.last, 0);
    EXPECT_EQ(corner->rows.clippedFirst, 0);
    EXPECT_EQ(corner->rows.clippedLast, 0);
    EXPECT_TRUE(corner->rows.padding);
    auto mid = inputWindow(*g, 1, 2); // rows 1..2, cols 3..4 (col 4 is padding)
    ASSERT_TRUE(mid.ok());
    EXPECT_EQ(mid->rows.first, 1);
    EXPECT_EQ(mid->rows.last, 2);
    EXPECT_FALSE(mid->rows.padding);
    EXPECT_EQ(mid->cols.first, 3);
    EXPECT_EQ(mid->cols.last, 4);
    EXPECT_EQ(mid->cols.clippedLast, 3);
    EXPECT_TRUE(mid->cols.padding);
    auto bad = inputWindow(*g, 3, 0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().key, "image.bad_position");
    EXPECT_EQ(bad.error().arg("axis"), "rows");
    EXPECT_EQ(bad.error().arg("max"), "2");
}

TEST(ImageWindow, DilationSpansTheDilatedKernel)
{
    // 7 wide, 3 taps, dilation 2: spans 2·2 + 1 = 5 cells; out = 7 − 5 + 1 = 3. Output 2 reads cols 2, 4, 6.
    conv::Spec spec;
    spec.dilation = {1, 2};
    auto g = conv::fastGeometry(7, 7, 3, 3, spec);
    ASSERT_TRUE(g.ok());
    auto w = inputWindow(*g, 0, 2);
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->cols.first, 2);
    EXPECT_EQ(w->cols.last, 6);
    EXPECT_EQ(w->cols.step, 2);
    EXPECT_FALSE(w->cols.padding);
    EXPECT_EQ(w->rows.last, 2);
}

// ---- pipeline ----

TEST(ImageDemo, PrepareInputConvertsAndShrinks)
{
    // 4×2 gray pixels 0 10 20 30 / 40 50 60 70 to at most 2: 2×1, each the mean of a 2×2 block.
    const std::uint8_t px[] = {0, 10, 20, 30, 40, 50, 60, 70};
    std::vector<double> seen;
    auto m = prepareInput(px, 4, 2, 4, PixelFormat::Gray8, 2, [&](double f) { seen.push_back(f); return true; });
    ASSERT_TRUE(m.ok());
    ASSERT_EQ(m->rows(), 1);
    ASSERT_EQ(m->cols(), 2);
    EXPECT_NEAR((*m)(0, 0), 25.0, 1e-5); // (0+10+40+50)/4
    EXPECT_NEAR((*m)(0, 1), 45.0, 1e-5); // (20+30+60+70)/4
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back(), 1.0);
    for (size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]);
}
