#pragma once

namespace dlt::rnn::kernels {

/**
 * y = A·x for a column-major n×n matrix A (leading dimension n); x and y hold n doubles and must not overlap.
 * Every y[i] is summed over j = 0..n−1 in order without fused multiply-add, so all CPU variants
 * (baseline, AVX2, AVX-512, chosen at run time) give bit-identical results.
 */
void matvec(const double *a, const double *x, double *y, int n);

/** The same product with the baseline x86-64 code only (for benchmarks and tests; results are identical). */
void matvecBaseline(const double *a, const double *x, double *y, int n);

/** The name of the variant matvec dispatches to on this CPU: "x86-64-v4", "x86-64-v3" or "baseline". */
const char *matvecVariant();

} // namespace dlt::rnn::kernels
