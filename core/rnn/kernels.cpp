#include "kernels.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif

// This file is compiled with -O3 -ffp-contract=off -fno-trapping-math (see CMakeLists.txt): -O3
// vectorises the loops, no contraction keeps every CPU variant bit-identical, and without trapping
// math the selects in the activation loops vectorise (it changes no value). The baseline build targets
// plain x86-64; on GCC/x86-64 the hot loops are also cloned for x86-64-v3 (AVX2) and x86-64-v4
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

// ---------------------------------------------------------------- y = A·x

// Rows [0, m) of y = A·x for column-major A with leading dimension ld, over columns c0..c1−1 only, added
// to y (or to zeros when start). Four columns per pass: y is read and written once per four columns,
// and each y[i] still accumulates its terms in column order, so the result of a row does not depend on
// which row range it was computed in.
[[gnu::always_inline]] inline void matvecBody(const double *__restrict a, const double *__restrict x,
                                              double *__restrict y, int m, int c0, int c1, std::ptrdiff_t ld,
                                              bool start)
{
    if (start)
        for (int i = 0; i < m; ++i)
            y[i] = 0.0;
    int j = c0;
    for (; j + 4 <= c1; j += 4) {
        const double *a0 = a + ld * j;
        const double *a1 = a0 + ld;
        const double *a2 = a1 + ld;
        const double *a3 = a2 + ld;
        const double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
        for (int i = 0; i < m; ++i)
            y[i] = (((y[i] + a0[i] * x0) + a1[i] * x1) + a2[i] * x2) + a3[i] * x3;
    }
    for (; j < c1; ++j) {
        const double *a0 = a + ld * j;
        const double x0 = x[j];
        for (int i = 0; i < m; ++i)
            y[i] = y[i] + a0[i] * x0;
    }
}

DLT_RNN_CLONES
void matvecDispatched(const double *__restrict a, const double *__restrict x, double *__restrict y, int m, int c0,
                      int c1, std::ptrdiff_t ld, bool start)
{
    matvecBody(a, x, y, m, c0, c1, ld, start);
}

// The square case on its own, so the compiler knows rows = columns = ld (better code for unaligned A).
DLT_RNN_CLONES
void matvecSquareDispatched(const double *__restrict a, const double *__restrict x, double *__restrict y, int n)
{
    matvecBody(a, x, y, n, 0, n, n, true);
}

// ---------------------------------------------------------------- small vector loops

DLT_RNN_CLONES
double maxAbsDispatched(const double *__restrict v, int n)
{
    // Eight running maxima (max is exact: any grouping gives the same value), then their maximum.
    double m[8] = {};
    int i = 0;
    for (; i + 8 <= n; i += 8)
        for (int r = 0; r < 8; ++r) {
            const double x = v[i + r] < 0 ? -v[i + r] : v[i + r];
            m[r] = m[r] < x ? x : m[r];
        }
    for (; i < n; ++i) {
        const double x = v[i] < 0 ? -v[i] : v[i];
        m[0] = m[0] < x ? x : m[0];
    }
    double out = 0.0;
    for (double x : m)
        out = out < x ? x : out;
    return out;
}

DLT_RNN_CLONES
double sumOfSquaresDispatched(const double *__restrict v, int n)
{
    // Four partial sums: shorter dependency chain, same order on every CPU.
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += v[i] * v[i];
        s1 += v[i + 1] * v[i + 1];
        s2 += v[i + 2] * v[i + 2];
        s3 += v[i + 3] * v[i + 3];
    }
    for (; i < n; ++i)
        s0 += v[i] * v[i];
    return (s0 + s1) + (s2 + s3);
}

DLT_RNN_CLONES
void scaledProductDispatched(double c, const double *__restrict d, const double *__restrict u, double *__restrict out,
                             int n)
{
    for (int i = 0; i < n; ++i)
        out[i] = c * (d[i] * u[i]);
}

DLT_RNN_CLONES
void scaleDispatched(double c, const double *__restrict x, double *__restrict out, int n)
{
    for (int i = 0; i < n; ++i)
        out[i] = c * x[i];
}

