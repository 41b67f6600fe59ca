#pragma once

#include "convproblem.h"
#include "exportoptions.h"

#include <QFont>
#include <QImage>

/** Largest side of an exported image in pixels; larger requests give export.too_large. */
inline constexpr int kMaxExportPixels = 16384;

/**
 * Paints one step of a convolution as the page shows it: the padded input with the window
 * outlined (each window cell noting the weight it is multiplied by), the operator, the filter,
 * the output filled in up to this step with the current cell outlined, the step's arithmetic
 * and the output-size formula. Every step has the same image size. Built on the GUI thread
 * (it takes the font and colours), it paints on any thread: the all-steps export runs it on a
 * worker.
 */
class ConvStepImage
{
public:
    ConvStepImage(ConvProblem problem, const ExportColors &colors, const QFont &family);

    int stepCount() const { return int(m_problem.trace.steps.size()); }
    /** The image size in points (pixels at scale 1), the same for every step. */
    QSizeF size() const { return m_size; }
    /** export.too_large(width, height, max) when the image at scale would pass kMaxExportPixels on a side. */
    dlt::Status check(double scale) const;
    /** Paints step (0-based, 0 ≤ step < stepCount()) at scale. */
    QImage render(int step, double scale) const;

    const ConvProblem &problem() const { return m_problem; }

private:
    QSizeF gridSize(int rows, int cols) const;
    double paint(QPainter *p, int step) const; ///< paints when p is set; returns the height

    ConvProblem m_problem;
    ExportColors m_colors;
    QFont m_title, m_caption, m_cell, m_operator, m_arith, m_body, m_legend;
    QSizeF m_cellSize;
    double m_width = 0;
    double m_arithHeight = 0;
    QSizeF m_size;
};

/** Names the PNG of step (0-based) among count: "step-001.png", zero-padded to count's digits but at least 3. */
QString stepFileName(int step, int count);
