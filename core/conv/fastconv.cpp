#include "fastconv.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#if defined(__x86_64__)
#include <emmintrin.h>
#define DLT_FASTCONV_X86 1
#else
#define DLT_FASTCONV_X86 0
#endif

#include "fastconvkernel.h"

namespace dlt::conv {

namespace detail {
namespace {

#if DLT_FASTCONV_X86
// SSE2 is part of every x86-64, the baseline the whole binary is built for.
struct Baseline {
    using V = __m128;
    static constexpr int N = 4;
    static V zero() { return _mm_setzero_ps(); }
    static V set1(float x) { return _mm_set1_ps(x); }
    static V load(const float *p) { return _mm_loadu_ps(p); }
    static void store(float *p, V v) { _mm_storeu_ps(p, v); }
    static V fma(V a, V b, V c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
    static bool allZero(V v) { return _mm_movemask_ps(_mm_cmpneq_ps(v, _mm_setzero_ps())) == 0; }
};
#else
// Other architectures: plain scalar code the compiler may vectorise for its own baseline.
struct Baseline {
    using V = float;
    static constexpr int N = 1;
    static V zero() { return 0.0f; }
    static V set1(float x) { return x; }
    static V load(const float *p) { return *p; }
    static void store(float *p, V v) { *p = v; }
    static V fma(V a, V b, V c) { return a * b + c; }
    static bool allZero(V v) { return v == 0.0f; }
};
#endif

} // namespace

bool rowKernelBaseline(const RowTask &task)
{
    return rowKernelDispatch<Baseline>(task);
}

#if !DLT_FASTCONV_X86
bool rowKernelAvx2Fma(const RowTask &task)
{
    return rowKernelBaseline(task);
}
#endif

} // namespace detail

namespace {

using detail::RowTask;

int floorDiv(long long a, long long b)
{
    const long long q = a / b;
    return int((a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q);
}

int ceilDiv(long long a, long long b)
{
    return -floorDiv(-a, b);
}

bool cpuHasAvx2Fma()
{
#if DLT_FASTCONV_X86
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return false;
#endif
}

Status checkShape(int rows, int cols, const char *which)
{
    if (rows <= 0 || cols <= 0)
        return Error("conv.empty").with("which", std::string(which));
    if (rows > kMaxSide || cols > kMaxSide)
        return Error("conv.too_large")
            .with("which", std::string(which))
            .with("rows", (long long)rows)
            .with("cols", (long long)cols)
            .with("max", (long long)kMaxSide);
    return Ok{};
}

Error notFinite(const char *which, long long row, long long col)
{
    return Error("conv.not_finite")
        .with("which", std::string(which))
        .with("channel", 1LL)
        .with("row", row + 1)
        .with("col", col + 1);
}

// The problem after validation: flipped weights for Convolution mode, and every number the
// row loop needs. Row offsets are ptrdiff_t: h·inStride can pass the int range.
struct Problem {
    const float *in = nullptr;
    std::ptrdiff_t ld = 0;
    int h = 0, w = 0;
    std::vector<float> k; // kh×kw row-major, already flipped in Convolution mode
    int kh = 0, kw = 0;
    int sh = 1, sw = 1, ph = 0, pw = 0, dh = 1, dw = 1;
    int oh = 0, ow = 0;
    float *out = nullptr;
    std::ptrdiff_t ldo = 0;
};

// One output cell, checking every tap column (border cells and strided rows).
float cellChecked(const Problem &p, const float *const *rows, const float *weights, int taps, int j)
{
    float s = 0.0f;
    for (int t = 0; t < taps; ++t)
        for (int v = 0; v < p.kw; ++v) {
            const int c = j * p.sw + v * p.dw - p.pw;
            if (c >= 0 && c < p.w)
                s += weights[t * p.kw + v] * rows[t][c];
        }
    return s;
}

// Returns false if any output written is not finite.
bool run(const Problem &p, bool (*rowKernel)(const RowTask &))
{
    // Output columns whose whole window lies inside the input: j·sw − pw ≥ 0 and
    // j·sw + (kw−1)·dw − pw ≤ w − 1. The rest see padding and take the checked path.
    const int j0 = std::clamp(ceilDiv(p.pw, p.sw), 0, p.ow);
    const int j1 = std::clamp(floorDiv((long long)p.w - 1 - (long long)(p.kw - 1) * p.dw + p.pw, p.sw) + 1, j0, p.ow);

    std::vector<const float *> rows(size_t(p.kh)), shifted(size_t(p.kh));
    float bad = 0.0f; // stays 0 while every output is finite (x·0 is NaN for inf and NaN)
    bool kernelFinite = true;
    for (int i = 0; i < p.oh; ++i) {
        float *outRow = p.out + std::ptrdiff_t(i) * p.ldo;
        // Filter rows u whose input row base + u·dh is inside [0, h): one contiguous range.
        const long long base = (long long)i * p.sh - p.ph;
        const int uFirst = base >= 0 ? 0 : ceilDiv(-base, p.dh);
        const int uLast = std::min(p.kh - 1, floorDiv(p.h - 1 - base, p.dh));
        const int taps = uLast - uFirst + 1;
        if (taps <= 0) {
            std::fill(outRow, outRow + p.ow, 0.0f);
            continue;
        }
        for (int t = 0; t < taps; ++t)
            rows[size_t(t)] = p.in + std::ptrdiff_t(base + (long long)(uFirst + t) * p.dh) * p.ld;
        const float *weights = p.k.data() + std::ptrdiff_t(uFirst) * p.kw;

        if (j1 > j0) {
            if (p.sw == 1) {
                for (int t = 0; t < taps; ++t)
                    shifted[size_t(t)] = rows[size_t(t)] + (j0 - p.pw);
                RowTask task;
                task.rows = shifted.data();
                task.weights = weights;
                task.taps = taps;
                task.kw = p.kw;
                task.dw = p.dw;
                task.n = j1 - j0;
                task.out = outRow + j0;
                kernelFinite = rowKernel(task) && kernelFinite;
            } else {
                for (int j = j0; j < j1; ++j) {
                    float s = 0.0f;
                    const int c0 = j * p.sw - p.pw;
                    for (int t = 0; t < taps; ++t)
                        for (int v = 0; v < p.kw; ++v)
                            s += weights[t * p.kw + v] * rows[size_t(t)][c0 + v * p.dw];
                    outRow[j] = s;
                    bad += s * 0.0f;
                }
            }
        }
        for (int j = 0; j < j0; ++j) {
            outRow[j] = cellChecked(p, rows.data(), weights, taps, j);
            bad += outRow[j] * 0.0f;
        }
        for (int j = j1; j < p.ow; ++j) {
            outRow[j] = cellChecked(p, rows.data(), weights, taps, j);
            bad += outRow[j] * 0.0f;
        }
    }
    return kernelFinite && bad == 0.0f;
}

// Marks the input indices along one axis that some window reaches.
std::vector<char> coverage(int n, int k, int out, int stride, int padding, int dilation)
{
    std::vector<char> hit(size_t(n), 0);
    for (int o = 0; o < out; ++o)
        for (int u = 0; u < k; ++u) {
            const long long x = (long long)o * stride + (long long)u * dilation - padding;
            if (x >= 0 && x < n)
                hit[size_t(x)] = 1;
        }
    return hit;
}

// A non-finite input cell that no window reaches leaves no trace in the output, so those
// cells (dropped by a stride remainder or skipped by dilation) are inspected here.
bool unreachedAllFinite(const Problem &p)
{
    const auto rowHit = coverage(p.h, p.kh, p.oh, p.sh, p.ph, p.dh);
    const auto colHit = coverage(p.w, p.kw, p.ow, p.sw, p.pw, p.dw);
    const bool allRows = std::all_of(rowHit.begin(), rowHit.end(), [](char c) { return c != 0; });
    const bool allCols = std::all_of(colHit.begin(), colHit.end(), [](char c) { return c != 0; });
    if (allRows && allCols)
        return true;
    for (int r = 0; r < p.h; ++r) {
        const float *row = p.in + std::ptrdiff_t(r) * p.ld;
        for (int c = 0; c < p.w; ++c)
            if ((!rowHit[size_t(r)] || !colHit[size_t(c)]) && !std::isfinite(row[c]))
                return false;
    }
    return true;
}

} // namespace

bool avx2FmaSupported()
{
    static const bool supported = cpuHasAvx2Fma();
    return supported;
}

FastKernel resolveKernel(FastKernel requested)
{
    if (requested == FastKernel::Baseline || !avx2FmaSupported())
        return FastKernel::Baseline;
    return FastKernel::Avx2Fma;
}

Result<Geometry> fastGeometry(int h, int w, int kh, int kw, const Spec &spec)
{
    if (auto s = checkShape(h, w, "input"); !s)
        return s.error();
    if (auto s = checkShape(kh, kw, "filter"); !s)
        return s.error();
    auto rows = axisSize(h, kh, spec.stride.h, spec.padding.h, spec.dilation.h, "rows");
    if (!rows)
        return rows.error();
    auto cols = axisSize(w, kw, spec.stride.w, spec.padding.w, spec.dilation.w, "cols");
    if (!cols)
        return cols.error();
    Geometry g;
    g.rows = *rows;
    g.cols = *cols;
    g.channels = 1;
    return g;
}

Result<Geometry> correlateFast(const float *in, int h, int w, int inStride, const float *k, int kh, int kw,
                               const Spec &spec, float *out, int outStride, FastKernel kernel)
{
    auto g = fastGeometry(h, w, kh, kw, spec);
    if (!g)
        return g.error();
    if (in == nullptr || inStride < w)
        return Error("conv.layout").with("which", std::string("input"));
    if (k == nullptr)
        return Error("conv.layout").with("which", std::string("filter"));
    if (out == nullptr || outStride < g->cols.out)
        return Error("conv.layout").with("which", std::string("output"));

    Problem p;
    p.in = in;
    p.ld = inStride;
    p.h = h;
    p.w = w;
    p.kh = kh;
    p.kw = kw;
    p.k.resize(size_t(kh) * size_t(kw));
    const bool flip = spec.mode == Mode::Convolution;
    for (int u = 0; u < kh; ++u)
        for (int v = 0; v < kw; ++v) {
            const float x = k[std::ptrdiff_t(u) * kw + v];
            if (!std::isfinite(x))
                return notFinite("filter", u, v);
            p.k[size_t(flip ? (kh - 1 - u) * kw + (kw - 1 - v) : u * kw + v)] = x;
        }
    p.sh = spec.stride.h;
    p.sw = spec.stride.w;
    p.ph = spec.padding.h;
    p.pw = spec.padding.w;
    p.dh = spec.dilation.h;
    p.dw = spec.dilation.w;
    p.oh = g->rows.out;
    p.ow = g->cols.out;
    p.out = out;
    p.ldo = outStride;

    const bool avx = resolveKernel(kernel) == FastKernel::Avx2Fma;
    const bool finite = run(p, avx ? detail::rowKernelAvx2Fma : detail::rowKernelBaseline);
    if (finite && unreachedAllFinite(p))
        return g;
    // Name the first non-finite input cell in row-major order, as validate() does.
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c)
            if (!std::isfinite(in[std::ptrdiff_t(r) * inStride + c]))
                return notFinite("input", r, c);
    return Error("conv.overflow");
}

Status correlateFastInto(const RowMatrixF &input, const Eigen::MatrixXf &kernel, const Spec &spec, RowMatrixF &out,
                         FastKernel which)
{
    if (&out == &input) {
        const RowMatrixF copy = input;
        return correlateFastInto(copy, kernel, spec, out, which);
    }
    // Both shapes come from Eigen, so they fit in int only after fastGeometry bounds them.
    const auto clampSide = [](Eigen::Index n) { return int(std::min<Eigen::Index>(n, kMaxSide + 1)); };
    auto g = fastGeometry(clampSide(input.rows()), clampSide(input.cols()), clampSide(kernel.rows()),
                          clampSide(kernel.cols()), spec);
    if (!g)
        return g.error();
    const RowMatrixF k = kernel; // row-major, contiguous
    out.resize(g->rows.out, g->cols.out);
    auto r = correlateFast(input.data(), int(input.rows()), int(input.cols()), int(input.cols()), k.data(),
                           int(k.rows()), int(k.cols()), spec, out.data(), int(out.cols()), which);
    if (!r)
        return r.error();
    return Ok{};
}

Result<RowMatrixF> correlateFast(const RowMatrixF &input, const Eigen::MatrixXf &kernel, const Spec &spec,
                                 FastKernel which)
{
    RowMatrixF out;
    if (auto s = correlateFastInto(input, kernel, spec, out, which); !s)
        return s.error();
    return out;
}

} // namespace dlt::conv
