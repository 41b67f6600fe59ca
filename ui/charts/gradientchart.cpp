#include "gradientchart.h"
#include "chartlegend.h"

#include "models/gradientformat.h"

#include "rnn/analysis.h"
#include "theme/themecolors.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QList<QPointF> toPoints(const dlt::rnn::PlotCurve &c)
{
    QList<QPointF> pts;
    pts.reserve(qsizetype(c.points.size()));
    for (const auto &p : c.points)
        pts.append(QPointF(p.x, p.y));
    return pts;
}

QLineSeries *makeLine(const QString &name, const QColor &color, qreal width, Qt::PenStyle style)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    s->setPen(pen);
    return s;
}

} // namespace

GradientChart::GradientChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("gradientChart"));
    setAccessibleName(tr("Gradient norm chart"));
    setToolTip(tr("Gradient norm ‖∂L/∂h_(T−k)‖ against steps back k, on a log scale.\n"
                  "Move the mouse (or use Left/Right, Home/End) to read the values at one step."));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    auto *c = new QChart;
    c->setTitle(tr("Back-propagated gradient norm"));
    c->legend()->hide(); // legend() wraps instead: Qt Charts' one-row legend overprints when it is too narrow
    c->setMargins(QMargins(6, 6, 6, 6));

    m_bound = makeLine(tr("bound (γσ_max)^k‖l‖"), QColor(0xc0, 0x39, 0x2b), 2.0, Qt::DashLine);
    m_estimate = makeLine(tr("estimate (γρ)^k‖l‖"), QColor(0x1e, 0x8a, 0x4c), 2.0, Qt::DotLine);
    m_actual = makeLine(tr("actual"), QColor(0x1f, 0x5f, 0xbf), 3.0, Qt::SolidLine);
    m_clip = makeLine(tr("clipped at 1e300"), QColor(0x70, 0x70, 0x70), 1.5, Qt::DashDotLine);
    m_floor = makeLine(tr("below 1e−300"), QColor(0x70, 0x70, 0x70), 1.5, Qt::DashDotDotLine);
    m_zeros = new QScatterSeries;
    m_zeros->setName(tr("exactly 0 from here"));
    m_zeros->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_zeros->setMarkerSize(11);
    m_legend = new ChartLegend;
    m_legend->setObjectName(QStringLiteral("gradientLegend"));
    m_legend->setToolTip(tr("What each curve of the gradient chart shows"));
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_bound, m_estimate, m_actual, m_clip, m_floor, m_zeros}) {
        c->addSeries(s);
        m_legend->addSeries(s);
    }
    showAnnotationEntries(false, false, false); // shown only when they apply

    m_axisX = new QValueAxis;
    m_axisX->setTitleText(tr("steps back k  (k = 0: h_T,  k = T: h_0)"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(tr("‖∂L/∂h_(T−k)‖ (log)"));
    m_axisY->setLabelFormat(QStringLiteral("1e%.0f"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
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

    m_cursorLine = new QGraphicsLineItem(c);
    m_cursorLine->setZValue(20);
    m_cursorLine->hide();
    connect(c, &QChart::plotAreaChanged, this, &GradientChart::updateCursorLine);
    applyStyle();
    theme::onColorsChanged(this, [this] { applyStyle(); });
}

// Fonts follow the widget's (zoomed) font, colours the active theme.
void GradientChart::applyStyle()
{
    const theme::ThemeColors &tc = theme::themeColors();
    QChart *c = chart();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    c->setTitleFont(titleFont);
    c->setTitleBrush(tc.chartText);
    c->setBackgroundBrush(tc.chartBackground);
    const int m = std::max(6, fontMetrics().height() / 3);
    c->setMargins(QMargins(m, m, m, m));
    const std::pair<QLineSeries *, QColor> pens[] = {{m_bound, tc.curveBound}, {m_estimate, tc.curveEstimate},
                                                     {m_actual, tc.curveActual}, {m_clip, tc.curveClip},
                                                     {m_floor, tc.curveClip}};
    for (const auto &[series, colour] : pens) {
        QPen pen = series->pen();
        pen.setColor(colour);
        series->setPen(pen);
    }
    m_zeros->setColor(tc.curveZeros);
    m_zeros->setBorderColor(tc.chartBackground);
    m_zeros->setMarkerSize(std::max(11, fontMetrics().height() * 2 / 3));
    for (QValueAxis *a : {m_axisX, m_axisY}) {
        a->setLabelsFont(font());
        a->setTitleFont(font());
        a->setLabelsColor(tc.chartText);
        a->setTitleBrush(tc.chartText);
        a->setGridLineColor(tc.chartGrid);
        a->setLinePenColor(tc.chartText);
    }
    m_cursorLine->setPen(QPen(tc.chartCursor, 1.0, Qt::SolidLine));
    m_legend->refresh();
    setMinimumSize(fontMetrics().averageCharWidth() * 45, fontMetrics().height() * 15);
}

void GradientChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyStyle();
}

GradientChart::~GradientChart()
{
    if (m_legend && !m_legend->parent())
        delete m_legend; // nobody placed it
}

void GradientChart::setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis)
{
    // A cursor at the last step (h_0) stays there when T changes; elsewhere it keeps its k.
    const bool cursorAtEnd = !m_analysis || m_cursor < 0 || m_cursor >= m_analysis->steps();
    m_analysis = analysis;
    if (!analysis) {
        for (QLineSeries *s : {m_actual, m_bound, m_estimate, m_clip, m_floor})
            s->clear();
        m_zeros->clear();
        showAnnotationEntries(false, false, false);
        m_cursorLine->hide();
        return;
    }
    m_plot = dlt::rnn::gradientPlot(*analysis);
    m_actual->replace(toPoints(m_plot.actual));
    m_bound->replace(toPoints(m_plot.bound));
    m_estimate->replace(toPoints(m_plot.estimate));

    m_axisX->setRange(0.0, m_plot.xMax);
    m_axisX->applyNiceNumbers();
    m_axisX->setRange(0.0, m_plot.xMax);
    m_axisY->setRange(m_plot.yMin, m_plot.yMax);
    m_axisY->setTickAnchor(m_plot.yMin);
    m_axisY->setTickInterval(m_plot.yTick);

    const dlt::rnn::PlotCurve *curves[] = {&m_plot.actual, &m_plot.bound, &m_plot.estimate};
    bool clipped = false, under = false;
    QList<QPointF> zeros;
    for (const dlt::rnn::PlotCurve *c : curves) {
        clipped |= c->clippedFrom >= 0;
        under |= c->underflowFrom >= 0;
        if (c->zeroFrom >= 0)
            zeros.append(QPointF(double(c->zeroFrom), m_plot.yMin));
    }
    m_clip->replace(clipped ? QList<QPointF>{{0.0, dlt::rnn::kClipLog10}, {m_plot.xMax, dlt::rnn::kClipLog10}}
                            : QList<QPointF>{});
    m_floor->replace(under ? QList<QPointF>{{0.0, -dlt::rnn::kClipLog10}, {m_plot.xMax, -dlt::rnn::kClipLog10}}
                           : QList<QPointF>{});
    m_zeros->replace(zeros);
    showAnnotationEntries(clipped, under, !zeros.isEmpty());

    setCursorStep(cursorAtEnd ? analysis->steps() : m_cursor);
}

void GradientChart::showAnnotationEntries(bool clipped, bool under, bool zeros)
{
    m_legend->setEntryVisible(m_clip, clipped);
    m_legend->setEntryVisible(m_floor, under);
    m_legend->setEntryVisible(m_zeros, zeros);
}

QString GradientChart::readoutText() const
{
    if (!m_analysis || m_cursor < 0)
        return {};
    const size_t k = size_t(m_cursor);
    auto value = [k](const dlt::rnn::NormCurve &c) {
        QString s = gradientformat::magnitude(c.log10[k], 3);
        if (c.clipped(k))
            s += tr(" (past the 1e300 clip)");
        return s;
    };
    return tr("k = %1 (h_%2):  actual %3   bound %4   estimate %5")
        .arg(m_cursor)
        .arg(m_analysis->steps() - m_cursor)
        .arg(value(m_analysis->gradNorms), value(m_analysis->bound), value(m_analysis->estimate));
}

void GradientChart::setCursorStep(long long k)
{
    if (!m_analysis)
        return;
    m_cursor = std::clamp<long long>(k, 0, m_analysis->steps());
    updateCursorLine();
    emit readoutChanged(readoutText());
}

void GradientChart::updateCursorLine()
{
    if (!m_analysis || m_cursor < 0) {
        m_cursorLine->hide();
        return;
    }
    const QPointF top = chart()->mapToPosition(QPointF(double(m_cursor), m_plot.yMax), m_actual);
    const QPointF bottom = chart()->mapToPosition(QPointF(double(m_cursor), m_plot.yMin), m_actual);
    m_cursorLine->setLine(QLineF(top, bottom));
    m_cursorLine->show();
}

void GradientChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (!m_analysis)
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos))
        return;
    const QPointF value = chart()->mapToValue(chartPos, m_actual);
    setCursorStep(std::llround(value.x()));
}

void GradientChart::keyPressEvent(QKeyEvent *event)
{
    if (!m_analysis) {
        QChartView::keyPressEvent(event);
        return;
    }
    const long long page = std::max<long long>(1, m_analysis->steps() / 10);
    switch (event->key()) {
    case Qt::Key_Left:
        setCursorStep(m_cursor - 1);
        break;
    case Qt::Key_Right:
        setCursorStep(m_cursor + 1);
        break;
    case Qt::Key_PageDown:
        setCursorStep(m_cursor - page);
        break;
    case Qt::Key_PageUp:
        setCursorStep(m_cursor + page);
        break;
    case Qt::Key_Home:
        setCursorStep(0);
        break;
    case Qt::Key_End:
        setCursorStep(m_analysis->steps());
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GradientChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateCursorLine();
}
