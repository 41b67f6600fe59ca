#include "matrixmodel.h"

#include "matrixcommands.h"
#include "text/numbertext.h"

#include <QUndoStack>

#include <algorithm>

bool MatrixContent::operator==(const MatrixContent &other) const
{
    if (volume.size() != other.volume.size() || invalidText != other.invalidText)
        return false;
    for (size_t c = 0; c < volume.size(); ++c) {
        const Eigen::MatrixXd &a = volume[c], &b = other.volume[c];
        if (a.rows() != b.rows() || a.cols() != b.cols() || a != b)
            return false;
    }
    return true;
}

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MatrixModel::matrixRows() const
{
    return m_content.volume.empty() ? 0 : int(m_content.volume.front().rows());
}

int MatrixModel::matrixCols() const
{
    return m_content.volume.empty() ? 0 : int(m_content.volume.front().cols());
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_content.volume.empty())
        return 0;
    return matrixRows() + m_padTop + m_padBottom;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_content.volume.empty())
        return 0;
    return matrixCols() + m_padLeft + m_padRight;
}

bool MatrixModel::inMatrix(int row, int col) const
{
    return row >= 0 && col >= 0 && row < matrixRows() && col < matrixCols();
}

QModelIndex MatrixModel::indexOfCell(int row, int col) const
{
    return index(row + m_padTop, col + m_padLeft);
}

MatrixCell MatrixModel::cellOf(const QModelIndex &index) const
{
    return MatrixCell{index.row() - m_padTop, index.column() - m_padLeft};
}

