#pragma once

#include "image/colormap.h"

#include <QWidget>

#include <vector>

/**
 * A horizontal colour bar for the feature map: the colours and tick values come from core
 * (dlt::image::legendColors / legendTicks); this widget only draws them with their labels.
 */
class ColorLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ColorLegend(QWidget *parent = nullptr);

    /** Colours from the low end to the high end, and the ticks to label. */
    void setScale(const std::vector<dlt::image::Rgb> &colors, const std::vector<dlt::image::Tick> &ticks);
    void clear();

    /** The tick labels as drawn, low to high (for tests and the accessible description). */
    QStringList tickLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<dlt::image::Rgb> m_colors;
    std::vector<dlt::image::Tick> m_ticks;
};
