#pragma once

#include "graph/evaluate.h"
#include "graph/graph.h"
#include "graph/layout.h"

#include <QFont>
#include <QGraphicsScene>
#include <QHash>
#include <QList>

class GraphNodeItem;
class GraphEdgeItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

/**
 * The computational graph as scene items, placed by core's layered layout. Knows what is
 * highlighted (the paths from a selected node to every loss) and which backward stage is
 * shown; all numbers come from core.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    /** Shows a graph; values and gradients (nullptr when not available) fill tooltips and edge labels. */
    void setGraph(const dlt::graph::Graph &graph, const dlt::graph::Values *values = nullptr,
                  const dlt::graph::Gradients *gradients = nullptr);
    const dlt::graph::Graph &graph() const { return m_graph; }
    bool hasGradients() const { return !m_gradients.edge.empty(); }

    /** Selects a node and highlights every path from it to each loss L(t); -1 clears. */
    void setSelectedNode(int node);
    int selectedNode() const { return m_selected; }
    /** Node ids drawn highlighted (the selection included), sorted. */
    QList<int> highlightedNodes() const;
    /** Edge ids drawn highlighted, sorted. */
    QList<int> highlightedEdges() const;

    /** Backward pass: stage 1..τ labels the gradient on each edge of that stage; 0 turns it off. */
    void setBackwardStage(int stage);
    int backwardStage() const { return m_stage; }
    /** Edge ids whose gradient label is shown, sorted. */
    QList<int> labelledEdges() const;

    /** Short notes drawn under nodes, by node id; replaces the previous notes. */
    void setNodeNotes(const QHash<int, QString> &notes);

    /** The node whose box contains scenePos, or -1. */
    int nodeAt(const QPointF &scenePos) const;
    /** A node's box in scene coordinates; empty for an unknown id. */
    QRectF nodeRect(int node) const;
    /** The edge item of an edge id, for tests and rendering; nullptr for an unknown id. */
    const GraphEdgeItem *edgeItem(int edge) const;
    /** The band of time step t in scene coordinates; empty when there is none. */
    QRectF stepRect(int step) const;
    /** The whole drawing, the margin included. */
    QRectF contentRect() const { return m_content; }

    /** The font node names are drawn with. */
    QFont nodeFont() const { return m_font; }

protected:
    bool event(QEvent *event) override;

private:
    void updateFonts();
    void restyle();
    void rebuild();
    void applyStates();
    void placeLabels();

    dlt::graph::Graph m_graph;
    dlt::graph::Values m_values;
    dlt::graph::Gradients m_gradients;
    dlt::graph::Layout m_layout;
    QFont m_font;
    QFont m_labelFont;
    QRectF m_content;
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QList<QGraphicsRectItem *> m_bands;
    QList<QGraphicsItem *> m_labels;
    QList<int> m_labelled;
    QHash<int, QString> m_notes;
    int m_selected = -1;
    int m_stage = 0;
};
