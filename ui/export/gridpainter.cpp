#include "gridpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace gridpainter {

QFont font(const QFont &family, double pixelSize, bool bold)
{
    QFont f = family;
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    f.setItalic(false);
    return f;
}

QSizeF cellSize(const QFont &font, const std::vector<QStringList> &rows, double minSide)
{
    const QFontMetricsF fm(font);
    double w = minSide;
    for (const QStringList &row : rows)
        for (const QString &s : row)
            w = std::max(w, fm.horizontalAdvance(s) + fm.height() * 0.8);
    return QSizeF(w, std::max(minSide, fm.height() * 1.7));
}

void paint(QPainter &p, QPointF topLeft, QSizeF cell, const std::vector<QStringList> &rows, const QFont &font,
           const QColor &text, const QColor &grid, const std::function<GridCellStyle(int, int)> &style)
{
    p.save();
    QFont italic = font;
    italic.setItalic(true);
    QFont small = font;
    small.setPixelSize(std::max(6, int(font.pixelSize() * 0.62)));
    // Pass 1: fills, text and thin grid lines; pass 2: thick borders on top, so neighbours never hide them.
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(rows[size_t(r)].size()); ++c) {
            const GridCellStyle s = style ? style(r, c) : GridCellStyle{};
            const QRectF rect(topLeft.x() + c * cell.width(), topLeft.y() + r * cell.height(), cell.width(), cell.height());
            if (s.fill.isValid())
                p.fillRect(rect, s.fill);
            if (s.hatched)
                p.fillRect(rect, QBrush(QColor(90, 90, 90, 150), Qt::BDiagPattern));
            QPen thin(grid, 1);
            if (s.dashed)
                thin.setStyle(Qt::DashLine);
            p.setPen(thin);
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect);
            p.setFont(s.italic ? italic : font);
            p.setPen(s.text.isValid() ? s.text : text);
            p.drawText(rect, Qt::AlignCenter, rows[size_t(r)][c]);
            if (!s.note.isEmpty()) {
                p.setFont(small);
                p.drawText(rect.adjusted(2, 1, -3, -1), Qt::AlignTop | Qt::AlignRight, s.note);
            }
        }
    }
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(rows[size_t(r)].size()); ++c) {
            const GridCellStyle s = style ? style(r, c) : GridCellStyle{};
            if (s.borderWidth <= 0)
                continue;
            const QRectF rect(topLeft.x() + c * cell.width(), topLeft.y() + r * cell.height(), cell.width(), cell.height());
            QPen pen(s.border.isValid() ? s.border : grid, s.borderWidth);
            pen.setJoinStyle(Qt::MiterJoin);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const double in = s.borderWidth / 2;
            p.drawRect(rect.adjusted(in, in, -in, -in));
        }
    }
    p.restore();
}

} // namespace gridpainter
