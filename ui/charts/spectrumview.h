#pragma once

#include "rnn/plot.h"

#include <QChartView>

#include <memory>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace dlt::rnn {
struct Analysis;
}

/**
 * The eigenvalues of the analysed matrix in the complex plane with the circle |z| = 1/γ:
 * an eigenvalue outside it (red) makes explosion possible; the dotted circle of radius σ_max
 * lying inside it guarantees vanishing. Equal scales on both axes; hovering a point shows λ.
 */
class SpectrumView : public QChartView
{
    Q_OBJECT

public:
    explicit SpectrumView(QWidget *parent = nullptr);

    /** Shows analysis (nullptr clears). */
    void setAnalysis(const std::shared_ptr<const dlt::rnn::Analysis> &analysis);

    /** A rich-text key for the plot (its legend would not fit a narrow view): colours and both circles. */
    QString caption() const;

    QScatterSeries *insideSeries() const { return m_inside; }
    QScatterSeries *outsideSeries() const { return m_outside; }
    QLineSeries *thresholdSeries() const { return m_threshold; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void showPointToolTip(const QPointF &point, bool state, bool outside);
    void keepSquare();

    std::shared_ptr<const dlt::rnn::Analysis> m_analysis;
    dlt::rnn::SpectrumPlot m_plot;
    std::vector<dlt::rnn::EigenRow> m_rows;
    QScatterSeries *m_inside;
    QScatterSeries *m_outside;
    QLineSeries *m_threshold;
    QLineSeries *m_sigma;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
};
