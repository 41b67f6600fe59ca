#include "conv/conv.h"

#include <gtest/gtest.h>

#include <random>

using namespace dlt::conv;
using dlt::Volume;

namespace {

Eigen::MatrixXd seedFilter() { return presetKernel(Preset::HorizontalEdge); }

// Independent reference: build the zero-padded input explicitly, flip the kernel
// explicitly for convolution mode, then slide with plain index arithmetic.
Eigen::MatrixXd bruteForce(const Volume &in, const Volume &k, const Spec &s)
{
    const int H = int(in[0].rows()), W = int(in[0].cols());
    const int kh = int(k[0].rows()), kw = int(k[0].cols());
    const int effH = s.dilation.h * (kh - 1) + 1, effW = s.dilation.w * (kw - 1) + 1;
    const int PH = H + 2 * s.padding.h, PW = W + 2 * s.padding.w;
    const int outH = (PH - effH) / s.stride.h + 1, outW = (PW - effW) / s.stride.w + 1;
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(outH, outW);
    for (size_t c = 0; c < in.size(); ++c) {
        Eigen::MatrixXd padded = Eigen::MatrixXd::Zero(PH, PW);
        padded.block(s.padding.h, s.padding.w, H, W) = in[c];
        Eigen::MatrixXd kern = k[c];
        if (s.mode == Mode::Convolution)
            kern = k[c].colwise().reverse().rowwise().reverse().eval();
        for (int i = 0; i < outH; ++i)
            for (int j = 0; j < outW; ++j)
                for (int u = 0; u < kh; ++u)
                    for (int v = 0; v < kw; ++v)
                        out(i, j) += kern(u, v) * padded(i * s.stride.h + u * s.dilation.h, j * s.stride.w + v * s.dilation.w);
    }
    return out;
}

} // namespace

TEST(Conv, SeedExampleHorizontalEdge)
{
    // The horizontal-edge filter adds the window's top row and subtracts its bottom row,
    // so out(i,j) = sum(in[i][j..j+2]) − sum(in[i+2][j..j+2]). Worked by hand:
    //  (0,0): (6+3+4) − (7+0+2) = 13 − 9 = 4        (0,1): (3+4+4) − (0+2+3) = 11 − 5 = 6
    //  (0,2): (4+4+5) − (2+3+4) = 13 − 9 = 4        (0,3): (4+5+0) − (3+4+5) = 9 − 12 = −3
    //  (0,4): (5+0+3) − (4+5+2) = 8 − 11 = −3
    //  (1,*): rows 1 and 3: (4+7+4)−(3+7+5)=0, (7+4+0)−(7+5+0)=−1, (4+0+4)−(5+0+3)=0, (0+4+0)−(0+3+0)=1, (4+0+4)−(3+0+7)=−2
    //  (2,*): rows 2 and 4: (7+0+2)−(5+8+1)=−5, (0+2+3)−(8+1+2)=−6, (2+3+4)−(1+2+5)=1, (3+4+5)−(2+5+4)=1, (4+5+2)−(5+4+2)=0
    //  (3,*): rows 3 and 5: (3+7+5)−(8+0+1)=6, (7+5+0)−(0+1+0)=11, (5+0+3)−(1+0+6)=1, (0+3+0)−(0+6+0)=−3, (3+0+7)−(6+0+0)=4
    //  (4,*): rows 4 and 6: (5+8+1)−(6+4+1)=3, (8+1+2)−(4+1+3)=3, (1+2+5)−(1+3+0)=4, (2+5+4)−(3+0+4)=4, (5+4+2)−(0+4+5)=2
    // (The seed prints −1 at (2,3); the arithmetic gives 12 − 11 = 1.)
    Eigen::MatrixXd expected(5, 5);
    expected << 4, 6, 4, -3, -3, //
        0, -1, 0, 1, -2,         //
        -5, -6, 1, 1, 0,         //
        6, 11, 1, -3, 4,         //
        3, 3, 4, 4, 2;
    auto t = trace({seedInput()}, {seedFilter()}, Spec{});
    ASSERT_TRUE(t.ok()) << t.error().debugString();
    EXPECT_EQ(t->output, expected);
    EXPECT_EQ(t->geometry.rows.out, 5);
    EXPECT_EQ(t->geometry.cols.out, 5);
    auto c = compute({seedInput()}, {seedFilter()}, Spec{});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(*c, expected);
}

