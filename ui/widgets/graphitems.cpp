#include "graphitems.h"
#include "theme/themecolors.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace {

// Colours from the active theme (theme/themecolors.h); items read them when they paint.
const theme::ThemeColors &tc() { return theme::themeColors(); }

QColor fillFor(GraphNodeItem::Kind kind)
{
    switch (kind) {
    case GraphNodeItem::Parameter:
        return tc().nodeParamFill;
    case GraphNodeItem::Data:
        return tc().nodeDataFill;
    case GraphNodeItem::Loss:
        return tc().nodeLossFill;
    case GraphNodeItem::Delay:
        return tc().nodeDelayFill;
    case GraphNodeItem::Operation:
        break;
    }
    return tc().nodeOpFill;
}

} // namespace

GraphNodeItem::GraphNodeItem(int node, Kind kind, const QString &labelHtml, const QString &opText, const QRectF &rect,
                             const QFont &font, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_node(node)
    , m_kind(kind)
    , m_rect(rect)
    , m_font(font)
    , m_boldFont(font)
    , m_smallFont(font)
    , m_op(opText)
{
    m_boldFont.setBold(true);
    m_smallFont.setPointSizeF(font.pointSizeF() * 0.75);
    m_label.setTextFormat(Qt::RichText);
    m_label.setText(labelHtml);
    m_label.prepare(QTransform(), m_font);
    m_boldLabel.setTextFormat(Qt::RichText);
    m_boldLabel.setText(labelHtml);
    m_boldLabel.prepare(QTransform(), m_boldFont);
    setZValue(10);
}

void GraphNodeItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void GraphNodeItem::setNote(const QString &note)
{
    if (note == m_note)
        return;
    prepareGeometryChange();
    m_note = note;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    QRectF r = m_rect.adjusted(-6, -6, 6, 6);
    if (!m_note.isEmpty()) {
        const QFontMetricsF fm(m_smallFont);
        const qreal w = fm.horizontalAdvance(m_note) + 8;
        r = r.united(QRectF(m_rect.center().x() - w / 2, m_rect.bottom() + 2, w, fm.height() + 4));
    }
    return r;
}

void GraphNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const bool strong = m_state == Highlighted || m_state == Selected;
    const bool dimmed = m_state == Dimmed;
    QColor ink = strong ? tc().graphHighlight : tc().graphInk;
    if (dimmed)
        ink = tc().graphFaded;
    qreal width = m_kind == Parameter ? 2.0 : 1.3;
    if (strong)
        width = m_state == Selected ? 4.5 : 3.5;
    QPen pen(ink, width);
    if (m_kind == Delay)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    QColor fill = fillFor(m_kind);
    if (dimmed)
        fill = tc().dark ? fill.darker(115) : fill.lighter(104);
    p->setBrush(fill);
    switch (m_kind) {
    case Data:
        p->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
        break;
    case Parameter:
    case Loss:
        p->drawRoundedRect(m_rect, 9, 9);
        break;
    case Operation:
    case Delay:
        p->drawRect(m_rect);
        break;
    }
    if (m_kind == Parameter) {
        // A second, inner outline marks a learned parameter.
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(ink, 1));
        p->drawRoundedRect(m_rect.adjusted(3.5, 3.5, -3.5, -3.5), 6, 6);
    }
    if (m_state == Selected) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(tc().graphHighlight, 1.5, Qt::DashLine));
        p->drawRoundedRect(m_rect.adjusted(-5, -5, 5, 5), 11, 11);
    }

    const QStaticText &label = strong ? m_boldLabel : m_label;
    const QSizeF ls = label.size();
    const QFontMetricsF small(m_smallFont);
    const qreal total = ls.height() + small.height();
    const qreal top = m_rect.center().y() - total / 2;
    p->setPen(dimmed ? tc().graphFaded : tc().nodeText);
    p->setFont(strong ? m_boldFont : m_font);
    p->drawStaticText(QPointF(m_rect.center().x() - ls.width() / 2, top), label);
    p->setFont(m_smallFont);
    p->setPen(dimmed ? tc().graphFaded : tc().nodeOpText);
    p->drawText(QRectF(m_rect.left(), top + ls.height(), m_rect.width(), small.height()), Qt::AlignCenter, m_op);

    if (!m_note.isEmpty()) {
        const qreal w = small.horizontalAdvance(m_note) + 8;
        const QRectF nr(m_rect.center().x() - w / 2, m_rect.bottom() + 3, w, small.height() + 2);
        p->setPen(QPen(tc().graphInk, 0.8));
        p->setBrush(tc().graphLabelFill);
        p->drawRect(nr);
        p->setPen(tc().graphLabelText);
        p->drawText(nr, Qt::AlignCenter, m_note);
    }
}

GraphEdgeItem::GraphEdgeItem(int edge, const QPolygonF &points, bool delayed, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
    , m_points(points)
    , m_delayed(delayed)
{
    setZValue(1);
}

void GraphEdgeItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    setZValue(state == Highlighted || state == Active ? 3 : (state == Dimmed || state == Pending ? 0 : 1));
    update();
}

qreal GraphEdgeItem::penWidth() const
{
    switch (m_state) {
    case Highlighted:
    case Active:
        return 3.5;
    case Done:
        return 2.2;
    case Dimmed:
    case Pending:
        return 1.0;
    case Normal:
        break;
    }
    return 1.4;
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_points.boundingRect().adjusted(-8, -8, 8, 8);
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void GraphEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_points.size() < 2)
        return;
    p->setRenderHint(QPainter::Antialiasing);
    QColor c = tc().graphInk;
    Qt::PenStyle style = m_delayed ? Qt::DashLine : Qt::SolidLine;
    switch (m_state) {
    case Highlighted:
        c = tc().graphHighlight;
        break;
    case Active:
        c = tc().graphActive;
        break;
    case Done:
        c = tc().graphDone;
        break;
    case Dimmed:
        c = tc().graphFaded;
        break;
    case Pending:
        c = tc().graphFaded;
        style = Qt::DotLine;
        break;
    case Normal:
        break;
    }
    const qreal w = penWidth();
    QPen pen(c, w, style, Qt::FlatCap, Qt::MiterJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    // Stop the line where the arrow head begins.
    const qreal head = 5 + 1.6 * w;
    QPolygonF line = m_points;
    QPointF &last = line.last();
    const QPointF dir = m_points.last() - m_points[m_points.size() - 2];
    const qreal len = std::hypot(dir.x(), dir.y());
    QPointF unit(0, -1);
    if (len > 0)
        unit = dir / len;
    last -= unit * std::min(head * 0.8, len);
    p->drawPolyline(line);
    // The arrow head, pointing into the consumer's input port.
    const QPointF tip = m_points.last();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip - unit * head;
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawPolygon(QPolygonF{tip, base + normal * head * 0.5, base - normal * head * 0.5});
}
