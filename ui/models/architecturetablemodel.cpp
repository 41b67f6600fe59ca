#include "architecturetablemodel.h"

#include "architecturecelltext.h"
#include "architecturecommands.h"
#include "architectureexplanation.h"

#include "arch/configs.h"
#include "arch/layer.h"
#include "text/errortext.h"
#include "theme/themecolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

using namespace dlt::arch;
using archformat::Quantity;

namespace {

// Fills from the active theme (theme/themecolors.h), chosen for contrast with its text colour.
const theme::ThemeColors &tints() { return theme::themeColors(); }

} // namespace

ArchitectureTableModel::ArchitectureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_answers(size_t(m_workspace.columnCount()))
{
}

int ArchitectureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + layerRows() + 3;
}

int ArchitectureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_workspace.columnCount();
}

ArchitectureTableModel::RowKind ArchitectureTableModel::rowKind(int row) const
{
    if (row <= 0)
        return InputRow;
    if (row > layerRows())
        return row == layerRows() + 1 ? TotalParamsRow : row == layerRows() + 2 ? TotalMacsRow : TotalMemoryRow;
    switch (m_workspace.alignment().rows[size_t(row - 1)].group) {
    case RowGroup::Feature: return FeatureRow;
    case RowGroup::Pool: return PoolRow;
    case RowGroup::Classifier: return ClassifierRow;
    case RowGroup::Output: return OutputRow;
    }
    return FeatureRow;
}

int ArchitectureTableModel::layerAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() < 1 || index.row() > layerRows())
        return -1;
    return m_workspace.alignment().layerAt(index.row() - 1, index.column());
}

QModelIndex ArchitectureTableModel::layerIndex(int column, int layer) const
{
    const int row = m_workspace.alignment().rowOf(column, layer);
    return row < 0 ? QModelIndex() : index(row + 1, column);
}

bool ArchitectureTableModel::isCustom(int column) const
{
    return column >= 0 && column < m_workspace.columnCount() && m_workspace.column(column).custom;
}

int ArchitectureTableModel::insertionIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const int n = int(m_workspace.column(index.column()).tokens.size());
    if (index.row() < 1)
        return 0;
    if (index.row() > layerRows())
        return n;
    return m_workspace.alignment().insertionIndex(index.row() - 1, index.column());
}

QString ArchitectureTableModel::columnName(int column) const
{
    return QString::fromStdString(m_workspace.column(column).name);
}

// ---------------------------------------------------------------------------------------------
// Practice

bool ArchitectureTableModel::answerable(const QModelIndex &index) const
{
    if (!m_practice || !index.isValid())
        return false;
    const ColumnResult &r = m_workspace.result(index.column());
    switch (rowKind(index.row())) {
    case InputRow:
    case TotalMemoryRow: return false;
    case TotalParamsRow: return m_quantity == Quantity::Parameters && r.ok();
    case TotalMacsRow: return m_quantity == Quantity::Macs && r.ok();
    default: break;
    }
    const int layer = layerAt(index);
    if (layer < 0)
        return false;
    const LayerResult &l = r.layers[size_t(layer)];
    if (l.status != LayerStatus::Ok)
        return false;
    return m_quantity != Quantity::ReceptiveField || l.hasReceptiveField;
}

ArchitectureTableModel::AnswerKey ArchitectureTableModel::answerKey(const QModelIndex &index) const
{
    const int layer = layerAt(index);
    if (layer >= 0)
        return {layer, int(m_quantity)};
    return {-1 - int(rowKind(index.row())), 0};
}

QString ArchitectureTableModel::answer(const QModelIndex &index) const
{
    const auto &answers = m_answers[size_t(index.column())];
    const auto it = answers.find(answerKey(index));
    return it == answers.end() ? QString() : it->second;
}