TEST(Conv, FirstStepOfTheSeedRecordsEveryProduct)
{
    auto t = trace({seedInput()}, {seedFilter()}, Spec{});
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->steps.size(), 25u);
    const Step &s = t->steps[0];
    EXPECT_EQ(s.row, 0);
    EXPECT_EQ(s.col, 0);
    ASSERT_EQ(s.taps.size(), 9u);
    // 6·1 + 3·1 + 4·1 + 4·0 + 7·0 + 4·0 + 7·(−1) + 0·(−1) + 2·(−1) = 4
    const double values[] = {6, 3, 4, 4, 7, 4, 7, 0, 2};
    const double weights[] = {1, 1, 1, 0, 0, 0, -1, -1, -1};
    for (int k = 0; k < 9; ++k) {
        EXPECT_EQ(s.taps[size_t(k)].value, values[k]);
        EXPECT_EQ(s.taps[size_t(k)].weight, weights[k]);
        EXPECT_EQ(s.taps[size_t(k)].product, values[k] * weights[k]);
        EXPECT_EQ(s.taps[size_t(k)].r, k / 3);
        EXPECT_EQ(s.taps[size_t(k)].c, k % 3);
        EXPECT_FALSE(s.taps[size_t(k)].padding);
    }
    EXPECT_EQ(s.sum, 4);
    // Row-major order: step 7 is output (1, 2), whose window starts at input (1, 2).
    EXPECT_EQ(t->steps[7].row, 1);
    EXPECT_EQ(t->steps[7].col, 2);
    EXPECT_EQ(t->steps[7].taps.front().r, 1);
    EXPECT_EQ(t->steps[7].taps.front().c, 2);
}

TEST(Conv, AxisSizeFollowsTheFormula)
{
    // floor((7 + 0 − 2 − 1)/2) + 1 = floor(4/2) + 1 = 3, nothing left over.
    auto a = axisSize(7, 3, 2, 0, 1, "rows");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->out, 3);
    EXPECT_EQ(a->remainder, 0);
    EXPECT_EQ(a->unreached, 0);
    // floor((8 − 3)/2) + 1 = 3; windows start at 0, 2, 4 and cover up to index 6: index 7 is never reached.
    auto b = axisSize(8, 3, 2, 0, 1, "cols");
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->numerator, 5);
    EXPECT_EQ(b->out, 3);
    EXPECT_EQ(b->remainder, 1);
    EXPECT_EQ(b->unreached, 1);
    // Dilation 2 spreads a 3-tap kernel over 5 cells: floor((7 − 4 − 1)/1) + 1 = 3.
    auto c = axisSize(7, 3, 1, 0, 2, "rows");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->effectiveKernel, 5);
    EXPECT_EQ(c->out, 3);
    // 'Same' padding: floor((5 + 2 − 2 − 1)/1) + 1 = 5.
    auto d = axisSize(5, 3, 1, 1, 1, "rows");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->padded, 7);
    EXPECT_EQ(d->out, 5);
    // 224 with a 7×7 kernel, stride 2, padding 3 (ResNet stem): floor((224 + 6 − 6 − 1)/2) + 1 = 112.
    auto e = axisSize(224, 7, 2, 3, 1, "rows");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->out, 112);
    EXPECT_EQ(e->remainder, 1);
}

TEST(Conv, PaddingCellsAreMarkedAndZero)
{
    Eigen::MatrixXd in(2, 2);
    in << 1, 2, 3, 4;
    Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(3, 3);
    Spec s;
    s.padding = {1, 1};
    auto t = trace({in}, {ones}, s);
    ASSERT_TRUE(t.ok());
    // Every 3×3 window over the 4×4 padded input covers the whole 2×2 input: each sum is 1+2+3+4 = 10.
    ASSERT_EQ(t->output.rows(), 2);
    EXPECT_EQ(t->output, Eigen::MatrixXd::Constant(2, 2, 10.0));
    const Step &first = t->steps[0];
    int paddingTaps = 0;
    for (const Tap &tap : first.taps) {
        const bool outside = tap.r < 0 || tap.c < 0 || tap.r >= 2 || tap.c >= 2;
        EXPECT_EQ(tap.padding, outside);
        if (tap.padding) {
            EXPECT_EQ(tap.value, 0.0);
            ++paddingTaps;
        }
    }
    // The window at (0,0) spans padded rows/cols −1..1: 9 cells, 4 of them real.
    EXPECT_EQ(paddingTaps, 5);
}

