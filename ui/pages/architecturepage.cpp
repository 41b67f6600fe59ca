#include "architecturepage.h"
#include "widgets/gridkeyboard.h"

#include "architecturecelldelegate.h"
#include "architecturecolumneditor.h"
#include "architecturecontrols.h"
#include "models/architecturetablemodel.h"
#include "text/errortext.h"

#include "arch/configs.h"
#include "arch/layer.h"
#include "theme/cleanmode.h"

#include <QFocusEvent>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

using archformat::Quantity;

ArchitecturePage::ArchitecturePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("vggPage"));
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("vggUndoStack"));
    m_model = new ArchitectureTableModel(this);
    m_model->setUndoStack(m_undoStack);

    m_controls = new ArchitectureControls;
    m_columnEditor = new ArchitectureColumnEditor;
    addActions(m_columnEditor->shortcutActions()); // Insert, Delete, Alt+↑/↓ work from the table too

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("architectureTable"));
    m_view->setAccessibleName(tr("VGG configurations table"));
    m_view->setAccessibleDescription(tr("The six ConvNet configurations of Simonyan and Zisserman (2014), Table 1, "
                                        "one column each, rows aligned by block"));
    m_view->setToolTip(tr("Hover over or select a cell for its explanation; type into a custom column's cell to "
                          "edit it, or into any cell in practice mode to answer")); // cells add their own
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ArchitectureCellDelegate(m_view));
    gridkeyboard::letTabLeave(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_explanation = new QTextBrowser;
    m_explanation->setObjectName(QStringLiteral("explanationPanel"));
    m_explanation->setProperty(cleanmode::kControlProperty, tr("Explanation panel")); // optional in clean mode
    m_explanation->setAccessibleName(tr("Explanation of the selected cell"));
    m_explanation->setToolTip(tr("How the hovered or selected cell's numbers are worked out"));
    m_explanation->setOpenLinks(false);
    m_explanation->setFocusPolicy(Qt::ClickFocus);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // Room for an explanation's seven lines; the table takes the rest.
    const int lines = m_explanation->fontMetrics().lineSpacing() * 7 + 12;
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);
    splitter->setSizes({10 * lines, lines});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_controls);
    layout->addWidget(m_columnEditor);
    layout->addWidget(splitter, 1);

    // Controls → model.
    connect(m_controls, &ArchitectureControls::inputEdited, m_model, &ArchitectureTableModel::editInput);
    connect(m_controls, &ArchitectureControls::quantityChosen, m_model, &ArchitectureTableModel::setQuantity);
    connect(m_controls, &ArchitectureControls::practiceToggled, m_model, &ArchitectureTableModel::setPracticeMode);
    connect(m_controls, &ArchitectureControls::clearAnswersRequested, m_model, &ArchitectureTableModel::clearAnswers);
    // Model → controls (also after undo and redo).
    connect(m_model, &ArchitectureTableModel::inputChanged, m_controls, &ArchitectureControls::setInput);
    connect(m_model, &ArchitectureTableModel::quantityChanged, m_controls, &ArchitectureControls::setQuantity);
    connect(m_model, &ArchitectureTableModel::practiceModeChanged, m_controls, &ArchitectureControls::setPracticeMode);
    connect(m_model, &ArchitectureTableModel::answersChanged, this, [this] {
        m_controls->setTally(m_model->practiceTally());
        refreshExplanation();
    });
    connect(m_model, &ArchitectureTableModel::workspaceChanged, this, [this] {
        updateColumnEditor();
        refreshExplanation();
    });
    // A reset (rows re-aligned after an edit or undo) keeps the cursor where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        m_cursorBeforeReset = i.isValid() ? QPoint(i.column(), i.row()) : QPoint(-1, -1);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        if (m_cursorBeforeReset.x() >= 0 && m_model->columnCount() > 0)
            select(m_model->index(std::min(m_cursorBeforeReset.y(), m_model->rowCount() - 1),
                                  std::min(m_cursorBeforeReset.x(), m_model->columnCount() - 1)));
    });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ArchitecturePage::fitColumns);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &ArchitecturePage::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ArchitecturePage::fitColumns);

    // Column editor → undoable edits.
    connect(m_columnEditor, &ArchitectureColumnEditor::addColumnRequested, this, &ArchitecturePage::addColumn);
    connect(m_columnEditor, &ArchitectureColumnEditor::removeColumnRequested, this, &ArchitecturePage::removeColumn);
    connect(m_columnEditor, &ArchitectureColumnEditor::insertLayerRequested, this, &ArchitecturePage::insertLayer);
    connect(m_columnEditor, &ArchitectureColumnEditor::deleteLayerRequested, this, &ArchitecturePage::deleteLayer);
    connect(m_columnEditor, &ArchitectureColumnEditor::moveUpRequested, this, [this] { moveLayer(-1); });
    connect(m_columnEditor, &ArchitectureColumnEditor::moveDownRequested, this, [this] { moveLayer(+1); });
    connect(m_columnEditor, &ArchitectureColumnEditor::textApplied, this, &ArchitecturePage::applyColumnText);

    // Hover and selection explain a cell.
    connect(m_view, &QAbstractItemView::entered, this, [this](const QModelIndex &index) {
        m_hovered = index;
        showExplanation(index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showExplanation(current);
        updateColumnEditor();
    });

    fitColumns();
    updateColumnEditor();
    m_controls->setTally(m_model->practiceTally());
    m_view->setCurrentIndex(m_model->index(1, 4)); // D's first convolution: the seed's VGG16
}

bool ArchitecturePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view->viewport() && event->type() == QEvent::Leave) {
        m_hovered = QPersistentModelIndex();
        showExplanation(m_view->currentIndex());
    }
    return QWidget::eventFilter(watched, event);
}

