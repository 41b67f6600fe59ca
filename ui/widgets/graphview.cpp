#include "graphview.h"

#include "graphscene.h"
#include "theme/themecolors.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphView"));
    setAccessibleName(tr("Computational graph"));
    setAccessibleDescription(tr("The cell's operations as boxes, with arrows from each value to its uses"));
    setToolTip(tr("Click a parameter such as W to highlight its uses and every path from each loss back to it.\n"
                  "Drag to pan; Ctrl+wheel or Ctrl+= / Ctrl+- to zoom; Ctrl+0 fits the graph."));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(theme::themeColors().graphBackground);
    theme::onColorsChanged(this, [this] { setBackgroundBrush(theme::themeColors().graphBackground); });
}

GraphScene *GraphView::graphScene() const
{
    return qobject_cast<GraphScene *>(scene());
}

void GraphView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-9)
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(m_zoom);
}

void GraphView::zoomIn()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom * 1.25);
    setTransformationAnchor(old);
}

void GraphView::zoomOut()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom / 1.25);
    setTransformationAnchor(old);
}

void GraphView::fitToWindow()
{
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    const QSize vp = viewport()->size();
    if (r.isEmpty() || vp.isEmpty())
        return;
    const qreal fit = std::min((vp.width() - 8) / r.width(), (vp.height() - 8) / r.height());
    m_zoom = -1; // force the update
    setZoom(std::min(fit, 1.25));
    centerOn(r.center());
}

void GraphView::fitReadable()
{
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    const QSize vp = viewport()->size();
    if (r.isEmpty() || vp.isEmpty())
        return;
    const qreal fitAll = std::min((vp.width() - 8) / r.width(), (vp.height() - 8) / r.height());
    if (fitAll >= kReadableZoom) {
        fitToWindow();
        return;
    }
    const qreal fitHeight = (vp.height() - 8) / r.height();
    m_zoom = -1;
    setZoom(std::clamp(fitHeight, fitAll, kReadableZoom));
    centerOn(r.center());
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

bool GraphView::isZoomKey(const QKeyEvent *e) const
{
    if (!(e->modifiers() & Qt::ControlModifier))
        return false;
    switch (e->key()) {
    case Qt::Key_Equal:
    case Qt::Key_Plus:
    case Qt::Key_Minus:
    case Qt::Key_0:
        return true;
    default:
        return false;
    }
}

bool GraphView::event(QEvent *e)
{
    // While the graph has focus, its zoom keys win over window-wide shortcuts.
    if (e->type() == QEvent::ShortcutOverride && isZoomKey(static_cast<QKeyEvent *>(e))) {
        e->accept();
        return true;
    }
    return QGraphicsView::event(e);
}

void GraphView::keyPressEvent(QKeyEvent *e)
{
    if (isZoomKey(e)) {
        if (e->key() == Qt::Key_Minus)
            zoomOut();
        else if (e->key() == Qt::Key_0)
            fitToWindow();
        else
            zoomIn();
        e->accept();
        return;
    }
    if (m_steppingKeys && e->modifiers() == Qt::NoModifier) {
        switch (e->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            emit stepKey(e->key());
            e->accept();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(e);
}

void GraphView::wheelEvent(QWheelEvent *e)
{
    if (e->modifiers() & Qt::ControlModifier) {
        const int delta = e->angleDelta().y();
        if (delta != 0)
            setZoom(m_zoom * std::pow(1.0015, delta));
        e->accept();
        return;
    }
    QGraphicsView::wheelEvent(e);
}

void GraphView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        const GraphScene *s = graphScene();
        const int node = s ? s->nodeAt(mapToScene(e->position().toPoint())) : -1;
        if (node >= 0) {
            setFocus(Qt::MouseFocusReason);
            emit nodeClicked(node);
            e->accept();
            return;
        }
        m_pressPos = e->position().toPoint();
        m_pressOnBackground = true;
    }
    QGraphicsView::mousePressEvent(e);
}

void GraphView::mouseReleaseEvent(QMouseEvent *e)
{
    QGraphicsView::mouseReleaseEvent(e);
    if (e->button() == Qt::LeftButton && m_pressOnBackground) {
        m_pressOnBackground = false;
        if ((e->position().toPoint() - m_pressPos).manhattanLength() < 4)
            emit nodeClicked(-1);
    }
}
