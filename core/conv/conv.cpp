#include "conv.h"

#include <cmath>
#include <cstdint>

namespace dlt::conv {

Result<AxisSize> axisSize(int n, int k, int stride, int padding, int dilation, const std::string &axis)
{
    if (stride < 1)
        return Error("conv.bad_stride").with("axis", axis).with("value", (long long)stride);
    if (dilation < 1)
        return Error("conv.bad_dilation").with("axis", axis).with("value", (long long)dilation);
    if (padding < 0 || padding > kMaxSide)
        return Error("conv.bad_padding").with("axis", axis).with("value", (long long)padding);
    if (dilation > kMaxSide || stride > kMaxSide)
        return Error(stride > kMaxSide ? "conv.bad_stride" : "conv.bad_dilation")
            .with("axis", axis)
            .with("value", (long long)(stride > kMaxSide ? stride : dilation));
    AxisSize a;
    a.n = n;
    a.k = k;
    a.stride = stride;
    a.padding = padding;
    a.dilation = dilation;
    // 64-bit intermediates: every factor is bounded by kMaxSide, so none of these overflow.
    const long long eff = (long long)dilation * (k - 1) + 1;
    const long long padded = (long long)n + 2LL * padding;
    if (eff > padded)
        return Error("conv.filter_too_large").with("axis", axis).with("effective", eff).with("padded", padded);
    a.effectiveKernel = int(eff);
    a.padded = int(padded);
    a.numerator = int(padded - eff);
    a.remainder = a.numerator % stride;
    a.out = a.numerator / stride + 1;
    if (a.out > kMaxSide)
        return Error("conv.output_too_large").with("axis", axis).with("out", (long long)a.out).with("max", (long long)kMaxSide);
    a.unreached = int(padded - ((long long)(a.out - 1) * stride + eff));
    return a;
}

namespace {

Status checkVolume(const Volume &v, const char *which)
{
    if (v.empty() || v.front().size() == 0)
        return Error("conv.empty").with("which", std::string(which));
    if (v.size() > size_t(kMaxChannels))
        return Error("conv.too_many_channels")
            .with("which", std::string(which))
            .with("channels", (long long)v.size())
            .with("max", (long long)kMaxChannels);
    const auto rows = v.front().rows(), cols = v.front().cols();
    if (rows > kMaxSide || cols > kMaxSide)
        return Error("conv.too_large")
            .with("which", std::string(which))
            .with("rows", (long long)rows)
            .with("cols", (long long)cols)
            .with("max", (long long)kMaxSide);
    for (size_t c = 0; c < v.size(); ++c) {
        if (v[c].rows() != rows || v[c].cols() != cols)
            return Error("conv.channel_shape").with("which", std::string(which)).with("channel", (long long)(c + 1));
        for (Eigen::Index i = 0; i < rows; ++i)
            for (Eigen::Index j = 0; j < cols; ++j)
                if (!std::isfinite(v[c](i, j)))
                    return Error("conv.not_finite")
                        .with("which", std::string(which))
                        .with("channel", (long long)(c + 1))
                        .with("row", (long long)(i + 1))
                        .with("col", (long long)(j + 1));
    }
    return Ok{};
}

// Finite inputs whose products or sum pass the double range (e.g. 1e308 · 2): the cell is 1-based.
Error outputOverflow(int i, int j)
{
    return Error("conv.output_overflow").with("row", (long long)(i + 1)).with("col", (long long)(j + 1));
}

// Calls f(tapIndex, channel, kr, kc, r, c) for every tap of output cell (i, j), in window order.
template<class F>
void forEachTap(const Geometry &g, const Spec &spec, int i, int j, F &&f)
{
    const int kh = g.rows.k, kw = g.cols.k;
    for (int ch = 0; ch < g.channels; ++ch)
        for (int u = 0; u < kh; ++u)
            for (int v = 0; v < kw; ++v) {
                const int r = i * spec.stride.h + u * spec.dilation.h - spec.padding.h;
                const int c = j * spec.stride.w + v * spec.dilation.w - spec.padding.w;
                const int kr = spec.mode == Mode::Convolution ? kh - 1 - u : u;
                const int kc = spec.mode == Mode::Convolution ? kw - 1 - v : v;
                f(ch, kr, kc, r, c);
            }
}

} // namespace

Result<Geometry> validate(const Volume &input, const Volume &filter, const Spec &spec)
{
    if (auto s = checkVolume(input, "input"); !s)
        return s.error();
    if (auto s = checkVolume(filter, "filter"); !s)
        return s.error();
    if (input.size() != filter.size())
        return Error("conv.channel_mismatch").with("input", (long long)input.size()).with("filter", (long long)filter.size());
    Geometry g;
    g.channels = int(input.size());
    auto rows = axisSize(int(input.front().rows()), int(filter.front().rows()), spec.stride.h, spec.padding.h,
                         spec.dilation.h, "rows");
    if (!rows)
        return rows.error();
    auto cols = axisSize(int(input.front().cols()), int(filter.front().cols()), spec.stride.w, spec.padding.w,
                         spec.dilation.w, "cols");
    if (!cols)
        return cols.error();
    g.rows = *rows;
    g.cols = *cols;
    return g;
}

Result<Trace> trace(const Volume &input, const Volume &filter, const Spec &spec)
{
    auto g = validate(input, filter, spec);
    if (!g)
        return g.error();
    const long long taps = (long long)g->rows.out * g->cols.out * g->rows.k * g->cols.k * g->channels;
    if (taps > kMaxTraceTaps)
        return Error("conv.trace_too_large").with("taps", taps).with("max", kMaxTraceTaps);

    Trace t;
    t.geometry = *g;
    t.output.resize(g->rows.out, g->cols.out);
    t.steps.reserve(size_t(g->rows.out) * size_t(g->cols.out));
    const int H = g->rows.n, W = g->cols.n;
    for (int i = 0; i < g->rows.out; ++i)
        for (int j = 0; j < g->cols.out; ++j) {
            Step s;
            s.row = i;
            s.col = j;
            s.taps.reserve(size_t(g->rows.k * g->cols.k * g->channels));
            forEachTap(*g, spec, i, j, [&](int ch, int kr, int kc, int r, int c) {
                Tap tap;
                tap.channel = ch;
                tap.kr = kr;
                tap.kc = kc;
                tap.r = r;
                tap.c = c;
                tap.padding = r < 0 || r >= H || c < 0 || c >= W;
                tap.weight = filter[size_t(ch)](kr, kc);
                tap.value = tap.padding ? 0.0 : input[size_t(ch)](r, c);
                tap.product = tap.weight * tap.value;
                s.sum += tap.product;
                s.taps.push_back(tap);
            });
            if (!std::isfinite(s.sum))
                return outputOverflow(i, j);
            t.output(i, j) = s.sum;
            t.steps.push_back(std::move(s));
        }
    return t;
}

Result<Eigen::MatrixXd> compute(const Volume &input, const Volume &filter, const Spec &spec)
{
    auto g = validate(input, filter, spec);
    if (!g)
        return g.error();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(g->rows.out, g->cols.out);
    const int H = g->rows.n, W = g->cols.n;
    // Same arithmetic and summation order as trace(), without recording taps.
    for (int i = 0; i < g->rows.out; ++i)
        for (int j = 0; j < g->cols.out; ++j) {
            double sum = 0;
            forEachTap(*g, spec, i, j, [&](int ch, int kr, int kc, int r, int c) {
                if (r >= 0 && r < H && c >= 0 && c < W)
                    sum += filter[size_t(ch)](kr, kc) * input[size_t(ch)](r, c);
                else
                    sum += filter[size_t(ch)](kr, kc) * 0.0;
            });
            if (!std::isfinite(sum))
                return outputOverflow(i, j);
            out(i, j) = sum;
        }
    return out;
}

const std::vector<Preset> &allPresets()
{
    static const std::vector<Preset> all = {Preset::HorizontalEdge, Preset::VerticalEdge, Preset::SobelX, Preset::SobelY,
                                            Preset::Identity, Preset::BoxBlur, Preset::Sharpen, Preset::Laplacian};
    return all;
}

std::string presetKey(Preset p)
{
    switch (p) {
    case Preset::HorizontalEdge: return "horizontal_edge";
    case Preset::VerticalEdge: return "vertical_edge";
    case Preset::SobelX: return "sobel_x";
    case Preset::SobelY: return "sobel_y";
    case Preset::Identity: return "identity";
    case Preset::BoxBlur: return "box_blur";
    case Preset::Sharpen: return "sharpen";
    case Preset::Laplacian: return "laplacian";
    }
    return "identity";
}

Eigen::MatrixXd presetKernel(Preset p)
{
    Eigen::MatrixXd k(3, 3);
    switch (p) {
    case Preset::HorizontalEdge: k << 1, 1, 1, 0, 0, 0, -1, -1, -1; break; // the seed's filter
    case Preset::VerticalEdge: k << 1, 0, -1, 1, 0, -1, 1, 0, -1; break;
    case Preset::SobelX: k << -1, 0, 1, -2, 0, 2, -1, 0, 1; break;
    case Preset::SobelY: k << -1, -2, -1, 0, 0, 0, 1, 2, 1; break;
    case Preset::Identity: k << 0, 0, 0, 0, 1, 0, 0, 0, 0; break;
    case Preset::BoxBlur: k.setConstant(1.0 / 9.0); break;
    case Preset::Sharpen: k << 0, -1, 0, -1, 5, -1, 0, -1, 0; break;
    case Preset::Laplacian: k << 0, 1, 0, 1, -4, 1, 0, 1, 0; break;
    }
    return k;
}

Eigen::MatrixXd seedInput()
{
    Eigen::MatrixXd m(7, 7);
    m << 6, 3, 4, 4, 5, 0, 3, //
        4, 7, 4, 0, 4, 0, 4,  //
        7, 0, 2, 3, 4, 5, 2,  //
        3, 7, 5, 0, 3, 0, 7,  //
        5, 8, 1, 2, 5, 4, 2,  //
        8, 0, 1, 0, 6, 0, 0,  //
        6, 4, 1, 3, 0, 4, 5;
    return m;
}

Eigen::MatrixXd randomIntegers(int rows, int cols, int lo, int hi, unsigned long long seed)
{
    // splitmix64: fixed arithmetic, so the same seed gives the same matrix everywhere.
    Eigen::MatrixXd m(rows, cols);
    std::uint64_t x = seed;
    const std::uint64_t span = std::uint64_t((long long)hi - lo + 1);
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            x += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            z ^= z >> 31;
            m(i, j) = double(lo + (long long)(z % span));
        }
    return m;
}

} // namespace dlt::conv
