#include "matrixgrid.h"
#include "gridkeyboard.h"

#include "celldelegate.h"
#include "models/matrixmodel.h"
#include "text/numbertext.h"
#include "theme/scaledfont.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace {
// Above this many cells the width is not fitted to the text (it would cost a pass over every cell).
constexpr long long kFitLimit = 4096;
} // namespace

MatrixGrid::MatrixGrid(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new CellDelegate(this));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setCornerButtonEnabled(false);
    gridkeyboard::letTabLeave(this); // arrows move between cells, Tab moves on to the next control
    theme::setRelativeFont(this, 1.35, 13.0); // follows the interface zoom; FontChange resizes the cells
    updateCellSize();
}

void MatrixGrid::setMatrixModel(MatrixModel *model)
{
    m_model = model;
    setModel(model);
    auto refit = [this] {
        updateCellSize();
        updateGeometry();
    };
    connect(model, &MatrixModel::contentChanged, this, refit);
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    connect(model, &QAbstractItemModel::rowsInserted, this, refit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(model, &QAbstractItemModel::columnsInserted, this, refit);
    connect(model, &QAbstractItemModel::columnsRemoved, this, refit);
    refit();
}

void MatrixGrid::setMaxVisible(int cells)
{
    m_maxVisible = std::max(1, cells);
    updateGeometry();
}

void MatrixGrid::updateCellSize()
{
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(QStringLiteral("\u221288"));
    if (m_model && (long long)m_model->matrixRows() * m_model->matrixCols() <= kFitLimit) {
        for (int c = 0; c < m_model->matrixCols(); ++c)
            for (int r = 0; r < m_model->matrixRows(); ++r) {
                // Sized for every value, revealed or not, so the grid does not change width while stepping.
                const QModelIndex i = m_model->indexOfCell(r, c);
                const bool invalid = MatrixModel::CellKinds(i.data(MatrixModel::CellKindRole).toInt())
                                         .testFlag(MatrixModel::Invalid);
                const QString text = invalid ? i.data(Qt::DisplayRole).toString()
                                             : numbertext::display(i.data(MatrixModel::ValueRole).toDouble());
                width = std::max(width, fm.horizontalAdvance(text));
            }
    }
    width = std::min(width, fm.horizontalAdvance(QStringLiteral("\u22128888.888")));
    const int w = width + fm.height() / 2 + 8;
    const int h = std::max(fm.height() + 12, w * 4 / 5);
    horizontalHeader()->setMinimumSectionSize(std::min(w, 24));
    verticalHeader()->setMinimumSectionSize(std::min(h, 20));
    horizontalHeader()->setDefaultSectionSize(w);
    verticalHeader()->setDefaultSectionSize(h);
    QFont headerFont = QTableView::font();
    headerFont.setPointSizeF(font().pointSizeF() * 0.72);
    horizontalHeader()->setFont(headerFont);
    verticalHeader()->setFont(headerFont);
}

QSize MatrixGrid::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int cols = m_model ? m_model->columnCount() : 0;
    const int cw = horizontalHeader()->defaultSectionSize();
    const int ch = verticalHeader()->defaultSectionSize();
    const int shownRows = std::min(rows, m_maxVisible);
    const int shownCols = std::min(cols, m_maxVisible);
    int w = verticalHeader()->sizeHint().width() + shownCols * cw + 2 * frameWidth();
    int h = horizontalHeader()->sizeHint().height() + shownRows * ch + 2 * frameWidth();
    if (cols > shownCols)
        h += horizontalScrollBar()->sizeHint().height();
    if (rows > shownRows)
        w += verticalScrollBar()->sizeHint().width();
    return {w, h};
}

QSize MatrixGrid::minimumSizeHint() const
{
    return sizeHint().boundedTo(QSize(6 * horizontalHeader()->defaultSectionSize(), 6 * verticalHeader()->defaultSectionSize()));
}

void MatrixGrid::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            emit pasteRequested();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            event->ignore(); // lets the page take focus back (its step keys then work)
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void MatrixGrid::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateCellSize();
        updateGeometry();
    }
}

void MatrixGrid::copyToClipboard() const
{
    if (!m_model || m_model->volume().empty())
        return;
    QString text;
    for (int r = 0; r < m_model->matrixRows(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->matrixCols(); ++c)
            cells << m_model->indexOfCell(r, c).data(Qt::EditRole).toString();
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}