DLT_RNN_CLONES
void affineDispatched(double s, const double *__restrict y, const double *__restrict b, double *__restrict out, int n)
{
    for (int i = 0; i < n; ++i)
        out[i] = s * y[i] + b[i];
}

DLT_RNN_CLONES
long long countBelowDispatched(const double *__restrict v, int n, double threshold)
{
    long long count = 0;
    for (int i = 0; i < n; ++i)
        count += v[i] < threshold ? 1 : 0;
    return count;
}

// ---------------------------------------------------------------- h = φ(a), d = φ'(a)

// ⌊z⌋ exactly for |z| < 2^51: adding and removing 1.5·2^52 rounds to the nearest integer.
[[gnu::always_inline]] inline double floorSmall(double z)
{
    const double t = (z + 0x1.8p52) - 0x1.8p52;
    return t > z ? t - 1.0 : t;
}

// 2^k for an integral k in [−1022, 1023], built in the exponent field.
[[gnu::always_inline]] inline double pow2(double k)
{
    const std::uint64_t biased = std::bit_cast<std::uint64_t>(k + (1023.0 + 0x1p52)) - std::bit_cast<std::uint64_t>(0x1p52);
    return std::bit_cast<double>(biased << 52);
}

// e^x for x ≤ 0 with Eigen 3.4's double pexp (Cephes: x = g + f·ln2, a rational approximation of e^g),
// operation for operation as Eigen's SSE2 code runs it, so the values are bit-identical to the earlier
// Eigen-based activation wherever Eigen's result is right (x ≥ −709.78). Below that Eigen clamps x and
// returns ~5.6e-309; here 2^f is applied as two exact factors, so the result underflows gradually and
// correctly rounded to 0 (at x = −746, clamped to stay in range, it is 0).
[[gnu::always_inline]] inline double expNonPositive(double x)
{
    const double xc = x < -746.0 ? -746.0 : x;
    const double f = floorSmall(1.4426950408889634073599 * xc + 0.5);
    double g = xc - f * 0.693145751953125;
    g = g - f * 1.42860682030941723212e-6;
    const double g2 = g * g;
    double p = 1.26177193074810590878e-4;
    p = p * g2 + 3.02994407707441961300e-2;
    p = p * g2 + 9.99999999999999999910e-1;
    p = p * g;
    double q = 3.00198505138664455042e-6;
    q = q * g2 + 2.52448340349684104192e-3;
    q = q * g2 + 2.27265548208155028766e-1;
    q = q * g2 + 2.00000000000000000009e0;
    double r = p / (q - p);
    r = 2.0 * r + 1.0;
    const double f1 = (f * 0.5 + 0x1.8p52) - 0x1.8p52; // f = f1 + f2 with both ≥ −538: each factor is normal
    return (r * pow2(f1)) * pow2(f - f1);
}

// Below this |a|, tanh via e = exp(−2|a|) loses relative accuracy to cancellation in 1 − e,
// so those entries use the Taylor series instead (as activation.cpp's reference did).
constexpr double kTanhSeriesBelow = 0.2;

// The formulas of the earlier Eigen expressions, in the same order of operations.
[[gnu::always_inline]] inline void activateBody(Activation activation, const double *__restrict a, double *__restrict h,
                                                double *__restrict d, int n)
{
    switch (activation) {
    case Activation::Sigmoid:
        for (int i = 0; i < n; ++i) {
            const double x = a[i];
            const double e = expNonPositive(-(x < 0 ? -x : x));
            const double inv = 1.0 / (1.0 + e);
            h[i] = x >= 0 ? inv : e * inv;
            d[i] = e * inv * inv; // σ' = e/(1 + e)²: exact in both tails
        }
        break;
    case Activation::Tanh:
        for (int i = 0; i < n; ++i) {
            const double x = a[i];
            const double ax = x < 0 ? -x : x;
            const double e = expNonPositive(-2.0 * ax);
            const double inv = 1.0 / (1.0 + e);
            d[i] = 4.0 * e * inv * inv; // 1 − tanh² = 4e/(1 + e)²
            // The odd Taylor series (10 terms, coefficients 2^2k(2^2k − 1)B_2k/(2k)!): error < 1e-18 below 0.2.
            const double x2 = x * x;
            const double series =
                x + x * x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835 + x2 * (-1382.0 / 155925
                + x2 * (21844.0 / 6081075 + x2 * (-929569.0 / 638512875 + x2 * (6404582.0 / 10854718875
                + x2 * (-443861162.0 / 1856156927625)))))))));
            const double mag = (1.0 - e) * inv;
            h[i] = ax < kTanhSeriesBelow ? series : (x < 0 ? -mag : mag);
        }
        break;
    case Activation::Relu:
        for (int i = 0; i < n; ++i) {
            const double x = a[i];
            h[i] = x < 0 ? 0.0 : x; // keeps −0 as −0, as Eigen's max did
            d[i] = x > 0 ? 1.0 : 0.0;
        }
        break;
    case Activation::Linear:
        for (int i = 0; i < n; ++i) {
            h[i] = a[i];
            d[i] = 1.0;
        }
        break;
    }
}

