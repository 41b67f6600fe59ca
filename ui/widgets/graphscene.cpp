#include "graphscene.h"

#include "graphitems.h"
#include "graphtext.h"

#include "graph/bptt.h"
#include "theme/themecolors.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QStaticText>

#include <algorithm>

using namespace dlt::graph;

namespace {

GraphNodeItem::Kind kindOf(Op op)
{
    switch (op) {
    case Op::Parameter:
        return GraphNodeItem::Parameter;
    case Op::Input:
    case Op::Target:
    case Op::InitialState:
        return GraphNodeItem::Data;
    case Op::CrossEntropy:
    case Op::Sum:
        return GraphNodeItem::Loss;
    case Op::Delay:
        return GraphNodeItem::Delay;
    default:
        break;
    }
    return GraphNodeItem::Operation;
}

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    updateFonts();
    setBackgroundBrush(theme::themeColors().graphBackground);
    theme::onColorsChanged(this, [this] {
        setBackgroundBrush(theme::themeColors().graphBackground);
        restyle();
    });
}

// Node and label fonts derive from the scene's font, which follows the application font (zoom).
void GraphScene::updateFonts()
{
    m_font = font();
    m_font.setPointSizeF(std::max(11.0, m_font.pointSizeF() * 1.1));
    m_labelFont = QFont(QStringLiteral("DejaVu Sans Mono"));
    m_labelFont.setStyleHint(QFont::Monospace);
    m_labelFont.setPointSizeF(m_font.pointSizeF() * 0.78);
}

// Rebuilds the items (colours and sizes are baked into them), keeping selection, stage and notes.
void GraphScene::restyle()
{
    rebuild();
    for (GraphNodeItem *n : m_nodes)
        n->setNote(m_notes.value(n->node()));
}

bool GraphScene::event(QEvent *event)
{
    const bool result = QGraphicsScene::event(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
        restyle();
    }
    return result;
}

GraphScene::~GraphScene() = default;

void GraphScene::setGraph(const Graph &graph, const Values *values, const Gradients *gradients)
{
    m_graph = graph;
    m_values = values ? *values : Values();
    m_gradients = gradients ? *gradients : Gradients();
    if (int(m_values.size()) != m_graph.nodeCount())
        m_values.clear();
    if (int(m_gradients.edge.size()) != m_graph.edgeCount())
        m_gradients = Gradients();
    if (m_selected >= m_graph.nodeCount())
        m_selected = -1;
    m_stage = std::clamp(m_stage, 0, hasGradients() ? m_graph.steps() : 0);
    m_notes.clear();
    rebuild();
}

