// Convolution parameters together with the input. The bytes give the spec (stride, padding,
// dilation, mode), the shapes and the cell values of input and filter; a few bytes can make a
// value huge or non-finite. Invariants:
// - validate() accepts exactly when the parameters are in range and the effective kernel fits,
//   and then the output size equals floor((n + 2p − d·(k−1) − 1)/s) + 1 on each axis
//   (computed here independently in 64-bit);
// - trace() and compute() agree exactly, every step's sum is the sum of its taps, and the
//   number of taps is Kh·Kw·C per output cell;
// - for one channel the float fast path matches the double reference within a rounding bound.

#include "fuzzcheck.h"

#include "conv/conv.h"
#include "conv/fastconv.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace {

struct Bytes {
    const uint8_t *p;
    size_t n;
    size_t i = 0;
    uint8_t next() { return i < n ? p[i++] : 0; }
};

// A small signed parameter: mostly 0..7, sometimes negative or large.
int param(Bytes &b)
{
    const uint8_t v = b.next();
    if (v < 200)
        return v % 8;
    if (v < 230)
        return -int(v % 4);
    return int(v - 230) * 397; // up to 9925: past kMaxSide sometimes
}

double value(Bytes &b)
{
    const uint8_t v = b.next();
    if (v == 255) {
        switch (b.next() % 5) {
        case 0: return std::numeric_limits<double>::quiet_NaN();
        case 1: return std::numeric_limits<double>::infinity();
        case 2: return 1e308;
        case 3: return -1e200;
        default: return 1e30;
        }
    }
    return double(int(v) - 128) / 8.0; // exact in float and double
}

std::string axisText(const dlt::conv::AxisSize &a)
{
    return "n=" + std::to_string(a.n) + " k=" + std::to_string(a.k) + " s=" + std::to_string(a.stride)
        + " p=" + std::to_string(a.padding) + " d=" + std::to_string(a.dilation) + " out=" + std::to_string(a.out);
}

