#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace theme {

/** The themes a user can choose in Settings → Theme. System follows the desktop's light or dark palette. */
enum class ThemeId { System, Light, Dark, HighContrast };

/**
 * Every colour the app paints itself, for one theme. Text colours are chosen against the fill
 * they are drawn on (WCAG AA: 4.5:1 for text, 3:1 for lines and marks; tests/ui/tst_contrast.cpp).
 * Widgets read themeColors() when they paint and refresh on Notifier::changed().
 */
struct ThemeColors {
    bool dark = false;
    QColor base;            ///< the background text normally sits on (= palette Base)
    QColor text;            ///< normal text on base
    QColor mutedText;       ///< secondary text (sources, hints, key lists) on base
    QColor errorText;       ///< error messages on base
    QColor warningText;     ///< warnings and "partly right" on base
    QColor successText;     ///< "correct" on base

    // Convolution grids (CellDelegate): fills with the text drawn on them and their borders.
    QColor windowFill, windowText, windowBorder;
    QColor currentFill, currentText, currentBorder;
    QColor paddingFill, paddingText, paddingBorder;
    QColor windowPaddingFill;  ///< a padding cell inside the window
    QColor invalidFill, invalidText, invalidBorder;
    QColor staleText;          ///< output cells not yet computed (on base)
    QColor noteText;           ///< the small ×weight note on a window cell (on windowFill)
    QColor unreachedHatch;     ///< hatch over cells the window never reaches
    qreal highlightPenScale = 1.0; ///< >1 thickens highlight borders (high-contrast highlights)

    // VGG table rows and cells (text = text).
    QColor poolFill, frameFill, vggInvalidFill, vggCorrectFill, vggWrongFill, vggAskFill;

    // Quiz marks: the matrix answer grid's cell fills (text = markText) and review colours.
    QColor markCorrectFill, markWrongFill, markText;

    // Banners: fill, text.
    QColor bannerErrorFill, bannerErrorText, bannerErrorBorder;
    QColor bannerWarnFill, bannerWarnText;
    QColor bannerInfoFill, bannerInfoText;
    QColor bannerNeutralFill;

    // Computational graph.
    QColor graphBackground, graphBandFill, graphBandAltFill, graphBandBorder;
    QColor graphInk, graphHighlight, graphFaded, graphActive, graphDone;
    QColor nodeParamFill, nodeDataFill, nodeLossFill, nodeDelayFill, nodeOpFill, nodeText, nodeOpText;
    QColor graphLabelFill, graphLabelText;

    // Charts (gradient plot and spectrum).
    QColor chartBackground, chartText, chartGrid;
    QColor curveBound, curveEstimate, curveActual, curveClip, curveZeros, chartCursor;
    QColor spectrumInside, spectrumOutside, spectrumThreshold, spectrumSigma;
};

/** The colours for a theme; dark chooses the dark variant for System. */
ThemeColors colorsFor(ThemeId id, bool highContrastHighlights, bool systemIsDark = false);

/** The palette applied to the whole application for a theme (System: systemPalette). */
QPalette paletteFor(ThemeId id, const QPalette &systemPalette);

/** True when a palette has light text on a dark window (the system is in dark mode). */
bool isDarkPalette(const QPalette &palette);

/** The colours currently in use. */
const ThemeColors &themeColors();

/** Sets the colours in use and emits Notifier::changed(). Called by the ThemeController. */
void setThemeColors(const ThemeColors &colors);

/** Stable settings key and translated menu name of a theme. */
QString themeKey(ThemeId id);
ThemeId themeFromKey(const QString &key);
QString themeName(ThemeId id);

/** Emits changed() after setThemeColors(); widgets that cache colours connect to it. */
class Notifier : public QObject
{
    Q_OBJECT

public:
    static Notifier *instance();

signals:
    void changed();

private:
    using QObject::QObject;
};

/** Shorthand: connects receiver's slot/functor to Notifier::changed(). */
template <typename Receiver, typename Func>
QMetaObject::Connection onColorsChanged(Receiver *receiver, Func f)
{
    return QObject::connect(Notifier::instance(), &Notifier::changed, receiver, f);
}

/** Text colours a style sheet can follow (setStyleSheetColor). */
enum class TextRole { Muted, Error, Warning, Success };

/** The colour of a text role in the active theme. */
QColor textColor(TextRole role);

/**
 * Sets w's style sheet to css with every %1 replaced by role's colour ("#rrggbb"), and again
 * whenever the theme changes. Example: setStyleSheetColor(label, TextRole::Error, "color:%1; font-weight:bold;").
 * An empty css clears the style sheet and stops following.
 */
void setStyleSheetColor(QWidget *w, TextRole role, const QString &css = QStringLiteral("color:%1;"));

/** Sets w's style sheet to css(themeColors()), and again whenever the theme changes. */
void setThemedStyleSheet(QWidget *w, std::function<QString(const ThemeColors &)> css);

/** "#rrggbb" of a colour, for rich text. */
inline QString htmlColor(const QColor &c) { return c.name(QColor::HexRgb); }

} // namespace theme