void GraphScene::rebuild()
{
    clear(); // deletes every item
    m_nodes.clear();
    m_edges.clear();
    m_bands.clear();
    m_labels.clear();
    m_labelled.clear();

    // Every box gets the size of the widest name, so the grid stays regular.
    QFont bold = m_font;
    bold.setBold(true);
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.75);
    const QFontMetricsF smallFm(small);
    qreal widest = 0, tallest = 0;
    QStringList labels;
    for (const Node &n : m_graph.nodes()) {
        labels << graphtext::nodeLabelHtml(m_graph, n.id);
        QStaticText st(labels.back());
        st.setTextFormat(Qt::RichText);
        st.prepare(QTransform(), bold);
        widest = std::max({widest, st.size().width(), smallFm.horizontalAdvance(graphtext::opText(n))});
        tallest = std::max(tallest, st.size().height());
    }
    LayoutOptions o;
    o.nodeWidth = std::ceil(std::max(64.0, widest + 18));
    o.nodeHeight = std::ceil(tallest + smallFm.height() + 12);
    o.trackSpacing = std::max(6.0, QFontMetricsF(m_font).height() * 0.36);
    o.rowGap = std::ceil(o.nodeHeight * 0.7);
    o.columnGap = std::ceil(o.nodeWidth * 0.3);
    o.blockGap = std::ceil(o.nodeWidth * 0.6);
    o.portSpacing = std::min(16.0, o.nodeWidth / 6);
    o.headerHeight = std::ceil(QFontMetricsF(m_font).height() * 1.6);
    o.margin = 12;
    dlt::Result<Layout> layout = layoutGraph(m_graph, o);
    m_layout = layout.ok() ? *layout : Layout();
    m_content = QRectF(0, 0, m_layout.width, m_layout.height);
    setSceneRect(m_content);

    // Bands for the blocks, with their titles.
    QFont header = m_font;
    header.setBold(true);
    const bool folded = m_graph.mode() == GraphMode::Folded;
    for (size_t b = 0; b < m_layout.blocks.size(); ++b) {
        const Block &blk = m_layout.blocks[b];
        auto *band = addRect(QRectF(blk.rect.x, blk.rect.y, blk.rect.width, blk.rect.height), QPen(theme::themeColors().graphBandBorder, 1),
                             b % 2 == 0 ? theme::themeColors().graphBandFill : theme::themeColors().graphBandAltFill);
        band->setZValue(-10);
        band->setData(0, blk.step);
        m_bands << band;
        QString title;
        switch (blk.kind) {
        case Block::Shared:
            title = m_graph.mode() == GraphMode::Unshared ? tr("start") : tr("shared parameters");
            break;
        case Block::Step:
            title = folded ? tr("one cell, time t") : tr("t = %1").arg(blk.step);
            break;
        case Block::Total:
            title = tr("total loss");
            break;
        }
        auto *text = addSimpleText(title, header);
        text->setBrush(theme::themeColors().text);
        text->setZValue(-9);
        const QRectF tb = text->boundingRect();
        text->setPos(blk.rect.x + (blk.rect.width - tb.width()) / 2, blk.rect.y + 4);
    }

    for (const Edge &e : m_graph.edges()) {
        QPolygonF pts;
        if (size_t(e.id) < m_layout.edges.size())
            for (const Point &p : m_layout.edges[size_t(e.id)].points)
                pts << QPointF(p.x, p.y);
        auto *item = new GraphEdgeItem(e.id, pts, e.delayed);
        QString tip = graphtext::edgeLabelPlain(m_graph, e.id);
        if (e.delayed)
            tip += QLatin1Char('\n') + tr("Delay: the value of h(t) arrives as h(t−1) at the next step.");
        if (hasGradients())
            tip += QLatin1Char('\n') + tr("Gradient flowing back along this edge:") + QLatin1Char('\n')
                + graphtext::matrix(m_gradients.edge[size_t(e.id)]);
        item->setToolTip(tip);
        addItem(item);
        m_edges << item;
    }
    for (const Node &n : m_graph.nodes()) {
        const Rect &r = m_layout.nodes[size_t(n.id)];
        auto *item = new GraphNodeItem(n.id, kindOf(n.op), labels[n.id], graphtext::opText(n),
                                       QRectF(r.x, r.y, r.width, r.height), m_font);
        QString tip = graphtext::nodeLabelPlain(m_graph, n.id) + QStringLiteral(" — ") + graphtext::opText(n);
        if (!m_values.empty())
            tip += QLatin1Char('\n') + tr("Value:") + QLatin1Char('\n') + graphtext::matrix(m_values[size_t(n.id)]);
        if (hasGradients())
            tip += QLatin1Char('\n') + tr("∂L/∂ of this node:") + QLatin1Char('\n')
                + graphtext::matrix(m_gradients.node[size_t(n.id)]);
        if (n.op == Op::Parameter)
            tip += QLatin1Char('\n') + tr("Click to highlight every use and every path from each L(t) back to it.");
        item->setToolTip(tip);
        addItem(item);
        m_nodes << item;
    }
    applyStates();
}

void GraphScene::setSelectedNode(int node)
{
    if (node < -1 || node >= m_graph.nodeCount())
        node = -1;
    m_selected = node;
    applyStates();
}

void GraphScene::setBackwardStage(int stage)
{
    m_stage = std::clamp(stage, 0, hasGradients() ? m_graph.steps() : 0);
    applyStates();
}

