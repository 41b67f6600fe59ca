#pragma once

#include <QColor>
#include <QString>

class QSettings;

/** How a PNG export looks: pixels per point, background, and whether to force the light colours. */
struct ExportOptions {
    double scale = 1.0;       ///< 1 (as on screen at 100%) to 4 (projectors, print)
    bool transparent = false; ///< a transparent background instead of white
    bool lightTheme = true;   ///< render with the light palette whatever theme the window uses
    bool operator==(const ExportOptions &) const = default;
};

/**
 * The options and the last folder of the Export dialog, kept in QSettings under "export/"
 * (scale is clamped to kMinExportScale..kMaxExportScale when read).
 */
namespace exportsettings {
ExportOptions load(const QSettings &settings);
void save(QSettings &settings, const ExportOptions &options);
QString lastFolder(const QSettings &settings);
void setLastFolder(QSettings &settings, const QString &folder);
} // namespace exportsettings

/** Colours of an export: the background, and those of the images that are painted rather than grabbed. */
struct ExportColors {
    QColor background; ///< transparent, white (light theme) or the palette's window colour
    QColor text;
    QColor muted;   ///< captions, padding zeros
    QColor grid;    ///< cell borders
    QColor cell;    ///< cell fill (ignored when the background is transparent and the cell is plain)
    QColor accent;  ///< headings

    /** The light colours, or the application palette's when lightTheme is off (call on the GUI thread). */
    static ExportColors forOptions(const ExportOptions &options);
};
