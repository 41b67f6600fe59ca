#pragma once

#include "conv/conv.h"

#include <QWidget>

class QLabel;

/**
 * Writes out one step of a convolution in large text, for example
 * "6·1 + 3·1 + 4·1 + 4·0 + 7·0 + 4·0 + 7·(−1) + 0·(−1) + 2·(−1) = 4":
 * each term is input value · filter weight, negatives in parentheses with the Unicode minus,
 * padding zeros in grey italics. Formats the numbers of the trace; computes nothing.
 */
class StepArithmetic : public QWidget
{
    Q_OBJECT

public:
    /** Terms written out before the rest are summarised. */
    static constexpr int kMaxTerms = 120;

    explicit StepArithmetic(QWidget *parent = nullptr);

    /** Shows a step of a trace with the given channel count; stale marks it as the last valid result. */
    void setStep(const dlt::conv::Step &step, int channels, bool stale);
    /** Shows a note instead of a step (no result, or stepping is off). */
    void setMessage(const QString &text);

    /** The arithmetic as plain text, as read out to screen readers. */
    QString plainText() const;

private:
    /** Sets the widget's accessible description and tells assistive tools that it changed. */
    void announce(const QString &description);

    QLabel *m_heading;
    QLabel *m_formula;
    QLabel *m_legend;
};