DLT_RNN_CLONES
void activateDispatched(Activation activation, const double *__restrict a, double *__restrict h, double *__restrict d,
                        int n)
{
    activateBody(activation, a, h, d, n);
}

// ---------------------------------------------------------------- the lock-step helper thread

// Below this n one thread is faster than meeting the helper every step.
constexpr int kParallelFrom = 128;
// How long the helper polls for the next job, or a waiting thread spins, before it sleeps or yields.
constexpr auto kSpinFor = std::chrono::microseconds(200);
// How long the caller waits for the helper to take up a step before it does that step's lane 1 itself
// (a step takes a few µs; a helper that is later than this has lost its core or is still waking up).
constexpr auto kStealAfter = std::chrono::microseconds(4);
// After this many steps in a row without the helper, the caller nudges it onto another core.
constexpr int kNudgeAfter = 16;
// A step the helper holds this much longer than a step takes means it lost its core; the caller then
// runs the rest of the job on its own, and the jobs of the next 20 ms too (40, 80, … up to 640 ms when
// it happens again in the first job after that): on a busy machine one thread that runs whenever a
// core is free beats two that must run at the same time.
constexpr auto kPreemptedAfter = std::chrono::microseconds(200);
constexpr auto kFirstPause = std::chrono::milliseconds(20);
constexpr int kMaxStrikes = 6;

inline void cpuRelax()
{
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
}

// Progress words: job number in bits 32..63, a stop flag in bit 31, a step in bits 0..30. The job
// number makes a word left from an earlier job never match the current one.
constexpr std::uint64_t kStopBit = std::uint64_t(1) << 31;
constexpr std::uint64_t kStepMask = kStopBit - 1;
constexpr std::uint64_t tag(std::uint32_t job, long long step)
{
    return (std::uint64_t(job) << 32) | std::uint64_t(step);
}
constexpr std::uint32_t jobOf(std::uint64_t word)
{
    return std::uint32_t(word >> 32);
}
constexpr long long stepOf(std::uint64_t word)
{
    return (long long)(word & kStepMask);
}

// A spin-wait that gives the core away (yield) once it has spun for ~200 µs.
class Backoff
{
public:
    void pause()
    {
        cpuRelax();
        if ((++m_count & 63) != 0)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (m_start == std::chrono::steady_clock::time_point{})
            m_start = now;
        else if (now - m_start > kSpinFor)
            std::this_thread::yield();
    }

private:
    unsigned m_count = 0;
    std::chrono::steady_clock::time_point m_start{};
};

