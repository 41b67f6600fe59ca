#include "convstepimage.h"

#include "gridpainter.h"
#include "widgetimage.h"

#include "text/numbertext.h"
#include "widgets/celldelegate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <array>
#include <map>

namespace {

constexpr double kMargin = 24;
constexpr double kGap = 12;
constexpr double kOperatorWidth = 56;

// Strings are looked up in the "ConvExport" context, spelled out at each call so lupdate sees it.

std::vector<QStringList> cellTexts(const Eigen::MatrixXd &m, int padRows, int padCols)
{
    std::vector<QStringList> rows;
    for (int r = 0; r < m.rows() + 2 * padRows; ++r) {
        QStringList row;
        for (int c = 0; c < m.cols() + 2 * padCols; ++c) {
            const int ir = r - padRows, ic = c - padCols;
            const bool inside = ir >= 0 && ir < m.rows() && ic >= 0 && ic < m.cols();
            row << (inside ? numbertext::display(m(ir, ic)) : QStringLiteral("0"));
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QString stepFileName(int step, int count)
{
    const int width = std::max(3, int(QString::number(std::max(count, 1)).size()));
    return QStringLiteral("step-%1.png").arg(step + 1, width, 10, QLatin1Char('0'));
}

ConvStepImage::ConvStepImage(ConvProblem problem, const ExportColors &colors, const QFont &family)
    : m_problem(std::move(problem))
    , m_colors(colors)
    , m_title(gridpainter::font(family, 20, true))
    , m_caption(gridpainter::font(family, 14, true))
    , m_cell(gridpainter::font(family, 16))
    , m_operator(gridpainter::font(family, 36))
    , m_arith(gridpainter::font(family, 20))
    , m_body(gridpainter::font(family, 15))
    , m_legend(gridpainter::font(family, 13))
{
    const ConvProblem &pr = m_problem;
    std::vector<QStringList> all;
    for (const auto &m : pr.input)
        for (auto &row : cellTexts(m, 0, 0))
            all.push_back(row);
    for (const auto &m : pr.filter)
        for (auto &row : cellTexts(m, 0, 0))
            all.push_back(row);
    for (auto &row : cellTexts(pr.trace.output, 0, 0))
        all.push_back(row);
    m_cellSize = gridpainter::cellSize(m_cell, all, 40);

    const auto &g = pr.trace.geometry;
    const QFontMetricsF caption(m_caption);
    const double inputW = std::max(gridSize(g.rows.padded, g.cols.padded).width(), caption.horizontalAdvance(QCoreApplication::translate("ConvExport", "Input with padding 00×00")));
    const double filterW = std::max(gridSize(int(pr.filter.front().rows()), int(pr.filter.front().cols())).width(),
                                    caption.horizontalAdvance(QCoreApplication::translate("ConvExport", "Filter 00×00")));
    const double outputW = std::max(gridSize(g.rows.out, g.cols.out).width(), caption.horizontalAdvance(QCoreApplication::translate("ConvExport", "Output 00×00")));
    m_width = std::max(720.0, inputW + filterW + outputW + 2 * kOperatorWidth + 4 * kGap);

    // Every step gets the height of the tallest arithmetic, so all images share one size.
    const QFontMetricsF arith(m_arith);
    for (const dlt::conv::Step &s : pr.trace.steps)
        m_arithHeight = std::max(m_arithHeight, arith.boundingRect(QRectF(0, 0, m_width, 1e7), Qt::TextWordWrap,
                                                                   convtext::arithmetic(s, g.channels)).height());
    m_size = QSizeF(std::ceil(m_width + 2 * kMargin), std::ceil(paint(nullptr, 0) + 2 * kMargin));
}

QSizeF ConvStepImage::gridSize(int rows, int cols) const
{
    return QSizeF(cols * m_cellSize.width(), rows * m_cellSize.height());
}

dlt::Status ConvStepImage::check(double scale) const
{
    const long long w = std::llround(m_size.width() * scale), h = std::llround(m_size.height() * scale);
    if (w > kMaxExportPixels || h > kMaxExportPixels)
        return dlt::Error("export.too_large").with("width", w).with("height", h).with("max", (long long)kMaxExportPixels);
    return dlt::Ok{};
}

QImage ConvStepImage::render(int step, double scale) const
{
    QImage image = blankExportImage(m_size, scale, m_colors.background);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.translate(kMargin, kMargin);
    paint(&p, step);
    return image;
}

double ConvStepImage::paint(QPainter *p, int stepIndex) const
{
    const ConvProblem &pr = m_problem;
    const auto &g = pr.trace.geometry;
    const int count = stepCount();
    const dlt::conv::Step *step = count > 0 ? &pr.trace.steps[size_t(std::clamp(stepIndex, 0, count - 1))] : nullptr;
    const ExportColors &c = m_colors;
    double y = 0;

    auto text = [&](const QFont &font, const QColor &color, const QString &s, double height = -1) {
        const QFontMetricsF fm(font);
        const double h = height >= 0 ? height : fm.boundingRect(QRectF(0, 0, m_width, 1e7), Qt::TextWordWrap, s).height();
        if (p) {
            p->setFont(font);
            p->setPen(color);
            p->drawText(QRectF(0, y, m_width, h + 2), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        }
        y += h;
    };

    const QString title = step ? QCoreApplication::translate("ConvExport", "Step %1 of %2: output row %3, column %4").arg(stepIndex + 1).arg(count).arg(step->row + 1).arg(step->col + 1)
                               : QCoreApplication::translate("ConvExport", "No steps");
    text(m_title, c.accent, title);
    y += kGap;

    // Window cells of the step: (channel, padded row, padded column) → weight note.
    std::map<std::array<int, 3>, QString> window;
    if (step)
        for (const dlt::conv::Tap &t : step->taps)
            window[{t.channel, t.r + pr.spec.padding.h, t.c + pr.spec.padding.w}] =
                QStringLiteral("\u00d7") + numbertext::display(t.weight);

    const QFontMetricsF captionFm(m_caption);
    const double captionH = captionFm.height() + 4;
    double x = 0;
    double rowBottom = y;
    auto caption = [&](const QString &s, double cx, double cy) {
        if (p) {
            p->setFont(m_caption);
            p->setPen(c.text);
            p->drawText(QPointF(cx, cy + captionFm.ascent()), s);
        }
    };
    auto symbol = [&](const QString &s, double top) {
        if (p) {
            p->setFont(m_operator);
            p->setPen(c.text);
            p->drawText(QRectF(x, top, kOperatorWidth, captionH + gridSize(3, 1).height() * 1.2), Qt::AlignCenter, s);
        }
        x += kOperatorWidth + kGap;
    };

    // Input channels, stacked.
    const int padH = pr.spec.padding.h, padW = pr.spec.padding.w;
    double colY = y, colW = 0;
    for (size_t ch = 0; ch < pr.input.size(); ++ch) {
        QString cap = (padH || padW) ? QCoreApplication::translate("ConvExport", "Input with padding %1").arg(convtext::shapeText(g.rows.padded, g.cols.padded))
                                     : QCoreApplication::translate("ConvExport", "Input %1").arg(convtext::shapeText(g.rows.n, g.cols.n));
        if (pr.input.size() > 1)
            cap += QCoreApplication::translate("ConvExport", ", channel %1").arg(ch + 1);
        caption(cap, x, colY);
        const auto rows = cellTexts(pr.input[ch], padH, padW);
        if (p)
            gridpainter::paint(*p, QPointF(x, colY + captionH), m_cellSize, rows, m_cell, c.text, c.grid, [&](int r, int col) {
                GridCellStyle s;
                s.fill = c.cell;
                const bool pad = r < padH || r >= g.rows.n + padH || col < padW || col >= g.cols.n + padW;
                if (pad) {
                    s.fill = CellDelegate::paddingFill();
                    s.dashed = true;
                    s.italic = true;
                    s.text = c.muted;
                }
                if (r >= g.rows.padded - g.rows.unreached || col >= g.cols.padded - g.cols.unreached)
                    s.hatched = true;
                if (const auto it = window.find({int(ch), r, col}); it != window.end()) {
                    s.fill = CellDelegate::windowFill();
                    s.border = CellDelegate::windowBorder();
                    s.borderWidth = 3;
                    s.dashed = false;
                    s.note = it->second;
                    s.text = pad ? QColor(0x60, 0x60, 0x60) : QColor(0x1a, 0x1a, 0x1a);
                }
                return s;
            });
        const QSizeF gs = gridSize(int(rows.size()), rows.empty() ? 0 : int(rows.front().size()));
        colW = std::max({colW, gs.width(), captionFm.horizontalAdvance(cap)});
        colY += captionH + gs.height() + kGap;
    }
    rowBottom = std::max(rowBottom, colY);
    x += colW + kGap;
    symbol(pr.spec.mode == dlt::conv::Mode::Correlation ? QStringLiteral("\u22c6") : QStringLiteral("\u2217"), y);

    // Filter channels, stacked.
    colY = y;
    colW = 0;
    for (size_t ch = 0; ch < pr.filter.size(); ++ch) {
        const auto &f = pr.filter[ch];
        QString cap = QCoreApplication::translate("ConvExport", "Filter %1").arg(convtext::shapeText(f.rows(), f.cols()));
        if (pr.filter.size() > 1)
            cap += QCoreApplication::translate("ConvExport", ", channel %1").arg(ch + 1);
        caption(cap, x, colY);
        const auto rows = cellTexts(f, 0, 0);
        if (p)
            gridpainter::paint(*p, QPointF(x, colY + captionH), m_cellSize, rows, m_cell, c.text, c.grid, [&](int, int) {
                GridCellStyle s;
                s.fill = c.cell;
                return s;
            });
        const QSizeF gs = gridSize(int(f.rows()), int(f.cols()));
        colW = std::max({colW, gs.width(), captionFm.horizontalAdvance(cap)});
        colY += captionH + gs.height() + kGap;
    }
    rowBottom = std::max(rowBottom, colY);
    x += colW + kGap;
    symbol(QStringLiteral("="), y);

    // Output, filled in up to this step.
    {
        const QString cap = QCoreApplication::translate("ConvExport", "Output %1").arg(convtext::shapeText(g.rows.out, g.cols.out));
        caption(cap, x, y);
        std::vector<QStringList> rows;
        for (int r = 0; r < g.rows.out; ++r) {
            QStringList row;
            for (int col = 0; col < g.cols.out; ++col)
                row << (r * g.cols.out + col <= stepIndex ? numbertext::display(pr.trace.output(r, col)) : QString());
            rows.push_back(row);
        }
        if (p)
            gridpainter::paint(*p, QPointF(x, y + captionH), m_cellSize, rows, m_cell, c.text, c.grid, [&](int r, int col) {
                GridCellStyle s;
                s.fill = c.cell;
                if (step && r == step->row && col == step->col) {
                    s.fill = CellDelegate::currentFill();
                    s.border = CellDelegate::currentBorder();
                    s.borderWidth = 3;
                    s.text = QColor(0x1a, 0x1a, 0x1a);
                }
                return s;
            });
        rowBottom = std::max(rowBottom, y + captionH + gridSize(g.rows.out, g.cols.out).height() + kGap);
    }
    y = rowBottom + kGap;

    if (step) {
        text(m_body, c.muted, QCoreApplication::translate("ConvExport", "Input value \u00b7 filter weight over the window, summed:"));
        y += 4;
        text(m_arith, c.text, convtext::arithmetic(*step, g.channels), m_arithHeight);
        y += kGap * 1.5;
    }
    text(m_body, c.text, convtext::sizeLine(QCoreApplication::translate("ConvExport", "rows"), g.rows));
    if (const QString n = convtext::unreachedNote(g.rows, true); !n.isEmpty())
        text(m_body, c.muted, n);
    text(m_body, c.text, convtext::sizeLine(QCoreApplication::translate("ConvExport", "columns"), g.cols));
    if (const QString n = convtext::unreachedNote(g.cols, false); !n.isEmpty())
        text(m_body, c.muted, n);
    y += kGap;
    text(m_legend, c.muted,
         QCoreApplication::translate("ConvExport", "Blue border: the window (×w is the filter weight used there). Orange border: the output cell being "
            "computed. Dashed grey: zero padding. Hatched: never reached by the window."));
    return y;
}