AnswerCheck ArchitectureTableModel::check(const QModelIndex &index) const
{
    const ColumnResult &r = m_workspace.result(index.column());
    const int layer = layerAt(index);
    if (layer >= 0)
        return archcell::check(r.layers[size_t(layer)], m_quantity, answer(index));
    const RowKind kind = rowKind(index.row());
    return archcell::checkTotal(r, kind == TotalParamsRow ? archcell::Total::Parameters : archcell::Total::Macs,
                                answer(index));
}

Tally ArchitectureTableModel::practiceTally() const
{
    std::vector<Verdict> verdicts;
    int cells = 0;
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r) {
            const QModelIndex i = index(r, c);
            if (!answerable(i))
                continue;
            ++cells;
            verdicts.push_back(check(i).verdict);
        }
    return tally(verdicts, cells);
}

void ArchitectureTableModel::setQuantity(Quantity quantity)
{
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit quantityChanged(quantity);
    emit answersChanged();
}

void ArchitectureTableModel::setPracticeMode(bool on)
{
    if (on == m_practice)
        return;
    m_practice = on;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit practiceModeChanged(on);
    emit answersChanged();
}

void ArchitectureTableModel::clearAnswers()
{
    for (auto &answers : m_answers)
        answers.clear();
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit answersChanged();
}

// ---------------------------------------------------------------------------------------------
// Reading

QString ArchitectureTableModel::cellText(const QModelIndex &index) const
{
    const RowKind kind = rowKind(index.row());
    const ColumnResult &r = m_workspace.result(index.column());
    if (kind == InputRow)
        return tr("input %1").arg(archformat::shape(r.input));
    const int layer = layerAt(index);
    if (answerable(index)) {
        const QString name = layer >= 0 ? archformat::layerName(r.layers[size_t(layer)]) : QString();
        return archcell::practice(name, m_quantity, answer(index), check(index).correct());
    }
    switch (kind) {
    case TotalParamsRow: return archcell::total(r, archcell::Total::Parameters);
    case TotalMacsRow: return archcell::total(r, archcell::Total::Macs);
    case TotalMemoryRow: return archcell::total(r, archcell::Total::Memory);
    default: return layer < 0 ? QString() : archcell::layer(r.layers[size_t(layer)], m_quantity);
    }
}

QString ArchitectureTableModel::explanation(const QModelIndex &index) const
{
    const int column = index.column();
    const ColumnResult &r = m_workspace.result(column);
    const QString name = columnName(column);
    const RowKind kind = rowKind(index.row());
    if (kind == InputRow)
        return archexplain::input(r, name);

    QString hint;
    if (answerable(index)) {
        const AnswerCheck verdict = check(index);
        const int layer = layerAt(index);
        if (layer >= 0)
            hint = archexplain::practiceHint(r.layers[size_t(layer)], m_quantity);
        else
            hint = kind == TotalParamsRow
                ? tr("<b>%1 · parameters</b>: type the column's total, the sum over every layer.").arg(name.toHtmlEscaped())
                : tr("<b>%1 · MACs</b>: type the column's total, the sum over every layer.").arg(name.toHtmlEscaped());
        if (verdict.verdict == Verdict::Empty)
            return hint;
        hint += QStringLiteral("<br><b>") +
                archformat::verdict(verdict.verdict, m_quantity == Quantity::OutputSize && layer >= 0).toHtmlEscaped() +
                QStringLiteral("</b>");
        if (!verdict.correct())
            return hint;
        hint += QStringLiteral("<hr>");
    }

    QString body;
    switch (kind) {
    case TotalParamsRow:
    case TotalMacsRow:
    case TotalMemoryRow: {
        const auto config = standardConfig(m_workspace.column(column).name);
        const int paper = !isCustom(column) && config ? config->paperParamsMillions : 0;
        const auto which = kind == TotalParamsRow ? archexplain::Total::Parameters
            : kind == TotalMacsRow                ? archexplain::Total::Macs
                                                  : archexplain::Total::Memory;
        body = archexplain::total(r, name, which, paper);
        break;
    }
    default: {
        const int layer = layerAt(index);
        if (layer >= 0)
            body = archexplain::layer(r, layer, name, m_quantity);
        else if (isCustom(column))
            body = tr("<b>%1</b>: no layer here. Type a layer (for example C3D64) to insert it at this place.")
                       .arg(name.toHtmlEscaped());
        else
            body = tr("<b>%1</b> has no layer in this row; rows are aligned by block as in the paper's table.")
                       .arg(name.toHtmlEscaped());
    }
    }
    return hint + body;
}

