#include "trajectory.h"

#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace dlt::rnn {

namespace {

// How often (in steps) progress is reported and cancellation checked.
constexpr long long kProgressEvery = 64;
// A φ' work buffer up to this size is kept for the next run, so repeated runs (the scale slider) do not
// page-fault on fresh memory: n = 256 with T = 10000 needs 20 MB.
constexpr std::size_t kKeepWorkBytes = std::size_t(24) << 20;

// n rounded up to whole 64-byte lines of doubles: every column and every lane's rows start on a line.
std::ptrdiff_t paddedRows(int n)
{
    return (std::ptrdiff_t(n) + 7) / 8 * 8;
}

/** count doubles starting on a 64-byte boundary, left uninitialised. */
class AlignedBuffer
{
public:
    AlignedBuffer() = default;
    explicit AlignedBuffer(std::size_t count) : m_storage(new double[count + 8]), m_size(count)
    {
        const auto misalign = reinterpret_cast<std::uintptr_t>(m_storage.get()) / sizeof(double) % 8;
        m_data = m_storage.get() + (8 - misalign) % 8;
    }
    AlignedBuffer(AlignedBuffer &&other) noexcept
        : m_storage(std::move(other.m_storage)), m_data(std::exchange(other.m_data, nullptr)),
          m_size(std::exchange(other.m_size, 0))
    {
    }
    AlignedBuffer &operator=(AlignedBuffer &&other) noexcept
    {
        m_storage = std::move(other.m_storage);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        return *this;
    }
    double *data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    std::unique_ptr<double[]> m_storage;
    double *m_data = nullptr;
    std::size_t m_size = 0;
};

// W and Wᵀ as column-major copies with 64-byte aligned columns: both products are then "sum of scaled
// columns", the vectorisable form. The last one is kept, so dragging the scale slider (same W, new
// scale) neither copies nor transposes W again.
struct PreparedMatrix {
    int n = 0;
    std::ptrdiff_t ld = 0;
    AlignedBuffer w;
    AlignedBuffer wt;

