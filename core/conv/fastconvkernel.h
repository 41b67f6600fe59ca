#pragma once

// Internal to core/conv, not public API. The register-blocked row kernel of the fast path,
// written once over a small SIMD traits struct and compiled twice: for the x86-64 baseline in
// fastconv.cpp and for AVX2+FMA in fastconvavx2.cpp. This header includes nothing, so a
// translation unit can include it inside `#pragma GCC target` without compiling any shared
// inline code for AVX2 (which the linker could then hand to baseline callers).

namespace dlt::conv::detail {

/**
 * One output row of a stride-1 correlation over `taps` filter rows:
 * out[j] = Σ_t Σ_v weights[t·kw + v] · rows[t][j + v·dw] for j in [0, n).
 * Every row pointer must be readable from [0, n + (kw−1)·dw).
 */
struct RowTask {
    const float *const *rows = nullptr;
    const float *weights = nullptr;
    int taps = 0;
    int kw = 0;
    int dw = 1;
    int n = 0;
    float *out = nullptr;
};

/** Runs the task with the baseline kernel; returns false if any value written is not finite. */
bool rowKernelBaseline(const RowTask &task);
/** Runs the task with the AVX2+FMA kernel (the CPU must support both); same contract. */
bool rowKernelAvx2Fma(const RowTask &task);

// Accumulates several vectors of one output row across every tap, then stores them once:
// the accumulators stay in registers, each input vector is loaded once per tap.
// T provides V, N, zero(), set1(), load(), store(), fma(a, b, c) = a·b + c, and allZero(v).
template<class T, int Blocks, int KW, bool Unit>
inline int rowBlocks(const RowTask &t, int j, typename T::V &bad)
{
    using V = typename T::V;
    constexpr int N = T::N;
    const int kw = KW > 0 ? KW : t.kw;
    const int dw = Unit ? 1 : t.dw;
    const V zero = T::zero();
    for (; j + Blocks * N <= t.n; j += Blocks * N) {
        V acc[Blocks];
#pragma GCC unroll 16
        for (int b = 0; b < Blocks; ++b)
            acc[b] = zero;
        for (int r = 0; r < t.taps; ++r) {
            const float *row = t.rows[r] + j;
            const float *w = t.weights + r * kw;
#pragma GCC unroll 8
            for (int v = 0; v < kw; ++v) {
                const V wv = T::set1(w[v]);
                const float *p = row + v * dw;
#pragma GCC unroll 16
                for (int b = 0; b < Blocks; ++b)
                    acc[b] = T::fma(wv, T::load(p + b * N), acc[b]);
            }
        }
#pragma GCC unroll 16
        for (int b = 0; b < Blocks; ++b) {
            T::store(t.out + j + b * N, acc[b]);
            bad = T::fma(acc[b], zero, bad); // x·0 is NaN exactly when x is not finite
        }
    }
    return j;
}

template<class T, int KW, bool Unit>
inline bool rowKernelT(const RowTask &t)
{
    typename T::V bad = T::zero();
    int j = rowBlocks<T, 4, KW, Unit>(t, 0, bad);
    j = rowBlocks<T, 1, KW, Unit>(t, j, bad);
    float badTail = 0.0f;
    const int kw = KW > 0 ? KW : t.kw;
    for (; j < t.n; ++j) {
        float s = 0.0f;
        for (int r = 0; r < t.taps; ++r)
            for (int v = 0; v < kw; ++v)
                s += t.weights[r * kw + v] * t.rows[r][j + v * t.dw];
        t.out[j] = s;
        badTail += s * 0.0f;
    }
    return T::allZero(bad) && badTail == 0.0f;
}

/** Dispatches on the filter width so the common widths get fully unrolled tap loops. */
template<class T>
inline bool rowKernelDispatch(const RowTask &t)
{
    switch (t.kw) {
    case 3: return t.dw == 1 ? rowKernelT<T, 3, true>(t) : rowKernelT<T, 3, false>(t);
    case 5: return t.dw == 1 ? rowKernelT<T, 5, true>(t) : rowKernelT<T, 5, false>(t);
    default: return rowKernelT<T, 0, false>(t);
    }
}

} // namespace dlt::conv::detail
