#pragma once

class QAbstractItemView;

namespace gridkeyboard {

/**
 * Makes Tab leave a table instead of cycling through its cells forever (a keyboard trap):
 * outside an editor Tab and Shift+Tab move to the next or previous control, the arrow keys move
 * between cells; inside an editor Tab still commits and edits the next cell, except on the last
 * cell (Shift+Tab: the first), where it commits, closes the editor and moves on to the next control.
 */
void letTabLeave(QAbstractItemView *view);

} // namespace gridkeyboard