void GraphScene::setNodeNotes(const QHash<int, QString> &notes)
{
    m_notes = notes;
    for (GraphNodeItem *n : m_nodes)
        n->setNote(m_notes.value(n->node()));
}

void GraphScene::applyStates()
{
    const Subgraph paths = m_selected >= 0 ? m_graph.pathsToLosses(m_selected) : Subgraph();
    const bool highlighting = m_selected >= 0;
    for (GraphNodeItem *n : m_nodes) {
        GraphNodeItem::State s = GraphNodeItem::Normal;
        if (highlighting) {
            if (n->node() == m_selected)
                s = GraphNodeItem::Selected;
            else if (std::binary_search(paths.nodes.begin(), paths.nodes.end(), n->node()))
                s = GraphNodeItem::Highlighted;
            else
                s = GraphNodeItem::Dimmed;
        }
        n->setState(s);
        n->setNote(m_notes.value(n->node()));
    }
    for (GraphEdgeItem *e : m_edges) {
        GraphEdgeItem::State s = GraphEdgeItem::Normal;
        if (m_stage > 0) {
            const int k = edgeStage(m_graph, e->edge());
            s = k == m_stage ? GraphEdgeItem::Active : (k < m_stage ? GraphEdgeItem::Done : GraphEdgeItem::Pending);
        }
        if (highlighting) {
            const bool on = std::binary_search(paths.edges.begin(), paths.edges.end(), e->edge());
            if (on && s != GraphEdgeItem::Active)
                s = GraphEdgeItem::Highlighted;
            else if (!on && m_stage == 0)
                s = GraphEdgeItem::Dimmed;
        }
        e->setState(s);
    }
    const int activeStep = m_stage > 0 ? stageStep(m_graph, m_stage) : -1;
    for (QGraphicsRectItem *band : m_bands) {
        const bool active = band->data(0).toInt() == activeStep;
        band->setPen(active ? QPen(theme::themeColors().graphActive, 3, Qt::DashLine) : QPen(theme::themeColors().graphBandBorder, 1));
    }
    placeLabels();
}

