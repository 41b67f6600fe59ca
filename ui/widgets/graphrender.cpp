#include "graphrender.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

QImage renderSceneImage(QGraphicsScene &scene, double scale)
{
    scale = std::clamp(scale, kMinExportScale, kMaxExportScale);
    const QRectF source = scene.sceneRect();
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))), std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    p.end();
    return image;
}

dlt::Status savePng(const QImage &image, const QString &path)
{
    auto fail = [&](const QString &reason) {
        return dlt::Error("io.cannot_write").with("path", path.toStdString()).with("reason", reason.toStdString());
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(file.errorString().isEmpty() ? QCoreApplication::translate("GraphRender", "PNG encoding failed") : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return dlt::Ok{};
}
