// RNN gradient-lab benchmarks. The headline pair, measured against tests/bench/rnn_numpy.py by
// tests/bench/run_rnn.sh:
//   BM_RnnFullAnalysis/256/1000 — eigenvalues, σ_max, 1000 forward and 1000 backward steps (tanh)
//   BM_RnnRescale/256/1000      — the scale slider's path: spectra scaled, trajectory recomputed
// The rest break the full analysis into its parts and time the small case the page redraws live.

#include "rnn/analysis.h"
#include "rnn/kernels.h"
#include "rnn/presets.h"

#include <benchmark/benchmark.h>

namespace {

using namespace dlt::rnn;

// Random W with ρ ≈ 1.2 (entries N(0, 1.2²/n)), tanh, a small nonzero start so units are active.
Inputs benchInputs(int n, long long steps)
{
    auto in = presetInputs(n == 256 ? Preset::Gaussian256 : Preset::Gaussian, {n, 1.2, 2024});
    Inputs inputs = *in;
    inputs.activation = Activation::Tanh;
    inputs.steps = steps;
    inputs.h0 = Eigen::VectorXd::Constant(n, 0.1);
    return inputs;
}

void BM_RnnFullAnalysis(benchmark::State &state)
{
    const Inputs in = benchInputs(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        auto a = analyze(in);
        if (!a) {
            state.SkipWithError(a.error().debugString().c_str());
            break;
        }
        benchmark::DoNotOptimize(a->gradNorms.log10.data());
    }
}
BENCHMARK(BM_RnnFullAnalysis)->Args({256, 1000})->Args({64, 1000})->Args({2, 100})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RnnRescale(benchmark::State &state)
{
    const Inputs in = benchInputs(int(state.range(0)), state.range(1));
    auto base = analyze(in);
    if (!base) {
        state.SkipWithError(base.error().debugString().c_str());
        return;
    }
    double s = 0.5;
    for (auto _ : state) {
        auto a = rescale(*base, s);
        s = s < 1.5 ? s + 0.01 : 0.5; // a different factor every time, as while dragging
        benchmark::DoNotOptimize(a->gradNorms.log10.data());
    }
}
BENCHMARK(BM_RnnRescale)->Args({256, 1000})->Args({2, 100})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RnnEigenvalues(benchmark::State &state)
{
    const Inputs in = benchInputs(int(state.range(0)), 1);
    for (auto _ : state) {
        auto s = computeSpectra(in.w, false);
        benchmark::DoNotOptimize(s->spectralRadius);
    }
}
BENCHMARK(BM_RnnEigenvalues)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RnnSpectralNorm(benchmark::State &state)
{
    const Inputs in = benchInputs(int(state.range(0)), 1);
    for (auto _ : state) {
        auto s = spectralNorm(in.w);
        benchmark::DoNotOptimize(*s);
    }
}
BENCHMARK(BM_RnnSpectralNorm)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

// The trajectory alone: with the helper thread (what the slider runs) and on one core (what the full
// analysis runs beside the factorisation).
void BM_RnnTrajectory(benchmark::State &state, Cores cores)
{
    auto v = validate(benchInputs(int(state.range(0)), state.range(1)));
    for (auto _ : state) {
        auto t = runTrajectory(*v, {}, cores);
        benchmark::DoNotOptimize(t->gradLn.data());
    }
}
BENCHMARK_CAPTURE(BM_RnnTrajectory, both, Cores::Both)->Args({256, 1000})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_RnnTrajectory, one, Cores::One)->Args({256, 1000})->Unit(benchmark::kMillisecond)->UseRealTime();

// One 256×256 product: the run-time choice against the baseline build of the same loop.
void BM_RnnMatvec(benchmark::State &state, bool dispatched)
{
    const int n = 256;
    const Eigen::MatrixXd w = benchInputs(n, 1).w;
    Eigen::VectorXd x = Eigen::VectorXd::Constant(n, 0.5), y(n);
    for (auto _ : state) {
        if (dispatched)
            kernels::matvec(w.data(), x.data(), y.data(), n);
        else
            kernels::matvecBaseline(w.data(), x.data(), y.data(), n);
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    state.SetLabel(dispatched ? kernels::matvecVariant() : "baseline");
}
BENCHMARK_CAPTURE(BM_RnnMatvec, auto, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_RnnMatvec, baseline, false)->Unit(benchmark::kMicrosecond);

} // namespace