    bool holds(const Eigen::MatrixXd &m) const
    {
        if (m.rows() != n || m.cols() != n)
            return false;
        for (int j = 0; j < n; ++j)
            if (std::memcmp(w.data() + ld * j, m.col(j).data(), sizeof(double) * std::size_t(n)) != 0)
                return false;
        return true;
    }
};

std::shared_ptr<const PreparedMatrix> prepare(const Eigen::MatrixXd &m)
{
    static std::mutex mutex;
    static std::shared_ptr<const PreparedMatrix> last;
    {
        std::lock_guard lock(mutex);
        if (last && last->holds(m))
            return last;
    }
    auto p = std::make_shared<PreparedMatrix>();
    const int n = int(m.rows());
    p->n = n;
    p->ld = paddedRows(n);
    p->w = AlignedBuffer(std::size_t(p->ld * n));
    p->wt = AlignedBuffer(std::size_t(p->ld * n));
    for (int j = 0; j < n; ++j)
        std::copy(m.col(j).data(), m.col(j).data() + n, p->w.data() + p->ld * j);
    // Wᵀ's column j is W's row j; eight rows at a time, so each column of W is read one line at a time.
    for (int j0 = 0; j0 < n; j0 += 8) {
        const int j1 = std::min(j0 + 8, n);
        for (int i = 0; i < n; ++i)
            for (int j = j0; j < j1; ++j)
                p->wt.data()[p->ld * j + i] = m(j, i);
    }
    std::lock_guard lock(mutex);
    last = p;
    return p;
}

// The φ' work buffer (n×T), reused from the previous run when it is large enough.
class WorkBuffer
{
public:
    explicit WorkBuffer(std::size_t count)
    {
        {
            std::lock_guard lock(mutex());
            if (cached().size() >= count)
                m_buffer = std::move(cached());
        }
        if (m_buffer.size() < count)
            m_buffer = AlignedBuffer(count);
    }
    ~WorkBuffer()
    {
        if (m_buffer.size() * sizeof(double) > kKeepWorkBytes)
            return;
        std::lock_guard lock(mutex());
        if (m_buffer.size() > cached().size())
            cached() = std::move(m_buffer);
    }
    WorkBuffer(const WorkBuffer &) = delete;
    WorkBuffer &operator=(const WorkBuffer &) = delete;
    double *data() const { return m_buffer.data(); }

private:
    static std::mutex &mutex()
    {
        static std::mutex m;
        return m;
    }
    static AlignedBuffer &cached()
    {
        static AlignedBuffer b;
        return b;
    }
    AlignedBuffer m_buffer;
};

// ‖v‖₂ of n values from its largest |v_i| and the sum of squares of each row block, computed where it
// is cheap; the full vector is read again only when the sum over- or underflows.
double stableNorm(double maxAbs, double sumOfSquares, const double *v, int n)
{
    if (maxAbs == 0.0)
        return 0.0;
    const double direct = std::sqrt(sumOfSquares);
    if (std::isfinite(direct) && direct > 1e-150)
        return direct;
    return maxAbs * (Eigen::Map<const Eigen::VectorXd>(v, n) / maxAbs).norm();
}

// Asks for the lines of x outside rows first..last−1 (written on the other core last step) all at
// once, instead of one miss at a time when the product reaches them.
void prefetchOtherRows(const double *x, int first, int last, int n)
{
    for (int i = 0; i < first; i += 8)
        __builtin_prefetch(x + i);
    for (int i = last; i < n; i += 8)
        __builtin_prefetch(x + i);
}

// Takes the lines of v[first..last) for this core now, so that writing them at the end of the step does
// not wait for them: in the lock-step the other core read them one step earlier. The zeros are
// overwritten before anyone reads them (volatile: they must really be stored now).
void claimLines(double *v, int first, int last)
{
    volatile double *p = v;
    for (int i = first; i < last; i += 8)
        p[i] = 0.0;
}

// The row blocks of a product (kernels::splitRow): rows [0, k) add their columns in order, rows
// [k, n) start at column k (k..n−1, then 0..k−1). Either way a lane first uses the entries of x it
// computed itself, while the other lane's half of x is on its way from the other core. The blocks
// depend on n alone, so one thread and two give the same sums.
struct Blocks {
    int n;
    int k;
    int begin(int block) const { return block == 0 ? 0 : k; }
    int end(int block) const { return block == 0 ? k : n; }
};

// acc[i − first] = row i of A·x for rows first..last−1 (whole blocks or parts of them), in the blocks'
// column order. between() runs after every row's own block of columns, before the other one.
template <class Between>
void blockProduct(const Blocks &bl, const double *a, std::ptrdiff_t ld, const double *x, double *acc, int first,
                  int last, Between between)
{
    for (int block = 0; block < 2; ++block) {
        const int r0 = std::max(first, bl.begin(block)), r1 = std::min(last, bl.end(block));
        kernels::matvecBlock(a, ld, x, acc + (r0 - first), r0, r1, bl.begin(block), bl.end(block), true);
    }
    between();
    for (int block = 0; block < 2; ++block) {
        const int r0 = std::max(first, bl.begin(block)), r1 = std::min(last, bl.end(block));
        const int other = 1 - block;
        kernels::matvecBlock(a, ld, x, acc + (r0 - first), r0, r1, bl.begin(other), bl.end(other), false);
    }
}

// What one lane accumulates on its own (a cache line each: the lanes run on different cores).
struct alignas(64) Lane {
    double *v = nullptr;          // backward: this lane's copy of s·c·φ'(a_t) ⊙ u
    long long firstClipped = -1;  // forward: first step where one of its states was clipped
    long long saturated = 0;      // forward: its φ' values below γ/10
};

// Progress: forward and backward passes weigh the same. Lane 0 alone reports (on its own line).
struct alignas(64) Progress {
    const ProgressFn *fn;
    double totalWork;
    bool cancelled = false;
    bool report(double done)
    {
        if (*fn && !(*fn)(std::min(done / totalWork, 1.0)))
            cancelled = true;
        return !cancelled;
    }
};

// The forward pass, one lock-step per t: a_t = s·(W·h_{t−1}) + b, h_t = φ(a_t), φ'(a_t), row by row.
struct Forward {
    Blocks blocks;
    const double *w;
    std::ptrdiff_t ld;
    int n;
    double s;
    const double *bias;
    Activation activation;
    double *h[2];     // h_t in h[t & 1]
    double *a;        // a_t
    double *d;        // φ'(a_t) as column t − 1, leading dimension ld
    double stateLimit;
    bool unbounded;
    double saturatedBelow;
    long long steps;
    long long kept;
    Trajectory *tr;
    Progress *progress;
    Lane lanes[2];
};

bool forwardStep(void *ctx, long long t, int lane, int first, int last)
{
    auto &f = *static_cast<Forward *>(ctx);
    const double *hPrev = f.h[(t - 1) & 1];
    double *h = f.h[t & 1];
    double *d = f.d + f.ld * (t - 1);
    const int rows = last - first;
    prefetchOtherRows(hPrev, first, last, f.n);
    claimLines(h, first, last);
    alignas(64) double acc[kMaxHidden];
    blockProduct(f.blocks, f.w, f.ld, hPrev, acc, first, last, [] {});
    kernels::affine(f.s, acc, f.bias + first, f.a + first, rows);
    kernels::activate(f.activation, f.a + first, h + first, d + first, rows);
    Lane &mine = f.lanes[lane];
    if (f.unbounded) {
        // Keeps |s·W·h + b| ≤ ~1e300 + 1e100: with |h_i| ≤ limit, each |(s·W·h)_i| ≤ n·max|s·W|·limit ≤ kStateClip.
        bool clipped = false;
        for (int i = first; i < last; ++i) {
            if (std::abs(h[i]) > f.stateLimit) {
                h[i] = std::copysign(f.stateLimit, h[i]);
                clipped = true;
            }
        }
        if (clipped && mine.firstClipped < 0)
            mine.firstClipped = t;
    }
    mine.saturated += kernels::countBelow(d + first, rows, f.saturatedBelow);
    if (t <= f.kept) {
        f.tr->firstPreActivations.col(t - 1).segment(first, rows) = Eigen::Map<const Eigen::VectorXd>(f.a + first, rows);
        f.tr->firstStates.col(t).segment(first, rows) = Eigen::Map<const Eigen::VectorXd>(h + first, rows);
    }
    if (t == f.steps) {
        f.tr->lastPreActivation.segment(first, rows) = Eigen::Map<const Eigen::VectorXd>(f.a + first, rows);
        f.tr->lastState.segment(first, rows) = Eigen::Map<const Eigen::VectorXd>(h + first, rows);
        f.tr->lastDerivative.segment(first, rows) = Eigen::Map<const Eigen::VectorXd>(d + first, rows);
    }
    if (lane == 0 && t % kProgressEvery == 0)
        return f.progress->report(double(t));
    return true;
}

// Per row block of a gradient direction: its largest |u_i| and its sum of squares (one cache line each).
struct alignas(64) BlockNorm {
    double maxAbs = 0.0;
    double sumOfSquares = 0.0;
};

// Back-propagation in log space, one lock-step per k = 1..T (t = T − k + 1): g_t = exp(L)·u, with u
// unnormalised and c = 1/‖u‖ folded into the next product: v = s·c·(φ'(a_t) ⊙ u), then Wᵀ·v. At the end of
// a step each lane leaves for the other, for its own rows, the block sums of squares of its u and the
// products p = φ'(a_{t−1}) ⊙ u the next step needs; so the other lane reads one line for ‖u‖ and half a
// vector of p, and never the φ' of rows it does not own. Each lane then forms the whole v itself (the
// same arithmetic, so the same values), its own half first, and its rows of Wᵀ·v.
struct Backward {
    Blocks blocks;
    const double *wt;
    std::ptrdiff_t ld;
    int n;
    double s;
    const double *d;  // φ'(a_t) as column t − 1
    double *u[2];     // the direction of g_{T−k} in u[k & 1]
    double *p[2];     // p[k & 1] = φ'(a_{t−1}) ⊙ u[k & 1], for step k + 1
    BlockNorm norms[2][2]; // [k & 1][block]: the blocks of u[k & 1]
    long long steps;
    std::vector<double> *gradLn;
    Progress *progress;
    Lane lanes[2];
    struct alignas(64) {
        double logScale = 0.0; // g = exp(logScale)·(u·c)
        bool zero = false;     // the gradient became exactly 0
    } lane0;                   // written by lane 0 only
};

void blockNorms(const Blocks &bl, const double *u, int first, int last, BlockNorm *out)
{
    for (int block = 0; block < 2; ++block) {
        const int r0 = std::max(first, bl.begin(block)), r1 = std::min(last, bl.end(block));
        if (r1 > r0) // whole blocks only: each lane computes the blocks it owns
            out[block] = {kernels::maxAbs(u + r0, r1 - r0), kernels::sumOfSquares(u + r0, r1 - r0)};
    }
}

// ‖u‖ from the two blocks' parts, combined in a fixed order.
double normOf(const BlockNorm *parts, const double *u, int n)
{
    return stableNorm(std::max(parts[0].maxAbs, parts[1].maxAbs), parts[0].sumOfSquares + parts[1].sumOfSquares, u, n);
}

bool backwardStep(void *ctx, long long k, int lane, int first, int last)
{
    auto &b = *static_cast<Backward *>(ctx);
    const long long t = b.steps - k + 1;
    const double *u = b.u[(k - 1) & 1];
    const double *p = b.p[(k - 1) & 1];
    double *next = b.u[k & 1];
    prefetchOtherRows(p, first, last, b.n);
    claimLines(next, first, last);
    const double norm = normOf(b.norms[(k - 1) & 1], u, b.n);
    if (norm == 0.0) {
        if (lane == 0)
            b.lane0.zero = true; // exactly zero from here on: the remaining entries stay −inf
        return false;
    }
    if (lane == 0) {
        (*b.gradLn)[std::size_t(k - 1)] = b.lane0.logScale + std::log(norm);
        b.lane0.logScale = (*b.gradLn)[std::size_t(k - 1)];
    }
    // Makes u·c a unit vector; 1/norm itself could overflow for tiny norms, so those divide u instead.
    double *v = b.lanes[lane].v;
    const bool plain = norm > 1e-200 && norm < 1e200;
    auto fill = [&](int j0, int j1) {
        if (plain) {
            kernels::scale(b.s * (1.0 / norm), p + j0, v + j0, j1 - j0); // s·c·(φ' ⊙ u)
        } else {
            const double *d = b.d + b.ld * (t - 1);
            const double sc = b.s * 1.0;
            for (int j = j0; j < j1; ++j)
                v[j] = sc * (d[j] * (u[j] / norm)); // |u_j| ≤ norm keeps this finite
        }
    };
    fill(first, last); // this lane's own entries first ...
    alignas(64) double acc[kMaxHidden];
    blockProduct(b.blocks, b.wt, b.ld, v, acc, first, last, [&] {
        fill(0, first); // ... the other lane's while the product runs
        fill(last, b.n);
    });
    const int rows = last - first;
    std::copy(acc, acc + rows, next + first);
    blockNorms(b.blocks, next, first, last, b.norms[k & 1]);
    if (t > 1) { // the next step's φ' ⊙ u for these rows
        double *pNext = b.p[k & 1];
        claimLines(pNext, first, last);
        kernels::scaledProduct(1.0, b.d + b.ld * (t - 2) + first, acc, pNext + first, rows);
    }
    if (lane == 0 && k % kProgressEvery == 0)
        return b.progress->report(double(b.steps + k));
    return true;
}

} // namespace