// One persistent helper thread that runs lane 1 of a lock-step job while the caller runs lane 0.
// Per step each side publishes "my part of step s is done" in its own cache line and waits for the
// other's. Lane 1 of a step goes to whoever claims it first (a compare-and-swap on the claim word): the
// helper claims step s + 1 as soon as step s is complete, so normally it has it long before the caller
// is through lane 0; when the helper is late (asleep, or its core taken by another process), the caller
// claims and runs that lane 1 itself, and the helper rejoins at the first step it claims in time.
class Partner
{
public:
    Partner() : m_worker([this] { run(); })
    {
#if defined(__linux__)
        CPU_ZERO(&m_allowed);
        m_haveAllowed = sched_getaffinity(0, sizeof m_allowed, &m_allowed) == 0;
#endif
    }
    ~Partner()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_one();
        m_worker.join();
    }
    Partner(const Partner &) = delete;
    Partner &operator=(const Partner &) = delete;

    /** Runs the job with the helper; false (nothing run) when another job holds the helper. */
    bool tryRun(long long steps, int n, StepFn fn, void *ctx, long long &lastStep)
    {
        std::unique_lock busy(m_busy, std::try_to_lock);
        if (!busy.owns_lock())
            return false;
        const std::uint32_t job = ++m_jobs;
        const int k = splitRow(n);
        m_fn = fn;
        m_ctx = ctx;
        m_first = k;
        m_last = n;
        m_claim.store(tag(job, 0), std::memory_order_relaxed);
        m_lane1Done.store(tag(job, 0), std::memory_order_relaxed);
        m_mainDone.store(tag(job, 0), std::memory_order_relaxed);
        m_posted.store(tag(job, steps), std::memory_order_seq_cst);
        if (m_sleeping.load(std::memory_order_seq_cst)) {
            std::lock_guard lock(m_mutex);
            m_cv.notify_one();
        }
        // An exception from fn here stops the job like a false; it is rethrown once the helper has let go.
        std::exception_ptr error;
        auto call = [&](long long s, int lane, int first, int last) {
            try {
                return fn(ctx, s, lane, first, last);
            } catch (...) {
                error = std::current_exception();
                return false;
            }
        };
        bool helperLate = false; // the caller ran the last lane 1 itself: do not wait for the helper
        int lateSteps = 0;
        bool nudged = false;
        bool preempted = false; // the helper lost its core in the middle of a step
        bool alone = false;     // the helper is shut out of the rest of this job
        lastStep = steps;
        for (long long s = 1; s <= steps; ++s) {
            if (alone) {
                if (!call(s, 0, 0, n)) {
                    lastStep = s;
                    break;
                }
                continue;
            }
            const bool go0 = call(s, 0, 0, k);
            m_mainDone.store(tag(job, s) | (go0 ? 0 : kStopBit), std::memory_order_release);
            const bool go1 = finishLane1(job, s, helperLate, preempted, call);
            if (!go0 || !go1) {
                lastStep = s;
                break;
            }
            lateSteps = helperLate ? lateSteps + 1 : 0;
            if (lateSteps == kNudgeAfter && !nudged) {
                nudgeHelper();
                nudged = true;
            }
            if (preempted) {
                // The helper lost its core (another process wants it, or the host paused it): waiting
                // for it again could cost as much. Shut it out of the rest of this job (unless it
                // already holds step s + 1; then try again after that step).
                std::uint64_t expected = tag(job, s);
                if (m_claim.compare_exchange_strong(expected, tag(job, (long long)kStepMask), std::memory_order_acq_rel))
                    alone = true;
            }
        }
        judge(preempted);
        if (error)
            std::rethrow_exception(error);
        return true;
    }

    /** False while the caller should run jobs alone (see kPreemptedAfter). */
    bool welcome() const
    {
        return std::chrono::steady_clock::now().time_since_epoch().count() >= m_pauseUntil.load(std::memory_order_relaxed);
    }

