#include "kernels.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <thread>

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

// Rows [0, m) of y = A·x for column-major A with leading dimension ld and n columns. Four columns
// per pass: y is read and written once per four columns, and each y[i] still accumulates its terms
// in column order, so the result of a row does not depend on which row range it was computed in.
[[gnu::always_inline]] inline void matvecBody(const double *__restrict a, const double *__restrict x,
                                              double *__restrict y, int m, int n, std::ptrdiff_t ld)
{
    for (int i = 0; i < m; ++i)
        y[i] = 0.0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double *a0 = a + ld * j;
        const double *a1 = a0 + ld;
        const double *a2 = a1 + ld;
        const double *a3 = a2 + ld;
        const double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
        for (int i = 0; i < m; ++i)
            y[i] = (((y[i] + a0[i] * x0) + a1[i] * x1) + a2[i] * x2) + a3[i] * x3;
    }
    for (; j < n; ++j) {
        const double *a0 = a + ld * j;
        const double x0 = x[j];
        for (int i = 0; i < m; ++i)
            y[i] = y[i] + a0[i] * x0;
    }
}

DLT_RNN_CLONES
void matvecDispatched(const double *__restrict a, const double *__restrict x, double *__restrict y, int m, int n,
                      std::ptrdiff_t ld)
{
    matvecBody(a, x, y, m, n, ld);
}

// The square case on its own, so the compiler knows rows = columns = ld (better code for unaligned A).
DLT_RNN_CLONES
void matvecSquareDispatched(const double *__restrict a, const double *__restrict x, double *__restrict y, int n)
{
    matvecBody(a, x, y, n, n, n);
}

// Below this n one thread is faster than handing half the rows over.
constexpr int kParallelFrom = 128;
// How long the helper polls for the next product before it blocks (a trajectory issues one every few µs).
constexpr auto kSpinFor = std::chrono::microseconds(200);

// One persistent helper thread that computes the lower rows of a product while the caller does the
// upper ones. It polls briefly after each product, then sleeps on a condition variable: never busy when idle.
class RowSplitter
{
public:
    RowSplitter() : m_worker([this] { run(); }) {}
    ~RowSplitter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_one();
        m_worker.join();
    }
    RowSplitter(const RowSplitter &) = delete;
    RowSplitter &operator=(const RowSplitter &) = delete;

    /** Runs fn(ctx, 0, split) here and fn(ctx, split, n) on the helper; false (nothing run) when the helper is in use. */
    bool trySplit(int n, RowFn fn, void *ctx)
    {
        std::unique_lock busy(m_busy, std::try_to_lock);
        if (!busy.owns_lock())
            return false;
        const int split = (n / 2) & ~7; // a multiple of 8: both ranges start on the same alignment as row 0
        m_fn = fn;
        m_ctx = ctx;
        m_first = split;
        m_last = n;
        const std::uint64_t job = m_posted.load(std::memory_order_relaxed) + 1;
        m_posted.store(job, std::memory_order_seq_cst);
        if (m_sleeping.load(std::memory_order_seq_cst)) {
            std::lock_guard lock(m_mutex);
            m_cv.notify_one();
        }
        fn(ctx, 0, split);
        while (m_done.load(std::memory_order_acquire) != job) {
#if defined(__x86_64__)
            __builtin_ia32_pause();
#endif
        }
        return true;
    }

    /** True while the helper polls for work (then it counts as a runnable thread itself). */
    bool polling() const { return !m_sleeping.load(std::memory_order_relaxed); }

private:
    void run()
    {
        std::uint64_t seen = 0;
        for (;;) {
            const auto until = std::chrono::steady_clock::now() + kSpinFor;
            std::uint64_t job = m_posted.load(std::memory_order_acquire);
            for (int k = 0; job == seen; ++k) {
                if ((k & 255) == 255 && std::chrono::steady_clock::now() > until)
                    break;
#if defined(__x86_64__)
                __builtin_ia32_pause();
#endif
                job = m_posted.load(std::memory_order_acquire);
            }
            if (job == seen) {
                std::unique_lock lock(m_mutex);
                m_sleeping.store(true, std::memory_order_seq_cst);
                m_cv.wait(lock, [&] { return m_stop || m_posted.load(std::memory_order_seq_cst) != seen; });
                m_sleeping.store(false, std::memory_order_relaxed);
                if (m_stop)
                    return;
                job = m_posted.load(std::memory_order_acquire);
            }
            m_fn(m_ctx, m_first, m_last);
            seen = job;
            m_done.store(job, std::memory_order_release);
        }
    }

    std::mutex m_busy; // one product at a time
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    std::atomic<bool> m_sleeping{false};
    std::atomic<std::uint64_t> m_posted{0};
    std::atomic<std::uint64_t> m_done{0};
    RowFn m_fn = nullptr;
    void *m_ctx = nullptr;
    int m_first = 0;
    int m_last = 0;
    std::thread m_worker;
};

struct MatvecArgs {
    const double *a;
    std::ptrdiff_t ld;
    const double *x;
    double *y;
    int n;
};

void matvecRowRange(void *ctx, int first, int last)
{
    const auto &m = *static_cast<const MatvecArgs *>(ctx);
    matvecRows(m.a, m.ld, m.x, m.y, first, last, m.n);
}

RowSplitter *splitter()
{
    static const bool useful = std::thread::hardware_concurrency() >= 2;
    if (!useful)
        return nullptr;
    static RowSplitter instance;
    return &instance;
}

} // namespace

void matvec(const double *a, const double *x, double *y, int n)
{
    matvecSquareDispatched(a, x, y, n);
}

void matvecStrided(const double *a, std::ptrdiff_t ld, const double *x, double *y, int n)
{
    if (n >= kParallelFrom) {
        MatvecArgs args{a, ld, x, y, n};
        if (RowSplitter *rs = splitter(); rs && rs->trySplit(n, matvecRowRange, &args))
            return;
    }
    matvecDispatched(a, x, y, n, n, ld);
}

void matvecRows(const double *a, std::ptrdiff_t ld, const double *x, double *y, int first, int last, int n)
{
    // Through an aligned local buffer: when two threads fill neighbouring row ranges, writing y
    // directly would bounce the cache line they share once per four columns.
    constexpr int kChunk = 256;
    alignas(64) double buf[kChunk];
    for (int r = first; r < last; r += kChunk) {
        const int m = std::min(kChunk, last - r);
        matvecDispatched(a + r, x, buf, m, n, ld);
        std::copy(buf, buf + m, y + r);
    }
}

bool splitAvailable(int n)
{
    return n >= kParallelFrom && splitter() != nullptr;
}

void forRowRanges(int n, RowFn fn, void *ctx)
{
    if (n >= kParallelFrom) {
        if (RowSplitter *rs = splitter(); rs && rs->trySplit(n, fn, ctx))
            return;
    }
    fn(ctx, 0, n);
}

void matvecBaseline(const double *a, const double *x, double *y, int n)
{
    matvecBody(a, x, y, n, n, n);
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
