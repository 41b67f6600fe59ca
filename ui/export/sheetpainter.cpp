#include "sheetpainter.h"

#include "gridpainter.h"
#include "widgetimage.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kMargin = 32;
constexpr double kGap = 14;         // between blocks
constexpr double kColumnGap = 36;   // between step columns
constexpr double kMatrixGap = 36;   // between matrices side by side
constexpr double kMinWidth = 720;
constexpr double kMaxColumnWidth = 560;
constexpr double kMaxMatricesWidth = 1600;

double textHeight(const QFont &font, const QString &text, double width)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QSizeF matrixSize(const SheetMatrix &m, const QFont &cell, const QFont &caption)
{
    const QSizeF c = gridpainter::cellSize(cell, m.rows);
    const double cols = m.rows.empty() ? 0 : double(m.rows.front().size());
    const QFontMetricsF fm(caption);
    return QSizeF(std::max(cols * c.width(), fm.horizontalAdvance(m.caption)), fm.height() + 4 + double(m.rows.size()) * c.height());
}

} // namespace

SheetPainter::SheetPainter(const Worksheet &sheet, const ExportColors &colors, const QFont &family)
    : m_sheet(sheet)
    , m_colors(colors)
    , m_title(gridpainter::font(family, 24, true))
    , m_heading(gridpainter::font(family, 18, true))
    , m_body(gridpainter::font(family, 15))
    , m_stepHeading(gridpainter::font(family, 13, true))
    , m_cell(gridpainter::font(family, 15))
    , m_caption(gridpainter::font(family, 13))
{
    // Width: the widest row of matrices (wrapping past kMaxMatricesWidth), or the step columns.
    double width = kMinWidth;
    const QFontMetricsF title(m_title);
    width = std::max(width, std::min(kMaxMatricesWidth, title.horizontalAdvance(m_sheet.title)));
    for (const SheetBlock &b : m_sheet.blocks) {
        if (b.kind != SheetBlock::Kind::Matrices)
            continue;
        double row = 0;
        for (const SheetMatrix &m : b.matrices) {
            const double w = matrixSize(m, m_cell, m_caption).width();
            row = row > 0 && row + kMatrixGap + w > kMaxMatricesWidth ? w : row + (row > 0 ? kMatrixGap : 0) + w;
            width = std::max(width, row);
        }
    }
    const int steps = m_sheet.stepCount();
    const QFontMetricsF body(m_body);
    double widest = 0;
    for (const SheetBlock &b : m_sheet.blocks)
        if (b.kind == SheetBlock::Kind::Step)
            widest = std::max({widest, body.horizontalAdvance(b.lines.value(1)), QFontMetricsF(m_stepHeading).horizontalAdvance(b.lines.value(0))});
    m_columnWidth = std::min(kMaxColumnWidth, std::ceil(widest) + 4);
    // About ten steps per column, up to four columns; more steps make the columns longer.
    m_columns = std::clamp((steps + 9) / 10, 1, 4);
    width = std::max(width, m_columns * m_columnWidth + (m_columns - 1) * kColumnGap);
    if (m_columns > 1) // share the page width out between the columns
        m_columnWidth = (width - (m_columns - 1) * kColumnGap) / m_columns;
    m_width = std::ceil(width);
    m_size = QSizeF(m_width + 2 * kMargin, std::ceil(layout(nullptr)) + 2 * kMargin);
}

QImage SheetPainter::render(double scale) const
{
    QImage image = blankExportImage(m_size, scale, m_colors.background);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.translate(kMargin, kMargin);
    layout(&p);
    return image;
}

double SheetPainter::layout(QPainter *p) const
{
    double y = 0;
    auto text = [&](const QFont &font, const QColor &color, const QString &s, double x, double w) {
        const double h = textHeight(font, s, w);
        if (p) {
            p->setFont(font);
            p->setPen(color);
            p->drawText(QRectF(x, y, w, h + 2), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        }
        return h;
    };
    auto drawMatrix = [&](const SheetMatrix &m, double x, double top) {
        const QFontMetricsF fm(m_caption);
        if (p) {
            p->setFont(m_caption);
            p->setPen(m_colors.muted);
            p->drawText(QPointF(x, top + fm.ascent()), m.caption);
            const QSizeF cell = gridpainter::cellSize(m_cell, m.rows);
            const ExportColors &c = m_colors;
            gridpainter::paint(*p, QPointF(x, top + fm.height() + 4), cell, m.rows, m_cell, c.text, c.grid, [&](int r, int col) {
                GridCellStyle s;
                s.fill = c.cell;
                if (!m.muted.empty() && m.muted[size_t(r)][size_t(col)]) {
                    s.fill = QColor(0xe8, 0xe8, 0xe8);
                    s.italic = true;
                    s.dashed = true;
                    s.text = c.muted;
                }
                return s;
            });
        }
    };

    y += text(m_title, m_colors.accent, m_sheet.title, 0, m_width) + kGap;
    const auto &blocks = m_sheet.blocks;
    for (size_t i = 0; i < blocks.size();) {
        const SheetBlock &b = blocks[i];
        switch (b.kind) {
        case SheetBlock::Kind::Heading:
            y += 6;
            y += text(m_heading, m_colors.accent, b.lines.value(0), 0, m_width) + kGap / 2;
            ++i;
            break;
        case SheetBlock::Kind::Lines:
            for (const QString &line : b.lines)
                y += text(m_body, m_colors.text, line, 0, m_width) + 4;
            y += kGap;
            ++i;
            break;
        case SheetBlock::Kind::Matrices: {
            double x = 0, rowHeight = 0;
            for (const SheetMatrix &m : b.matrices) {
                const QSizeF s = matrixSize(m, m_cell, m_caption);
                if (x > 0 && x + s.width() > m_width) {
                    y += rowHeight + kGap;
                    x = 0;
                    rowHeight = 0;
                }
                drawMatrix(m, x, y);
                x += s.width() + kMatrixGap;
                rowHeight = std::max(rowHeight, s.height());
            }
            y += rowHeight + kGap;
            ++i;
            break;
        }
        case SheetBlock::Kind::Step: {
            size_t end = i;
            while (end < blocks.size() && blocks[end].kind == SheetBlock::Kind::Step)
                ++end;
            const size_t count = end - i;
            const size_t perColumn = (count + size_t(m_columns) - 1) / size_t(m_columns);
            const double top = y;
            double bottom = y;
            for (size_t k = 0; k < count; ++k) {
                const size_t column = k / perColumn;
                if (k % perColumn == 0)
                    y = top;
                const double x = double(column) * (m_columnWidth + kColumnGap);
                const SheetBlock &s = blocks[i + k];
                y += text(m_stepHeading, m_colors.muted, s.lines.value(0), x, m_columnWidth) + 1;
                y += text(m_body, m_colors.text, s.lines.value(1), x, m_columnWidth) + 10;
                bottom = std::max(bottom, y);
            }
            y = bottom + kGap;
            i = end;
            break;
        }
        }
    }
    return y;
}
