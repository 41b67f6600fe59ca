#pragma once

#include <QGraphicsView>

class GraphScene;

/**
 * A zoomable, pannable view of a GraphScene. Ctrl+wheel, Ctrl+= and Ctrl+- zoom, Ctrl+0 fits
 * the graph into the window; dragging the background pans. A click on a node emits
 * nodeClicked(); a click on the background emits nodeClicked(-1). Left/Right/Home/End are
 * offered to the owner through stepKey() first, so a page can step through a sequence.
 */
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    GraphScene *graphScene() const;

    /** The current zoom factor (1 = 100%). */
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);

    /** Smallest and largest zoom factors. */
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;
    /** The smallest zoom fitReadable() goes down to. */
    static constexpr qreal kReadableZoom = 0.75;

    /** When set, Left/Right/Home/End go to stepKey() instead of scrolling. */
    void setSteppingKeys(bool on) { m_steppingKeys = on; }

public slots:
    void zoomIn();
    void zoomOut();
    /** Fits the whole graph into the window, never enlarging past 125%. */
    void fitToWindow();
    /**
     * Fits the graph if it stays readable (at least 75%, or its full height); otherwise shows it
     * at that zoom from the left, where time starts, to be panned.
     */
    void fitReadable();

signals:
    void nodeClicked(int node);
    void stepKey(int key);
    void zoomChanged(qreal zoom);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool isZoomKey(const QKeyEvent *event) const;

    qreal m_zoom = 1.0;
    bool m_steppingKeys = false;
    QPoint m_pressPos;
    bool m_pressOnBackground = false;
};
