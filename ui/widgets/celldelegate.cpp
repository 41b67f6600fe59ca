#include "celldelegate.h"

#include "models/matrixmodel.h"

#include <QLineEdit>
#include <QPainter>

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor CellDelegate::windowFill() { return QColor(0xd6, 0xe6, 0xff); }
QColor CellDelegate::windowBorder() { return QColor(0x1f, 0x5f, 0xbf); }
QColor CellDelegate::currentFill() { return QColor(0xff, 0xe0, 0xa0); }
QColor CellDelegate::currentBorder() { return QColor(0xc0, 0x5a, 0x00); }
QColor CellDelegate::paddingFill() { return QColor(0xe8, 0xe8, 0xe8); }
QColor CellDelegate::invalidFill() { return QColor(0xff, 0xdc, 0xdc); }
QColor CellDelegate::invalidBorder() { return QColor(0xc0, 0x00, 0x00); }

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const auto kinds = MatrixModel::CellKinds(index.data(MatrixModel::CellKindRole).toInt());
    const bool padding = kinds.testFlag(MatrixModel::Padding);
    const bool window = kinds.testFlag(MatrixModel::Window);
    const bool current = kinds.testFlag(MatrixModel::Current);
    const bool invalid = kinds.testFlag(MatrixModel::Invalid);
    const bool stale = kinds.testFlag(MatrixModel::Stale);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect r = opt.rect;

    // Fill.
    bool customFill = true;
    QColor fill;
    if (invalid)
        fill = invalidFill();
    else if (current)
        fill = currentFill();
    else if (window)
        fill = padding ? windowFill().darker(108) : windowFill();
    else if (padding)
        fill = paddingFill();
    else
        customFill = false;
    painter->fillRect(r, customFill ? fill : opt.palette.base().color());
    if (kinds.testFlag(MatrixModel::Unreached))
        painter->fillRect(r, QBrush(QColor(90, 90, 90, 150), Qt::BDiagPattern));
    if (opt.state & QStyle::State_Selected) {
        QColor sel = opt.palette.highlight().color();
        sel.setAlpha(60);
        painter->fillRect(r, sel);
    }

    // Text.
    QFont font = opt.font;
    QColor textColour = customFill ? QColor(0x1a, 0x1a, 0x1a) : opt.palette.text().color();
    if (padding) {
        font.setItalic(true);
        textColour = QColor(0x60, 0x60, 0x60);
    }
    if (stale) {
        font.setItalic(true);
        textColour = QColor(0x70, 0x70, 0x70);
    }
    if (window || current)
        font.setBold(true);
    if (invalid) {
        font.setBold(true);
        textColour = invalidBorder();
    }
    painter->setFont(font);
    painter->setPen(textColour);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString note = index.data(MatrixModel::NoteRole).toString();
    QRect textRect = r.adjusted(3, 1, -3, -1);
    if (!note.isEmpty())
        textRect.setBottom(r.bottom() - int(r.height() * 0.22));
    painter->drawText(textRect, Qt::AlignCenter,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));

    // Corner note: the weight that multiplies this cell in the current step.
    if (!note.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(std::max(6.0, opt.font.pointSizeF() * 0.7));
        small.setBold(false);
        painter->setFont(small);
        painter->setPen(windowBorder().darker(130));
        painter->drawText(r.adjusted(2, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom, note);
    }

    // Borders: thick for window and current cells, dashed for padding and invalid text.
    auto border = [&](const QColor &c, int width, Qt::PenStyle style) {
        QPen pen(c, width, style);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const int inset = width / 2;
        painter->drawRect(r.adjusted(inset, inset, -inset - (width % 2 ? 1 : 0), -inset - (width % 2 ? 1 : 0)));
    };
    if (padding && !window)
        border(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine);
    if (window)
        border(windowBorder(), padding ? 3 : 4, padding ? Qt::DashLine : Qt::SolidLine);
    if (current)
        border(currentBorder(), 4, Qt::SolidLine);
    if (invalid)
        border(invalidBorder(), 3, Qt::DashLine);
    if (opt.state & QStyle::State_HasFocus)
        border(opt.palette.highlight().color(), 1, Qt::DotLine);
    painter->restore();
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setAlignment(Qt::AlignCenter);
        line->setObjectName(QStringLiteral("cellEditor"));
        line->setAccessibleName(tr("Cell value"));
    }
    return w;
}
