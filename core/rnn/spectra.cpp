#include "spectra.h"

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <mutex>
#include <numeric>
#include <string>
#include <vector>

namespace dlt::rnn {

namespace {

bool before(const std::complex<double> &a, const std::complex<double> &b)
{
    const double ma = std::abs(a), mb = std::abs(b);
    if (ma != mb)
        return ma > mb;
    if (a.real() != b.real())
        return a.real() > b.real();
    return a.imag() > b.imag();
}

// Sorts eigenvalues (and their vectors, when present) into the documented order.
void sortSpectra(Spectra &s)
{
    std::vector<size_t> order(s.eigenvalues.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t i, size_t j) { return before(s.eigenvalues[i], s.eigenvalues[j]); });
    std::vector<std::complex<double>> values;
    std::vector<Eigen::VectorXcd> vectors;
    for (size_t i : order) {
        values.push_back(s.eigenvalues[i]);
        if (!s.eigenvectors.empty())
            vectors.push_back(s.eigenvectors[i]);
    }
    s.eigenvalues = std::move(values);
    s.eigenvectors = std::move(vectors);
}

// Scales v so its largest-modulus entry (the last one on ties) becomes exactly 1.
void normaliseEigenvector(Eigen::VectorXcd &v)
{
    Eigen::Index best = 0;
    double bestAbs = -1.0;
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        const double a = std::abs(v[i]);
        if (a >= bestAbs * (1.0 + 1e-12)) {
            best = i;
            bestAbs = a;
        } else if (a >= bestAbs * (1.0 - 1e-12)) {
            best = i; // a tie within rounding: prefer the later entry
        }
    }
    if (bestAbs <= 0.0)
        return;
    const std::complex<double> pivot = v[best];
    v /= pivot;
    v[best] = 1.0;
    const double tiny = 64.0 * std::numeric_limits<double>::epsilon();
    for (auto &x : v) {
        const double re = std::abs(x.real()) <= tiny ? 0.0 : x.real();
        const double im = std::abs(x.imag()) <= tiny ? 0.0 : x.imag();
        x = {re, im};
    }
}

// OpenBLAS's own LAPACK (dgeev, dsyevr) and BLAS (dsyrk), through their Fortran entry points, opened
// with dlopen on the first factorisation instead of being linked. Linked, OpenBLAS and what it pulls
// in (libgfortran, libquadmath; LAPACKE added liblapack, libblas and libtmglib) are mapped and
// relocated at every start (about 16,000 symbol relocations, more than Qt Widgets itself needs)
// and, in Debian's default libopenblas0-pthread, its constructor starts a worker thread that spins
// on sched_yield: all for a window that may never show the RNN page.
// Fortran convention: every argument by pointer, then one hidden length per CHARACTER argument.
using Dgeev = void(const char *jobvl, const char *jobvr, const int *n, double *a, const int *lda, double *wr,
                   double *wi, double *vl, const int *ldvl, double *vr, const int *ldvr, double *work,
                   const int *lwork, int *info, std::size_t jobvlLength, std::size_t jobvrLength);
using Dsyevr = void(const char *jobz, const char *range, const char *uplo, const int *n, double *a, const int *lda,
                    const double *vl, const double *vu, const int *il, const int *iu, const double *abstol, int *m,
                    double *w, double *z, const int *ldz, int *isuppz, double *work, const int *lwork, int *iwork,
                    const int *liwork, int *info, std::size_t jobzLength, std::size_t rangeLength,
                    std::size_t uploLength);
using Dsyrk = void(const char *uplo, const char *trans, const int *n, const int *k, const double *alpha,
                   const double *a, const int *lda, const double *beta, double *c, const int *ldc,
                   std::size_t uploLength, std::size_t transLength);
using SetNumThreads = void(int);

// The Debian runtime package libopenblas0 (any of its -pthread, -openmp, -serial variants).
constexpr const char *kOpenBlas = "libopenblas.so.0";