MatrixModel::CellKinds MatrixModel::cellKinds(const QModelIndex &index) const
{
    CellKinds k;
    if (!index.isValid())
        return k;
    const MatrixCell cell = cellOf(index);
    const bool inside = inMatrix(cell.row, cell.col);
    if (!inside)
        k |= Padding;
    if (m_marks.contains(key(cell.row, cell.col)))
        k |= Window;
    if (m_current.row >= 0 && cell == m_current)
        k |= Current;
    if (index.row() >= rowCount() - m_unreachedRows || index.column() >= columnCount() - m_unreachedCols)
        k |= Unreached;
    if (inside) {
        if (m_content.invalidText.count({m_channel, cell.row, cell.col}))
            k |= Invalid;
        if (m_revealed >= 0 && (long long)cell.row * matrixCols() + cell.col >= m_revealed)
            k |= Pending;
    }
    if (m_stale)
        k |= Stale;
    return k;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixCell cell = cellOf(index);
    const CellKinds kinds = cellKinds(index);
    const double value = kinds.testFlag(Padding) ? 0.0 : m_content.volume[size_t(m_channel)](cell.row, cell.col);
    const auto invalid = m_content.invalidText.find({m_channel, cell.row, cell.col});
    const bool isInvalid = invalid != m_content.invalidText.end();

    switch (role) {
    case Qt::DisplayRole:
        if (isInvalid)
            return invalid->second;
        if (kinds.testFlag(Pending))
            return QString();
        return numbertext::display(value);
    case Qt::EditRole:
        if (isInvalid)
            return invalid->second;
        return numbertext::localized(QString::fromStdString(dlt::formatNumber(value)));
    case ValueRole:
        return value;
    case CellKindRole:
        return int(kinds);
    case MessageRole:
        return isInvalid ? problemText(m_channel, cell.row, cell.col, invalid->second) : QString();
    case NoteRole:
        return m_marks.value(key(cell.row, cell.col));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::AccessibleTextRole:
        // What a screen reader announces for the cell: its position in the matrix and its value.
        if (kinds.testFlag(Padding))
            return tr("padding: %1").arg(numbertext::display(0.0));
        if (isInvalid)
            return tr("row %1, column %2: %3").arg(cell.row + 1).arg(cell.col + 1).arg(invalid->second);
        if (kinds.testFlag(Pending))
            return tr("row %1, column %2: not computed yet").arg(cell.row + 1).arg(cell.col + 1);
        return tr("row %1, column %2: %3").arg(cell.row + 1).arg(cell.col + 1).arg(numbertext::precise(value));
    case Qt::AccessibleDescriptionRole: {
        // The highlights the grid draws, in words.
        if (isInvalid)
            return problemText(m_channel, cell.row, cell.col, invalid->second);
        QStringList hints;
        if (kinds.testFlag(Padding))
            hints << tr("zero padding");
        if (kinds.testFlag(Window)) {
            const QString note = m_marks.value(key(cell.row, cell.col));
            hints << (note.isEmpty() ? tr("inside the current window")
                                     : tr("inside the current window, multiplied %1").arg(note));
        }
        if (kinds.testFlag(Current))
            hints << tr("the output cell being computed");
        if (kinds.testFlag(Unreached))
            hints << tr("never reached by the window: the stride does not divide evenly");
        if (kinds.testFlag(Stale))
            hints << tr("from the last valid result");
        return hints.join(QStringLiteral("; "));
    }
    case Qt::ToolTipRole: {
        if (isInvalid)
            return problemText(m_channel, cell.row, cell.col, invalid->second);
        QStringList parts;
        if (kinds.testFlag(Padding))
            parts << tr("zero padding");
        else if (kinds.testFlag(Pending))
            parts << tr("row %1, column %2: not computed yet").arg(cell.row + 1).arg(cell.col + 1);
        else
            parts << tr("row %1, column %2: %3").arg(cell.row + 1).arg(cell.col + 1).arg(numbertext::precise(value));
        if (kinds.testFlag(Window)) {
            const QString note = m_marks.value(key(cell.row, cell.col));
            parts << (note.isEmpty() ? tr("in the window") : tr("in the window, multiplied %1").arg(note));
        }
        if (kinds.testFlag(Current))
            parts << tr("the output cell being computed");
        if (kinds.testFlag(Unreached))
            parts << tr("never reached by the window: the stride does not divide evenly");
        if (kinds.testFlag(Stale))
            parts << tr("from the last valid result");
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const MatrixCell cell = cellOf(index);
    const QString text = value.toString();
    const auto invalid = m_content.invalidText.find({m_channel, cell.row, cell.col});
    const double old = m_content.volume[size_t(m_channel)](cell.row, cell.col);
    const auto parsed = dlt::parseNumber(text.toStdString(), numbertext::parseOptions());
    const bool unchanged = invalid == m_content.invalidText.end() ? (parsed && *parsed == old)
                                                                    : (!parsed && invalid->second == text);
    if (unchanged)
        return true;
    if (m_undoStack)
        m_undoStack->push(new SetCellCommand(this, m_channel, cell.row, cell.col, text));
    else
        applyCellText(m_channel, cell.row, cell.col, text);
    return true;
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const CellKinds k = cellKinds(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && !k.testFlag(Padding))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const int pad = orientation == Qt::Vertical ? m_padTop : m_padLeft;
    const int n = orientation == Qt::Vertical ? matrixRows() : matrixCols();
    const int i = section - pad;
    const bool padding = i < 0 || i >= n;
    if (role == Qt::DisplayRole)
        return padding ? QStringLiteral("p") : QString::number(i + 1);
    if (role == Qt::ToolTipRole) {
        if (padding)
            return tr("zero padding");
        return orientation == Qt::Vertical ? tr("row %1").arg(i + 1) : tr("column %1").arg(i + 1);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void MatrixModel::setName(const QString &name)
{
    m_name = name;
}

void MatrixModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    emitAllChanged({});
}

void MatrixModel::setChannel(int channel)
{
    channel = std::clamp(channel, 0, std::max(0, channelCount() - 1));
    if (channel == m_channel)
        return;
    m_channel = channel;
    emitAllChanged({});
    emit channelChanged(m_channel);
}

QString MatrixModel::problemText(int channel, int row, int col, const QString &text) const
{
    const QString where = channelCount() > 1
        ? tr("%1, channel %2, row %3, column %4").arg(m_name).arg(channel + 1).arg(row + 1).arg(col + 1)
        : tr("%1, row %2, column %3").arg(m_name).arg(row + 1).arg(col + 1);
    if (text.trimmed().isEmpty())
        return tr("%1: the cell is empty; type a number").arg(where);
    const auto asMatrix = dlt::parseMatrix(text.toStdString(), {}, numbertext::parseOptions());
    if (!asMatrix && asMatrix.error().key == "matrix.not_finite")
        return tr("%1: '%2' is not a finite number").arg(where, text);
    return tr("%1: '%2' is not a number; type a value such as 3, −1.5 or 2e-3").arg(where, text);
}

QString MatrixModel::firstProblem() const
{
    if (m_content.invalidText.empty())
        return QString();
    const auto &[k, text] = *m_content.invalidText.begin();
    return problemText(k[0], k[1], k[2], text);
}

void MatrixModel::emitAllChanged(const QList<int> &roles)
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

// ---- edits ----

void MatrixModel::applyCellText(int channel, int row, int col, const QString &text)
{
    if (channel < 0 || channel >= channelCount() || !inMatrix(row, col))
        return;
    const auto parsed = dlt::parseNumber(text.toStdString(), numbertext::parseOptions());
    if (parsed) {
        m_content.volume[size_t(channel)](row, col) = *parsed;
        m_content.invalidText.erase({channel, row, col});
    } else {
        m_content.invalidText[{channel, row, col}] = text;
    }
    if (channel == m_channel) {
        const QModelIndex i = indexOfCell(row, col);
        emit dataChanged(i, i);
    }
    emit contentChanged();
}

void MatrixModel::applyCell(int channel, int row, int col, double value, const std::optional<QString> &invalidText)
{
    if (channel < 0 || channel >= channelCount() || !inMatrix(row, col))
        return;
    m_content.volume[size_t(channel)](row, col) = value;
    if (invalidText)
        m_content.invalidText[{channel, row, col}] = *invalidText;
    else
        m_content.invalidText.erase({channel, row, col});
    if (channel == m_channel) {
        const QModelIndex i = indexOfCell(row, col);
        emit dataChanged(i, i);
    }
    emit contentChanged();
}

void MatrixModel::shiftInvalid(Qt::Orientation orientation, int pos, int delta)
{
    // Moves invalid cells at or after pos by delta; with delta < 0 the cells in [pos, pos − delta) are dropped.
    const int axis = orientation == Qt::Vertical ? 1 : 2;
    std::map<std::array<int, 3>, QString> moved;
    for (const auto &[where, text] : m_content.invalidText) {
        std::array<int, 3> k = where;
        if (delta < 0 && k[axis] >= pos && k[axis] < pos - delta)
            continue;
        if (k[axis] >= pos)
            k[axis] += delta;
        moved.emplace(k, text);
    }
    m_content.invalidText = std::move(moved);
}

void MatrixModel::applyInsert(Qt::Orientation orientation, int pos, int count)
{
    const bool rows = orientation == Qt::Vertical;
    const int n = rows ? matrixRows() : matrixCols();
    if (m_content.volume.empty() || count < 1 || pos < 0 || pos > n || n + count > kMaxSide)
        return;
    if (rows)
        beginInsertRows(QModelIndex(), pos + m_padTop, pos + m_padTop + count - 1);
    else
        beginInsertColumns(QModelIndex(), pos + m_padLeft, pos + m_padLeft + count - 1);
    for (Eigen::MatrixXd &m : m_content.volume) {
        Eigen::MatrixXd grown;
        if (rows) {
            grown = Eigen::MatrixXd::Zero(m.rows() + count, m.cols());
            grown.topRows(pos) = m.topRows(pos);
            grown.bottomRows(m.rows() - pos) = m.bottomRows(m.rows() - pos);
        } else {
            grown = Eigen::MatrixXd::Zero(m.rows(), m.cols() + count);
            grown.leftCols(pos) = m.leftCols(pos);
            grown.rightCols(m.cols() - pos) = m.rightCols(m.cols() - pos);
        }
        m = std::move(grown);
    }
    shiftInvalid(orientation, pos, count);
    if (rows)
        endInsertRows();
    else
        endInsertColumns();
    emit contentChanged();
}

void MatrixModel::applyRemove(Qt::Orientation orientation, int pos, int count)
{
    const bool rows = orientation == Qt::Vertical;
    const int n = rows ? matrixRows() : matrixCols();
    if (m_content.volume.empty() || count < 1 || pos < 0 || pos + count > n || n - count < 1)
        return;
    if (rows)
        beginRemoveRows(QModelIndex(), pos + m_padTop, pos + m_padTop + count - 1);
    else
        beginRemoveColumns(QModelIndex(), pos + m_padLeft, pos + m_padLeft + count - 1);
    for (Eigen::MatrixXd &m : m_content.volume) {
        Eigen::MatrixXd shrunk;
        if (rows) {
            shrunk.resize(m.rows() - count, m.cols());
            shrunk.topRows(pos) = m.topRows(pos);
            shrunk.bottomRows(m.rows() - pos - count) = m.bottomRows(m.rows() - pos - count);
        } else {
            shrunk.resize(m.rows(), m.cols() - count);
            shrunk.leftCols(pos) = m.leftCols(pos);
            shrunk.rightCols(m.cols() - pos - count) = m.rightCols(m.cols() - pos - count);
        }
        m = std::move(shrunk);
    }
    shiftInvalid(orientation, pos, -count);
    if (rows)
        endRemoveRows();
    else
        endRemoveColumns();
    emit contentChanged();
}

void MatrixModel::applyContent(const MatrixContent &content)
{
    const bool sameShape = content.volume.size() == m_content.volume.size()
        && (content.volume.empty()
            || (content.volume.front().rows() == m_content.volume.front().rows()
                && content.volume.front().cols() == m_content.volume.front().cols()));
    if (sameShape) {
        m_content = content;
        emitAllChanged({});
    } else {
        const int oldChannel = m_channel;
        beginResetModel();
        m_content = content;
        m_channel = std::clamp(m_channel, 0, std::max(0, channelCount() - 1));
        endResetModel();
        if (m_channel != oldChannel)
            emit channelChanged(m_channel);
    }
    emit contentChanged();
}

// ---- undoable edits ----

void MatrixModel::replaceContent(const MatrixContent &content, const QString &text)
{
    if (content == m_content)
        return;
    if (m_undoStack)
        m_undoStack->push(new ReplaceContentCommand(this, content, text));
    else
        applyContent(content);
}

void MatrixModel::insertLines(Qt::Orientation orientation, int pos, int count)
{
    const int n = orientation == Qt::Vertical ? matrixRows() : matrixCols();
    if (m_content.volume.empty() || count < 1 || pos < 0 || pos > n || n + count > kMaxSide)
        return;
    if (m_undoStack)
        m_undoStack->push(new InsertLinesCommand(this, orientation, pos, count));
    else
        applyInsert(orientation, pos, count);
}

void MatrixModel::removeLines(Qt::Orientation orientation, int pos, int count)
{
    const int n = orientation == Qt::Vertical ? matrixRows() : matrixCols();
    if (m_content.volume.empty() || count < 1 || pos < 0 || pos + count > n || n - count < 1)
        return;
    if (m_undoStack)
        m_undoStack->push(new RemoveLinesCommand(this, orientation, pos, count));
    else
        applyRemove(orientation, pos, count);
}

// ---- decorations ----

void MatrixModel::setPadding(int rows, int cols)
{
    rows = std::clamp(rows, 0, kMaxSide);
    cols = std::clamp(cols, 0, kMaxSide);
    if (m_content.volume.empty()) {
        m_padTop = m_padBottom = rows;
        m_padLeft = m_padRight = cols;
        return;
    }
    // One side at a time, so every step is a plain insert or remove at one end.
    auto adjust = [this](int &side, int target, bool vertical, bool leading) {
        if (side == target)
            return;
        const int d = target - side;
        const int total = vertical ? rowCount() : columnCount();
        const int first = leading ? 0 : (d > 0 ? total : total + d);
        const int last = first + std::abs(d) - 1;
        if (d > 0)
            vertical ? beginInsertRows(QModelIndex(), first, last) : beginInsertColumns(QModelIndex(), first, last);
        else
            vertical ? beginRemoveRows(QModelIndex(), first, last) : beginRemoveColumns(QModelIndex(), first, last);
        side = target;
        if (d > 0)
            vertical ? endInsertRows() : endInsertColumns();
        else
            vertical ? endRemoveRows() : endRemoveColumns();
    };
    adjust(m_padTop, rows, true, true);
    adjust(m_padBottom, rows, true, false);
    adjust(m_padLeft, cols, false, true);
    adjust(m_padRight, cols, false, false);
}

void MatrixModel::setMarks(const std::vector<CellMark> &marks)
{
    QHash<qint64, QString> next;
    next.reserve(qsizetype(marks.size()));
    for (const CellMark &m : marks)
        next.insert(key(m.cell.row, m.cell.col), m.note);
    if (next == m_marks)
        return;
    m_marks = std::move(next);
    emitAllChanged({CellKindRole, NoteRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void MatrixModel::setCurrentCell(int row, int col)
{
    const MatrixCell next = row < 0 ? MatrixCell{-1, -1} : MatrixCell{row, col};
    if (next == m_current)
        return;
    const MatrixCell old = m_current;
    m_current = next;
    for (const MatrixCell &c : {old, next})
        if (inMatrix(c.row, c.col)) {
            const QModelIndex i = indexOfCell(c.row, c.col);
            emit dataChanged(i, i, {CellKindRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
        }
}

void MatrixModel::setUnreached(int rows, int cols)
{
    rows = std::max(0, rows);
    cols = std::max(0, cols);
    if (rows == m_unreachedRows && cols == m_unreachedCols)
        return;
    m_unreachedRows = rows;
    m_unreachedCols = cols;
    emitAllChanged({CellKindRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void MatrixModel::setRevealedCount(long long count)
{
    count = count < 0 ? -1 : count;
    if (count == m_revealed)
        return;
    m_revealed = count;
    emitAllChanged({Qt::DisplayRole, Qt::AccessibleTextRole, CellKindRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void MatrixModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    emitAllChanged({CellKindRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}
