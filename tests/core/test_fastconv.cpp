#include "conv/conv.h"
#include "conv/fastconv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace dlt::conv;

namespace {

// Both compiled kernels, so the baseline one is tested even on an AVX2 machine. On a CPU
// without AVX2+FMA the second entry runs the baseline kernel again (documented fallback).
const FastKernel kKernels[] = {FastKernel::Baseline, FastKernel::Avx2Fma};

std::string kernelName(FastKernel k)
{
    return k == FastKernel::Baseline ? "baseline" : "avx2fma";
}

// Independent reference in double: the textbook sum over taps with bounds checks standing in
// for zero padding, the kernel index flipped for convolution, and the output size taken from
// floor((n + 2p − d·(k−1) − 1)/s) + 1. absSum receives Σ|w·x| per cell for the error bound.
Eigen::MatrixXd naive(const RowMatrixF &in, const Eigen::MatrixXf &k, const Spec &s, Eigen::MatrixXd *absSum = nullptr)
{
    const int H = int(in.rows()), W = int(in.cols()), kh = int(k.rows()), kw = int(k.cols());
    const int oh = (H + 2 * s.padding.h - s.dilation.h * (kh - 1) - 1) / s.stride.h + 1;
    const int ow = (W + 2 * s.padding.w - s.dilation.w * (kw - 1) - 1) / s.stride.w + 1;
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(oh, ow);
    if (absSum)
        *absSum = Eigen::MatrixXd::Zero(oh, ow);
    const bool flip = s.mode == Mode::Convolution;
    for (int i = 0; i < oh; ++i)
        for (int j = 0; j < ow; ++j)
            for (int u = 0; u < kh; ++u)
                for (int v = 0; v < kw; ++v) {
                    const int r = i * s.stride.h - s.padding.h + u * s.dilation.h;
                    const int c = j * s.stride.w - s.padding.w + v * s.dilation.w;
                    if (r < 0 || r >= H || c < 0 || c >= W)
                        continue;
                    const double w = k(flip ? kh - 1 - u : u, flip ? kw - 1 - v : v);
                    out(i, j) += w * double(in(r, c));
                    if (absSum)
                        (*absSum)(i, j) += std::abs(w * double(in(r, c)));
                }
    return out;
}

// Float summation of n products is within about (n + 1)·eps·Σ|w·x| of the exact sum.
double tolerance(double absSum, int taps)
{
    return double(taps + 2) * double(std::numeric_limits<float>::epsilon()) * absSum + 1e-30;
}

RowMatrixF randomMatrix(int rows, int cols, std::mt19937 &rng)
{
    std::uniform_real_distribution<float> d(-1.0f, 1.0f);
    RowMatrixF m(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            m(i, j) = d(rng);
    return m;
}

::testing::AssertionResult matchesNaive(const RowMatrixF &in, const Eigen::MatrixXf &k, const Spec &s,
                                        const RowMatrixF &got)
{
    Eigen::MatrixXd absSum;
    const Eigen::MatrixXd want = naive(in, k, s, &absSum);
    if (got.rows() != want.rows() || got.cols() != want.cols())
        return ::testing::AssertionFailure() << "shape " << got.rows() << "x" << got.cols() << ", want "
                                             << want.rows() << "x" << want.cols();
    const int taps = int(k.size());
    for (Eigen::Index i = 0; i < want.rows(); ++i)
        for (Eigen::Index j = 0; j < want.cols(); ++j)
            if (!(std::abs(double(got(i, j)) - want(i, j)) <= tolerance(absSum(i, j), taps)))
                return ::testing::AssertionFailure()
                    << "cell (" << i << "," << j << "): got " << got(i, j) << ", want " << want(i, j);
    return ::testing::AssertionSuccess();
}

std::string describe(int h, int w, int kh, int kw, const Spec &s)
{
    return std::to_string(h) + "x" + std::to_string(w) + " k" + std::to_string(kh) + "x" + std::to_string(kw) +
           " s" + std::to_string(s.stride.h) + "," + std::to_string(s.stride.w) + " p" +
           std::to_string(s.padding.h) + "," + std::to_string(s.padding.w) + " d" + std::to_string(s.dilation.h) +
           "," + std::to_string(s.dilation.w) + (s.mode == Mode::Convolution ? " conv" : " corr");
}

dlt::Volume volumeOf(const RowMatrixF &m)
{
    return {m.cast<double>()};
}

dlt::Volume volumeOf(const Eigen::MatrixXf &m)
{
    return {m.cast<double>()};
}

} // namespace

TEST(FastConv, KernelSelection)
{
    EXPECT_EQ(resolveKernel(FastKernel::Baseline), FastKernel::Baseline);
    EXPECT_EQ(resolveKernel(FastKernel::Auto), avx2FmaSupported() ? FastKernel::Avx2Fma : FastKernel::Baseline);
    EXPECT_EQ(resolveKernel(FastKernel::Avx2Fma), avx2FmaSupported() ? FastKernel::Avx2Fma : FastKernel::Baseline);
    if (!avx2FmaSupported())
        GTEST_LOG_(INFO) << "CPU lacks AVX2+FMA: only the baseline kernel is exercised";
}

// The seed's 7×7 input with its horizontal-edge filter [1 1 1; 0 0 0; −1 −1 −1]. By hand:
// (0,0) = (6+3+4) − (7+0+2) = 13 − 9 = 4;  (0,1) = (3+4+4) − (0+2+3) = 11 − 5 = 6;
// (4,4) = rows 4 and 6, cols 4..6: (5+4+2) − (0+4+5) = 11 − 9 = 2.
TEST(FastConv, SeedExampleByHand)
{
    const RowMatrixF in = seedInput().cast<float>();
    const Eigen::MatrixXf k = presetKernel(Preset::HorizontalEdge).cast<float>();
    for (FastKernel kern : kKernels) {
        auto r = correlateFast(in, k, Spec{}, kern);
        ASSERT_TRUE(r) << r.error().debugString();
        ASSERT_EQ(r->rows(), 5);
        ASSERT_EQ(r->cols(), 5);
        EXPECT_EQ((*r)(0, 0), 4.0f) << kernelName(kern);
        EXPECT_EQ((*r)(0, 1), 6.0f) << kernelName(kern);
        EXPECT_EQ((*r)(4, 4), 2.0f) << kernelName(kern);
        EXPECT_TRUE(matchesNaive(in, k, Spec{}, *r)) << kernelName(kern);
    }
}

// Input [1 2; 3 4], kernel [1 0; 0 0]: correlation picks the top-left (1); convolution flips the
// kernel to [0 0; 0 1] and picks the bottom-right (4).
TEST(FastConv, ConvolutionFlipsBothAxes)
{
    RowMatrixF in(2, 2);
    in << 1, 2, 3, 4;
    Eigen::MatrixXf k(2, 2);
    k << 1, 0, 0, 0;
    Spec s;
    for (FastKernel kern : kKernels) {
        s.mode = Mode::Correlation;
        auto a = correlateFast(in, k, s, kern);
        ASSERT_TRUE(a);
        EXPECT_EQ((*a)(0, 0), 1.0f);
        s.mode = Mode::Convolution;
        auto b = correlateFast(in, k, s, kern);
        ASSERT_TRUE(b);
        EXPECT_EQ((*b)(0, 0), 4.0f);
    }
}

// Input 3×3 holding 1..9, kernel [2], padding 1, stride 2: out = floor((3 + 2 − 0 − 1)/2) + 1 = 3.
// Window origins in input coordinates are −1, 1, 3 per axis; only (1,1) is inside: 2·5 = 10.
TEST(FastConv, StridePaddingByHand)
{
    RowMatrixF in(3, 3);
    in << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    Eigen::MatrixXf k(1, 1);
    k << 2;
    Spec s;
    s.stride = {2, 2};
    s.padding = {1, 1};
    for (FastKernel kern : kKernels) {
        auto r = correlateFast(in, k, s, kern);
        ASSERT_TRUE(r);
        RowMatrixF want = RowMatrixF::Zero(3, 3);
        want(1, 1) = 10;
        EXPECT_EQ(*r, want) << kernelName(kern);
    }
}

// Input [1 2 3 4 5] (1×5), kernel [1 10], dilation 3: effective width 3·1 + 1 = 4, out = 5 − 4 + 1 = 2.
// out0 = 1·1 + 10·4 = 41, out1 = 1·2 + 10·5 = 52.
TEST(FastConv, DilationByHand)
{
    RowMatrixF in(1, 5);
    in << 1, 2, 3, 4, 5;
    Eigen::MatrixXf k(1, 2);
    k << 1, 10;
    Spec s;
    s.dilation = {1, 3};
    for (FastKernel kern : kKernels) {
        auto r = correlateFast(in, k, s, kern);
        ASSERT_TRUE(r);
        ASSERT_EQ(r->rows(), 1);
        ASSERT_EQ(r->cols(), 2);
        EXPECT_EQ((*r)(0, 0), 41.0f);
        EXPECT_EQ((*r)(0, 1), 52.0f);
    }
}

// Padding wider than the filter's reach: whole output rows and columns see only zeros.
TEST(FastConv, RowsEntirelyInPaddingAreZero)
{
    RowMatrixF in(2, 2);
    in << 1, 2, 3, 4;
    Eigen::MatrixXf k(1, 1);
    k << 3;
    Spec s;
    s.padding = {2, 2};
    for (FastKernel kern : kKernels) {
        auto r = correlateFast(in, k, s, kern);
        ASSERT_TRUE(r);
        RowMatrixF want = RowMatrixF::Zero(6, 6);
        want(2, 2) = 3;
        want(2, 3) = 6;
        want(3, 2) = 9;
        want(3, 3) = 12;
        EXPECT_EQ(*r, want) << kernelName(kern);
    }
}

// Every width from 1 to 80 (not multiples of 4, 8 or 32 included) with a 3×3 and a 5×5 filter,
// with and without padding, so every tail of the blocked loops is reached.
TEST(FastConv, EveryWidthAndTail)
{
    std::mt19937 rng(7);
    for (int w = 1; w <= 80; ++w)
        for (int kw : {1, 3, 5})
            for (int pad : {0, 2}) {
                const int kh = 3, h = 4;
                if (w + 2 * pad < kw)
                    continue;
                const RowMatrixF in = randomMatrix(h, w, rng);
                const Eigen::MatrixXf k = randomMatrix(kh, kw, rng);
                Spec s;
                s.padding = {pad, pad};
                for (FastKernel kern : kKernels) {
                    auto r = correlateFast(in, k, s, kern);
                    ASSERT_TRUE(r) << describe(h, w, kh, kw, s);
                    EXPECT_TRUE(matchesNaive(in, k, s, *r)) << describe(h, w, kh, kw, s) << " " << kernelName(kern);
                }
            }
}

TEST(FastConv, KernelAsLargeAsInputAndTinyInputs)
{
    std::mt19937 rng(11);
    for (auto [h, w] : {std::pair{1, 1}, {1, 9}, {9, 1}, {2, 3}, {7, 33}, {17, 40}}) {
        const RowMatrixF in = randomMatrix(h, w, rng);
        const Eigen::MatrixXf whole = randomMatrix(h, w, rng);
        for (FastKernel kern : kKernels) {
            auto r = correlateFast(in, whole, Spec{}, kern);
            ASSERT_TRUE(r);
            ASSERT_EQ(r->rows(), 1);
            ASSERT_EQ(r->cols(), 1);
            EXPECT_TRUE(matchesNaive(in, whole, Spec{}, *r)) << h << "x" << w;

            Spec padded;
            padded.padding = {1, 1}; // a 1×1 input under a 3×3 filter only works with padding
            const Eigen::MatrixXf k3 = randomMatrix(3, 3, rng);
            auto p = correlateFast(in, k3, padded, kern);
            ASSERT_TRUE(p);
            EXPECT_TRUE(matchesNaive(in, k3, padded, *p)) << h << "x" << w;

            const Eigen::MatrixXf one = randomMatrix(1, 1, rng);
            auto q = correlateFast(in, one, Spec{}, kern);
            ASSERT_TRUE(q);
            EXPECT_TRUE(matchesNaive(in, one, Spec{}, *q)) << h << "x" << w;
        }
    }
}

// Random shapes, filters, strides, paddings, dilations and modes. Valid cases must match the
// naive loop and dlt::conv::compute (the double reference); invalid ones must fail exactly as
// compute() does, with the same key and arguments.
TEST(FastConv, RandomCasesMatchBruteForceAndReference)
{
    std::mt19937 rng(20240601);
    std::uniform_int_distribution<int> side(1, 45), ks(1, 7), st(1, 3), pd(0, 3), dl(1, 3), md(0, 1);
    int valid = 0, invalid = 0;
    for (int trial = 0; trial < 1500; ++trial) {
        const int h = side(rng), w = side(rng), kh = ks(rng), kw = ks(rng);
        Spec s;
        s.stride = {st(rng), st(rng)};
        s.padding = {pd(rng), pd(rng)};
        s.dilation = {dl(rng), dl(rng)};
        s.mode = md(rng) ? Mode::Convolution : Mode::Correlation;
        const RowMatrixF in = randomMatrix(h, w, rng);
        const Eigen::MatrixXf k = randomMatrix(kh, kw, rng);
        const auto ref = compute(volumeOf(in), volumeOf(k), s);
        for (FastKernel kern : kKernels) {
            auto r = correlateFast(in, k, s, kern);
            if (!ref) {
                ASSERT_FALSE(r) << describe(h, w, kh, kw, s);
                EXPECT_EQ(r.error().key, ref.error().key);
                EXPECT_EQ(r.error().args, ref.error().args) << r.error().debugString();
                continue;
            }
            ASSERT_TRUE(r) << describe(h, w, kh, kw, s) << ": " << r.error().debugString();
            EXPECT_TRUE(matchesNaive(in, k, s, *r)) << describe(h, w, kh, kw, s) << " " << kernelName(kern);
            // compute() sums the same float inputs in double, so the same bound applies.
            Eigen::MatrixXd absSum;
            naive(in, k, s, &absSum);
            ASSERT_EQ(r->rows(), ref->rows());
            ASSERT_EQ(r->cols(), ref->cols());
            for (Eigen::Index i = 0; i < r->rows(); ++i)
                for (Eigen::Index j = 0; j < r->cols(); ++j)
                    ASSERT_LE(std::abs(double((*r)(i, j)) - (*ref)(i, j)), tolerance(absSum(i, j), int(k.size())))
                        << describe(h, w, kh, kw, s) << " cell " << i << "," << j;
        }
        (ref ? valid : invalid)++;
    }
    // The generator must exercise both sides, or the test proves little.
    EXPECT_GT(valid, 800);
    EXPECT_GT(invalid, 50);
}

// The benchmark's shape: a full-HD frame with a 3×3 filter, padded and not.
TEST(FastConv, FullHdFrame)
{
    std::mt19937 rng(3);
    const RowMatrixF in = randomMatrix(1080, 1920, rng);
    const Eigen::MatrixXf k = randomMatrix(3, 3, rng);
    for (int pad : {0, 1})
        for (FastKernel kern : kKernels) {
            Spec s;
            s.padding = {pad, pad};
            auto r = correlateFast(in, k, s, kern);
            ASSERT_TRUE(r);
            EXPECT_EQ(r->rows(), 1080 - 2 + 2 * pad);
            EXPECT_EQ(r->cols(), 1920 - 2 + 2 * pad);
            EXPECT_TRUE(matchesNaive(in, k, s, *r)) << kernelName(kern) << " pad " << pad;
        }
}

// Raw-pointer entry: the input is a view inside a wider buffer, the output rows have slack,
// and nothing outside the output cells is written.
TEST(FastConv, RawPointerStrides)
{
    std::mt19937 rng(5);
    const RowMatrixF big = randomMatrix(30, 50, rng);
    const int h = 20, w = 37, top = 4, left = 6;
    const RowMatrixF view = big.block(top, left, h, w);
    const RowMatrixF k = randomMatrix(3, 4, rng);
    Spec s;
    s.padding = {1, 2};
    s.dilation = {2, 1};
    for (FastKernel kern : kKernels) {
        auto g = fastGeometry(h, w, 3, 4, s);
        ASSERT_TRUE(g);
        const int oh = g->rows.out, ow = g->cols.out, ldo = ow + 5;
        std::vector<float> out(size_t(oh) * size_t(ldo), -7.0f);
        auto r = correlateFast(big.data() + top * big.cols() + left, h, w, int(big.cols()), k.data(), 3, 4, s,
                               out.data(), ldo, kern);
        ASSERT_TRUE(r) << r.error().debugString();
        RowMatrixF got(oh, ow);
        for (int i = 0; i < oh; ++i)
            for (int j = 0; j < ldo; ++j) {
                if (j < ow)
                    got(i, j) = out[size_t(i * ldo + j)];
                else
                    EXPECT_EQ(out[size_t(i * ldo + j)], -7.0f) << "slack written at " << i << "," << j;
            }
        EXPECT_TRUE(matchesNaive(view, Eigen::MatrixXf(k), s, got)) << kernelName(kern);
    }
}

TEST(FastConv, IntoReusesStorageAndAllowsAliasing)
{
    std::mt19937 rng(9);
    RowMatrixF in = randomMatrix(40, 60, rng);
    const Eigen::MatrixXf k = randomMatrix(3, 3, rng);
    RowMatrixF out;
    ASSERT_TRUE(correlateFastInto(in, k, Spec{}, out));
    const float *storage = out.data();
    ASSERT_TRUE(correlateFastInto(in, k, Spec{}, out));
    EXPECT_EQ(out.data(), storage);
    EXPECT_TRUE(matchesNaive(in, k, Spec{}, out));

    const RowMatrixF original = in;
    ASSERT_TRUE(correlateFastInto(in, k, Spec{}, in)); // output replaces its own input
    EXPECT_EQ(in.rows(), 38);
    EXPECT_TRUE(matchesNaive(original, k, Spec{}, in));
}

TEST(FastConv, ShapeAndSpecErrors)
{
    const RowMatrixF in = RowMatrixF::Ones(5, 6);
    const Eigen::MatrixXf k = Eigen::MatrixXf::Ones(3, 3);

    auto e = correlateFast(RowMatrixF(0, 4), k, Spec{});
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.empty");
    EXPECT_EQ(e.error().arg("which"), "input");

    e = correlateFast(in, Eigen::MatrixXf(3, 0), Spec{});
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.empty");
    EXPECT_EQ(e.error().arg("which"), "filter");

    e = correlateFast(RowMatrixF::Zero(2, kMaxSide + 1), k, Spec{});
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.too_large");
    EXPECT_EQ(e.error().arg("cols"), std::to_string(kMaxSide + 1));
    EXPECT_EQ(e.error().arg("max"), std::to_string(kMaxSide));

    Spec s;
    s.stride = {1, 0};
    e = correlateFast(in, k, s);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.bad_stride");
    EXPECT_EQ(e.error().arg("axis"), "cols");

    s = Spec{};
    s.dilation = {0, 1};
    e = correlateFast(in, k, s);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.bad_dilation");
    EXPECT_EQ(e.error().arg("axis"), "rows");

    s = Spec{};
    s.padding = {0, -1};
    e = correlateFast(in, k, s);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.bad_padding");
    EXPECT_EQ(e.error().arg("value"), "-1");

    // 3 rows dilated by 3 reach 3·2 + 1 = 7 rows, more than the 5 the input has.
    s = Spec{};
    s.dilation = {3, 1};
    e = correlateFast(in, k, s);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().key, "conv.filter_too_large");
    EXPECT_EQ(e.error().arg("axis"), "rows");
    EXPECT_EQ(e.error().arg("effective"), "7");
    EXPECT_EQ(e.error().arg("padded"), "5");
}