void ArchitecturePage::showExplanation(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_explanation->setHtml(tr("<b>VGG layer sizes</b>: the six ConvNet configurations of Simonyan &amp; "
                                  "Zisserman (2014), Table 1. Hover over or select a cell to see how its numbers "
                                  "are worked out."));
        return;
    }
    m_explanation->setHtml(index.data(ArchitectureTableModel::ExplanationRole).toString());
}

void ArchitecturePage::refreshExplanation()
{
    showExplanation(m_hovered.isValid() ? QModelIndex(m_hovered) : m_view->currentIndex());
}

void ArchitecturePage::fitColumns()
{
    // Each column as wide as its widest cell; spare width is shared out so the table fills the
    // view. When the columns do not fit (large fonts, many custom columns) the view scrolls.
    QHeaderView *header = m_view->horizontalHeader();
    const int n = m_model->columnCount();
    if (n == 0)
        return;
    const int pad = 2;
    std::vector<int> widths;
    int total = 0;
    for (int c = 0; c < n; ++c) {
        widths.push_back(std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c)) + pad);
        total += widths.back();
    }
    const int spare = std::max(0, m_view->viewport()->width() - total);
    for (int c = 0; c < n; ++c)
        header->resizeSection(c, widths[size_t(c)] + spare / n + (c < spare % n ? 1 : 0));
    if (spare > 0)
        m_view->horizontalScrollBar()->setValue(0);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
}

int ArchitecturePage::currentColumn() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().column() : -1;
}

void ArchitecturePage::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ArchitecturePage::updateColumnEditor()
{
    ArchitectureColumnEditor::State s;
    const int column = currentColumn();
    if (column >= 0 && m_model->isCustom(column)) {
        const dlt::arch::Workspace &w = m_model->workspace();
        const int layer = m_model->layerAt(m_view->currentIndex());
        const int n = int(w.column(column).tokens.size());
        s.custom = true;
        s.onLayer = layer >= 0;
        s.canMoveUp = layer > 0;
        s.canMoveDown = layer >= 0 && layer + 1 < n;
        s.columnName = QString::fromStdString(w.column(column).name);
        s.text = QString::fromStdString(dlt::arch::joinTokens(w.column(column).tokens));
        if (const auto &e = w.result(column).error)
            s.error = errorText(*e);
    }
    m_columnEditor->setState(s);
}

void ArchitecturePage::addColumn()
{
    const dlt::arch::Workspace &w = m_model->workspace();
    const int from = currentColumn() >= 0 ? currentColumn() : 4;
    // Skip names already in use (columns restored from a session keep theirs).
    auto taken = [&w](const QString &n) {
        for (int i = 0; i < w.columnCount(); ++i)
            if (QString::fromStdString(w.column(i).name) == n)
                return true;
        return false;
    };
    QString name;
    do
        name = tr("Custom %1").arg(++m_customCount);
    while (taken(name));
    const int at = m_model->addCustomColumn(name, w.column(from).tokens);
    select(m_model->index(1, at));
    updateColumnEditor();
}

void ArchitecturePage::removeColumn()
{
    const int column = currentColumn();
    if (!m_model->isCustom(column))
        return;
    const int row = m_view->currentIndex().row();
    m_model->removeCustomColumn(column);
    select(m_model->index(row, std::min(column, m_model->columnCount() - 1)));
}

void ArchitecturePage::insertLayer()
{
    const QModelIndex current = m_view->currentIndex();
    const int column = currentColumn();
    if (!m_model->isCustom(column))
        return;
    const int layer = m_model->layerAt(current);
    const int at = layer >= 0 ? layer : m_model->insertionIndex(current);
    const auto &tokens = m_model->workspace().column(column).tokens;
    const QString token = layer >= 0 ? QString::fromStdString(tokens[size_t(layer)]) : QStringLiteral("C3D64");
    m_model->insertLayer(column, at, token);
    const QModelIndex inserted = m_model->layerIndex(column, at);
    select(inserted);
    m_view->edit(inserted); // type the new layer over the copy
}

void ArchitecturePage::deleteLayer()
{
    const int column = currentColumn();
    const int layer = m_model->layerAt(m_view->currentIndex());
    if (!m_model->isCustom(column) || layer < 0)
        return;
    const int row = m_view->currentIndex().row();
    m_model->removeLayer(column, layer);
    const int n = int(m_model->workspace().column(column).tokens.size());
    const QModelIndex next = n > 0 ? m_model->layerIndex(column, std::min(layer, n - 1)) : m_model->index(row, column);
    select(next.isValid() ? next : m_model->index(std::min(row, m_model->rowCount() - 1), column));
}

void ArchitecturePage::moveLayer(int delta)
{
    const int column = currentColumn();
    const int layer = m_model->layerAt(m_view->currentIndex());
    if (!m_model->isCustom(column) || layer < 0)
        return;
    const int n = int(m_model->workspace().column(column).tokens.size());
    const int to = layer + delta;
    if (to < 0 || to >= n)
        return;
    m_model->moveLayer(column, layer, to);
    select(m_model->layerIndex(column, to));
}

void ArchitecturePage::applyColumnText(const QString &text)
{
    const int column = currentColumn();
    if (!m_model->isCustom(column))
        return;
    m_model->editColumnText(column, text);
    if (!m_view->currentIndex().isValid())
        select(m_model->index(1, column));
}

void ArchitecturePage::focusInEvent(QFocusEvent *event)
{
    // Not a focus proxy: a proxy would make Tab jump from the topic list straight to the table,
    // skipping the controls above it. Showing the page still puts the focus on the table.
    QWidget::focusInEvent(event);
    m_view->setFocus(event->reason());
}