// The formula, independently: nullopt when the parameters are out of range or the kernel does not fit.
std::optional<long long> expectedOut(long long n, long long k, long long s, long long p, long long d)
{
    if (s < 1 || d < 1 || p < 0 || s > dlt::conv::kMaxSide || d > dlt::conv::kMaxSide || p > dlt::conv::kMaxSide)
        return std::nullopt;
    const long long num = n + 2 * p - d * (k - 1) - 1;
    if (num < 0)
        return std::nullopt;
    const long long out = num / s + 1;
    if (out > dlt::conv::kMaxSide)
        return std::nullopt;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dlt::conv;
    Bytes b{data, size};
    Spec spec;
    spec.stride = {param(b), param(b)};
    spec.padding = {param(b), param(b)};
    spec.dilation = {param(b), param(b)};
    spec.mode = (b.next() & 1) ? Mode::Convolution : Mode::Correlation;
    const int channels = 1 + b.next() % 3;
    const int filterChannels = (b.next() == 7) ? channels + 1 : channels;
    const int H = 1 + b.next() % 12, W = 1 + b.next() % 12;
    const int kh = 1 + b.next() % 5, kw = 1 + b.next() % 5;

    dlt::Volume input(size_t(channels), Eigen::MatrixXd(H, W));
    dlt::Volume filter(size_t(filterChannels), Eigen::MatrixXd(kh, kw));
    bool finite = true;
    for (auto &m : input)
        for (Eigen::Index i = 0; i < m.size(); ++i)
            finite &= std::isfinite(m.data()[i] = value(b));
    for (auto &m : filter)
        for (Eigen::Index i = 0; i < m.size(); ++i)
            finite &= std::isfinite(m.data()[i] = value(b));

    const auto outH = expectedOut(H, kh, spec.stride.h, spec.padding.h, spec.dilation.h);
    const auto outW = expectedOut(W, kw, spec.stride.w, spec.padding.w, spec.dilation.w);
    const bool shouldPass = finite && filterChannels == channels && outH && outW;

    auto g = validate(input, filter, spec);
    FUZZ_CHECK(g.ok() == shouldPass, g.ok() ? "validate accepted a bad problem" : "validate rejected: " + g.error().debugString());
    if (!g.ok()) {
        FUZZ_CHECK(!compute(input, filter, spec).ok(), "compute accepted what validate rejected");
        if (channels == 1 && filterChannels == 1 && !finite) {
            RowMatrixF in = input[0].cast<float>();
            Eigen::MatrixXf k = filter[0].cast<float>();
            FUZZ_CHECK(!correlateFast(in, k, spec).ok(), "fast path accepted a non-finite value");
        }
        return 0;
    }
    FUZZ_CHECK(g->rows.out == *outH && g->cols.out == *outW, axisText(g->rows) + " / " + axisText(g->cols));
    FUZZ_CHECK(g->rows.unreached >= 0 && g->rows.unreached < spec.stride.h, "rows.unreached " + axisText(g->rows));
    FUZZ_CHECK(g->cols.unreached >= 0 && g->cols.unreached < spec.stride.w, "cols.unreached " + axisText(g->cols));

    // Small caps: large paddings pass validate() but are not computed here.
    const long long taps = *outH * *outW * kh * kw * channels;
    if (taps > 100000)
        return 0;
    bool huge = false; // a value whose products can pass the double range
    for (const auto *v : {&input, &filter})
        for (const auto &m : *v)
            huge |= (m.array().abs() > 1e20).any();

    auto ref = compute(input, filter, spec);
    auto t = trace(input, filter, spec);
    if (!ref.ok()) {
        FUZZ_CHECK(huge && ref.error().key == "conv.output_overflow", "compute failed: " + ref.error().debugString());
        FUZZ_CHECK(!t.ok() && t.error().key == ref.error().key && t.error().args == ref.error().args,
                   "trace and compute disagree on the overflow");
        return 0;
    }
    FUZZ_CHECK(ref->rows() == *outH && ref->cols() == *outW, "compute's output has the wrong shape");
    FUZZ_CHECK(ref->allFinite(), "compute returned a non-finite output");
    FUZZ_CHECK(t.ok(), "trace failed on a small valid problem: " + t.error().debugString());
    FUZZ_CHECK(t->steps.size() == size_t(*outH * *outW), "one step per output cell");
    for (const auto &s : t->steps) {
        FUZZ_CHECK(s.taps.size() == size_t(kh * kw * channels), "taps per step");
        double sum = 0;
        for (const auto &tap : s.taps) {
            const bool outside = tap.r < 0 || tap.r >= H || tap.c < 0 || tap.c >= W;
            FUZZ_CHECK(tap.padding == outside, "padding flag");
            FUZZ_CHECK(tap.kr >= 0 && tap.kr < kh && tap.kc >= 0 && tap.kc < kw, "filter cell out of range");
            sum += tap.product;
        }
        FUZZ_CHECK(sum == s.sum, "step sum");
        FUZZ_CHECK(t->output(s.row, s.col) == (*ref)(s.row, s.col), "trace and compute disagree");
    }

    if (channels != 1)
        return 0;
    RowMatrixF in = input[0].cast<float>();
    Eigen::MatrixXf k = filter[0].cast<float>();
    bool exactInFloat = (in.cast<double>().array() == input[0].array()).all()
        && (k.cast<double>().array() == filter[0].array()).all();
    for (FastKernel which : {FastKernel::Baseline, FastKernel::Avx2Fma}) {
        auto fast = correlateFast(in, k, spec, which);
        if (!fast.ok()) {
            // Only values that float cannot hold (1e30 products, 1e308) may fail, as overflow or not finite.
            FUZZ_CHECK(!exactInFloat, "fast path failed: " + fast.error().debugString());
            continue;
        }
        FUZZ_CHECK(fast->rows() == *outH && fast->cols() == *outW, "fast path output shape");
        if (!exactInFloat)
            continue;
        // Rounding bound for a float sum of m products, each exact in double: m·2⁻²³·Σ|products|.
        for (const auto &s : t->steps) {
            double absSum = 0;
            for (const auto &tap : s.taps)
                absSum += std::abs(tap.product);
            const double tol = double(s.taps.size() + 1) * 1.2e-7 * absSum + 1e-30;
            const double diff = std::abs(double((*fast)(s.row, s.col)) - s.sum);
            FUZZ_CHECK(diff <= tol, "fast path differs by " + std::to_string(diff) + " > " + std::to_string(tol));
        }
    }
    return 0;
}
