#pragma once

#include <QTableView>

class MatrixModel;

/**
 * A table view for a MatrixModel: square-ish fixed cells sized to the numbers shown, the
 * CellDelegate highlights, Ctrl+C to copy the shown matrix as tab-separated text and
 * Ctrl+V to ask for a paste. Its size hint fits the whole matrix up to maxVisible cells per side.
 */
class MatrixGrid : public QTableView
{
    Q_OBJECT

public:
    explicit MatrixGrid(QWidget *parent = nullptr);

    void setMatrixModel(MatrixModel *model);
    MatrixModel *matrixModel() const { return m_model; }

    /** Cells per side shown without scrolling. */
    void setMaxVisible(int cells);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** Ctrl+V was pressed while no cell was being edited. */
    void pasteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCellSize();
    void copyToClipboard() const;

    MatrixModel *m_model = nullptr;
    int m_maxVisible = 12;
};
