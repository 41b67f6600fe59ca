#pragma once

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;

/** How one cell of a painted grid looks; thick borders, dashes and hatching mark highlights, not colour alone. */
struct GridCellStyle {
    QColor fill;              ///< invalid = no fill
    QColor border;            ///< invalid = the grid colour
    double borderWidth = 0;   ///< 0 = a thin grid line only
    bool dashed = false;
    bool hatched = false;
    bool italic = false;
    QColor text;              ///< invalid = the default text colour
    QString note;             ///< small text in the top-right corner (e.g. "×−1")
};

/** Paints matrices as grids of cells for the exported images (any thread: QPainter on a QImage). */
namespace gridpainter {

/** Fonts are pixel-sized so the layout is the same on every screen; these are the sizes in points of the image. */
QFont font(const QFont &family, double pixelSize, bool bold = false);

/** The cell size that fits every text of rows in font, at least minSide × minSide. */
QSizeF cellSize(const QFont &font, const std::vector<QStringList> &rows, double minSide = 30);

/** Paints rows at topLeft with cells of size cell; style(r, c) decorates a cell. */
void paint(QPainter &p, QPointF topLeft, QSizeF cell, const std::vector<QStringList> &rows, const QFont &font,
           const QColor &text, const QColor &grid, const std::function<GridCellStyle(int, int)> &style);

} // namespace gridpainter
