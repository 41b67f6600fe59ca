#include "colorlegend.h"

#include "text/numbertext.h"

#include <QImage>
#include <QPainter>

ColorLegend::ColorLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setScale(const std::vector<dlt::image::Rgb> &colors, const std::vector<dlt::image::Tick> &ticks)
{
    m_colors = colors;
    m_ticks = ticks;
    setAccessibleDescription(tickLabels().join(QStringLiteral(", ")));
    update();
}

void ColorLegend::clear()
{
    setScale({}, {});
}

QStringList ColorLegend::tickLabels() const
{
    QStringList labels;
    for (const auto &t : m_ticks)
        labels << numbertext::display(t.value);
    return labels;
}

QSize ColorLegend::sizeHint() const
{
    return {fontMetrics().height() * 16, minimumSizeHint().height()};
}

QSize ColorLegend::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6, line * 3};
}

void ColorLegend::paintEvent(QPaintEvent *)
{
    if (m_colors.empty())
        return;
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int margin = fm.horizontalAdvance(QStringLiteral("−0000")) / 2;
    const QRect bar(margin, 2, width() - 2 * margin, fm.height());
    // One image pixel per colour, stretched across the bar.
    QImage strip(int(m_colors.size()), 1, QImage::Format_RGB888);
    for (size_t i = 0; i < m_colors.size(); ++i)
        strip.setPixelColor(int(i), 0, QColor(m_colors[i].r, m_colors[i].g, m_colors[i].b));
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(bar, strip);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    for (const auto &t : m_ticks) {
        const int x = bar.left() + int(t.position * (bar.width() - 1));
        p.drawLine(x, bar.bottom(), x, bar.bottom() + 4);
        const QString label = numbertext::display(t.value);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x - w / 2 - 2, bar.bottom() + 5, w + 4, fm.height()), Qt::AlignCenter, label);
    }
}
