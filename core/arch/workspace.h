#pragma once

#include "alignment.h"
#include "inference.h"
#include "shape.h"

#include <string>
#include <vector>

namespace dlt::arch {

/** One column of the explorer: the paper's configurations are read-only, custom ones editable. */
struct Column {
    std::string name;                ///< "A" … "E", or the user's name for a custom column
    std::vector<std::string> tokens; ///< layers in the notation, as written
    bool custom = false;
};

/**
 * The explorer's document: one input size shared by every column, the columns, and their
 * analyses and alignment, kept up to date after every edit. Index arguments out of range
 * make an edit return false and change nothing.
 */
class Workspace
{
public:
    /** The six standard columns at 224×224×3. */
    Workspace();

    /** The input volume H×W×C every column starts from. */
    const Shape &input() const { return m_input; }
    /** Sets the input volume (every side ≥ 1) and re-infers every column. */
    bool setInput(const Shape &input);

    /** Number of columns: the paper's six first, then custom ones. */
    int columnCount() const { return int(m_columns.size()); }
    /** A column's name and tokens, 0 ≤ index < columnCount(). */
    const Column &column(int index) const { return m_columns[size_t(index)]; }
    /** A column's inferred layers and totals at the current input. */
    const ColumnResult &result(int index) const { return m_results[size_t(index)]; }
    /** The rows of the side-by-side table. */
    const Alignment &alignment() const { return m_alignment; }

    /** Inserts a column at 0 ≤ at ≤ columnCount(). */
    bool insertColumn(int at, Column column);
    /** Removes any column (the UI only offers custom ones). */
    bool removeColumn(int at);
    /** Replaces a custom column's layers. */
    bool setTokens(int column, std::vector<std::string> tokens);
    /** Renames a custom column. */
    bool setName(int column, std::string name);
    /** Inserts a layer token before position 0 ≤ index ≤ layer count of a custom column. */
    bool insertLayer(int column, int index, std::string token);
    /** Removes layer 0 ≤ index < layer count of a custom column. */
    bool removeLayer(int column, int index);
    /** Replaces one layer's token in a custom column. */
    bool setLayer(int column, int index, std::string token);
    /** Moves a layer of a custom column so that it ends up at position to. */
    bool moveLayer(int column, int from, int to);

private:
    bool editable(int column) const;
    void update(int column);
    void realign();

    Shape m_input{224, 224, 3};
    std::vector<Column> m_columns;
    std::vector<ColumnResult> m_results;
    Alignment m_alignment;
};

} // namespace dlt::arch