private:
    // After a job: pauses the helper after a preemption, longer each time it happens in a row.
    void judge(bool preempted)
    {
        if (!preempted) {
            m_strikes = 0;
            return;
        }
        m_strikes = std::min(m_strikes + 1, kMaxStrikes);
        const auto until = std::chrono::steady_clock::now() + kFirstPause * (1 << (m_strikes - 1));
        m_pauseUntil.store(until.time_since_epoch().count(), std::memory_order_relaxed);
    }

    // The helper has missed many steps in a row. Often it is waiting on this core's run queue while
    // the other core idles (the scheduler placed it here and does not move it for a while): moving it
    // off this core, then allowing every core again, puts it where it can run.
    void nudgeHelper()
    {
#if defined(__linux__)
        const int here = sched_getcpu();
        if (here < 0 || !m_haveAllowed || !CPU_ISSET(here, &m_allowed) || CPU_COUNT(&m_allowed) < 2)
            return;
        cpu_set_t elsewhere = m_allowed;
        CPU_CLR(here, &elsewhere);
        pthread_setaffinity_np(m_worker.native_handle(), sizeof elsewhere, &elsewhere);
        pthread_setaffinity_np(m_worker.native_handle(), sizeof m_allowed, &m_allowed);
#endif
    }

    // Waits for lane 1 of step s, or claims it and runs it here; returns what lane 1 returned.
    // helperLate: the caller ran lane 1 (then next time it claims at once); preempted: the helper held
    // step s but took far longer than a step takes.
    template <class Call>
    bool finishLane1(std::uint32_t job, long long s, bool &helperLate, bool &preempted, Call &call)
    {
        std::chrono::steady_clock::time_point start{};
        bool tried = false;
        Backoff backoff;
        for (unsigned i = 1;; ++i) {
            const std::uint64_t done = m_lane1Done.load(std::memory_order_acquire);
            if (stepOf(done) >= s) {
                helperLate = false;
                return (done & kStopBit) == 0;
            }
            bool claimNow = helperLate && !tried;
            if ((i & 15) == 0) {
                const auto now = std::chrono::steady_clock::now();
                if (start == std::chrono::steady_clock::time_point{})
                    start = now;
                else if (!tried && now - start > kStealAfter)
                    claimNow = true;
                else if (tried && now - start > kPreemptedAfter)
                    preempted = true;
            }
            if (claimNow) {
                tried = true;
                std::uint64_t expected = tag(job, s - 1);
                if (m_claim.compare_exchange_strong(expected, tag(job, s), std::memory_order_acq_rel)) {
                    helperLate = true;
                    const bool go = call(s, 1, m_first, m_last);
                    m_lane1Done.store(tag(job, s) | (go ? 0 : kStopBit), std::memory_order_release);
                    return go;
                }
                // The helper holds step s: wait for it.
            }
            backoff.pause();
        }
    }

    // Lane 1 of a job: claims each next step once the previous one is complete, until the last step,
    // a stop, or a newer job.
    void helperJob(std::uint64_t posted)
    {
        const std::uint32_t job = jobOf(posted);
        const long long steps = stepOf(posted);
        StepFn fn = nullptr;
        void *ctx = nullptr;
        int first = 0, last = 0;
        for (;;) {
            std::uint64_t claim = m_claim.load(std::memory_order_acquire);
            const long long c = stepOf(claim);
            if (jobOf(claim) != job || c >= steps)
                return;
            bool over = false;
            Backoff backoff;
            for (;;) {
                const std::uint64_t mainDone = m_mainDone.load(std::memory_order_acquire);
                const std::uint64_t laneDone = m_lane1Done.load(std::memory_order_acquire);
                if (jobOf(mainDone) != job || jobOf(laneDone) != job || ((mainDone | laneDone) & kStopBit)) {
                    over = true;
                    break;
                }
                if (stepOf(mainDone) >= c && stepOf(laneDone) >= c)
                    break;
                backoff.pause();
            }
            if (over)
                return;
            if (!m_claim.compare_exchange_strong(claim, tag(job, c + 1), std::memory_order_acq_rel))
                continue; // the caller took step c + 1: look again
            // Holding a claim keeps the caller inside this job, so the job is safe to read now.
            if (!fn) {
                fn = m_fn;
                ctx = m_ctx;
                first = m_first;
                last = m_last;
            }
            const bool go = fn(ctx, c + 1, 1, first, last);
            m_lane1Done.store(tag(job, c + 1) | (go ? 0 : kStopBit), std::memory_order_release);
            if (!go)
                return;
        }
    }

    void run()
    {
        std::uint64_t seen = 0;
        for (;;) {
            const auto until = std::chrono::steady_clock::now() + kSpinFor;
            std::uint64_t posted = m_posted.load(std::memory_order_acquire);
            for (int k = 0; posted == seen; ++k) {
                if ((k & 255) == 255 && std::chrono::steady_clock::now() > until)
                    break;
                cpuRelax();
                posted = m_posted.load(std::memory_order_acquire);
            }
            if (posted == seen) {
                std::unique_lock lock(m_mutex);
                m_sleeping.store(true, std::memory_order_seq_cst);
                m_cv.wait(lock, [&] { return m_stop || m_posted.load(std::memory_order_seq_cst) != seen; });
                m_sleeping.store(false, std::memory_order_relaxed);
                if (m_stop)
                    return;
                posted = m_posted.load(std::memory_order_acquire);
            }
            seen = posted;
            helperJob(posted);
        }
    }

    std::mutex m_busy;        // one job at a time
    std::uint32_t m_jobs = 0; // guarded by m_busy
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    std::atomic<bool> m_sleeping{false};
    int m_strikes = 0; // guarded by m_busy: jobs in a row that found the helper preempted
    std::atomic<std::chrono::steady_clock::rep> m_pauseUntil{0}; // steady_clock ticks
    // The job: written before m_posted, read by the helper once it holds a claim.
    StepFn m_fn = nullptr;
    void *m_ctx = nullptr;
    int m_first = 0;
    int m_last = 0;
    // One cache line each: who writes them differs.
    alignas(64) std::atomic<std::uint64_t> m_posted{0};    // caller → helper: the newest job and its step count
    alignas(64) std::atomic<std::uint64_t> m_mainDone{0};  // caller → helper: lane 0 of step s is done
    alignas(64) std::atomic<std::uint64_t> m_lane1Done{0}; // → caller: lane 1 of step s is done
    alignas(64) std::atomic<std::uint64_t> m_claim{0};     // the last step whose lane 1 someone took up