QVariant ArchitectureTableModel::background(const QModelIndex &index) const
{
    if (answerable(index)) {
        const Verdict v = check(index).verdict;
        if (v == Verdict::Empty)
            return QBrush(tints().vggAskFill);
        return QBrush(v == Verdict::Correct ? tints().vggCorrectFill : tints().vggWrongFill);
    }
    const int layer = layerAt(index);
    if (layer >= 0 && m_workspace.result(index.column()).layers[size_t(layer)].status == LayerStatus::Invalid)
        return QBrush(tints().vggInvalidFill);
    switch (rowKind(index.row())) {
    case PoolRow: return QBrush(tints().poolFill);
    case InputRow:
    case TotalParamsRow:
    case TotalMacsRow:
    case TotalMemoryRow: return QBrush(tints().frameFill);
    default: return QVariant();
    }
}

QVariant ArchitectureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    const RowKind kind = rowKind(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return cellText(index);
    case Qt::EditRole: {
        if (m_practice)
            return answer(index);
        const int layer = layerAt(index);
        return layer < 0 ? QString() : QString::fromStdString(m_workspace.column(index.column()).tokens[size_t(layer)]);
    }
    case Qt::ToolTipRole:
    case ExplanationRole: return explanation(index);
    case Qt::BackgroundRole: return background(index);
    case Qt::FontRole:
        if (kind == PoolRow || kind == TotalParamsRow || kind == TotalMacsRow || kind == TotalMemoryRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case RowKindRole: return int(kind);
    case BlockStartRole:
        if (kind == TotalParamsRow || (index.row() >= 1 && index.row() <= layerRows()
                                       && m_workspace.alignment().rows[size_t(index.row() - 1)].startsBlock))
            return true;
        return false;
    case ErrorRole: {
        const int layer = layerAt(index);
        if (layer < 0)
            return QString();
        const LayerResult &l = m_workspace.result(index.column()).layers[size_t(layer)];
        return l.error ? errorText(*l.error) : QString();
    }
    case LayerRole: return layerAt(index);
    case VerdictRole: return answerable(index) ? int(check(index).verdict) : int(Verdict::Empty);
    case AnswerableRole: return answerable(index);
    default: return QVariant();
    }
}

QVariant ArchitectureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return QVariant();
        const ColumnResult &r = m_workspace.result(section);
        const QString name = columnName(section);
        switch (role) {
        case Qt::DisplayRole:
            return name + (isCustom(section) ? QStringLiteral(" \u270e") : QString()) + QLatin1Char('\n') +
                   (r.weightLayers == 1 ? tr("1 weight layer") : tr("%1 weight layers").arg(r.weightLayers));
        case Qt::ToolTipRole:
            if (isCustom(section))
                return tr("Custom column %1: select a cell and type a layer, or edit the whole column as text.")
                    .arg(name);
            return tr("Configuration %1 of Table 1 in Simonyan & Zisserman (2014)").arg(name);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default: return QVariant();
        }
    }
    if (section < 0 || section >= rowCount())
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const RowKind kind = rowKind(section);
    const AlignedRow *row = kind == InputRow || section > layerRows()
        ? nullptr
        : &m_workspace.alignment().rows[size_t(section - 1)];
    if (role == Qt::ToolTipRole) {
        switch (kind) {
        case InputRow: return tr("The input volume, the same for every column");
        case FeatureRow: return tr("Block %1: convolutions (and LRN) between two max-pools").arg(row->block);
        case PoolRow: return tr("The max-pool that ends block %1").arg(row->block);
        case ClassifierRow: return tr("Fully connected layers: the volume is flattened first");
        case OutputRow: return tr("The soft-max that turns the scores into probabilities");
        case TotalParamsRow: return tr("Total parameters (weights + biases) of each column");
        case TotalMacsRow: return tr("Total multiply-accumulates of each column for one input");
        case TotalMemoryRow: return tr("Activation memory of each column for one input, in float32");
        }
        return QVariant();
    }
    switch (kind) {
    case InputRow: return tr("input");
    case FeatureRow: return row->slot == 0 ? tr("block %1").arg(row->block) : QString();
    case PoolRow: return tr("max-pool");
    case ClassifierRow: return row->slot == 0 ? tr("FC") : QString();
    case OutputRow: return tr("output");
    case TotalParamsRow: return tr("params");
    case TotalMacsRow: return tr("MACs");
    case TotalMemoryRow: return tr("memory");
    }
    return QVariant();
}

