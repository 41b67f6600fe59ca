#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QRect>
#include <QWidget>

#include <optional>

/**
 * Shows an image scaled to fit while keeping its aspect ratio: smoothly when shrunk, with
 * nearest-neighbour pixels when enlarged so each matrix cell stays a visible square. The smooth
 * copy of a large image is made on a worker thread; until it arrives the image is drawn unsmoothed. Reports the
 * image pixel under the mouse and draws an optional window rectangle and a marked pixel, both in
 * image pixel coordinates (the rectangle may reach outside the image, into the padding).
 */
class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);
    ~ImageView() override;

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    /** Text drawn in the middle while there is no image. */
    void setPlaceholder(const QString &text);

    /** The rectangle drawn over the image (image pixels), e.g. the input window of an output pixel. */
    void setWindowRect(const std::optional<QRect> &rect);
    std::optional<QRect> windowRect() const { return m_window; }
    /** The pixel outlined as "under the cursor" (image pixels). */
    void setMarkedPixel(const std::optional<QPoint> &pixel);

    /** Where the image is drawn inside the widget (widget pixels). */
    QRectF imageRect() const;
    /** The image pixel (x = column, y = row) at a widget position, if the position is on the image. */
    std::optional<QPoint> pixelAt(const QPointF &pos) const;
    /** The widget position of the centre of image pixel (column, row). */
    QPointF centerOf(const QPoint &pixel) const;

    /** True while the smooth copy for the current size is being made (tests wait for it). */
    bool isScaling() const { return m_scaling.isRunning(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The mouse is over image pixel (row, col). */
    void hovered(int row, int col);
    /** The mouse left the image. */
    void left();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF mapRect(const QRect &pixels) const;
    /** The smooth copy at size if it is ready; otherwise starts making it and returns nullptr. */
    const QImage *shrunk(const QSize &size);

    QImage m_image;
    QImage m_shrunk; ///< m_image smoothly scaled to m_shrunk.size(), when shrinking
    QFutureWatcher<QImage> m_scaling;
    QSize m_scalingTo;      ///< the size being made
    qint64 m_scalingKey = 0; ///< cacheKey of the image being scaled
    QString m_placeholder;
    std::optional<QRect> m_window;
    std::optional<QPoint> m_marked;
    std::optional<QPoint> m_lastHover;
};
