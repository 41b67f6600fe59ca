#pragma once

#include "activation.h"

#include <cstddef>

namespace dlt::rnn::kernels {

/**
 * y = A·x for a column-major n×n matrix A (leading dimension n); x and y hold n doubles and must not overlap.
 * Every y[i] is summed over j = 0..n−1 in order without fused multiply-add, so all CPU variants
 * (baseline, AVX2, AVX-512, chosen at run time) give bit-identical results. Runs on the calling thread.
 */
void matvec(const double *a, const double *x, double *y, int n);

/**
 * Part of a product with a column-major A (leading dimension ld): for rows i = first..last−1,
 * acc[i − first] = (start ? 0 : acc[i − first]) + Σ a_ij·x_j over j = colBegin..colEnd−1 in column order,
 * without fused multiply-add. Adding the column blocks of a row in a chosen order gives that row the same
 * value on every CPU and whichever row range it is computed in (faster when a is 64-byte aligned and ld a
 * multiple of 8).
 */
void matvecBlock(const double *a, std::ptrdiff_t ld, const double *x, double *acc, int first, int last, int colBegin,
                 int colEnd, bool start);

/** out_i = s·y_i + b_i for n values (out may be y). */
void affine(double s, const double *y, const double *b, double *out, int n);

/** max |v_i| over n values (0 for n = 0); exact, so the same on every CPU. */
double maxAbs(const double *v, int n);

/** Σ v_i² as four partial sums s_r over i ≡ r (mod 4) in order, then (s_0 + s_1) + (s_2 + s_3): the same on every CPU. */
double sumOfSquares(const double *v, int n);

/** out_i = c·x_i for n values. */
void scale(double c, const double *x, double *out, int n);

/** out_i = c·(d_i·u_i) for n values. */
void scaledProduct(double c, const double *d, const double *u, double *out, int n);

/** How many of the n values are below threshold. */
long long countBelow(const double *v, int n, double threshold);

/** The same product with the baseline x86-64 code only (for benchmarks and tests; results are identical). */
void matvecBaseline(const double *a, const double *x, double *y, int n);

/** The name of the variant matvec and activate dispatch to on this CPU: "x86-64-v4", "x86-64-v3" or "baseline". */
const char *matvecVariant();

/**
 * Elementwise over n pre-activations: h = φ(a), d = φ'(a); a, h and d must not overlap.
 * The same formulas as the earlier Eigen code (a Cephes exp with no fused multiply-add), vectorised for
 * the CPU at run time and bit-identical on every CPU; within a few ulps of libm's exp and tanh. Unlike
 * Eigen's exp, which stops at e^−709.78, tiny values of e^−|a| underflow gradually to 0 as they should.
 */
void activate(Activation activation, const double *a, double *h, double *d, int n);

/** activate() with the baseline x86-64 code only (for tests: results are identical). */
void activateBaseline(Activation activation, const double *a, double *h, double *d, int n);

/**
 * One part of one step of a lock-step loop: the work of step `step` (1-based) on rows first..last−1,
 * using the scratch of `lane` (0 or 1). It may read anything the previous steps wrote, but write only its
 * own rows and its lane's scratch. Returns false to stop the loop after this step; both lanes must
 * decide alike, except that lane 0 alone may stop for cancellation. Lane 1 must not throw; an
 * exception from lane 0 ends the loop after that step and leaves lockStep.
 */
using StepFn = bool (*)(void *ctx, long long step, int lane, int first, int last);

/**
 * Where n rows split into two blocks, the lanes of lockStep: ⌊n/2⌋ rounded down to a multiple of 8 for
 * n ≥ 128, else n (one block). A function of n alone, so a computation that follows the blocks is the
 * same on one thread or two.
 */
int splitRow(int n);

/** True when lockStep can run the two lanes on two threads (splitRow(n) < n and two or more hardware threads). */
bool splitAvailable(int n);

/**
 * Runs steps 1..steps of fn, step s + 1 only after all rows of step s. With split and splitAvailable(n),
 * each step runs as fn(ctx, s, 0, 0, k) here and fn(ctx, s, 1, k, n) (k = splitRow(n)) on one persistent
 * helper thread, which polls ~200 µs after a job and then sleeps; the threads meet once per step. A
 * lane-1 part the helper has not taken up within ~4 µs runs here instead (the helper rejoins later), and
 * once the helper is seen preempted in the middle of a step (another process wants the cores), the rest
 * of the job runs here alone, and so do the jobs of the next 20 ms (doubling, up to 640 ms, while every
 * job that asks the helper again finds it preempted). Otherwise, and while the helper is busy
 * with another job, every step runs here as fn(ctx, s, 0, 0, n). fn must give each row the same value
 * whichever lane and range compute it; then results never depend on threading. Returns the last step
 * run (steps, or the step at which fn returned false).
 */
long long lockStep(long long steps, int n, StepFn fn, void *ctx, bool split);

} // namespace dlt::rnn::kernels
