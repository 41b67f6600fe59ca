#pragma once

#include <QTextBrowser>

#include <memory>

namespace dlt::rnn {
struct Analysis;
}

/**
 * The worked explanation on the gradient page, rebuilt for every analysis: the seed's reasoning
 * with the current numbers (eigenvectors and eigenvalues, ρ, γ, γ·ρ), what the guaranteed bound
 * γ·σ_max says and where it differs (non-normal W), and what the run actually did, including
 * the honest note that saturated units make the seed's network vanish although γ·ρ > 1.
 * Every number comes from core; this class only writes sentences around them.
 */
class GradientExplanation : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GradientExplanation(QWidget *parent = nullptr);

    /** Rebuilds the text for analysis (nullptr shows a short hint). */
    void setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis);

    /** The HTML for analysis (also used by tests). */
    static QString html(const dlt::rnn::Analysis &analysis);

private:
    static QString verdictSection(const dlt::rnn::Analysis &a);
    static QString seedSection(const dlt::rnn::Analysis &a);
    static QString boundSection(const dlt::rnn::Analysis &a);
    static QString runSection(const dlt::rnn::Analysis &a);
};
