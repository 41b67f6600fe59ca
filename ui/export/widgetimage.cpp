#include "widgetimage.h"

#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

QImage blankExportImage(QSizeF size, double scale, const QColor &color)
{
    const QSize pixels(std::max(1, int(std::ceil(size.width() * scale - 1e-9))),
                       std::max(1, int(std::ceil(size.height() * scale - 1e-9))));
    // Opaque exports have no alpha channel: the PNG is smaller and encodes faster.
    QImage image(pixels, color.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(color);
    return image;
}

LightPaletteScope::LightPaletteScope(QWidget *widget, const ExportOptions &options)
    : m_widget(widget)
{
    if (!options.lightTheme || !widget)
        return;
    QPalette light = widget->style()->standardPalette();
    if (!options.transparent)
        light.setColor(QPalette::Window, Qt::white);
    if (widget->palette() == light)
        return;
    m_hadOwnPalette = widget->testAttribute(Qt::WA_SetPalette);
    m_old = new QPalette(widget->palette());
    widget->setPalette(light);
    m_applied = true;
}

LightPaletteScope::~LightPaletteScope()
{
    if (m_applied)
        m_widget->setPalette(m_hadOwnPalette ? *m_old : QPalette());
    delete m_old;
}

QImage renderWidgetImage(QWidget *widget, const ExportOptions &options)
{
    const LightPaletteScope light(widget, options);
    const ExportColors colors = ExportColors::forOptions(options);
    QImage image = blankExportImage(widget->size(), options.scale, colors.background);
    QWidget::RenderFlags flags = QWidget::DrawChildren;
    if (!options.transparent)
        flags |= QWidget::DrawWindowBackground;
    widget->render(&image, QPoint(), QRegion(), flags);
    return image;
}

QImage stackImages(const std::vector<QImage> &images, int gap, int margin, const ExportOptions &options)
{
    const double scale = options.scale;
    double width = 0, height = 0;
    for (const QImage &img : images) {
        const QSizeF s = img.deviceIndependentSize();
        width = std::max(width, s.width());
        height += s.height();
    }
    if (!images.empty())
        height += gap * double(images.size() - 1);
    QImage out = blankExportImage(QSizeF(width + 2 * margin, height + 2 * margin), scale,
                                  ExportColors::forOptions(options).background);
    QPainter p(&out);
    double y = margin;
    for (const QImage &img : images) {
        p.drawImage(QPointF(margin, y), img);
        y += img.deviceIndependentSize().height() + gap;
    }
    return out;
}
