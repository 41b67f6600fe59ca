#include "celldelegate.h"

#include "models/matrixmodel.h"
#include "theme/themecolors.h"

#include <QLineEdit>
#include <QPainter>

#include <algorithm>

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

// The colours come from the active theme (theme/themecolors.h).
QColor CellDelegate::windowFill() { return theme::themeColors().windowFill; }
QColor CellDelegate::windowBorder() { return theme::themeColors().windowBorder; }
QColor CellDelegate::currentFill() { return theme::themeColors().currentFill; }
QColor CellDelegate::currentBorder() { return theme::themeColors().currentBorder; }
QColor CellDelegate::paddingFill() { return theme::themeColors().paddingFill; }
QColor CellDelegate::invalidFill() { return theme::themeColors().invalidFill; }
QColor CellDelegate::invalidBorder() { return theme::themeColors().invalidBorder; }

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

    const theme::ThemeColors &tc = theme::themeColors();
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
        fill = padding ? tc.windowPaddingFill : windowFill();
    else if (padding)
        fill = paddingFill();
    else
        customFill = false;
    painter->fillRect(r, customFill ? fill : opt.palette.base().color());
    if (kinds.testFlag(MatrixModel::Unreached))
        painter->fillRect(r, QBrush(tc.unreachedHatch, Qt::BDiagPattern));
    if (opt.state & QStyle::State_Selected) {
        QColor sel = opt.palette.highlight().color();
        sel.setAlpha(60);
        painter->fillRect(r, sel);
    }

    // Text.
    QFont font = opt.font;
    QColor textColour = opt.palette.text().color();
    if (current)
        textColour = tc.currentText;
    else if (window)
        textColour = tc.windowText;
    if (padding) {
        font.setItalic(true);
        textColour = window ? tc.windowText : tc.paddingText;
    }
    if (stale) {
        font.setItalic(true);
        textColour = current ? tc.currentText : (window ? tc.windowText : tc.staleText);
    }
    if (window || current)
        font.setBold(true);
    if (invalid) {
        font.setBold(true);
        textColour = tc.invalidText;
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
        painter->setPen(current ? tc.currentText : tc.noteText);
        painter->drawText(r.adjusted(2, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom, note);
    }

    // Borders: thick for window and current cells, dashed for padding and invalid text.
    auto border = [&](const QColor &c, int width, Qt::PenStyle style) {
        QPen pen(c, std::max(1, int(width * tc.highlightPenScale + 0.5)), style);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const int w = pen.width();
        const int inset = w / 2;
        painter->drawRect(r.adjusted(inset, inset, -inset - (w % 2 ? 1 : 0), -inset - (w % 2 ? 1 : 0)));
    };
    if (padding && !window)
        border(tc.paddingBorder, 1, Qt::DashLine);
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
