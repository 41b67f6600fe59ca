#include "kernels.h"

#include <cstddef>

// This file is compiled with -O3 -ffp-contract=off (see CMakeLists.txt). The baseline build targets
// plain x86-64; on GCC/x86-64 the hot loop is also cloned for x86-64-v3 (AVX2) and x86-64-v4
// (AVX-512) and the loader picks one at run time. Never -march=native.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define DLT_RNN_CLONES __attribute__((target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")))
#define DLT_RNN_HAVE_CLONES 1
#else
#define DLT_RNN_CLONES
#define DLT_RNN_HAVE_CLONES 0
#endif

namespace dlt::rnn::kernels {

namespace {

// Four columns per pass: y is read and written once per four columns, and each y[i] still
// accumulates its terms in column order.
[[gnu::always_inline]] inline void matvecBody(const double *__restrict a, const double *__restrict x,
                                              double *__restrict y, int n)
{
    const std::ptrdiff_t ld = n;
    for (int i = 0; i < n; ++i)
        y[i] = 0.0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double *a0 = a + ld * j;
        const double *a1 = a0 + ld;
        const double *a2 = a1 + ld;
        const double *a3 = a2 + ld;
        const double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
        for (int i = 0; i < n; ++i)
            y[i] = (((y[i] + a0[i] * x0) + a1[i] * x1) + a2[i] * x2) + a3[i] * x3;
    }
    for (; j < n; ++j) {
        const double *a0 = a + ld * j;
        const double x0 = x[j];
        for (int i = 0; i < n; ++i)
            y[i] = y[i] + a0[i] * x0;
    }
}

DLT_RNN_CLONES
void matvecDispatched(const double *__restrict a, const double *__restrict x, double *__restrict y, int n)
{
    matvecBody(a, x, y, n);
}

} // namespace

void matvec(const double *a, const double *x, double *y, int n)
{
    matvecDispatched(a, x, y, n);
}

void matvecBaseline(const double *a, const double *x, double *y, int n)
{
    matvecBody(a, x, y, n);
}

const char *matvecVariant()
{
#if DLT_RNN_HAVE_CLONES
    __builtin_cpu_init();
    if (__builtin_cpu_supports("x86-64-v4"))
        return "x86-64-v4";
    if (__builtin_cpu_supports("x86-64-v3"))
        return "x86-64-v3";
#endif
    return "baseline";
}

} // namespace dlt::rnn::kernels