struct Lapack {
    Dgeev *dgeev = nullptr;
    Dsyevr *dsyevr = nullptr;
    Dsyrk *dsyrk = nullptr;
    std::string problem; ///< why it could not be opened; empty when it was
};

// Opened once per process and never closed. LAPACK runs on one thread: analyze() already runs the
// factorisation beside the trajectory, and for n ≤ 512 OpenBLAS's own worker threads cost more than
// they save, badly so when the cores are busy (n = 256 dgeev: 21 ms on one thread; 1 vs 2 threads
// on a loaded 2-core machine: 42 vs 48 ms, and the whole analysis 72 vs 167 ms). Nothing else here
// uses OpenBLAS.
const Lapack &lapack()
{
    static Lapack l;
    static std::once_flag once;
    std::call_once(once, [] {
        void *lib = dlopen(kOpenBlas, RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            const char *why = dlerror();
            l.problem = why ? why : kOpenBlas;
            return;
        }
        l.dgeev = reinterpret_cast<Dgeev *>(dlsym(lib, "dgeev_"));
        l.dsyevr = reinterpret_cast<Dsyevr *>(dlsym(lib, "dsyevr_"));
        l.dsyrk = reinterpret_cast<Dsyrk *>(dlsym(lib, "dsyrk_"));
        if (!l.dgeev || !l.dsyevr || !l.dsyrk) {
            l.problem = std::string(kOpenBlas) + " lacks dgeev_, dsyevr_ or dsyrk_";
            return;
        }
        if (auto *threads = reinterpret_cast<SetNumThreads *>(dlsym(lib, "openblas_set_num_threads")))
            threads(1);
    });
    return l;
}

Status lapackAvailable()
{
    if (const Lapack &l = lapack(); !l.problem.empty())
        return Error("rnn.lapack_unavailable").with("library", std::string(kOpenBlas)).with("reason", l.problem);
    return Ok{};
}

Status checkSquare(const Eigen::MatrixXd &w)
{
    if (w.rows() != w.cols() || w.rows() == 0)
        return Error("rnn.not_square")
            .with("rows", static_cast<long long>(w.rows()))
            .with("cols", static_cast<long long>(w.cols()));
    return Ok{};
}

} // namespace

Result<double> spectralNorm(const Eigen::MatrixXd &w)
{
    if (auto s = checkSquare(w); !s)
        return s.error();
    if (auto s = lapackAvailable(); !s)
        return s.error();
    const Lapack &l = lapack();
    const int n = static_cast<int>(w.rows());
    // G = WᵀW (upper triangle), then its largest eigenvalue only.
    Eigen::MatrixXd g(n, n);
    const double one = 1.0, zero = 0.0;
    l.dsyrk("U", "T", &n, &n, &one, w.data(), &n, &zero, g.data(), &n, 1, 1);
    // W must hold n values although one eigenvalue is asked for: dsyevr may use all of it (it did,
    // past the end of a one-element array, for W = 0.5·I with n = 512: a smashed stack).
    std::vector<double> lambda(static_cast<size_t>(n), 0.0);
    int found = 0;
    int isuppz[2] = {0, 0};
    double z[1] = {0.0};
    const int ldz = 1;
    const double unused = 0.0;
    int info = 0;
    // Workspace query (lwork = liwork = -1), then the call.
    double workSize = 0.0;
    int iworkSize = 0;
    const int query = -1;
    l.dsyevr("N", "I", "U", &n, g.data(), &n, &unused, &unused, &n, &n, &unused, &found, lambda.data(), z, &ldz, isuppz,
             &workSize, &query, &iworkSize, &query, &info, 1, 1, 1);
    if (info == 0) {
        const int lwork = static_cast<int>(workSize), liwork = iworkSize;
        std::vector<double> work(static_cast<size_t>(std::max(lwork, 1)));
        std::vector<int> iwork(static_cast<size_t>(std::max(liwork, 1)));
        l.dsyevr("N", "I", "U", &n, g.data(), &n, &unused, &unused, &n, &n, &unused, &found, lambda.data(), z, &ldz,
                 isuppz, work.data(), &lwork, iwork.data(), &liwork, &info, 1, 1, 1);
    }
    if (info != 0 || found != 1)
        return Error("rnn.eigen_failed").with("info", static_cast<long long>(info));
    return std::sqrt(std::max(lambda[0], 0.0));
}

