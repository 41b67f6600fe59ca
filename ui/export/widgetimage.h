#pragma once

#include "exportoptions.h"

#include <QImage>

#include <vector>

class QPalette;
class QWidget;

/**
 * Renders a widget and its children as they look now into an image of widget->size() × scale
 * (the image's devicePixelRatio is the scale, so text and lines are drawn sharp, not enlarged).
 * White background: the window colour is white for the render; transparent: no window
 * background is drawn. With lightTheme the style's standard (light) palette is applied for the
 * render and the widget's own palette restored afterwards. GUI thread only.
 */
QImage renderWidgetImage(QWidget *widget, const ExportOptions &options);

/** An image of size (points) × scale, devicePixelRatio = scale, filled with color (RGB32 when opaque, else ARGB32 premultiplied). */
QImage blankExportImage(QSizeF size, double scale, const QColor &color);

/**
 * Stacks images top to bottom, left-aligned, gap points apart, with a margin (points) around
 * them, on the export background. The images' devicePixelRatio must be the options' scale.
 */
QImage stackImages(const std::vector<QImage> &images, int gap, int margin, const ExportOptions &options);

/**
 * Applies the light palette (with a white window colour unless transparent) to a widget while it
 * lives, when options.lightTheme is set; restores the widget's own palette afterwards.
 */
class LightPaletteScope
{
public:
    LightPaletteScope(QWidget *widget, const ExportOptions &options);
    ~LightPaletteScope();
    LightPaletteScope(const LightPaletteScope &) = delete;
    LightPaletteScope &operator=(const LightPaletteScope &) = delete;

private:
    QWidget *m_widget = nullptr;
    bool m_applied = false;
    bool m_hadOwnPalette = false;
    QPalette *m_old = nullptr;
};
