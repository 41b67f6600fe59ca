// dltutor rnn: vanishing or exploding gradients for a chosen recurrent matrix W_hh.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/rnnoptions.h"
#include "cli/io.h"

#include "text/errortext.h"

#include "matrixtext/matrixtext.h"
#include "rnn/analysis.h"
#include "rnn/json.h"
#include "rnn/plot.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <string>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("rnn");

// Rows of the printed table when T is large (--json always has all T+1).
constexpr int kTableRows = 21;
// Print every row up to this T.
constexpr long long kFullTableUpTo = 50;
// W_hh and eigenvectors are printed only up to this size.
constexpr int kPrintMatrixUpTo = 8;

QString usage()
{
    return tr("Usage: dltutor rnn [--whh \"3.5 3.5; 3.5 3.5\" | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]\n"
              "                   [--steps T] [--bias \"v1 v2\"] [--h0 \"v1 v2\"] [--loss-grad \"v1 v2\"] [--json]\n"
              "\n"
              "Back-propagates a gradient through T steps of h_t = φ(W_hh·h_(t−1) + b) and tells whether it\n"
              "vanishes or explodes: the eigenvalues and spectral radius ρ of W_hh, its spectral norm σ_max,\n"
              "γ = max|φ'|, the verdict, and the gradient norm at every step back next to the guaranteed\n"
              "bound (γ·σ_max)^k·‖l‖ and the seed's estimate (γ·ρ)^k·‖l‖.\n"
              "\n"
              "Options:\n"
              "  --whh TEXT        W_hh, rows separated by ';' or newlines (default: every entry 3.5, 2×2)\n"
              "  --whh-file PATH   read W_hh from a file ('-' for standard input)\n"
              "  --activation NAME sigmoid (the default, γ = 1/4), tanh, relu or linear (γ = 1)\n"
              "  --steps T         number of steps, 0 to 10000 (default 50)\n"
              "  --bias TEXT       b, n numbers (default all 0)\n"
              "  --h0 TEXT         the initial state h_0, n numbers (default all 0)\n"
              "  --loss-grad TEXT  l = ∂L/∂h_T, n numbers (default all 1/√n)\n"
              "  --json            print JSON: n, eigenvalues [[re, im], ...], spectral_radius, spectral_norm,\n"
              "                    gamma, verdict, grad_norms, bound, estimate (T+1 values each, k = 0..T,\n"
              "                    clipped at 1e300)\n"
              "  --help            show this help\n"
              "\n"
              "Example: dltutor rnn --whh \"3.5 3.5; 3.5 3.5\" --activation sigmoid --steps 20\n");
}

QString num(double v) { return QString::fromStdString(dlt::rnn::formatValue(v, 6)); }
QString pow10(double log10) { return QString::fromStdString(dlt::rnn::formatLog10(log10, 4)); }
QString cplx(std::complex<double> z) { return QString::fromStdString(dlt::rnn::formatComplex(z, 6)); }

