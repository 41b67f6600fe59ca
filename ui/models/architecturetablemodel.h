#pragma once

#include "architectureformat.h"

#include "arch/practice.h"
#include "arch/workspace.h"

#include <QAbstractTableModel>
#include <QString>

#include <map>
#include <utility>
#include <vector>

class QUndoStack;

/**
 * The VGG explorer's table: one column per configuration (the paper's six, then custom ones),
 * rows aligned by block as in Table 1 of Simonyan & Zisserman (2014):
 *
 *   row 0             the input volume
 *   rows 1 … n        layers, aligned by core's alignColumns() (block rows, a max-pool row per block,
 *                     the FC rows and the soft-max row)
 *   last three rows   totals: parameters, MACs, activation memory
 *
 * Every number comes from dlt::arch::Workspace. The layer cells show the quantity chosen with
 * setQuantity(). In practice mode the numbers are hidden and each cell takes a typed answer
 * (setData), checked by core and shown with ✓ or ✗ and feedback.
 *
 * Edits to custom columns and the input size go through the undo stack (when one is set) as the
 * commands of architecturecommands.h, which call the apply*() functions.
 */
class ArchitectureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Quantity = archformat::Quantity;

    enum Role {
        RowKindRole = Qt::UserRole + 1, ///< int: RowKind
        BlockStartRole,                 ///< bool: a block boundary runs above this row
        ExplanationRole,                ///< QString (rich text): the explanation panel's text
        ErrorRole,                      ///< QString: why the layer is invalid, or empty
        LayerRole,                      ///< int: 0-based layer index in its column, or −1
        VerdictRole,                    ///< int: dlt::arch::Verdict of the typed answer (practice mode)
        AnswerableRole,                 ///< bool: the cell takes an answer in practice mode
    };
    enum RowKind { InputRow, FeatureRow, PoolRow, ClassifierRow, OutputRow, TotalParamsRow, TotalMacsRow, TotalMemoryRow };

    explicit ArchitectureTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const dlt::arch::Workspace &workspace() const { return m_workspace; }
    /** Edits are pushed here as commands; without a stack they apply at once. */
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    Quantity quantity() const { return m_quantity; }
    void setQuantity(Quantity quantity);
    bool practiceMode() const { return m_practice; }
    void setPracticeMode(bool on);
    /** Forgets every typed answer. */
    void clearAnswers();
    /** Answered and correct cells for the current quantity and totals. */
    dlt::arch::Tally practiceTally() const;

    RowKind rowKind(int row) const;
    /** The 0-based layer shown in a cell, or −1 (input, totals, empty cells). */
    int layerAt(const QModelIndex &index) const;
    /** The cell showing a column's layer. */
    QModelIndex layerIndex(int column, int layer) const;
    bool isCustom(int column) const;
    /** Where a layer typed into this cell of a custom column would be inserted. */
    int insertionIndex(const QModelIndex &index) const;

    // Undoable edits.
    /** continuing: the same typing as the previous input edit, so both undo as one step. */
    void editInput(const dlt::arch::Shape &input, bool continuing = false);
    /** Appends a custom column; returns its index. */
    int addCustomColumn(const QString &name, const std::vector<std::string> &tokens);
    void removeCustomColumn(int column);
    /** Replaces a custom column's layers with the tokens of text. */
    void editColumnText(int column, const QString &text);
    /** Replaces one layer by the tokens of text (none removes it). */
    void editLayer(int column, int layer, const QString &text);
    void insertLayer(int column, int index, const QString &token);
    void removeLayer(int column, int layer);
    void moveLayer(int column, int from, int to);

    // Direct changes, for the commands.
    void applyInput(const dlt::arch::Shape &input);
    void applyColumn(int column, const dlt::arch::Column &content);
    void applyInsertColumn(int at, const dlt::arch::Column &content);
    void applyRemoveColumn(int at);

signals:
    void inputChanged(const dlt::arch::Shape &input);
    void quantityChanged(archformat::Quantity quantity);
    void practiceModeChanged(bool on);
    /** An answer was typed or cleared. */
    void answersChanged();
    /** A column was added, removed or edited, or the input changed. */
    void workspaceChanged();

private:
    // A practice answer's place: (layer index, or −1 − RowKind for a total) and quantity.
    using AnswerKey = std::pair<int, int>;

    int layerRows() const { return m_workspace.alignment().rowCount(); }
    QString cellText(const QModelIndex &index) const;
    QString explanation(const QModelIndex &index) const;
    QString columnName(int column) const;
    QVariant background(const QModelIndex &index) const;
    bool answerable(const QModelIndex &index) const;
    AnswerKey answerKey(const QModelIndex &index) const;
    QString answer(const QModelIndex &index) const;
    dlt::arch::AnswerCheck check(const QModelIndex &index) const;
    void pushColumnEdit(int column, dlt::arch::Column after, const QString &text);
    /** Replaces the workspace, telling views as little as keeps them right. */
    void commit(dlt::arch::Workspace next, int insertedAt = -1, int removedAt = -1);

    dlt::arch::Workspace m_workspace;
    std::vector<std::map<AnswerKey, QString>> m_answers; ///< per column
    Quantity m_quantity = Quantity::OutputSize;
    bool m_practice = false;
    QUndoStack *m_undoStack = nullptr;
};