TEST(Conv, ConvolutionModeFlipsTheKernel)
{
    Eigen::MatrixXd in(3, 3);
    in << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    Eigen::MatrixXd k(2, 2);
    k << 1, 2, 3, 4;
    Spec s;
    s.mode = Mode::Convolution;
    auto t = trace({in}, {k}, s);
    ASSERT_TRUE(t.ok());
    // Flipped kernel [[4,3],[2,1]]: (0,0) = 4·1 + 3·2 + 2·4 + 1·5 = 23; (1,1) = 4·5 + 3·6 + 2·8 + 1·9 = 63.
    EXPECT_EQ(t->output(0, 0), 23);
    EXPECT_EQ(t->output(1, 1), 63);
    // The first tap uses the weight at the kernel's bottom-right.
    EXPECT_EQ(t->steps[0].taps[0].kr, 1);
    EXPECT_EQ(t->steps[0].taps[0].kc, 1);
    EXPECT_EQ(t->steps[0].taps[0].weight, 4);
    // Correlation of the same pair: (0,0) = 1·1 + 2·2 + 3·4 + 4·5 = 37.
    auto corr = compute({in}, {k}, Spec{});
    ASSERT_TRUE(corr.ok());
    EXPECT_EQ((*corr)(0, 0), 37);
}

TEST(Conv, MultiChannelSumsTheChannels)
{
    Eigen::MatrixXd a(2, 2), b(2, 2);
    a << 1, 2, 3, 4;
    b << 10, 20, 30, 40;
    Eigen::MatrixXd ka(1, 1), kb(1, 1);
    ka << 2;
    kb << -1;
    auto t = trace({a, b}, {ka, kb}, Spec{});
    ASSERT_TRUE(t.ok());
    // 2·a − b = [[2−10, 4−20], [6−30, 8−40]]
    Eigen::MatrixXd expected(2, 2);
    expected << -8, -16, -24, -32;
    EXPECT_EQ(t->output, expected);
    EXPECT_EQ(t->steps[0].taps.size(), 2u);
    EXPECT_EQ(t->steps[0].taps[1].channel, 1);
}

TEST(Conv, MatchesBruteForceOnRandomProblems)
{
    std::mt19937 rng(2024);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::uniform_real_distribution<double> val(-3, 3);
    int checked = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const int C = pick(1, 3), H = pick(1, 12), W = pick(1, 12), kh = pick(1, 4), kw = pick(1, 4);
        Spec s;
        s.stride = {pick(1, 3), pick(1, 3)};
        s.padding = {pick(0, 2), pick(0, 2)};
        s.dilation = {pick(1, 3), pick(1, 3)};
        s.mode = pick(0, 1) ? Mode::Convolution : Mode::Correlation;
        Volume in(static_cast<size_t>(C)), k(static_cast<size_t>(C));
        for (auto &m : in)
            m = Eigen::MatrixXd::NullaryExpr(H, W, [&] { return std::round(val(rng) * 4) / 4; });
        for (auto &m : k)
            m = Eigen::MatrixXd::NullaryExpr(kh, kw, [&] { return std::round(val(rng) * 4) / 4; });
        const bool fits = s.dilation.h * (kh - 1) + 1 <= H + 2 * s.padding.h && s.dilation.w * (kw - 1) + 1 <= W + 2 * s.padding.w;
        auto t = trace(in, k, s);
        ASSERT_EQ(t.ok(), fits);
        if (!fits) {
            EXPECT_EQ(t.error().key, "conv.filter_too_large");
            continue;
        }
        const Eigen::MatrixXd ref = bruteForce(in, k, s);
        // Quarter-integers: every product and partial sum is exact in double, so equality is exact.
        EXPECT_EQ(t->output, ref) << "trial " << trial;
        auto c = compute(in, k, s);
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(*c, ref);
        for (const Step &step : t->steps)
            ASSERT_EQ(step.sum, ref(step.row, step.col));
        ++checked;
    }
    EXPECT_GT(checked, 200);
}

