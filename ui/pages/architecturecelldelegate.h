#pragma once

#include <QStyledItemDelegate>

/**
 * Draws the VGG table's cells: a layer cell "conv3-64 → 224×224×64" shows the layer's name
 * smaller and muted and the number at full size, so six columns fit side by side and the eye
 * goes to the answer; a thick rule runs above the first row of every block and above the totals.
 * Editors are line edits whose hint depends on what the cell takes (a layer token, or an answer).
 */
class ArchitectureCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ArchitectureCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};
