#pragma once

#include "conv/conv.h"

#include <QWidget>

class QLabel;

/**
 * The output-size formula out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1 written with the current numbers
 * for rows and columns, e.g. "rows: ⌊(7 + 2·0 − 1·(3−1) − 1)/1⌋ + 1 = 5", plus a note when the
 * stride leaves rows or columns the window never reaches. The numbers come from dlt::conv::AxisSize.
 */
class SizeFormula : public QWidget
{
    Q_OBJECT

public:
    explicit SizeFormula(QWidget *parent = nullptr);

    /** Shows both axes; an axis that failed shows its error sentence instead. */
    void setAxes(const dlt::Result<dlt::conv::AxisSize> &rows, const dlt::Result<dlt::conv::AxisSize> &cols);

    /** The formula line of one axis as plain text ("rows: ⌊…⌋ + 1 = 5"). */
    QString rowsText() const;
    QString colsText() const;
    /** The never-reached note of one axis, or an empty string. */
    QString rowsNote() const;
    QString colsNote() const;

private:
    QLabel *m_general;
    QLabel *m_rows;
    QLabel *m_cols;
    QLabel *m_rowsNote;
    QLabel *m_colsNote;
};