Result<Spectra> computeSpectra(const Eigen::MatrixXd &w, bool withEigenvectors)
{
    if (auto s = checkSquare(w); !s)
        return s.error();
    if (auto s = lapackAvailable(); !s)
        return s.error();
    const Lapack &l = lapack();
    const int n = static_cast<int>(w.rows());
    const bool vectors = withEigenvectors && n <= kMaxEigenvectorSize;

    Eigen::MatrixXd a = w; // dgeev overwrites its input
    Eigen::VectorXd wr(n), wi(n);
    Eigen::MatrixXd vr(vectors ? n : 1, vectors ? n : 1);
    double vl[1] = {0.0};
    const int ldvl = 1, ldvr = vectors ? n : 1;
    const char *jobvr = vectors ? "V" : "N";
    int info = 0;
    // Workspace query (lwork = -1), then the call.
    double workSize = 0.0;
    const int query = -1;
    l.dgeev("N", jobvr, &n, a.data(), &n, wr.data(), wi.data(), vl, &ldvl, vr.data(), &ldvr, &workSize, &query,
            &info, 1, 1);
    if (info == 0) {
        const int lwork = static_cast<int>(workSize);
        std::vector<double> work(static_cast<size_t>(std::max(lwork, 1)));
        l.dgeev("N", jobvr, &n, a.data(), &n, wr.data(), wi.data(), vl, &ldvl, vr.data(), &ldvr, work.data(), &lwork,
                &info, 1, 1);
    }
    if (info != 0)
        return Error("rnn.eigen_failed").with("info", static_cast<long long>(info));

    Spectra s;
    const double tiny = 64.0 * std::numeric_limits<double>::epsilon() * w.norm();
    auto clean = [tiny](double x) { return std::abs(x) <= tiny ? 0.0 : x; };
    s.eigenvalues.reserve(size_t(n));
    for (int j = 0; j < n; ++j)
        s.eigenvalues.emplace_back(clean(wr[j]), clean(wi[j]));
    if (vectors) {
        // dgeev packs a complex pair λ, conj(λ) as columns j (real part) and j+1 (imaginary part).
        for (int j = 0; j < n; ++j) {
            Eigen::VectorXcd v(n);
            if (wi[j] == 0.0) {
                v = vr.col(j).cast<std::complex<double>>();
            } else if (j + 1 < n && wi[j] > 0.0) {
                for (int i = 0; i < n; ++i)
                    v[i] = {vr(i, j), vr(i, j + 1)};
            } else {
                for (int i = 0; i < n; ++i)
                    v[i] = {vr(i, j - 1), -vr(i, j)};
            }
            normaliseEigenvector(v);
            s.eigenvectors.push_back(std::move(v));
        }
    }
    sortSpectra(s);
    for (const auto &l : s.eigenvalues)
        s.spectralRadius = std::max(s.spectralRadius, std::abs(l));

    auto sigma = spectralNorm(w);
    if (!sigma)
        return sigma.error();
    // Rounding may put σ a few ulps below ρ; mathematically ρ ≤ σ_max always.
    s.spectralNorm = std::max(*sigma, s.spectralRadius);
    return s;
}

Spectra scaleSpectra(const Spectra &spectra, double s)
{
    Spectra out = spectra;
    for (auto &l : out.eigenvalues)
        l *= s;
    out.spectralRadius = spectra.spectralRadius * std::abs(s);
    out.spectralNorm = spectra.spectralNorm * std::abs(s);
    if (!(s > 0.0))
        sortSpectra(out);
    return out;
}

} // namespace dlt::rnn
