#include "architecturecelldelegate.h"

#include "models/architecturecelltext.h"
#include "models/architecturetablemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace {

// A layer cell's text split into the layer's name (with the separator) and its value.
struct Parts {
    QString label;
    QString value;
};

bool split(const QString &text, Parts &parts)
{
    for (const QString &sep : {archcell::arrow(), QStringLiteral(": ")}) {
        const qsizetype at = text.indexOf(sep);
        if (at > 0) {
            parts.label = text.left(at + sep.size());
            parts.value = text.mid(at + sep.size());
            return true;
        }
    }
    return false;
}

QFont labelFont(const QFont &base)
{
    QFont f = base;
    f.setBold(false);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.85);
    else
        f.setPixelSize(std::max(6, base.pixelSize() * 85 / 100));
    return f;
}

} // namespace

ArchitectureCellDelegate::ArchitectureCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ArchitectureCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    Parts parts;
    if (!split(opt.text, parts)) {
        QStyledItemDelegate::paint(painter, option, index);
    } else {
        // Background, selection and focus as usual, then the two parts on one baseline.
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const QFont small = labelFont(opt.font);
        const QFontMetrics fmSmall(small), fm(opt.font);
        const int valueWidth = fm.horizontalAdvance(parts.value);
        QString label = parts.label;
        if (fmSmall.horizontalAdvance(label) + valueWidth > rect.width())
            label = fmSmall.elidedText(label, Qt::ElideRight, std::max(0, rect.width() - valueWidth));
        const int labelWidth = fmSmall.horizontalAdvance(label);
        const int x = rect.left() + std::max(0, (rect.width() - labelWidth - valueWidth) / 2);
        const int baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2;

        const bool selected = opt.state & QStyle::State_Selected;
        QColor text = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
        QColor muted = text;
        muted.setAlpha(170);
        painter->save();
        painter->setClipRect(rect);
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QPoint(x, baseline), label);
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(QPoint(x + labelWidth, baseline), parts.value);
        painter->restore();
    }

    if (!index.data(ArchitectureTableModel::BlockStartRole).toBool())
        return;
    painter->save();
    QColor rule = option.palette.color(QPalette::WindowText);
    rule.setAlpha(170);
    const int width = std::max(2, option.fontMetrics.height() / 8);
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), option.rect.width(), width), rule);
    painter->restore();
}

QSize ArchitectureCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    Parts parts;
    if (split(opt.text, parts)) {
        const QFontMetrics fm(opt.font), fmSmall(labelFont(opt.font));
        size.rwidth() += fmSmall.horizontalAdvance(parts.label) + fm.horizontalAdvance(parts.value)
                         - fm.horizontalAdvance(opt.text);
    }
    return size;
}

QWidget *ArchitectureCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Q_UNUSED(option);
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("cellEditor"));
    edit->setFrame(false);
    edit->setAlignment(Qt::AlignCenter);
    const auto *model = qobject_cast<const ArchitectureTableModel *>(index.model());
    QString hint;
    if (model && model->practiceMode()) {
        const bool size = model->quantity() == archformat::Quantity::OutputSize
                          && index.data(ArchitectureTableModel::LayerRole).toInt() >= 0;
        hint = size ? tr("H×W×D, e.g. 112x112x64") : tr("a whole number");
        edit->setAccessibleName(tr("Your answer"));
    } else {
        hint = tr("layer, e.g. C3D64, M, FC10");
        edit->setAccessibleName(tr("Layer"));
    }
    edit->setPlaceholderText(hint);
    edit->setToolTip(tr("Type %1 and press Enter; Esc cancels").arg(hint));
    return edit;
}

void ArchitectureCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}
