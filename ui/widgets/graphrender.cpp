#include "graphrender.h"
#include "pngwriter.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

QImage renderSceneImage(QGraphicsScene &scene, double scale, const QColor &background)
{
    scale = std::clamp(scale, kMinExportScale, kMaxExportScale);
    const QRectF source = scene.sceneRect();
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))), std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    const QBrush sceneBackground = scene.backgroundBrush();
    if (background != QColor(Qt::white))
        scene.setBackgroundBrush(Qt::NoBrush);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    p.end();
    scene.setBackgroundBrush(sceneBackground);
    return image;
}

dlt::Status savePng(const QImage &image, const QString &path)
{
    auto fail = [&](const QString &reason) {
        return dlt::Error("io.cannot_write").with("path", path.toStdString()).with("reason", reason.toStdString());
    };
    // A device such as /dev/full would be written in place, with no atomic rename: only files.
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return fail(info.isDir() ? QCoreApplication::translate("GraphRender", "it is a folder")
                                 : QCoreApplication::translate("GraphRender", "not a regular file"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // One fixed row filter at zlib level 1: about half the time of Qt's writer (pngwriter.h).
    if (!writePng(image, &file)) {
        file.cancelWriting();
        return fail(file.errorString().isEmpty() ? QCoreApplication::translate("GraphRender", "PNG encoding failed") : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return dlt::Ok{};
}
