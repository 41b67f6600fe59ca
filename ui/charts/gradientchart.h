#pragma once

#include "chartlegend.h"

#include "rnn/plot.h"

#include <QChartView>
#include <QPointer>

#include <memory>

class QGraphicsLineItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace dlt::rnn {
struct Analysis;
}

/**
 * Gradient norm against steps back k on a log y-axis (decades, labelled 1eN): the actual
 * back-propagated norm, the guaranteed bound (γ·σ_max)^k‖l‖ and the seed's estimate (γ·ρ)^k‖l‖.
 * Values past 1e300 are drawn at that ceiling and below 1e−300 at that floor, each with a labelled
 * line in the legend; exact zeros (which a log axis cannot show) get a labelled marker where the
 * curve stops. Moving the mouse, or Left/Right/Home/End with focus, sets a read-out cursor.
 * The legend is a separate widget, legend(), for the owner to place under the chart: it wraps.
 */
class GradientChart : public QChartView
{
    Q_OBJECT

public:
    explicit GradientChart(QWidget *parent = nullptr);
    ~GradientChart() override;

    /** Shows analysis (nullptr clears). */
    void setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis);

    /** Puts the read-out cursor at step k (clamped to 0..T) and emits readoutChanged. */
    void setCursorStep(long long k);
    long long cursorStep() const { return m_cursor; }
    /** The read-out for the cursor step: k and the three values. */
    QString readoutText() const;

    QLineSeries *actualSeries() const { return m_actual; }
    QLineSeries *boundSeries() const { return m_bound; }
    QLineSeries *estimateSeries() const { return m_estimate; }
    QLineSeries *clipSeries() const { return m_clip; }
    QScatterSeries *zeroSeries() const { return m_zeros; }
    QValueAxis *yAxis() const { return m_axisY; }
    /** The legend (wrapping widgets); unparented until the owner puts it in a layout. */
    ChartLegend *legend() const { return m_legend; }

signals:
    void readoutChanged(const QString &text);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    /** The legend lists the clip line, the floor line and the zero markers only where they apply. */
    void showAnnotationEntries(bool clipped, bool under, bool zeros);
    void updateCursorLine();

    std::shared_ptr<const dlt::rnn::Analysis> m_analysis;
    dlt::rnn::GradientPlot m_plot;
    QLineSeries *m_actual;
    QLineSeries *m_bound;
    QLineSeries *m_estimate;
    QLineSeries *m_clip;      ///< the 1e300 ceiling, shown only when something is clipped
    QLineSeries *m_floor;     ///< the 1e−300 floor, shown only when something is below it
    QScatterSeries *m_zeros;  ///< where a curve becomes exactly 0
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QGraphicsLineItem *m_cursorLine;
    QPointer<ChartLegend> m_legend;
    long long m_cursor = -1;
};
