#pragma once

#include "matrixtext/matrixtext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

class QUndoStack;

/** A position in a matrix, 0-based; may lie outside the matrix (padding). */
struct MatrixCell {
    int row = 0;
    int col = 0;
    bool operator==(const MatrixCell &) const = default;
};

/** A cell to mark on the grid (for example a window cell) and an optional short note drawn in its corner. */
struct CellMark {
    MatrixCell cell;
    QString note;
};

/** Everything a user edits in one matrix editor: the volume, and the cells whose text is not a number. */
struct MatrixContent {
    dlt::Volume volume;                                  ///< C channels of R×C matrices
    std::map<std::array<int, 3>, QString> invalidText;  ///< {channel, row, col} → the text typed there
    /** Same channels, shapes, values and invalid texts (shapes compared first: Eigen's == needs equal sizes). */
    bool operator==(const MatrixContent &other) const;
};

/**
 * A table model over one channel of a dlt::Volume, as the convolution page shows it.
 *
 * Editing: setData() parses the text with dlt::parseNumber and pushes an undoable command on
 * the undo stack (when one is set); text that is not a number stays in its cell, marked
 * invalid, with a message. Structural edits (rows, columns, whole content) go through
 * the commands of matrixcommands.h, which call the apply*() functions here.
 *
 * Display: the model can show a ring of zero padding around the matrix (view row = matrix row
 * + padding rows), mark cells (window, current output cell, never-reached rows and columns),
 * and reveal only the first n cells in row-major order (the output while stepping).
 * Delegates read CellKindRole; highlights are flags so they can be drawn with borders, not only colour.
 */
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< double: the number in the cell (0 for padding)
        CellKindRole,                 ///< int: CellKinds flags
        MessageRole,                  ///< QString: why an invalid cell is invalid
        NoteRole,                     ///< QString: short corner note of a marked cell (e.g. "×−1")
    };
    enum CellKind {
        Normal = 0,
        Padding = 1 << 0,   ///< a zero of the padding ring, not editable
        Window = 1 << 1,    ///< inside the current sliding window
        Current = 1 << 2,   ///< the output cell being computed
        Unreached = 1 << 3, ///< a row or column the window never reaches
        Invalid = 1 << 4,   ///< the text typed here is not a number
        Pending = 1 << 5,   ///< not yet computed: shown blank
        Stale = 1 << 6,     ///< from the last valid result, while the current input is invalid
    };
    Q_DECLARE_FLAGS(CellKinds, CellKind)
    Q_FLAG(CellKinds)

    /** Largest number of rows or columns the editors create or accept from a paste. */
    static constexpr int kMaxSide = 512;

    explicit MatrixModel(QObject *parent = nullptr);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The name used in messages and undo texts ("Input", "Filter"). */
    QString name() const { return m_name; }
    void setName(const QString &name);

    /** Undo stack for edits; without one, setData() applies edits directly. */
    QUndoStack *undoStack() const { return m_undoStack; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    bool isEditable() const { return m_editable; }
    void setEditable(bool editable);

    const MatrixContent &content() const { return m_content; }
    const dlt::Volume &volume() const { return m_content.volume; }
    int channelCount() const { return int(m_content.volume.size()); }
    int matrixRows() const;
    int matrixCols() const;

    /** The channel shown, 0-based. */
    int channel() const { return m_channel; }
    void setChannel(int channel);

    /** True when some cell holds text that is not a number. */
    bool hasInvalidCells() const { return !m_content.invalidText.empty(); }
    /** The message for the first invalid cell (channel, row, column order), or an empty string. */
    QString firstProblem() const;
    /** The message for an invalid cell's text, e.g. "Input, row 2, column 3: 'x' is not a number". */
    QString problemText(int channel, int row, int col, const QString &text) const;

    /** The view index of a matrix cell of the shown channel (accounts for padding). */
    QModelIndex indexOfCell(int row, int col) const;
    /** The matrix cell of a view index (row/col negative or past the end inside padding). */
    MatrixCell cellOf(const QModelIndex &index) const;

    // ---- edits applied by undo commands (they emit contentChanged) ----
    /** Sets one cell from typed text; text that is not a number is kept as invalid. */
    void applyCellText(int channel, int row, int col, const QString &text);
    /** Sets one cell's value and validity back exactly (used by undo); invalidText is the text of an invalid cell. */
    void applyCell(int channel, int row, int col, double value, const std::optional<QString> &invalidText);
    /** Inserts count zero rows (Qt::Vertical) or columns (Qt::Horizontal) before matrix position pos, in every channel. */
    void applyInsert(Qt::Orientation orientation, int pos, int count);
    /** Removes count rows or columns starting at matrix position pos, in every channel. */
    void applyRemove(Qt::Orientation orientation, int pos, int count);
    /** Replaces everything; resets the model when the shape changes. */
    void applyContent(const MatrixContent &content);

    // ---- undoable edits (push a command when an undo stack is set) ----
    /** Replaces the whole content, e.g. a paste, a preset or a random fill; text names the edit for Undo. */
    void replaceContent(const MatrixContent &content, const QString &text);
    void insertLines(Qt::Orientation orientation, int pos, int count = 1);
    void removeLines(Qt::Orientation orientation, int pos, int count = 1);

    // ---- display decorations, not part of the content ----
    int paddingRows() const { return m_padTop; }
    int paddingCols() const { return m_padLeft; }
    /** Shows a ring of zero padding: rows above and below, columns left and right. */
    void setPadding(int rows, int cols);
    /** Marks cells of the shown channel as in the window, each with an optional corner note. */
    void setMarks(const std::vector<CellMark> &marks);
    /** Marks one matrix cell as the current output cell; row < 0 clears it. */
    void setCurrentCell(int row, int col);
    /** The last rows/cols of the padded grid that the window never reaches. */
    void setUnreached(int rows, int cols);
    /** Shows only the first count cells in row-major order; count < 0 shows all. */
    void setRevealedCount(long long count);
    long long revealedCount() const { return m_revealed; }
    /** Draws values as left over from the last valid result. */
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    CellKinds cellKinds(const QModelIndex &index) const;

signals:
    /** The numbers or shape changed (any edit, undo or redo). */
    void contentChanged();
    /** The shown channel changed (0-based). */
    void channelChanged(int channel);

private:
    static qint64 key(int row, int col) { return (qint64(row) << 32) ^ qint64(quint32(col)); }
    bool inMatrix(int row, int col) const;
    void emitAllChanged(const QList<int> &roles);
    void shiftInvalid(Qt::Orientation orientation, int pos, int delta);

    QString m_name;
    QUndoStack *m_undoStack = nullptr;
    bool m_editable = true;
    MatrixContent m_content;
    int m_channel = 0;
    // Padding is equal on both sides once setPadding() returns; the four counters let it grow
    // one side at a time with proper insert/remove notifications.
    int m_padTop = 0;
    int m_padBottom = 0;
    int m_padLeft = 0;
    int m_padRight = 0;
    QHash<qint64, QString> m_marks;
    MatrixCell m_current{-1, -1};
    int m_unreachedRows = 0;
    int m_unreachedCols = 0;
    long long m_revealed = -1;
    bool m_stale = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MatrixModel::CellKinds)
