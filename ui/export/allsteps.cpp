#include "allsteps.h"

#include "convstepimage.h"

#include "widgets/graphrender.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

dlt::Result<int> writeAllSteps(const ConvStepImage &steps, const QString &folder, double scale,
                               const std::function<bool(int, int)> &progress, const std::function<bool()> &keepGoing)
{
    const QFileInfo info(folder);
    auto cannot = [&](const char *reason) {
        return dlt::Error("io.cannot_write")
            .with("path", folder.toStdString())
            .with("reason", QCoreApplication::translate("ConvExport", reason).toStdString());
    };
    if (!info.exists())
        return cannot(QT_TRANSLATE_NOOP("ConvExport", "no such folder"));
    if (!info.isDir())
        return cannot(QT_TRANSLATE_NOOP("ConvExport", "not a folder"));
    if (!info.isWritable())
        return cannot(QT_TRANSLATE_NOOP("ConvExport", "permission denied"));
    if (const dlt::Status ok = steps.check(scale); !ok)
        return ok.error();
    const QDir dir(folder);
    const int total = steps.stepCount();
    for (int i = 0; i < total; ++i) {
        const QImage image = steps.render(i, scale);
        if (keepGoing && !keepGoing()) // cancelled while painting: write nothing more
            return i;
        const dlt::Status saved = savePng(image, dir.filePath(stepFileName(i, total)));
        if (!saved)
            return saved.error();
        if (progress && !progress(i + 1, total))
            return i + 1;
    }
    return total;
}