Qt::ItemFlags ArchitectureTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_practice) {
        if (answerable(index))
            f |= Qt::ItemIsEditable;
    } else if (isCustom(index.column()) && index.row() >= 1 && index.row() <= layerRows()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ArchitectureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (m_practice) {
        auto &answers = m_answers[size_t(index.column())];
        if (text.isEmpty())
            answers.erase(answerKey(index));
        else
            answers[answerKey(index)] = text;
        emit dataChanged(index, index);
        emit answersChanged();
        return true;
    }
    const int layer = layerAt(index);
    if (layer >= 0) {
        editLayer(index.column(), layer, text);
    } else if (!text.isEmpty()) {
        Column after = m_workspace.column(index.column());
        const std::vector<std::string> tokens = splitTokens(text.toStdString());
        after.tokens.insert(after.tokens.begin() + insertionIndex(index), tokens.begin(), tokens.end());
        pushColumnEdit(index.column(), std::move(after), tr("Insert layer"));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Editing

void ArchitectureTableModel::pushColumnEdit(int column, Column after, const QString &text)
{
    if (!isCustom(column))
        return;
    const Column &before = m_workspace.column(column);
    if (after.tokens == before.tokens && after.name == before.name)
        return;
    if (m_undoStack)
        m_undoStack->push(new EditColumnCommand(this, column, before, std::move(after), text));
    else
        applyColumn(column, after);
}

void ArchitectureTableModel::editInput(const Shape &input, bool continuing)
{
    if (input == m_workspace.input())
        return;
    if (m_undoStack)
        m_undoStack->push(new SetInputCommand(this, m_workspace.input(), input, continuing));
    else
        applyInput(input);
}

int ArchitectureTableModel::addCustomColumn(const QString &name, const std::vector<std::string> &tokens)
{
    const int at = columnCount();
    Column c{name.toStdString(), tokens, true};
    if (m_undoStack)
        m_undoStack->push(new InsertColumnCommand(this, at, std::move(c), tr("Add column %1").arg(name)));
    else
        applyInsertColumn(at, c);
    return at;
}

void ArchitectureTableModel::removeCustomColumn(int column)
{
    if (!isCustom(column))
        return;
    const Column c = m_workspace.column(column);
    if (m_undoStack)
        m_undoStack->push(new RemoveColumnCommand(this, column, c, tr("Remove column %1").arg(columnName(column))));
    else
        applyRemoveColumn(column);
}

void ArchitectureTableModel::editColumnText(int column, const QString &text)
{
    if (!isCustom(column))
        return;
    Column after = m_workspace.column(column);
    after.tokens = splitTokens(text.toStdString());
    pushColumnEdit(column, std::move(after), tr("Edit column %1").arg(columnName(column)));
}

void ArchitectureTableModel::editLayer(int column, int layer, const QString &text)
{
    if (!isCustom(column))
        return;
    Column after = m_workspace.column(column);
    if (layer < 0 || layer >= int(after.tokens.size()))
        return;
    const std::vector<std::string> tokens = splitTokens(text.toStdString());
    after.tokens.erase(after.tokens.begin() + layer);
    after.tokens.insert(after.tokens.begin() + layer, tokens.begin(), tokens.end());
    pushColumnEdit(column, std::move(after), tokens.empty() ? tr("Delete layer") : tr("Edit layer"));
}

void ArchitectureTableModel::insertLayer(int column, int index, const QString &token)
{
    if (!isCustom(column))
        return;
    Column after = m_workspace.column(column);
    if (index < 0 || index > int(after.tokens.size()))
        return;
    after.tokens.insert(after.tokens.begin() + index, token.trimmed().toStdString());
    pushColumnEdit(column, std::move(after), tr("Insert layer"));
}

void ArchitectureTableModel::removeLayer(int column, int layer)
{
    if (!isCustom(column))
        return;
    Column after = m_workspace.column(column);
    if (layer < 0 || layer >= int(after.tokens.size()))
        return;
    after.tokens.erase(after.tokens.begin() + layer);
    pushColumnEdit(column, std::move(after), tr("Delete layer"));
}

void ArchitectureTableModel::moveLayer(int column, int from, int to)
{
    if (!isCustom(column))
        return;
    Column after = m_workspace.column(column);
    const int n = int(after.tokens.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    std::string t = after.tokens[size_t(from)];
    after.tokens.erase(after.tokens.begin() + from);
    after.tokens.insert(after.tokens.begin() + to, std::move(t));
    pushColumnEdit(column, std::move(after), to < from ? tr("Move layer up") : tr("Move layer down"));
}

// ---------------------------------------------------------------------------------------------
// Applying

void ArchitectureTableModel::applyInput(const Shape &input)
{
    if (!m_workspace.setInput(input))
        return;
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    emit inputChanged(input);
    emit workspaceChanged();
    emit answersChanged();
}

void ArchitectureTableModel::applyColumn(int column, const Column &content)
{
    if (!isCustom(column))
        return;
    Workspace next = m_workspace;
    next.setTokens(column, content.tokens);
    next.setName(column, content.name);
    m_answers[size_t(column)].clear(); // the layers changed, so old answers no longer line up
    commit(std::move(next));
}

void ArchitectureTableModel::applyInsertColumn(int at, const Column &content)
{
    Workspace next = m_workspace;
    if (!next.insertColumn(at, content))
        return;
    commit(std::move(next), at, -1);
}

void ArchitectureTableModel::applyRemoveColumn(int at)
{
    Workspace next = m_workspace;
    if (!next.removeColumn(at))
        return;
    commit(std::move(next), -1, at);
}

void ArchitectureTableModel::commit(Workspace next, int insertedAt, int removedAt)
{
    const bool sameRows = next.alignment().rows == m_workspace.alignment().rows;
    auto moveAnswers = [&] {
        if (insertedAt >= 0)
            m_answers.insert(m_answers.begin() + insertedAt, std::map<AnswerKey, QString>());
        if (removedAt >= 0)
            m_answers.erase(m_answers.begin() + removedAt);
    };
    if (sameRows && insertedAt >= 0) {
        beginInsertColumns(QModelIndex(), insertedAt, insertedAt);
        m_workspace = std::move(next);
        moveAnswers();
        endInsertColumns();
    } else if (sameRows && removedAt >= 0) {
        beginRemoveColumns(QModelIndex(), removedAt, removedAt);
        m_workspace = std::move(next);
        moveAnswers();
        endRemoveColumns();
    } else if (sameRows) {
        m_workspace = std::move(next);
        if (columnCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        }
    } else {
        beginResetModel();
        m_workspace = std::move(next);
        moveAnswers();
        endResetModel();
    }
    emit workspaceChanged();
    emit answersChanged();
}
