#pragma once

#include "exportoptions.h"
#include "worksheet.h"

#include <QFont>
#include <QImage>

/**
 * Lays a Worksheet out like a textbook solution and paints it: the title, full-width sections,
 * matrices side by side (wrapping onto more rows when wide), and the Step blocks flowing into
 * one to four columns (more columns the more steps there are). Text is pixel-sized (body 15 px
 * at 1×), so at 2× it prints at 30 px per line. Safe on any thread once colors are taken.
 */
class SheetPainter
{
public:
    SheetPainter(const Worksheet &sheet, const ExportColors &colors, const QFont &family);

    /** The sheet's size in points (pixels at scale 1). */
    QSizeF size() const { return m_size; }
    /** Columns used for the steps. */
    int stepColumns() const { return m_columns; }
    /** Paints the sheet at scale (1–4) on the colours' background. */
    QImage render(double scale) const;

private:
    double layout(QPainter *p) const; ///< paints when p is set; returns the height

    Worksheet m_sheet;
    ExportColors m_colors;
    QFont m_title, m_heading, m_body, m_stepHeading, m_cell, m_caption;
    double m_width = 0;
    double m_columnWidth = 0;
    int m_columns = 1;
    QSizeF m_size;
};
