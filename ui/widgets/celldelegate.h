#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a MatrixModel cell by its CellKindRole flags. Every highlight changes more than the
 * colour: window and current cells get a thick border, padding a dashed border and italic grey
 * text, never-reached cells a hatch, invalid cells a dashed red border and red bold text.
 */
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** Colours shared with legends and other widgets. */
    static QColor windowFill();
    static QColor windowBorder();
    static QColor currentFill();
    static QColor currentBorder();
    static QColor paddingFill();
    static QColor invalidFill();
    static QColor invalidBorder();
};
