// Image demo pipeline on a 4000×3000 photo-sized image: RGB → gray, downscale, the banded filter
// (3×3 horizontal edge, fast path) and colouring. Run:
//   build/tests/bench/dltutor_bench --benchmark_filter=Image
#include "conv/conv.h"
#include "image/colormap.h"
#include "image/demo.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

constexpr int kW = 4000, kH = 3000;

const std::vector<std::uint8_t> &photo()
{
    static const std::vector<std::uint8_t> px = [] {
        std::vector<std::uint8_t> v(size_t(kW) * kH * 3);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x) {
                std::uint8_t *p = v.data() + (size_t(y) * kW + x) * 3;
                p[0] = std::uint8_t(x * 7 + y);
                p[1] = std::uint8_t(x ^ y);
                p[2] = std::uint8_t(y * 3);
            }
        return v;
    }();
    return px;
}

const dlt::image::Matrix &gray()
{
    static const dlt::image::Matrix g =
        *dlt::image::toGray(photo().data(), kW, kH, kW * 3, dlt::image::PixelFormat::Rgb8);
    return g;
}

void BM_ImageToGray4000x3000(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(dlt::image::toGray(photo().data(), kW, kH, kW * 3, dlt::image::PixelFormat::Rgb8));
}
BENCHMARK(BM_ImageToGray4000x3000)->Unit(benchmark::kMillisecond);

void BM_ImageDownscale4000x3000To512(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(dlt::image::downscale(gray(), 512));
}
BENCHMARK(BM_ImageDownscale4000x3000To512)->Unit(benchmark::kMillisecond);

void BM_ImageFilter4000x3000Edge3x3(benchmark::State &state)
{
    const Eigen::MatrixXf k = dlt::conv::presetKernel(dlt::conv::Preset::HorizontalEdge).cast<float>();
    for (auto _ : state)
        benchmark::DoNotOptimize(dlt::image::featureMap(gray(), k, dlt::conv::Spec{}, [](double) { return true; }));
}
BENCHMARK(BM_ImageFilter4000x3000Edge3x3)->Unit(benchmark::kMillisecond);

void BM_ImageColorize4000x3000(benchmark::State &state)
{
    std::vector<std::uint8_t> rgb(size_t(kW) * kH * 3);
    const auto scale = dlt::image::scaleFor(-765, 765);
    for (auto _ : state)
        benchmark::DoNotOptimize(dlt::image::colorize(gray(), scale, rgb.data(), kW * 3));
}
BENCHMARK(BM_ImageColorize4000x3000)->Unit(benchmark::kMillisecond);

} // namespace
