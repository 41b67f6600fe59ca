#include "imageview.h"

#include "background/backgroundpool.h"
#include "imagedemo/imagedemopool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QMouseEvent>
#include <QPainter>
#include <QPalette>

#include <cmath>

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    connect(&m_scaling, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage scaled = m_scaling.future().isCanceled() ? QImage() : m_scaling.result();
        if (m_scalingKey == m_image.cacheKey() && scaled.size() == m_scalingTo)
            m_shrunk = scaled;
        update(); // draws the smooth copy, or asks for one at the current size
    });
}

ImageView::~ImageView()
{
    m_scaling.waitForFinished();
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_shrunk = QImage();
    m_scalingKey = 0;
    m_window.reset();
    m_marked.reset();
    update();
}

void ImageView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void ImageView::setWindowRect(const std::optional<QRect> &rect)
{
    if (rect == m_window)
        return;
    m_window = rect;
    update();
}

void ImageView::setMarkedPixel(const std::optional<QPoint> &pixel)
{
    if (pixel == m_marked)
        return;
    m_marked = pixel;
    update();
}

QSize ImageView::sizeHint() const
{
    const int side = fontMetrics().height() * 18;
    return {side, side};
}

QSize ImageView::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 8;
    return {side, side};
}

QRectF ImageView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - fitted.width()) / 2.0, (height() - fitted.height()) / 2.0), fitted};
}

std::optional<QPoint> ImageView::pixelAt(const QPointF &pos) const
{
    const QRectF r = imageRect();
    if (r.isEmpty() || !r.contains(pos))
        return std::nullopt;
    const int col = int(std::floor((pos.x() - r.left()) * m_image.width() / r.width()));
    const int row = int(std::floor((pos.y() - r.top()) * m_image.height() / r.height()));
    if (col < 0 || row < 0 || col >= m_image.width() || row >= m_image.height())
        return std::nullopt;
    return QPoint(col, row);
}

QPointF ImageView::centerOf(const QPoint &pixel) const
{
    return mapRect(QRect(pixel, QSize(1, 1))).center();
}

QRectF ImageView::mapRect(const QRect &pixels) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    const double sx = r.width() / m_image.width(), sy = r.height() / m_image.height();
    return {r.left() + pixels.x() * sx, r.top() + pixels.y() * sy, pixels.width() * sx, pixels.height() * sy};
}

const QImage *ImageView::shrunk(const QSize &size)
{
    if (m_shrunk.size() == size)
        return &m_shrunk;
    // Small images scale in well under a millisecond: no thread for them.
    if (qint64(m_image.width()) * m_image.height() <= 512 * 512) {
        m_shrunk = m_image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        return &m_shrunk;
    }
    if (!m_scaling.isRunning() && (m_scalingTo != size || m_scalingKey != m_image.cacheKey())) {
        m_scalingTo = size;
        m_scalingKey = m_image.cacheKey();
        const QImage source = m_image;
        m_scaling.setFuture(QtConcurrent::run(imagedemo::workerPool(),
            [source, size] {
                background::lowerCurrentThread();
                return source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            }));
    }
    return nullptr;
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRectF target = imageRect();
    const QSize device = (target.size() * devicePixelRatioF()).toSize();
    if (device.width() < m_image.width() && device.height() < m_image.height() && !device.isEmpty()) {
        // Shrinking: a smooth copy at the drawn size (cached), so thin edges do not vanish.
        if (const QImage *smooth = shrunk(device))
            p.drawImage(target, *smooth);
        else
            p.drawImage(target, m_image); // for a moment, until the smooth copy is ready
    } else {
        // Enlarging: nearest neighbour keeps every pixel a crisp square.
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(target, m_image);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setClipRect(rect());
    if (m_marked) {
        p.setPen(QPen(QColor(255, 160, 0), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(mapRect(QRect(*m_marked, QSize(1, 1))).adjusted(-1, -1, 1, 1));
    }
    if (m_window) {
        const QRectF w = mapRect(*m_window);
        // A dark outline under a bright one stays visible on both light and dark pixels.
        p.setBrush(QColor(255, 140, 0, 50));
        p.setPen(QPen(QColor(0, 0, 0), 4));
        p.drawRect(w.adjusted(-1, -1, 1, 1));
        p.setPen(QPen(QColor(255, 140, 0), 2));
        p.drawRect(w.adjusted(-1, -1, 1, 1));
    }
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    const auto pixel = pixelAt(event->position());
    if (pixel == m_lastHover)
        return;
    m_lastHover = pixel;
    if (pixel)
        emit hovered(pixel->y(), pixel->x());
    else
        emit left();
}

void ImageView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_lastHover) {
        m_lastHover.reset();
        emit left();
    }
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_shrunk = QImage();
}
