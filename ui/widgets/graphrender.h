#pragma once

#include "common/result.h"

#include <QImage>
#include <QString>

class QGraphicsScene;

/** Smallest and largest export scales. */
inline constexpr double kMinExportScale = 1.0;
inline constexpr double kMaxExportScale = 4.0;

/**
 * Renders a whole scene (its sceneRect) into an image on white, scale pixels per scene unit
 * (1 = as drawn at 100%). The scale is clamped to [kMinExportScale, kMaxExportScale].
 * With another background (e.g. Qt::transparent) the scene's own background brush is left out.
 */
QImage renderSceneImage(QGraphicsScene &scene, double scale, const QColor &background = Qt::white);

/** Writes an image as PNG atomically (QSaveFile). Errors: io.cannot_write (path, reason). */
dlt::Status savePng(const QImage &image, const QString &path);
