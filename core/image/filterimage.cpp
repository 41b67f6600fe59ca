#include "filterimage.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace dlt::image {

namespace {

Error notFinite(const char *which, Eigen::Index row, Eigen::Index col)
{
    return Error("conv.not_finite")
        .with("which", std::string(which))
        .with("channel", 1LL)
        .with("row", (long long)row + 1)
        .with("col", (long long)col + 1);
}

} // namespace

int bandRows(int outCols, int kh, int kw)
{
    const long long perRow = std::max(1LL, (long long)outCols * kh * kw);
    return int(std::clamp(2'000'000LL / perRow, 1LL, (long long)conv::kMaxSide));
}

Result<Filtered> filterImage(const Matrix &image, const Eigen::MatrixXf &kernel, const conv::Spec &spec,
                             const ProgressFn &progress, int rowsPerBand)
{
    const auto side = [](Eigen::Index n) { return int(std::min<Eigen::Index>(n, conv::kMaxSide + 1)); };
    auto g = conv::fastGeometry(side(image.rows()), side(image.cols()), side(kernel.rows()), side(kernel.cols()), spec);
    if (!g)
        return g.error();
    // Checked here so the error names the cell in whole-image coordinates (a band call would
    // name it within the band) and so cells no band reads are checked too.
    for (Eigen::Index u = 0; u < kernel.rows(); ++u)
        for (Eigen::Index v = 0; v < kernel.cols(); ++v)
            if (!std::isfinite(kernel(u, v)))
                return notFinite("filter", u, v);
    for (Eigen::Index r = 0; r < image.rows(); ++r)
        for (Eigen::Index c = 0; c < image.cols(); ++c)
            if (!std::isfinite(image(r, c)))
                return notFinite("input", r, c);

    const conv::AxisSize &rows = g->rows;
    const int h = rows.n, w = g->cols.n, kh = rows.k, kw = g->cols.k;
    const int oh = rows.out, ow = g->cols.out;
    const conv::RowMatrixF k = kernel; // row-major, contiguous
    Filtered result;
    result.geometry = *g;
    result.output.resize(oh, ow);

    // A band of n output rows starting at i0 reads input rows first .. first + (n−1)·s + eff − 1
    // (unpadded coordinates, eff = d·(kh−1)+1). Inside the image the band reads the image in place
    // with no row padding; a band that reaches the padding reads a copy with its zero rows filled in.
    // A band's slab must itself stay within the per-side limit of the fast path.
    const int fit = std::max(1, (conv::kMaxSide - rows.effectiveKernel) / rows.stride + 1);
    const int per = std::min(rowsPerBand > 0 ? rowsPerBand : bandRows(ow, kh, kw), fit);
    conv::Spec bandSpec = spec;
    bandSpec.padding.h = 0;
    std::vector<float> slab;
    for (int i0 = 0; i0 < oh; i0 += per) {
        const int n = std::min(per, oh - i0);
        const long long first = (long long)i0 * rows.stride - rows.padding;
        const long long count = (long long)(n - 1) * rows.stride + rows.effectiveKernel;
        const float *in = nullptr;
        if (first >= 0 && first + count <= h) {
            in = image.data() + std::ptrdiff_t(first) * w;
        } else {
            slab.assign(size_t(count) * size_t(w), 0.0f);
            for (long long r = std::max(0LL, first); r < std::min<long long>(h, first + count); ++r)
                std::memcpy(slab.data() + std::ptrdiff_t(r - first) * w, image.data() + std::ptrdiff_t(r) * w,
                            sizeof(float) * size_t(w));
            in = slab.data();
        }
        auto band = conv::correlateFast(in, int(count), w, w, k.data(), kh, kw, bandSpec,
                                        result.output.data() + std::ptrdiff_t(i0) * ow, ow);
        if (!band)
            return band.error();
        if (progress && !progress(double(i0 + n) / oh))
            return Error("image.cancelled");
    }
    return result;
}

ValueRange valueRange(const Matrix &m)
{
    if (m.size() == 0)
        return {};
    return {double(m.minCoeff()), double(m.maxCoeff())};
}

} // namespace dlt::image