#if defined(__linux__)
    cpu_set_t m_allowed; // the cores this process may use
    bool m_haveAllowed = false;
#endif
    alignas(64) std::thread m_worker;
};

Partner *partner()
{
    static const bool useful = std::thread::hardware_concurrency() >= 2;
    if (!useful)
        return nullptr;
    static Partner instance;
    return &instance;
}

} // namespace

void matvec(const double *a, const double *x, double *y, int n)
{
    matvecSquareDispatched(a, x, y, n);
}

void matvecBlock(const double *a, std::ptrdiff_t ld, const double *x, double *acc, int first, int last, int colBegin,
                 int colEnd, bool start)
{
    if (last > first)
        matvecDispatched(a + first, x, acc, last - first, colBegin, colEnd, ld, start);
}

void affine(double s, const double *y, const double *b, double *out, int n)
{
    affineDispatched(s, y, b, out, n);
}

double maxAbs(const double *v, int n)
{
    return maxAbsDispatched(v, n);
}

double sumOfSquares(const double *v, int n)
{
    return sumOfSquaresDispatched(v, n);
}

void scale(double c, const double *x, double *out, int n)
{
    scaleDispatched(c, x, out, n);
}

void scaledProduct(double c, const double *d, const double *u, double *out, int n)
{
    scaledProductDispatched(c, d, u, out, n);
}

long long countBelow(const double *v, int n, double threshold)
{
    return countBelowDispatched(v, n, threshold);
}

void matvecBaseline(const double *a, const double *x, double *y, int n)
{
    matvecBody(a, x, y, n, 0, n, n, true);
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

void activate(Activation activation, const double *a, double *h, double *d, int n)
{
    activateDispatched(activation, a, h, d, n);
}

void activateBaseline(Activation activation, const double *a, double *h, double *d, int n)
{
    activateBody(activation, a, h, d, n);
}

int splitRow(int n)
{
    return n >= kParallelFrom ? (n / 2) & ~7 : n;
}

bool splitAvailable(int n)
{
    return splitRow(n) < n && partner() != nullptr;
}

long long lockStep(long long steps, int n, StepFn fn, void *ctx, bool split)
{
    if (steps <= 0)
        return 0;
    if (split && splitAvailable(n)) {
        long long last = 0;
        if (partner()->welcome() && partner()->tryRun(steps, n, fn, ctx, last))
            return last;
    }
    for (long long s = 1; s <= steps; ++s)
        if (!fn(ctx, s, 0, 0, n))
            return s;
    return steps;
}

} // namespace dlt::rnn::kernels
