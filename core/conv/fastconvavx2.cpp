// The fast path's hot kernel compiled for AVX2+FMA (x86-64-v3). Only fastconv.cpp calls it, and
// only after checking the CPU at run time, so the binary still runs on any x86-64.
//
// Every header that defines inline code is included BEFORE the target pragma: otherwise an
// AVX2 copy of a shared inline function could be linked into baseline code. fastconvkernel.h
// includes nothing, and everything defined under the pragma has internal linkage or is the one
// entry point below.

#if defined(__x86_64__)

#include <immintrin.h>

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2,fma")
#endif

#include "fastconvkernel.h"

namespace dlt::conv::detail {
namespace {

struct Avx2Fma {
    using V = __m256;
    static constexpr int N = 8;
    static V zero() { return _mm256_setzero_ps(); }
    static V set1(float x) { return _mm256_set1_ps(x); }
    static V load(const float *p) { return _mm256_loadu_ps(p); }
    static void store(float *p, V v) { _mm256_storeu_ps(p, v); }
    static V fma(V a, V b, V c) { return _mm256_fmadd_ps(a, b, c); }
    static bool allZero(V v) { return _mm256_movemask_ps(_mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_NEQ_UQ)) == 0; }
};

} // namespace

bool rowKernelAvx2Fma(const RowTask &task)
{
    return rowKernelDispatch<Avx2Fma>(task);
}

} // namespace dlt::conv::detail

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

#endif // __x86_64__