Result<Trajectory> runTrajectory(const Inputs &in, const ProgressFn &progress, Cores cores)
{
    const int n = int(in.w.rows());
    const long long steps = in.steps;
    const double s = in.scale;
    const std::ptrdiff_t ld = paddedRows(n);
    const long long kept = std::min<long long>(steps, kKeptFirstPreActivations);

    Trajectory tr;
    tr.firstStates.resize(n, kept + 1);
    tr.firstStates.col(0) = in.h0;
    tr.firstPreActivations.resize(n, kept);
    if (steps > 0) {
        tr.lastPreActivation.resize(n);
        tr.lastState.resize(n);
        tr.lastDerivative.resize(n);
    } else {
        tr.lastState = in.h0;
    }

    const auto prepared = prepare(in.w);
    WorkBuffer derivatives(std::size_t(ld * std::max<long long>(steps, 1)));
    // Two states, a_t, two gradient directions, two φ' ⊙ u and one v per lane, each on its own lines.
    AlignedBuffer vectors(std::size_t(9 * ld));
    double *slot[9];
    for (int i = 0; i < 9; ++i)
        slot[i] = vectors.data() + ld * i;

    Progress report{&progress, 2.0 * double(std::max<long long>(steps, 1))};
    // The caller says whether the second core is free (analyze() may factorise W on it meanwhile).
    const bool split = cores == Cores::Both;
    const Blocks blocks{n, kernels::splitRow(n)};

    Forward f{};
    f.blocks = blocks;
    f.w = prepared->w.data();
    f.ld = ld;
    f.n = n;
    f.s = s;
    f.bias = in.bias.data();
    f.activation = in.activation;
    f.h[0] = slot[0];
    f.h[1] = slot[1];
    f.a = slot[2];
    f.d = derivatives.data();
    // Keeps |s·W·h + b| finite: see forwardStep.
    f.stateLimit = kStateClip / (double(n) * (std::abs(s) * in.w.cwiseAbs().maxCoeff()) + 1.0);
    f.unbounded = in.activation == Activation::Relu || in.activation == Activation::Linear;
    f.saturatedBelow = activationGamma(in.activation) / 10.0;
    f.steps = steps;
    f.kept = kept;
    f.tr = &tr;
    f.progress = &report;
    std::copy(in.h0.data(), in.h0.data() + n, f.h[0]);
    kernels::lockStep(steps, n, forwardStep, &f, split);
    if (report.cancelled)
        return Error("rnn.cancelled");
    for (const Lane &lane : f.lanes) {
        tr.saturatedCount += lane.saturated;
        if (lane.firstClipped >= 0 && (tr.stateClippedAt < 0 || lane.firstClipped < tr.stateClippedAt))
            tr.stateClippedAt = lane.firstClipped;
    }

    tr.gradLn.assign(std::size_t(steps + 1), -std::numeric_limits<double>::infinity());
    Backward b{};
    b.blocks = blocks;
    b.wt = prepared->wt.data();
    b.ld = ld;
    b.n = n;
    b.s = s;
    b.d = derivatives.data();
    b.u[0] = slot[3];
    b.u[1] = slot[4];
    b.lanes[0].v = slot[5];
    b.lanes[1].v = slot[6];
    b.p[0] = slot[7];
    b.p[1] = slot[8];
    b.steps = steps;
    b.gradLn = &tr.gradLn;
    b.progress = &report;
    std::copy(in.lossGrad.data(), in.lossGrad.data() + n, b.u[0]);
    blockNorms(blocks, b.u[0], 0, n, b.norms[0]);
    if (steps > 0)
        kernels::scaledProduct(1.0, b.d + ld * (steps - 1), b.u[0], b.p[0], n);
    kernels::lockStep(steps, n, backwardStep, &b, split);
    if (report.cancelled)
        return Error("rnn.cancelled");
    if (!b.lane0.zero) {
        const double norm = normOf(b.norms[steps & 1], b.u[steps & 1], n); // ‖g_0‖ up to exp(logScale)
        if (norm > 0.0)
            tr.gradLn[std::size_t(steps)] = b.lane0.logScale + std::log(norm);
    }
    if (progress)
        progress(1.0);
    return tr;
}

} // namespace dlt::rnn