TEST(FastConv, LayoutErrors)
{
    const float in[6] = {1, 2, 3, 4, 5, 6};
    const float k[1] = {1};
    float out[6] = {};
    auto r = correlateFast(nullptr, 2, 3, 3, k, 1, 1, Spec{}, out, 3);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().key, "conv.layout");
    EXPECT_EQ(r.error().arg("which"), "input");
    r = correlateFast(in, 2, 3, 2, k, 1, 1, Spec{}, out, 3); // row stride shorter than a row
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().arg("which"), "input");
    r = correlateFast(in, 2, 3, 3, nullptr, 1, 1, Spec{}, out, 3);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().arg("which"), "filter");
    r = correlateFast(in, 2, 3, 3, k, 1, 1, Spec{}, out, 2);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().arg("which"), "output");
    r = correlateFast(in, 2, 3, 3, k, 1, 1, Spec{}, nullptr, 3);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().arg("which"), "output");
    r = correlateFast(in, 2, 3, 3, k, 1, 1, Spec{}, out, 3);
    ASSERT_TRUE(r);
    EXPECT_EQ(out[5], 6.0f);
}

TEST(FastConv, NonFiniteValuesAreNamed)
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    for (FastKernel kern : kKernels) {
        // Filter: 1-based row 2, column 3.
        RowMatrixF in = RowMatrixF::Ones(40, 50);
        Eigen::MatrixXf k = Eigen::MatrixXf::Ones(3, 3);
        k(1, 2) = inf;
        auto e = correlateFast(in, k, Spec{}, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.not_finite");
        EXPECT_EQ(e.error().arg("which"), "filter");
        EXPECT_EQ(e.error().arg("row"), "2");
        EXPECT_EQ(e.error().arg("col"), "3");

        // Input, inside the vector-blocked interior and on a padded border: the first in
        // row-major order is named (0-based (7,45) → 1-based row 8, column 46).
        k(1, 2) = 1;
        in(30, 20) = nan;
        in(7, 45) = -inf;
        Spec padded;
        padded.padding = {1, 1};
        for (const Spec &s : {Spec{}, padded}) {
            e = correlateFast(in, k, s, kern);
            ASSERT_FALSE(e);
            EXPECT_EQ(e.error().key, "conv.not_finite");
            EXPECT_EQ(e.error().arg("which"), "input");
            EXPECT_EQ(e.error().arg("channel"), "1");
            EXPECT_EQ(e.error().arg("row"), "8");
            EXPECT_EQ(e.error().arg("col"), "46");
        }

        // Only border outputs (which see padding) read a one-column input under a 3×3 filter.
        RowMatrixF column = RowMatrixF::Ones(5, 1);
        column(3, 0) = nan;
        e = correlateFast(column, Eigen::MatrixXf::Ones(3, 3), padded, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.not_finite");
        EXPECT_EQ(e.error().arg("row"), "4");
        EXPECT_EQ(e.error().arg("col"), "1");

        // Only the strided (stride 2) interior path reads column 10 (1-based 11).
        RowMatrixF wide = RowMatrixF::Ones(3, 20);
        wide(1, 10) = inf;
        Spec stride2;
        stride2.stride = {1, 2};
        e = correlateFast(wide, Eigen::MatrixXf::Ones(2, 2), stride2, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.not_finite");
        EXPECT_EQ(e.error().arg("row"), "2");
        EXPECT_EQ(e.error().arg("col"), "11");

        // A cell no window reaches still counts: 7 columns, 2 wide filter, stride 2 reaches
        // columns 0..5 and drops column 6 (1-based 7).
        RowMatrixF narrow = RowMatrixF::Ones(3, 7);
        narrow(2, 6) = nan;
        Spec strided;
        strided.stride = {1, 2};
        e = correlateFast(narrow, Eigen::MatrixXf::Ones(2, 2), strided, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.not_finite");
        EXPECT_EQ(e.error().arg("row"), "3");
        EXPECT_EQ(e.error().arg("col"), "7");

        // A 1×2 filter with dilation 3 spans 4 columns; over 1×8 with stride 4 its windows start
        // at 0 and 4 and read columns {0, 3} and {4, 7}: column 5 (1-based 6) is never read.
        RowMatrixF row(1, 8);
        row.setOnes();
        row(0, 5) = inf;
        Spec gap;
        gap.stride = {1, 4};
        gap.dilation = {1, 3};
        e = correlateFast(row, Eigen::MatrixXf::Ones(1, 2), gap, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.not_finite");
        EXPECT_EQ(e.error().arg("col"), "6");
    }
}

// Finite inputs whose weighted sum passes FLT_MAX (≈3.4e38): 2 · 3e38 cannot be a float.
TEST(FastConv, OverflowIsAnError)
{
    for (FastKernel kern : kKernels) {
        RowMatrixF in = RowMatrixF::Constant(4, 40, 1.0f);
        in(2, 33) = 3e38f;
        Eigen::MatrixXf k = Eigen::MatrixXf::Constant(1, 1, 2.0f);
        auto e = correlateFast(in, k, Spec{}, kern);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().key, "conv.overflow");
    }
}
