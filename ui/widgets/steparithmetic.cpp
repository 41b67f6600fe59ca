#include "steparithmetic.h"

#include "text/numbertext.h"
#include "theme/scaledfont.h"
#include "theme/themecolors.h"

#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>

namespace {

const QString kDot = QStringLiteral("\u00b7");

QString paddingSpan(const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\"><i>%2</i></span>").arg(theme::htmlColor(theme::themeColors().mutedText), text);
}

} // namespace

StepArithmetic::StepArithmetic(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_formula(new QLabel)
    , m_legend(new QLabel)
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_formula->setObjectName(QStringLiteral("stepFormula"));
    m_legend->setObjectName(QStringLiteral("stepLegend"));
    setAccessibleName(tr("Step arithmetic"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    theme::setRelativeFont(m_heading, 1.2, 0, true); // grows with the zoom and in lecture mode
    m_heading->setTextFormat(Qt::PlainText);

    theme::setRelativeFont(m_formula, 1.7, 0, true);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setAccessibleName(tr("Step arithmetic"));
    m_formula->setToolTip(tr("Each term is an input value times the filter weight over it; the sum is the output cell"));
    m_formula->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_formula);
    layout->addWidget(m_legend);
}

void StepArithmetic::setStep(const dlt::conv::Step &step, int channels, bool stale)
{
    QString heading = tr("Output row %1, column %2").arg(step.row + 1).arg(step.col + 1);
    if (stale)
        heading += tr(" (last valid result)");
    m_heading->setText(heading);

    QString html, plain;
    bool anyPadding = false;
    int written = 0;
    int channelShown = -1;
    for (const dlt::conv::Tap &tap : step.taps) {
        if (written == kMaxTerms)
            break;
        if (channels > 1 && tap.channel != channelShown) {
            channelShown = tap.channel;
            const QString label = tr("channel %1: ").arg(tap.channel + 1);
            if (written > 0) {
                html += QStringLiteral(" +<br>");
                plain += QStringLiteral(" + ");
            }
            html += QStringLiteral("<span style=\"font-size:small; color:%1\">%2</span>")
                        .arg(theme::htmlColor(theme::themeColors().mutedText), label.toHtmlEscaped());
            plain += label;
        } else if (written > 0) {
            html += QStringLiteral(" + ");
            plain += QStringLiteral(" + ");
        }
        const QString value = numbertext::factor(tap.value);
        const QString weight = numbertext::factor(tap.weight);
        html += (tap.padding ? paddingSpan(value) : value) + kDot + weight;
        plain += value + kDot + weight;
        anyPadding = anyPadding || tap.padding;
        ++written;
    }
    const qsizetype rest = qsizetype(step.taps.size()) - written;
    if (rest > 0) {
        const QString more = tr(" + … (%1 more products)").arg(rest);
        html += more.toHtmlEscaped();
        plain += more;
    }
    const QString sum = numbertext::display(step.sum);
    html += QStringLiteral(" = <b>%1</b>").arg(sum);
    plain += QStringLiteral(" = ") + sum;
    m_formula->setText(html);
    m_formula->setAccessibleDescription(plain);
    // Read out as "Output row 1, column 2: 6 × 1 + 3 × 1 + … = 4" (× is spoken "times").
    announce(tr("%1: %2").arg(heading, QString(plain).replace(kDot, QStringLiteral(" \u00d7 "))));

    QString legend = tr("Each term is <i>input value</i> %1 <i>filter weight</i>; the window is outlined in blue on the input.")
                         .arg(kDot);
    if (anyPadding)
        legend += QLatin1Char(' ') + tr("%1 is a zero from the padding.").arg(paddingSpan(QStringLiteral("0")));
    m_legend->setText(legend);
    m_legend->show();
}

void StepArithmetic::setMessage(const QString &text)
{
    m_heading->setText(tr("Step arithmetic"));
    m_formula->setText(QStringLiteral("<span style=\"font-size:medium\">%1</span>").arg(text.toHtmlEscaped()));
    m_formula->setAccessibleDescription(text);
    announce(text);
    m_legend->clear();
    m_legend->hide();
}

QString StepArithmetic::plainText() const
{
    return m_formula->accessibleDescription();
}

void StepArithmetic::announce(const QString &description)
{
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    // Screen readers re-read the description when told that it changed.
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}
