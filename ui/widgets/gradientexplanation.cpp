#include "gradientexplanation.h"

#include "models/gradientformat.h"

#include "rnn/analysis.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"

#include <QScrollBar>
#include <QStringList>

using namespace gradientformat;
using dlt::rnn::Activation;
using dlt::rnn::Verdict;

namespace {

// Up to this n the first states are written out as vectors.
constexpr int kShowStatesUpTo = 4;

QString para(const QString &text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text + QStringLiteral("</h4>");
}

QString compare(double value, double threshold)
{
    return value > threshold ? QStringLiteral("&gt;") : value < threshold ? QStringLiteral("&lt;") : QStringLiteral("=");
}

} // namespace

GradientExplanation::GradientExplanation(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("gradientExplanation"));
    setAccessibleName(tr("Explanation"));
    setToolTip(tr("The verdict worked out with the current numbers"));
    setOpenLinks(false);
    theme::setEmWidth(this, 13); // follows the interface zoom
}

void GradientExplanation::setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis)
{
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    if (!analysis)
        setHtml(para(tr("Enter W_hh to see the explanation.")));
    else
        setHtml(html(*analysis));
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll); // keep the reader's place while the slider moves
}

QString GradientExplanation::html(const dlt::rnn::Analysis &a)
{
    return verdictSection(a) + seedSection(a) + boundSection(a) + runSection(a);
}