void GraphScene::placeLabels()
{
    for (QGraphicsItem *l : m_labels) {
        removeItem(l);
        delete l;
    }
    m_labels.clear();
    m_labelled.clear();
    QRectF bounds = m_content;
    if (m_stage > 0 && hasGradients()) {
        // Each label goes beside its own edge, near the consumer if there is room: the first
        // candidate place that covers no node and no earlier label. A thin leader line joins
        // a label that had to move away.
        QList<QRectF> obstacles;
        for (const Rect &r : m_layout.nodes)
            obstacles << QRectF(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
        const QFontMetricsF fm(m_labelFont);
        const QPen red(theme::themeColors().graphActive, 1);
        for (int e : edgesOfStage(m_graph, m_stage)) {
            const QString text = graphtext::matrix(m_gradients.edge[size_t(e)], 2);
            const QSizeF size = fm.size(0, text) + QSizeF(8, 4);
            const Point a = m_layout.edges[size_t(e)].labelAnchor;
            const QPointF anchor(a.x, a.y);
            // Candidates: points along the edge from its end backwards, then a ring around the anchor.
            QList<QPointF> spots{anchor};
            const auto &pts = m_layout.edges[size_t(e)].points;
            for (size_t k = pts.size() - 1; k > 0; --k) {
                const QPointF p0(pts[k - 1].x, pts[k - 1].y), p1(pts[k].x, pts[k].y);
                for (qreal f : {0.5, 0.25, 0.75})
                    spots << p0 + (p1 - p0) * f;
            }
            auto clear = [&](const QRectF &r) {
                if (r.left() < 0 || r.top() < 0)
                    return false;
                for (const QRectF &o : obstacles)
                    if (o.intersects(r))
                        return false;
                return true;
            };
            QRectF chosen;
            QPointF attach = anchor;
            bool found = false;
            for (const QPointF &p : spots) {
                const QRectF tries[] = {
                    QRectF(QPointF(p.x() + 5, p.y() - size.height() / 2), size),
                    QRectF(QPointF(p.x() - 5 - size.width(), p.y() - size.height() / 2), size),
                    QRectF(QPointF(p.x() - size.width() / 2, p.y() - 4 - size.height()), size),
                    QRectF(QPointF(p.x() - size.width() / 2, p.y() + 4), size),
                };
                for (const QRectF &r : tries)
                    if (!found && clear(r)) {
                        chosen = r;
                        attach = p;
                        found = true;
                    }
                if (found)
                    break;
            }
            const qreal step = fm.height() * 0.8;
            for (int ring = 1; ring < 30 && !found; ++ring) {
                const qreal dy = (ring % 2 == 0 ? 1 : -1) * ((ring + 1) / 2) * step;
                for (int side = 0; side < 2 && !found; ++side) {
                    const qreal x = side == 0 ? anchor.x() + 5 : anchor.x() - 5 - size.width();
                    const QRectF r(QPointF(x, anchor.y() - size.height() / 2 + dy), size);
                    if (clear(r)) {
                        chosen = r;
                        found = true;
                    }
                }
            }
            if (!found)
                chosen = QRectF(QPointF(anchor.x() + 5, anchor.y() - size.height() / 2), size);
            obstacles << chosen.adjusted(-1, -1, 1, 1);
            auto *box = addRect(chosen, red, theme::themeColors().graphLabelFill);
            box->setZValue(20);
            auto *t = new QGraphicsSimpleTextItem(text, box);
            t->setFont(m_labelFont);
            t->setBrush(theme::themeColors().graphLabelText);
            t->setPos(chosen.topLeft() + QPointF(4, 2));
            box->setToolTip(tr("Gradient flowing back along %1").arg(graphtext::edgeLabelPlain(m_graph, e)));
            m_labels << box;
            const QPointF nearest(std::clamp(attach.x(), chosen.left(), chosen.right()),
                                  std::clamp(attach.y(), chosen.top(), chosen.bottom()));
            if (QLineF(attach, nearest).length() > 6) {
                auto *leader = addLine(QLineF(attach, nearest), QPen(theme::themeColors().graphActive, 1.2));
                leader->setZValue(19);
                m_labels << leader;
            }
            m_labelled << e;
            bounds = bounds.united(chosen.adjusted(-4, -4, 4, 4));
        }
        std::sort(m_labelled.begin(), m_labelled.end());
    }
    setSceneRect(bounds);
}

QList<int> GraphScene::highlightedNodes() const
{
    QList<int> ids;
    for (const GraphNodeItem *n : m_nodes)
        if (n->state() == GraphNodeItem::Highlighted || n->state() == GraphNodeItem::Selected)
            ids << n->node();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<int> GraphScene::highlightedEdges() const
{
    QList<int> ids;
    for (const GraphEdgeItem *e : m_edges)
        if (e->state() == GraphEdgeItem::Highlighted)
            ids << e->edge();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<int> GraphScene::labelledEdges() const { return m_labelled; }

int GraphScene::nodeAt(const QPointF &p) const
{
    for (const Node &n : m_graph.nodes()) {
        const Rect &r = m_layout.nodes[size_t(n.id)];
        if (p.x() >= r.x && p.x() <= r.right() && p.y() >= r.y && p.y() <= r.bottom())
            return n.id;
    }
    return -1;
}

QRectF GraphScene::nodeRect(int node) const
{
    if (node < 0 || size_t(node) >= m_layout.nodes.size())
        return QRectF();
    const Rect &r = m_layout.nodes[size_t(node)];
    return QRectF(r.x, r.y, r.width, r.height);
}

const GraphEdgeItem *GraphScene::edgeItem(int edge) const
{
    return edge >= 0 && edge < m_edges.size() ? m_edges[edge] : nullptr;
}

QRectF GraphScene::stepRect(int step) const
{
    for (const Block &b : m_layout.blocks)
        if (b.kind == Block::Step && b.step == step)
            return QRectF(b.rect.x, b.rect.y, b.rect.width, b.rect.height);
    return QRectF();
}
