#include "exportoptions.h"

#include "widgets/graphrender.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

#include <algorithm>

namespace exportsettings {

ExportOptions load(const QSettings &settings)
{
    ExportOptions o;
    bool ok = false;
    const double scale = settings.value(QStringLiteral("export/scale"), 1.0).toDouble(&ok);
    o.scale = ok ? std::clamp(scale, kMinExportScale, kMaxExportScale) : 1.0;
    o.transparent = settings.value(QStringLiteral("export/transparent"), false).toBool();
    o.lightTheme = settings.value(QStringLiteral("export/lightTheme"), true).toBool();
    return o;
}

void save(QSettings &settings, const ExportOptions &options)
{
    settings.setValue(QStringLiteral("export/scale"), options.scale);
    settings.setValue(QStringLiteral("export/transparent"), options.transparent);
    settings.setValue(QStringLiteral("export/lightTheme"), options.lightTheme);
}

QString lastFolder(const QSettings &settings)
{
    return settings.value(QStringLiteral("export/lastFolder")).toString();
}

void setLastFolder(QSettings &settings, const QString &folder)
{
    settings.setValue(QStringLiteral("export/lastFolder"), folder);
}

} // namespace exportsettings

ExportColors ExportColors::forOptions(const ExportOptions &options)
{
    ExportColors c;
    if (options.lightTheme || !qGuiApp) {
        c.background = options.transparent ? QColor(Qt::transparent) : QColor(Qt::white);
        c.text = QColor(0x1a, 0x1a, 0x1a);
        c.muted = QColor(0x60, 0x60, 0x60);
        c.grid = QColor(0x9a, 0x9a, 0x9a);
        c.cell = QColor(Qt::white);
        c.accent = QColor(0x1f, 0x3f, 0x7f);
        return c;
    }
    const QPalette p = QGuiApplication::palette();
    c.background = options.transparent ? QColor(Qt::transparent) : p.color(QPalette::Window);
    c.text = p.color(QPalette::Text);
    c.muted = p.color(QPalette::PlaceholderText);
    c.grid = p.color(QPalette::Mid);
    c.cell = p.color(QPalette::Base);
    c.accent = p.color(QPalette::Link);
    return c;
}
