#include "spectrumview.h"

#include "models/gradientformat.h"

#include "rnn/analysis.h"
#include "theme/themecolors.h"

#include <QGraphicsLayout>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

QList<QPointF> toPoints(const std::vector<dlt::rnn::PlotPoint> &points)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const auto &p : points)
        out.append(QPointF(p.x, p.y));
    return out;
}

} // namespace

SpectrumView::SpectrumView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("spectrumView"));
    setAccessibleName(tr("Eigenvalues in the complex plane"));
    setToolTip(tr("Eigenvalues λ of the analysed matrix. Outside the dashed circle |z| = 1/γ (red) the seed's\n"
                  "estimate grows: explosion possible. If the dotted circle |z| = σ_max lies inside it,\n"
                  "vanishing is guaranteed. Hover a point to read it."));
    setRenderHint(QPainter::Antialiasing);

    auto *c = new QChart;
    c->setTitle(tr("Spectrum"));
    c->legend()->hide(); // caption() is the key: a legend would not fit beside the square plot
    c->setMargins(QMargins(4, 4, 4, 4));

    m_threshold = new QLineSeries;
    m_threshold->setPen(QPen(Qt::black, 1.8, Qt::DashLine));
    m_sigma = new QLineSeries;
    m_sigma->setPen(QPen(Qt::gray, 1.5, Qt::DotLine));
    m_inside = new QScatterSeries;
    m_inside->setName(tr("γ|λ| ≤ 1"));
    m_inside->setMarkerSize(10);
    m_outside = new QScatterSeries;
    m_outside->setName(tr("γ|λ| > 1"));
    m_outside->setMarkerSize(12);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_sigma, m_threshold, m_inside, m_outside})
        c->addSeries(s);

    m_axisX = new QValueAxis;
    m_axisX->setTitleText(tr("Re λ"));
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(tr("Im λ"));
    for (QValueAxis *a : {m_axisX, m_axisY}) {
        a->setLabelFormat(QStringLiteral("%.4g"));
    }
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    // QChartView made a default chart of its own and setChart() only releases it: delete it, or it leaks.
    QChart *placeholder = chart();
    setChart(c);
    delete placeholder;

    connect(m_inside, &QScatterSeries::hovered, this,
            [this](const QPointF &p, bool state) { showPointToolTip(p, state, false); });
    connect(m_outside, &QScatterSeries::hovered, this,
            [this](const QPointF &p, bool state) { showPointToolTip(p, state, true); });
    applyStyle();
    theme::onColorsChanged(this, [this] { applyStyle(); });
}

// Fonts follow the widget's (zoomed) font, colours the active theme.
void SpectrumView::applyStyle()
{
    const theme::ThemeColors &tc = theme::themeColors();
    QChart *c = chart();
    c->setTitleFont(font());
    c->setTitleBrush(tc.chartText);
    c->setBackgroundBrush(tc.chartBackground);
    QPen threshold = m_threshold->pen();
    threshold.setColor(tc.spectrumThreshold);
    m_threshold->setPen(threshold);
    QPen sigma = m_sigma->pen();
    sigma.setColor(tc.spectrumSigma);
    m_sigma->setPen(sigma);
    m_inside->setColor(tc.spectrumInside);
    m_outside->setColor(tc.spectrumOutside);
    const int marker = std::max(10, fontMetrics().height() * 3 / 5);
    m_inside->setMarkerSize(marker);
    m_outside->setMarkerSize(marker * 6 / 5);
    for (QScatterSeries *s : {m_inside, m_outside})
        s->setBorderColor(tc.chartBackground);
    for (QValueAxis *a : {m_axisX, m_axisY}) {
        a->setLabelsFont(font());
        a->setTitleFont(font());
        a->setLabelsColor(tc.chartText);
        a->setTitleBrush(tc.chartText);
        a->setGridLineColor(tc.chartGrid);
        a->setLinePenColor(tc.chartText);
    }
    const int side = fontMetrics().height() * 14;
    setMinimumSize(side, side);
    if (isVisible())
        keepSquare();
}

void SpectrumView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyStyle();
}

void SpectrumView::setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis)
{
    m_analysis = analysis;
    if (!analysis) {
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_inside, m_outside, m_threshold, m_sigma})
            s->clear();
        return;
    }
    m_plot = dlt::rnn::spectrumPlot(*analysis);
    m_rows = dlt::rnn::eigenRows(*analysis);
    m_inside->replace(toPoints(m_plot.inside));
    m_outside->replace(toPoints(m_plot.outside));
    m_threshold->replace(toPoints(m_plot.thresholdCircle));
    m_sigma->replace(toPoints(m_plot.sigmaCircle));
    m_threshold->setName(tr("1/γ = %1").arg(gradientformat::number(m_plot.thresholdRadius, 4)));
    m_sigma->setName(tr("σ_max = %1").arg(gradientformat::number(analysis->spectra.spectralNorm, 4)));
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setRange(-m_plot.extent, m_plot.extent);
        axis->setTickCount(5); // ±extent, ±extent/2, 0: round numbers (core rounds the extent)
    }
}

QString SpectrumView::caption() const
{
    if (!m_analysis)
        return {};
    // One key per line: side by side they wrapped inside "γ|λ| ≤ 1" (a line may break after "|").
    return tr("<span style=\"color:%3\">●</span> γ|λ| &gt; 1 (explosion possible)<br>"
              "<span style=\"color:%4\">●</span> γ|λ| ≤ 1<br>"
              "dashed: |z| = 1/γ = %1<br>dotted: |z| = σ_max = %2")
        .arg(gradientformat::number(m_plot.thresholdRadius, 4), gradientformat::number(m_analysis->spectra.spectralNorm, 4),
             theme::htmlColor(theme::themeColors().spectrumOutside), theme::htmlColor(theme::themeColors().spectrumInside));
}

void SpectrumView::showPointToolTip(const QPointF &point, bool state, bool outside)
{
    if (!state || !m_analysis) {
        QToolTip::hideText();
        return;
    }
    const auto &points = outside ? m_plot.outside : m_plot.inside;
    const auto &indices = outside ? m_plot.outsideIndex : m_plot.insideIndex;
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].x == point.x() && points[i].y == point.y()) {
            const dlt::rnn::EigenRow &r = m_rows[size_t(indices[i])];
            QToolTip::showText(QCursor::pos(), tr("λ%1 = %2\n|λ| = %3, γ·|λ| = %4")
                                                   .arg(indices[i] + 1)
                                                   .arg(gradientformat::complex(r.value, 6), gradientformat::number(r.modulus, 6),
                                                        gradientformat::number(r.gammaModulus, 6)),
                               this);
            return;
        }
    }
}

void SpectrumView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    keepSquare();
}

// Equal units on both axes: a circle must look like a circle. The spare width (or height) goes
// into the chart's margins, so the axes and the series keep one automatic mapping.
void SpectrumView::keepSquare()
{
    QChart *c = chart();
    const QMargins base(4, 4, 4, 4);
    c->setMargins(base);
    c->layout()->activate();
    const QRectF area = c->plotArea();
    const int extra = int((area.width() - area.height()) / 2);
    if (extra > 0)
        c->setMargins(QMargins(base.left() + extra, base.top(), base.right() + extra, base.bottom()));
    else if (extra < 0)
        c->setMargins(QMargins(base.left(), base.top() - extra, base.right(), base.bottom() - extra));
}