TEST(Conv, ErrorsNameWhatIsWrong)
{
    const Volume in{seedInput()};
    const Volume k{seedFilter()};
    auto err = [&](const Volume &i, const Volume &f, Spec s) {
        auto r = trace(i, f, s);
        EXPECT_FALSE(r.ok());
        return r.ok() ? dlt::Error() : r.error();
    };
    Spec s;
    s.stride = {0, 1};
    auto e = err(in, k, s);
    EXPECT_EQ(e.key, "conv.bad_stride");
    EXPECT_EQ(e.arg("axis"), "rows");
    s = Spec{};
    s.dilation = {1, 0};
    e = err(in, k, s);
    EXPECT_EQ(e.key, "conv.bad_dilation");
    EXPECT_EQ(e.arg("axis"), "cols");
    s = Spec{};
    s.padding = {-1, 0};
    EXPECT_EQ(err(in, k, s).key, "conv.bad_padding");
    e = err({Eigen::MatrixXd::Ones(2, 2)}, k, Spec{});
    EXPECT_EQ(e.key, "conv.filter_too_large");
    EXPECT_EQ(e.arg("effective"), "3");
    EXPECT_EQ(e.arg("padded"), "2");
    s = Spec{};
    s.dilation = {4, 1}; // 4·2 + 1 = 9 > 7
    EXPECT_EQ(err(in, k, s).key, "conv.filter_too_large");
    EXPECT_EQ(err({}, k, Spec{}).key, "conv.empty");
    EXPECT_EQ(err({Eigen::MatrixXd()}, k, Spec{}).arg("which"), "input");
    EXPECT_EQ(err(in, {seedFilter(), seedFilter()}, Spec{}).key, "conv.channel_mismatch");
    Eigen::MatrixXd bad = seedInput();
    bad(2, 3) = std::numeric_limits<double>::quiet_NaN();
    e = err({bad}, k, Spec{});
    EXPECT_EQ(e.key, "conv.not_finite");
    EXPECT_EQ(e.arg("row"), "3");
    EXPECT_EQ(e.arg("col"), "4");
    bad(2, 3) = std::numeric_limits<double>::infinity();
    e = err(in, {bad.block(0, 1, 3, 3)}, Spec{}); // the filter now holds the inf at its (3, 3)
    EXPECT_EQ(e.key, "conv.not_finite");
    EXPECT_EQ(e.arg("which"), "filter");
    e = err({Eigen::MatrixXd::Zero(kMaxSide + 1, 1)}, {Eigen::MatrixXd::Ones(1, 1)}, Spec{});
    EXPECT_EQ(e.key, "conv.too_large");
    e = err({seedInput(), Eigen::MatrixXd::Zero(6, 7)}, {seedFilter(), seedFilter()}, Spec{});
    EXPECT_EQ(e.key, "conv.channel_shape");
    EXPECT_EQ(e.arg("channel"), "2");
    // 2000×2000 outputs × 9 taps = 36M taps: too many to trace, but compute() still works.
    const Volume big{Eigen::MatrixXd::Zero(2002, 2002)};
    EXPECT_EQ(err(big, k, Spec{}).key, "conv.trace_too_large");
    // Padding alone cannot blow the output up: (1 + 2·8000 − 0 − 1)/1 + 1 = 16001 rows > 8192.
    s = Spec{};
    s.padding = {8000, 0};
    e = err({Eigen::MatrixXd::Ones(1, 1)}, {Eigen::MatrixXd::Ones(1, 1)}, s);
    EXPECT_EQ(e.key, "conv.output_too_large");
    EXPECT_EQ(e.arg("out"), "16001");
    EXPECT_TRUE(compute(big, k, Spec{}).ok());
}

TEST(Conv, PresetsAreTheNamedKernels)
{
    EXPECT_EQ(allPresets().size(), 8u);
    Eigen::MatrixXd h(3, 3);
    h << 1, 1, 1, 0, 0, 0, -1, -1, -1;
    EXPECT_EQ(presetKernel(Preset::HorizontalEdge), h);
    EXPECT_EQ(presetKernel(Preset::VerticalEdge), h.transpose());
    // Edge and Laplacian kernels sum to 0 (flat regions give 0); blur and sharpen sum to 1 (brightness kept).
    for (Preset p : {Preset::HorizontalEdge, Preset::VerticalEdge, Preset::SobelX, Preset::SobelY, Preset::Laplacian})
        EXPECT_NEAR(presetKernel(p).sum(), 0.0, 1e-12) << presetKey(p);
    for (Preset p : {Preset::Identity, Preset::BoxBlur, Preset::Sharpen})
        EXPECT_NEAR(presetKernel(p).sum(), 1.0, 1e-12) << presetKey(p);
    EXPECT_EQ(presetKernel(Preset::SobelX)(1, 2), 2);
    EXPECT_EQ(presetKernel(Preset::SobelY)(2, 1), 2);
}

TEST(Conv, RandomIntegersAreInRangeAndReproducible)
{
    const Eigen::MatrixXd a = randomIntegers(6, 5, -3, 9, 42);
    EXPECT_EQ(a, randomIntegers(6, 5, -3, 9, 42));
    EXPECT_NE(a, randomIntegers(6, 5, -3, 9, 43));
    EXPECT_GE(a.minCoeff(), -3);
    EXPECT_LE(a.maxCoeff(), 9);
    for (Eigen::Index i = 0; i < a.size(); ++i)
        EXPECT_EQ(a(i), std::round(a(i)));
}
