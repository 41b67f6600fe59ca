#include "grayimage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace dlt::image {

namespace {

// Progress is reported (and cancellation checked) once per this many rows.
constexpr int kRowsPerReport = 64;

Error cancelled()
{
    return Error("image.cancelled");
}

// The input pixels one output pixel covers along one axis, with their covered fractions.
struct Coverage {
    std::vector<int> first;          ///< per output index: offset into index/weight
    std::vector<int> index;          ///< input indices
    std::vector<double> weight;      ///< covered length / output pixel length (sums to 1)
};

// Output pixel o covers [o·n/m, (o+1)·n/m) of the n input pixels.
Coverage coverage(int n, int m)
{
    Coverage cov;
    cov.first.reserve(size_t(m) + 1);
    const double scale = double(n) / double(m);
    for (int o = 0; o < m; ++o) {
        cov.first.push_back(int(cov.index.size()));
        const double a = o * scale, b = (o + 1) * scale;
        const int i0 = int(std::floor(a));
        const int i1 = std::min(n - 1, int(std::ceil(b)) - 1);
        for (int i = i0; i <= i1; ++i) {
            const double overlap = std::min(b, double(i + 1)) - std::max(a, double(i));
            if (overlap > 0) {
                cov.index.push_back(i);
                cov.weight.push_back(overlap / scale);
            }
        }
    }
    cov.first.push_back(int(cov.index.size()));
    return cov;
}

} // namespace

Result<Matrix> toGray(const std::uint8_t *data, int width, int height, int bytesPerLine, PixelFormat format,
                      const ProgressFn &progress)
{
    if (width <= 0 || height <= 0)
        return Error("image.empty").with("width", (long long)width).with("height", (long long)height);
    if (width > kMaxImageSide || height > kMaxImageSide)
        return Error("image.too_large")
            .with("width", (long long)width)
            .with("height", (long long)height)
            .with("max", (long long)kMaxImageSide);
    const int bytesPerPixel = format == PixelFormat::Gray8 ? 1 : format == PixelFormat::Rgb8 ? 3 : 4;
    if (data == nullptr || (long long)bytesPerLine < (long long)width * bytesPerPixel)
        return Error("image.layout");

    // Per-channel tables: luma = r[R] + g[G] + b[B], summed in double.
    std::array<double, 256> lr{}, lg{}, lb{};
    for (int v = 0; v < 256; ++v) {
        lr[size_t(v)] = kLumaR * v;
        lg[size_t(v)] = kLumaG * v;
        lb[size_t(v)] = kLumaB * v;
    }
    Matrix out(height, width);
    for (int y = 0; y < height; ++y) {
        if (progress && y % kRowsPerReport == 0 && !progress(double(y) / height))
            return cancelled();
        const std::uint8_t *p = data + std::ptrdiff_t(y) * bytesPerLine;
        float *o = out.data() + std::ptrdiff_t(y) * width;
        switch (format) {
        case PixelFormat::Gray8:
            for (int x = 0; x < width; ++x)
                o[x] = float(p[x]);
            break;
        case PixelFormat::Rgb8:
            for (int x = 0; x < width; ++x, p += 3)
                o[x] = float(lr[p[0]] + lg[p[1]] + lb[p[2]]);
            break;
        case PixelFormat::Rgba8:
            for (int x = 0; x < width; ++x, p += 4) {
                const double a = p[3] / 255.0;
                o[x] = float(a * (lr[p[0]] + lg[p[1]] + lb[p[2]]) + (1.0 - a) * 255.0);
            }
            break;
        }
    }
    if (progress && !progress(1.0))
        return cancelled();
    return out;
}

Size downscaledSize(int rows, int cols, int maxSide)
{
    const int longer = std::max(rows, cols);
    if (maxSide < 1 || longer <= maxSide)
        return {rows, cols};
    const double f = double(maxSide) / double(longer);
    const auto side = [&](int n) { return n == longer ? maxSide : std::max(1, int(std::lround(n * f))); };
    return {side(rows), side(cols)};
}

Result<Matrix> downscale(const Matrix &image, int maxSide, const ProgressFn &progress)
{
    if (image.rows() == 0 || image.cols() == 0)
        return Error("image.empty").with("width", (long long)image.cols()).with("height", (long long)image.rows());
    if (maxSide < 1)
        return Error("image.bad_max_side").with("value", (long long)maxSide);
    const int h = int(image.rows()), w = int(image.cols());
    const Size to = downscaledSize(h, w, maxSide);
    if (to.rows == h && to.cols == w)
        return image;

    // Separable: average across columns into h×cols, then down the rows.
    const Coverage cx = coverage(w, to.cols), cy = coverage(h, to.rows);
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> across(h, to.cols);
    for (int y = 0; y < h; ++y) {
        if (progress && y % kRowsPerReport == 0 && !progress(0.5 * y / h))
            return cancelled();
        const float *row = image.data() + std::ptrdiff_t(y) * w;
        for (int o = 0; o < to.cols; ++o) {
            double s = 0;
            for (int t = cx.first[size_t(o)]; t < cx.first[size_t(o) + 1]; ++t)
                s += cx.weight[size_t(t)] * row[cx.index[size_t(t)]];
            across(y, o) = s;
        }
    }
    Matrix out(to.rows, to.cols);
    for (int o = 0; o < to.rows; ++o) {
        if (progress && o % kRowsPerReport == 0 && !progress(0.5 + 0.5 * o / to.rows))
            return cancelled();
        Eigen::RowVectorXd s = Eigen::RowVectorXd::Zero(to.cols);
        for (int t = cy.first[size_t(o)]; t < cy.first[size_t(o) + 1]; ++t)
            s += cy.weight[size_t(t)] * across.row(cy.index[size_t(t)]);
        out.row(o) = s.cast<float>();
    }
    if (progress && !progress(1.0))
        return cancelled();
    return out;
}

} // namespace dlt::image
