#include "alignment.h"

#include <algorithm>
#include <map>
#include <utility>

namespace dlt::arch {

int Alignment::layerAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= int(cells[size_t(row)].size()))
        return -1;
    return cells[size_t(row)][size_t(column)];
}

int Alignment::rowOf(int column, int layer) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (layerAt(r, column) == layer && layer >= 0)
            return r;
    return -1;
}

int Alignment::insertionIndex(int row, int column) const
{
    int index = 0;
    for (int r = 0; r < std::min(row, rowCount()); ++r)
        if (layerAt(r, column) >= 0)
            ++index;
    return index;
}

Alignment alignColumns(const std::vector<const ColumnResult *> &columns)
{
    // Rows needed per (group, block): the most layers any one column puts there.
    using Key = std::pair<int, int>; // (order of group, block)
    auto keyOf = [](const LayerResult &l) {
        switch (l.group) {
        case RowGroup::Feature: return Key{l.block * 2, l.block};
        case RowGroup::Pool: return Key{l.block * 2 + 1, l.block};
        case RowGroup::Classifier: return Key{1 << 30, 0};
        case RowGroup::Output: return Key{(1 << 30) + 1, 0};
        }
        return Key{0, 0};
    };
    std::map<Key, int> slots;
    std::map<Key, RowGroup> groups;
    for (const ColumnResult *c : columns) {
        std::map<Key, int> count;
        for (const LayerResult &l : c->layers) {
            const Key k = keyOf(l);
            slots[k] = std::max(slots[k], ++count[k]);
            groups[k] = l.group;
        }
    }

    Alignment a;
    std::map<Key, int> firstRow;
    int previousSection = -1;
    for (const auto &[key, n] : slots) {
        firstRow[key] = a.rowCount();
        const RowGroup g = groups[key];
        const int block = key.second;
        // Blocks are sections; the classifier and the final softmax form one more.
        const int section = g == RowGroup::Classifier || g == RowGroup::Output ? 0 : block;
        for (int s = 0; s < n; ++s)
            a.rows.push_back(AlignedRow{g, block, s, s == 0 && section != previousSection});
        previousSection = section;
    }
    a.cells.assign(a.rows.size(), std::vector<int>(columns.size(), -1));
    for (size_t c = 0; c < columns.size(); ++c) {
        std::map<Key, int> count;
        for (size_t i = 0; i < columns[c]->layers.size(); ++i) {
            const Key k = keyOf(columns[c]->layers[i]);
            const int row = firstRow[k] + count[k]++;
            a.cells[size_t(row)][c] = int(i);
        }
    }
    return a;
}

} // namespace dlt::arch
