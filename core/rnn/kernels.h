#pragma once

#include <cstddef>

namespace dlt::rnn::kernels {

/**
 * y = A·x for a column-major n×n matrix A (leading dimension n); x and y hold n doubles and must not overlap.
 * Every y[i] is summed over j = 0..n−1 in order without fused multiply-add, so all CPU variants
 * (baseline, AVX2, AVX-512, chosen at run time) give bit-identical results. Runs on the calling thread.
 */
void matvec(const double *a, const double *x, double *y, int n);

/**
 * As matvec for A with leading dimension ld ≥ n (faster when a is 64-byte aligned and ld a multiple of 8).
 * For n ≥ 128 on a machine with two or more hardware threads the rows are split with one persistent
 * helper thread (it polls ~200 µs after a product, then sleeps); each y[i] is still the same sum, so
 * the result is bit-identical to matvec's.
 */
void matvecStrided(const double *a, std::ptrdiff_t ld, const double *x, double *y, int n);

/** Rows first..last−1 of the same product into y[first..last−1], on the calling thread; each y[i] is bit-identical to matvec's. */
void matvecRows(const double *a, std::ptrdiff_t ld, const double *x, double *y, int first, int last, int n);

/** A piece of row-wise work: handles rows first..last−1 of n, independently of the other rows. */
using RowFn = void (*)(void *ctx, int first, int last);

/**
 * Runs fn over rows 0..n−1: for n ≥ 128 (with ≥ 2 hardware threads and the helper free) as
 * fn(ctx, 0, k) here and fn(ctx, k, n) on the helper thread at the same time, k a multiple of 8;
 * otherwise fn(ctx, 0, n). fn must write only its own rows and must not call matvec, matvecStrided or forRowRanges.
 */
void forRowRanges(int n, RowFn fn, void *ctx);

/** True when forRowRanges can split an n-row job across the helper thread (n large enough, 2+ cores). */
bool splitAvailable(int n);

/** The same product with the baseline x86-64 code only (for benchmarks and tests; results are identical). */
void matvecBaseline(const double *a, const double *x, double *y, int n);

/** The name of the variant matvec dispatches to on this CPU: "x86-64-v4", "x86-64-v3" or "baseline". */
const char *matvecVariant();

} // namespace dlt::rnn::kernels
