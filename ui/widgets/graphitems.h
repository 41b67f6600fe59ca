#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QPolygonF>
#include <QStaticText>

/** One operation of the computational graph: a box with its name and, smaller, what it computes. */
class GraphNodeItem : public QGraphicsItem
{
public:
    /** Shapes differ by kind, so kinds stay apart without colour. */
    enum Kind { Parameter, Data, Operation, Loss, Delay };
    /** Highlighted: thick border and bold name. Dimmed: faded while something else is highlighted. */
    enum State { Normal, Highlighted, Selected, Dimmed };

    GraphNodeItem(int node, Kind kind, const QString &labelHtml, const QString &opText, const QRectF &rect,
                  const QFont &font, QGraphicsItem *parent = nullptr);

    int node() const { return m_node; }
    State state() const { return m_state; }
    void setState(State state);
    /** A short line drawn under the box (for example how far a copy moved); empty hides it. */
    void setNote(const QString &note);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_node;
    Kind m_kind;
    State m_state = Normal;
    QRectF m_rect;
    QFont m_font;
    QFont m_boldFont;
    QFont m_smallFont;
    QStaticText m_label;
    QStaticText m_boldLabel;
    QString m_op;
    QString m_note;
};

/** One data dependency: an orthogonal polyline ending in an arrow at the consumer's input port. */
class GraphEdgeItem : public QGraphicsItem
{
public:
    /** Highlighted: on a path to a loss from the selection. Active/Done/Pending: the backward pass. */
    enum State { Normal, Highlighted, Dimmed, Active, Done, Pending };

    GraphEdgeItem(int edge, const QPolygonF &points, bool delayed, QGraphicsItem *parent = nullptr);

    int edge() const { return m_edge; }
    State state() const { return m_state; }
    void setState(State state);
    /** The pen width of the current state, in scene units. */
    qreal penWidth() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_edge;
    QPolygonF m_points;
    bool m_delayed;
    State m_state = Normal;
};