QString vectorText(const Eigen::VectorXcd &v)
{
    QStringList parts;
    for (const auto &x : v)
        parts << cplx(x);
    return QStringLiteral("(") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QString verdictSentence(const dlt::rnn::Analysis &a)
{
    using dlt::rnn::Verdict;
    switch (a.verdict) {
    case Verdict::Vanishing:
        return tr("vanishing — γ·σ_max = %1 < 1, so every gradient shrinks at least like %1^k "
                  "(guaranteed; Pascanu, Mikolov & Bengio 2013).")
            .arg(num(a.gammaSigma));
    case Verdict::Exploding:
        return tr("exploding — γ·ρ = %1 > 1, so the network is prone to exploding gradients "
                  "(the seed's reasoning: up to %1 per step along the top eigenvector).")
            .arg(num(a.gammaRho));
    case Verdict::Borderline:
        return tr("borderline — γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2, so neither vanishing nor exploding is guaranteed.")
            .arg(num(a.gammaRho), num(a.gammaSigma));
    }
    return {};
}

QString report(const dlt::rnn::Analysis &a)
{
    using namespace dlt::rnn;
    const int n = a.n();
    const long long steps = a.steps();
    QString s = tr("W_hh is %1×%1, activation %2, T = %3 steps\n")
                    .arg(n)
                    .arg(QString::fromStdString(activationId(a.inputs.activation)))
                    .arg(steps);
    if (n <= kPrintMatrixUpTo) {
        s += QLatin1Char('\n');
        for (int r = 0; r < n; ++r) {
            QStringList cells;
            for (int c = 0; c < n; ++c)
                cells << num(a.inputs.w(r, c)).rightJustified(10);
            s += QStringLiteral("  ") + cells.join(QString()) + QLatin1Char('\n');
        }
    }
    s += QLatin1Char('\n') + tr("Eigenvalues (largest modulus first):\n");
    const size_t shown = std::min<size_t>(a.spectra.eigenvalues.size(), kPrintMatrixUpTo);
    for (size_t i = 0; i < shown; ++i) {
        QString line = QStringLiteral("  λ%1 = %2").arg(i + 1).arg(cplx(a.spectra.eigenvalues[i]));
        if (i < a.spectra.eigenvectors.size())
            line = line.leftJustified(28) + tr("eigenvector %1").arg(vectorText(a.spectra.eigenvectors[i]));
        s += line + QLatin1Char('\n');
    }
    if (shown < a.spectra.eigenvalues.size())
        s += tr("  … and %1 more (--json lists all)\n").arg(a.spectra.eigenvalues.size() - shown);
    s += QLatin1Char('\n');
    s += tr("Spectral radius   ρ = %1\n").arg(num(a.spectra.spectralRadius));
    s += tr("Spectral norm     σ_max = %1\n").arg(num(a.spectra.spectralNorm));
    s += tr("γ = max|φ'|       %1\n").arg(num(a.gamma));
    s += tr("Seed's estimate   γ·ρ = %1 per step\n").arg(num(a.gammaRho));
    s += tr("Guaranteed bound  γ·σ_max = %1 per step\n").arg(num(a.gammaSigma));
    s += QLatin1Char('\n') + tr("Verdict: %1\n").arg(verdictSentence(a));
    if (a.summary.nonNormal)
        s += tr("W_hh is not normal (σ_max = %1 > ρ = %2): the guaranteed bound lies above the estimate, and the "
                "gradient can grow for a while even when γ·ρ < 1.\n")
                 .arg(num(a.spectra.spectralNorm), num(a.spectra.spectralRadius));

    if (steps > 0) {
        s += QLatin1Char('\n')
             + tr("Actual run: ‖∂L/∂h_0‖ = %1 after %2 steps back, × %3 per step on average; mean φ'(a_T) = %4.\n")
                   .arg(pow10(a.gradNorms.log10.back()))
                   .arg(steps)
                   .arg(pow10(a.summary.actualRateLog10), num(a.summary.meanLastDerivative));
        if (a.summary.saturationDefeatsEstimate)
            s += tr("The units saturate (φ' is small where |a| is large), so the actual gradient vanishes although "
                    "γ·ρ > 1: the estimate assumes φ' = γ at every step.\n");
        if (a.trajectory.stateClippedAt >= 0)
            s += tr("The forward states grew past about 1e300 at step %1 and were clipped from there on.\n")
                     .arg(a.trajectory.stateClippedAt);
    }

    s += QLatin1Char('\n') + tr("Gradient norm k steps back from T (‖∂L/∂h_(T−k)‖):\n");
    const QStringList head = {tr("k"), tr("actual"), tr("bound"), tr("estimate")};
    auto row = [](const QStringList &cells) {
        return QStringLiteral("  ") + cells[0].rightJustified(6) + QStringLiteral("  ") + cells[1].leftJustified(14)
               + cells[2].leftJustified(14) + cells[3] + QLatin1Char('\n');
    };
    s += row(head);
    const auto ks = tableSteps(steps, steps <= kFullTableUpTo ? int(steps + 1) : kTableRows);
    for (long long k : ks) {
        const size_t i = size_t(k);
        s += row({QString::number(k), pow10(a.gradNorms.log10[i]), pow10(a.bound.log10[i]), pow10(a.estimate.log10[i])});
    }
    if (steps > kFullTableUpTo)
        s += tr("  (%1 of %2 rows; --json gives all)\n").arg(ks.size()).arg(steps + 1);
    return s;
}

// One top-level key per line, each value compact.
QString jsonText(const nlohmann::ordered_json &j)
{
    QStringList members;
    for (const auto &[key, value] : j.items())
        members << QStringLiteral("  \"") + QString::fromStdString(key) + QStringLiteral("\": ")
                       + QString::fromStdString(value.dump());
    return QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n");
}

} // namespace

int runRnn(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = rnnInputOptions();
    specs.push_back({QStringLiteral("json"), false});
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;
    dlt::rnn::Inputs in;
    if (const auto failed = parseRnnInputs(kSub, a, in))
        return *failed;

    const auto analysis = dlt::rnn::analyze(in);
    if (!analysis)
        return fail(kSub, analysis.error());

    if (a.has(QStringLiteral("json"))) {
        out(jsonText(dlt::rnn::toJson(*analysis)));
        return Success;
    }
    out(report(*analysis));
    return Success;
}

} // namespace cli