QString GradientExplanation::verdictSection(const dlt::rnn::Analysis &a)
{
    QString title;
    QString color;
    switch (a.verdict) {
    case Verdict::Exploding:
        title = tr("Exploding: γ·ρ = %1 > 1").arg(number(a.gammaRho));
        color = theme::htmlColor(theme::themeColors().errorText);
        break;
    case Verdict::Vanishing:
        title = tr("Vanishing (guaranteed): γ·σ_max = %1 < 1").arg(number(a.gammaSigma));
        color = theme::htmlColor(theme::themeColors().curveActual);
        break;
    case Verdict::Borderline:
        title = tr("Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2").arg(number(a.gammaRho), number(a.gammaSigma));
        color = theme::htmlColor(theme::themeColors().warningText);
        break;
    }
    return QStringLiteral("<h3 style=\"color:%1\">").arg(color) + title.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString GradientExplanation::seedSection(const dlt::rnn::Analysis &a)
{
    QString s = heading(tr("1. The seed's reasoning, with these numbers"));
    const int n = a.n();
    const QString matrixName = a.inputs.scale == 1.0 ? tr("W") : tr("W = %1 × W_hh").arg(number(a.inputs.scale));
    if (n <= kShowStatesUpTo)
        s += para(tr("%1 = %2.").arg(matrixName, matrix(a.analysedMatrix())));
    const auto &values = a.spectra.eigenvalues;
    if (!a.spectra.eigenvectors.empty()) {
        QStringList items;
        for (size_t i = 0; i < values.size(); ++i) {
            const QString v = vector(a.spectra.eigenvectors[i]);
            items << tr("W·%1 = %2·%1, so λ%3 = %2").arg(v, complex(values[i])).arg(i + 1);
        }
        s += para(tr("Eigenvectors and eigenvalues (W·v = λ·v):")) + QStringLiteral("<ul><li>")
             + items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
    } else {
        s += para(tr("The %1 eigenvalues are listed in the table; the largest in modulus is λ1 = %2.")
                      .arg(values.size())
                      .arg(complex(values.front())));
    }
    s += para(tr("Spectral radius ρ = max|λ| = %1.").arg(number(a.spectra.spectralRadius)));
    s += para(a.summary.symmetric
                  ? tr("Back-propagation multiplies by Wᵀ. It has the same eigenvalues, and since this W is symmetric also "
                       "the same eigenvectors.")
                  : tr("Back-propagation multiplies by Wᵀ. It has the same eigenvalues as W, but (W not being symmetric) "
                       "other eigenvectors."));
    QString gammaWhy;
    switch (a.inputs.activation) {
    case Activation::Sigmoid:
        gammaWhy = tr("for the sigmoid, φ' = σ(1 − σ) is largest at a = 0: 0.5·(1 − 0.5)");
        break;
    case Activation::Tanh:
        gammaWhy = tr("for tanh, φ' = 1 − tanh² is largest at a = 0");
        break;
    case Activation::Relu:
        gammaWhy = tr("for ReLU, φ' is 1 where a > 0 and 0 elsewhere");
        break;
    case Activation::Linear:
        gammaWhy = tr("a linear φ has φ' = 1 everywhere");
        break;
    }
    s += para(tr("Each step back also multiplies by φ'(a_t), at most γ = %1 (%2).").arg(number(a.gamma), gammaWhy));
    const QString cmp = compare(a.gammaRho, 1.0);
    QString conclusion;
    if (a.gammaRho > 1.0 + dlt::rnn::kVerdictTolerance)
        conclusion = tr("so the estimate (%1)^k grows: the network is prone to exploding gradients. This is the seed's answer.")
                         .arg(number(a.gammaRho));
    else if (a.gammaRho < 1.0 - dlt::rnn::kVerdictTolerance)
        conclusion = tr("so the estimate (%1)^k shrinks.").arg(number(a.gammaRho));
    else
        conclusion = tr("so the estimate neither grows nor shrinks.");
    s += para(tr("Along the top eigenvector: γ·ρ = %1 × %2 = <b>%3 %4 1</b>, %5")
                  .arg(number(a.gamma), number(a.spectra.spectralRadius), number(a.gammaRho), cmp, conclusion));
    return s;
}

QString GradientExplanation::boundSection(const dlt::rnn::Analysis &a)
{
    QString s = heading(tr("2. What is guaranteed"));
    s += para(tr("σ_max = ‖W‖₂ = %1 is the most Wᵀ can stretch any vector, so always "
                 "‖∂L/∂h_(T−k)‖ ≤ (γ·σ_max)^k·‖l‖ with γ·σ_max = %2 %3 1.")
                  .arg(number(a.spectra.spectralNorm), number(a.gammaSigma), compare(a.gammaSigma, 1.0)));
    if (a.verdict == Verdict::Vanishing)
        s += para(tr("Because γ·σ_max &lt; 1, every gradient vanishes at least geometrically, whatever the inputs "
                     "(Pascanu, Mikolov &amp; Bengio 2013)."));
    if (a.summary.nonNormal) {
        s += para(tr("<b>Here the bound and the estimate differ:</b> σ_max = %1 &gt; ρ = %2, because W is not normal "
                     "(WᵀW ≠ WWᵀ; its eigenvectors are not orthogonal). Products of such matrices can grow for a while "
                     "before the eigenvalues take over (transient growth), so γ·ρ ≤ 1 does not guarantee vanishing, "
                     "and only γ·σ_max &lt; 1 does.")
                      .arg(number(a.spectra.spectralNorm), number(a.spectra.spectralRadius)));
    } else {
        s += para(tr("Here σ_max = ρ (W is normal), so the guaranteed bound and the seed's estimate are the same curve."));
    }
    s += para(tr("In the spectrum plot, an eigenvalue outside the circle of radius 1/γ = %1 makes explosion possible; "
                 "a σ_max circle inside it guarantees vanishing.")
                  .arg(number(a.inverseGamma)));
    return s;
}

QString GradientExplanation::runSection(const dlt::rnn::Analysis &a)
{
    const long long steps = a.steps();
    QString s = heading(tr("3. What this run actually does (T = %1)").arg(steps));
    if (steps == 0)
        return s + para(tr("With T = 0 there is nothing to back-propagate: the gradient is l itself."));
    const auto &tr_ = a.trajectory;
    if (a.n() <= kShowStatesUpTo && steps >= 2) {
        s += para(tr("Forward: a₁ = W·h₀ + b = %1, h₁ = φ(a₁) = %2; a₂ = %3, h₂ = %4; … a_T = %5.")
                      .arg(vector(Eigen::VectorXd(tr_.firstPreActivations.col(0))),
                           vector(Eigen::VectorXd(tr_.firstStates.col(1))),
                           vector(Eigen::VectorXd(tr_.firstPreActivations.col(1))),
                           vector(Eigen::VectorXd(tr_.firstStates.col(2))), vector(tr_.lastPreActivation)));
    }
    s += para(tr("Back-propagated: ‖∂L/∂h₀‖ = <b>%1</b> after %2 steps back, × %3 per step on average "
                 "(the blue curve).")
                  .arg(magnitude(a.gradNorms.log10.back()))
                  .arg(steps)
                  .arg(gradientformat::factor(a.summary.actualRateLog10)));
    if (a.summary.saturationDefeatsEstimate) {
        QString why = tr("<b>Why does it vanish although γ·ρ &gt; 1?</b> The estimate assumes every unit sits where φ' = γ. ");
        if (a.inputs.activation == Activation::Sigmoid || a.inputs.activation == Activation::Tanh)
            why += tr("Here the pre-activations grow large (mean |a_T| = %1), the units saturate and φ'(a_T) averages "
                      "only %2 instead of γ = %3; %4 % of all φ' values on the way are below γ/10. Redoing the seed's "
                      "product with that φ': ρ × %2 = %5 %6 1.")
                       .arg(number(a.summary.meanAbsLastPreActivation), number(a.summary.meanLastDerivative),
                            number(a.gamma), number(a.summary.saturatedPercent, 3),
                            number(a.summary.saturatedFactor), compare(a.summary.saturatedFactor, 1.0));
        else
            why += tr("Here φ'(a_T) averages %1 instead of γ = %2 (units with a ≤ 0 pass no gradient).")
                       .arg(number(a.summary.meanLastDerivative), number(a.gamma));
        s += para(why);
        if (a.summary.zeroStart)
            s += para(tr("With h₀ = 0 and b = 0, as in the seed, this network drives its units into saturation, so its "
                         "gradient vanishes in practice. The seed's answer (exploding) describes what W allows while "
                         "the units are not saturated; load the preset <i>Seed at its fixed point</i> "
                         "(b = −3.5, h₀ = 0.5) to see the gradient really grow as 1.75^k."));
    } else if (a.verdict == Verdict::Exploding && a.summary.actualRate > 1.0) {
        s += para(tr("The actual gradient grows too, as the estimate predicts."));
    } else if (a.verdict == Verdict::Vanishing) {
        s += para(tr("As guaranteed, the actual curve stays below the bound and vanishes."));
    } else if (a.verdict == Verdict::Borderline) {
        s += para(a.summary.actualRate > 1.0 ? tr("Neither is guaranteed; in this run the gradient grows.")
                                             : tr("Neither is guaranteed; in this run the gradient does not grow."));
    }
    if (tr_.stateClippedAt >= 0)
        s += para(tr("The forward states grew past about 1e300 at step %1 and were clipped from there on.")
                      .arg(tr_.stateClippedAt));
    if (a.gradNorms.firstClipped() >= 0 || a.bound.firstClipped() >= 0)
        s += para(tr("Norms past 1e300 are drawn at that ceiling (the read-out still gives their size)."));
    return s;
}
