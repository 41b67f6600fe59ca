#include "demo.h"

#include <algorithm>

namespace dlt::image {

ProgressFn subProgress(const ProgressFn &outer, double from, double to)
{
    if (!outer)
        return {};
    return [outer, from, to](double f) { return outer(from + (to - from) * f); };
}

Result<Matrix> prepareInput(const std::uint8_t *pixels, int width, int height, int bytesPerLine, PixelFormat format,
                            int maxSide, const ProgressFn &progress)
{
    const bool shrink = maxSide > 0 && std::max(width, height) > maxSide;
    auto gray = toGray(pixels, width, height, bytesPerLine, format, subProgress(progress, 0.0, shrink ? 0.5 : 1.0));
    if (!gray || !shrink)
        return gray;
    return downscale(*gray, maxSide, subProgress(progress, 0.5, 1.0));
}

double zeroLevel(const Matrix &gray, const Eigen::MatrixXf &kernel)
{
    if (gray.size() == 0 || kernel.size() == 0)
        return 0;
    return 1e-4 * double(kernel.cwiseAbs().sum()) * double(gray.cwiseAbs().maxCoeff());
}

Result<FeatureMap> featureMap(const Matrix &gray, const Eigen::MatrixXf &kernel, const conv::Spec &spec,
                              const ProgressFn &progress)
{
    auto f = filterImage(gray, kernel, spec, progress);
    if (!f)
        return f.error();
    FeatureMap map;
    map.filtered = std::move(f).value();
    map.range = valueRange(map.filtered.output);
    map.scale = scaleFor(map.range.min, map.range.max, zeroLevel(gray, kernel));
    return map;
}

} // namespace dlt::image
