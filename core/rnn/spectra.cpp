#include "spectra.h"

#include <cblas.h>
#include <lapacke.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>

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

// LAPACK runs on one thread: analyze() already runs the factorisation beside the trajectory, and
// for n ≤ 512 OpenBLAS's own worker threads cost more than they save, badly so when the cores are
// busy (n = 256 dgeev: 21 ms on one thread; 1 vs 2 threads on a loaded 2-core machine: 42 vs 48 ms,
// and the whole analysis 72 vs 167 ms). Process-wide, set once; nothing else here uses OpenBLAS.
void useOneBlasThread()
{
    static std::once_flag once;
    std::call_once(once, [] { openblas_set_num_threads(1); });
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
    useOneBlasThread();
    const lapack_int n = static_cast<lapack_int>(w.rows());
    // G = WᵀW (upper triangle), then its largest eigenvalue only.
    Eigen::MatrixXd g(n, n);
    cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, n, n, 1.0, w.data(), n, 0.0, g.data(), n);
    double lambda[1] = {0.0};
    lapack_int found = 0;
    lapack_int isuppz[2] = {0, 0};
    double z[1] = {0.0};
    const lapack_int info = LAPACKE_dsyevr(LAPACK_COL_MAJOR, 'N', 'I', 'U', n, g.data(), n, 0.0, 0.0, n, n, 0.0,
                                           &found, lambda, z, 1, isuppz);
    if (info != 0 || found != 1)
        return Error("rnn.eigen_failed").with("info", static_cast<long long>(info));
    return std::sqrt(std::max(lambda[0], 0.0));
}

Result<Spectra> computeSpectra(const Eigen::MatrixXd &w, bool withEigenvectors)
{
    if (auto s = checkSquare(w); !s)
        return s.error();
    useOneBlasThread();
    const lapack_int n = static_cast<lapack_int>(w.rows());
    const bool vectors = withEigenvectors && n <= kMaxEigenvectorSize;

    Eigen::MatrixXd a = w; // dgeev overwrites its input
    Eigen::VectorXd wr(n), wi(n);
    Eigen::MatrixXd vr(vectors ? n : 1, vectors ? n : 1);
    double vl[1] = {0.0};
    const lapack_int info = LAPACKE_dgeev(LAPACK_COL_MAJOR, 'N', vectors ? 'V' : 'N', n, a.data(), n, wr.data(),
                                          wi.data(), vl, 1, vr.data(), vectors ? n : 1);
    if (info != 0)
        return Error("rnn.eigen_failed").with("info", static_cast<long long>(info));

    Spectra s;
    const double tiny = 64.0 * std::numeric_limits<double>::epsilon() * w.norm();
    auto clean = [tiny](double x) { return std::abs(x) <= tiny ? 0.0 : x; };
    s.eigenvalues.reserve(size_t(n));
    for (lapack_int j = 0; j < n; ++j)
        s.eigenvalues.emplace_back(clean(wr[j]), clean(wi[j]));
    if (vectors) {
        // dgeev packs a complex pair λ, conj(λ) as columns j (real part) and j+1 (imaginary part).
        for (lapack_int j = 0; j < n; ++j) {
            Eigen::VectorXcd v(n);
            if (wi[j] == 0.0) {
                v = vr.col(j).cast<std::complex<double>>();
            } else if (j + 1 < n && wi[j] > 0.0) {
                for (lapack_int i = 0; i < n; ++i)
                    v[i] = {vr(i, j), vr(i, j + 1)};
            } else {
                for (lapack_int i = 0; i < n; ++i)
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
