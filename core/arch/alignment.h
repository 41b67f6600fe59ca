#pragma once

#include "inference.h"

#include <vector>

namespace dlt::arch {

/** One row of the side-by-side table. */
struct AlignedRow {
    RowGroup group = RowGroup::Feature;
    int block = 0;          ///< 1-based block for Feature and Pool rows, 0 otherwise
    int slot = 0;           ///< 0-based position inside its block (or classifier) group
    bool startsBlock = false; ///< first row of a block or of the classifier: a boundary above it

    bool operator==(const AlignedRow &) const = default;
};

/**
 * Columns laid out like Table 1 of the paper: rows aligned by block, so the k-th conv of
 * block b sits on the same row in every column, each block's max-pool on one row, then the
 * fully connected layers, then the final softmax.
 */
struct Alignment {
    std::vector<AlignedRow> rows;
    std::vector<std::vector<int>> cells; ///< cells[row][column]: 0-based layer index, or −1 for an empty cell

    int rowCount() const { return int(rows.size()); }
    /** The 0-based layer in this cell, or −1. */
    int layerAt(int row, int column) const;
    /** The row holding a column's layer, or −1. */
    int rowOf(int column, int layer) const;
    /** Where a layer inserted at this row of a column lands: before the cell's layer, or after the layers above. */
    int insertionIndex(int row, int column) const;
};

/** Aligns the columns' layers by their group and block (see RowGroup). */
Alignment alignColumns(const std::vector<const ColumnResult *> &columns);

} // namespace dlt::arch
