// Convolution benchmarks: the fast path on a 1920×1080 float image with a 3×3 filter (each
// compiled kernel forced, and the run-time choice), a plain scalar loop on the same data, and
// the step trace of the seed's 7×7 example (the editing path). bench_conv_opencv.cpp adds
// OpenCV's cv::filter2D when OpenCV is found. tests/bench/run.sh prints the ratio.

#include "benchconvdata.h"
#include "conv/conv.h"
#include "conv/fastconv.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using dlt::conv::FastKernel;
using dlt::conv::RowMatrixF;

void BM_FastConv(benchmark::State &state, FastKernel kernel)
{
    if (kernel == FastKernel::Avx2Fma && !dlt::conv::avx2FmaSupported()) {
        state.SkipWithError("this CPU lacks AVX2+FMA");
        return;
    }
    const RowMatrixF &in = benchconv::image();
    const Eigen::MatrixXf k = benchconv::kernel3();
    const dlt::conv::Spec spec;
    RowMatrixF out;
    for (auto _ : state) {
        const auto s = dlt::conv::correlateFastInto(in, k, spec, out, kernel);
        if (!s) {
            state.SkipWithError(s.error().debugString().c_str());
            break;
        }
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * out.size());
}
BENCHMARK_CAPTURE(BM_FastConv, auto, FastKernel::Auto)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FastConv, baseline, FastKernel::Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FastConv, avx2fma, FastKernel::Avx2Fma)->Unit(benchmark::kMillisecond);

// The plain loop a student would write: one output cell at a time, every tap in turn.
void BM_ScalarLoop(benchmark::State &state)
{
    const RowMatrixF &in = benchconv::image();
    const Eigen::MatrixXf k = benchconv::kernel3();
    const int h = int(in.rows()), w = int(in.cols()), kh = int(k.rows()), kw = int(k.cols());
    const int oh = h - kh + 1, ow = w - kw + 1;
    std::vector<float> out(size_t(oh) * size_t(ow));
    for (auto _ : state) {
        for (int i = 0; i < oh; ++i)
            for (int j = 0; j < ow; ++j) {
                float s = 0.0f;
                for (int u = 0; u < kh; ++u)
                    for (int v = 0; v < kw; ++v)
                        s += k(u, v) * in(i + u, j + v);
                out[size_t(i) * size_t(ow) + size_t(j)] = s;
            }
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * (long long)out.size());
}
BENCHMARK(BM_ScalarLoop)->Unit(benchmark::kMillisecond);

// The editing path: after a cell edit the page recomputes the whole worked solution.
void BM_TraceSeed7x7(benchmark::State &state)
{
    const dlt::Volume input{dlt::conv::seedInput()};
    const dlt::Volume filter{dlt::conv::presetKernel(dlt::conv::Preset::HorizontalEdge)};
    const dlt::conv::Spec spec;
    for (auto _ : state) {
        auto t = dlt::conv::trace(input, filter, spec);
        if (!t) {
            state.SkipWithError(t.error().debugString().c_str());
            break;
        }
        benchmark::DoNotOptimize(t);
    }
}
BENCHMARK(BM_TraceSeed7x7)->Unit(benchmark::kMicrosecond);

} // namespace
