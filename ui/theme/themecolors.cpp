#include "themecolors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QWidget>

namespace theme {

namespace {

QColor rgb(unsigned v) { return QColor::fromRgb(QRgb(v)); }

ThemeColors lightColors()
{
    ThemeColors c;
    c.dark = false;
    c.base = rgb(0xffffff);
    c.text = rgb(0x1a1a1a);
    c.mutedText = rgb(0x595959);
    c.errorText = rgb(0xb3261e);
    c.warningText = rgb(0x8a5a00);
    c.successText = rgb(0x1b7d2e);

    c.windowFill = rgb(0xd6e6ff);
    c.windowText = rgb(0x1a1a1a);
    c.windowBorder = rgb(0x1f5fbf);
    c.currentFill = rgb(0xffe0a0);
    c.currentText = rgb(0x1a1a1a);
    c.currentBorder = rgb(0xc05a00);
    c.paddingFill = rgb(0xe8e8e8);
    c.paddingText = rgb(0x555555);
    c.paddingBorder = rgb(0x808080);
    c.windowPaddingFill = rgb(0xc6d5ec);
    c.invalidFill = rgb(0xffdcdc);
    c.invalidText = rgb(0xa00000);
    c.invalidBorder = rgb(0xc00000);
    c.staleText = rgb(0x6b6b6b);
    c.noteText = rgb(0x163f80);
    c.unreachedHatch = rgb(0x6a6a6a);

    c.poolFill = rgb(0xdce8fd);
    c.frameFill = rgb(0xececec);
    c.vggInvalidFill = rgb(0xf6c8c7);
    c.vggCorrectFill = rgb(0xcfeed6);
    c.vggWrongFill = rgb(0xf8d3d2);
    c.vggAskFill = rgb(0xfff3cd);

    c.markCorrectFill = rgb(0xd4f0d9);
    c.markWrongFill = rgb(0xf8d0cc);
    c.markText = rgb(0x1a1a1a);

    c.bannerErrorFill = rgb(0xfff0f0);
    c.bannerErrorText = rgb(0x8b0000);
    c.bannerErrorBorder = rgb(0xc00000);
    c.bannerWarnFill = rgb(0xfdf3cf);
    c.bannerWarnText = rgb(0x5c4700);
    c.bannerInfoFill = rgb(0xdde9fb);
    c.bannerInfoText = rgb(0x10336b);
    c.bannerNeutralFill = rgb(0xeeeeee);

    c.graphBackground = rgb(0xffffff);
    c.graphBandFill = rgb(0xf7f7f7);
    c.graphBandAltFill = rgb(0xfcfcfc);
    c.graphBandBorder = rgb(0xdddddd);
    c.graphInk = rgb(0x333333);
    c.graphHighlight = rgb(0x1a4fb0);
    c.graphFaded = rgb(0x9a9a9a);
    c.graphActive = rgb(0xc23b22);
    c.graphDone = rgb(0x1e7a3c);
    c.nodeParamFill = rgb(0xfff1bf);
    c.nodeDataFill = rgb(0xe2efff);
    c.nodeLossFill = rgb(0xfde3e1);
    c.nodeDelayFill = rgb(0xeeeeee);
    c.nodeOpFill = rgb(0xffffff);
    c.nodeText = rgb(0x000000);
    c.nodeOpText = rgb(0x4a4a4a);
    c.graphLabelFill = rgb(0xffffff);
    c.graphLabelText = rgb(0x000000);

    c.chartBackground = rgb(0xffffff);
    c.chartText = rgb(0x1a1a1a);
    c.chartGrid = rgb(0xd0d0d0);
    c.curveBound = rgb(0xc0392b);
    c.curveEstimate = rgb(0x1e8a4c);
    c.curveActual = rgb(0x1f5fbf);
    c.curveClip = rgb(0x707070);
    c.curveZeros = rgb(0x505050);
    c.chartCursor = QColor(0, 0, 0, 110);
    c.spectrumInside = rgb(0x1f5fbf);
    c.spectrumOutside = rgb(0xc02020);
    c.spectrumThreshold = rgb(0x202020);
    c.spectrumSigma = rgb(0x808080);
    return c;
}

ThemeColors darkColors()
{
    ThemeColors c;
    c.dark = true;
    c.base = rgb(0x1e1f22);
    c.text = rgb(0xe6e6e6);
    c.mutedText = rgb(0xa8a8a8);
    c.errorText = rgb(0xff8a80);
    c.warningText = rgb(0xf2c46d);
    c.successText = rgb(0x7bd88f);

    c.windowFill = rgb(0x1f3d6b);
    c.windowText = rgb(0xf2f2f2);
    c.windowBorder = rgb(0x78aaff);
    c.currentFill = rgb(0x5c3d00);
    c.currentText = rgb(0xf2f2f2);
    c.currentBorder = rgb(0xffa54a);
    c.paddingFill = rgb(0x3a3b3e);
    c.paddingText = rgb(0xbdbdbd);
    c.paddingBorder = rgb(0x8a8a8a);
    c.windowPaddingFill = rgb(0x2c4468);
    c.invalidFill = rgb(0x5e1c1c);
    c.invalidText = rgb(0xffb4ab);
    c.invalidBorder = rgb(0xff6b6b);
    c.staleText = rgb(0x9a9a9a);
    c.noteText = rgb(0xb5d0ff);
    c.unreachedHatch = rgb(0xa0a0a0);

    c.poolFill = rgb(0x233a5e);
    c.frameFill = rgb(0x34363a);
    c.vggInvalidFill = rgb(0x5e1c1c);
    c.vggCorrectFill = rgb(0x1d4a2a);
    c.vggWrongFill = rgb(0x5a2222);
    c.vggAskFill = rgb(0x4d3f10);

    c.markCorrectFill = rgb(0x1d4a2a);
    c.markWrongFill = rgb(0x5a2222);
    c.markText = rgb(0xf2f2f2);

    c.bannerErrorFill = rgb(0x4a1418);
    c.bannerErrorText = rgb(0xffc4bd);
    c.bannerErrorBorder = rgb(0xff6b6b);
    c.bannerWarnFill = rgb(0x3f3410);
    c.bannerWarnText = rgb(0xf7d774);
    c.bannerInfoFill = rgb(0x14284a);
    c.bannerInfoText = rgb(0xc4d8ff);
    c.bannerNeutralFill = rgb(0x34363a);

    c.graphBackground = rgb(0x1e1f22);
    c.graphBandFill = rgb(0x26282b);
    c.graphBandAltFill = rgb(0x2a2c30);
    c.graphBandBorder = rgb(0x4a4d52);
    c.graphInk = rgb(0xc8c8c8);
    c.graphHighlight = rgb(0x78aaff);
    c.graphFaded = rgb(0x6e7177);
    c.graphActive = rgb(0xff7a5c);
    c.graphDone = rgb(0x5fd07a);
    c.nodeParamFill = rgb(0x4a3f12);
    c.nodeDataFill = rgb(0x1c3558);
    c.nodeLossFill = rgb(0x532326);
    c.nodeDelayFill = rgb(0x36383c);
    c.nodeOpFill = rgb(0x2b2d30);
    c.nodeText = rgb(0xf0f0f0);
    c.nodeOpText = rgb(0xbdbdbd);
    c.graphLabelFill = rgb(0x2b2d30);
    c.graphLabelText = rgb(0xf0f0f0);

    c.chartBackground = rgb(0x1e1f22);
    c.chartText = rgb(0xe6e6e6);
    c.chartGrid = rgb(0x45484d);
    c.curveBound = rgb(0xff7a6b);
    c.curveEstimate = rgb(0x5fd07a);
    c.curveActual = rgb(0x78aaff);
    c.curveClip = rgb(0xa0a0a0);
    c.curveZeros = rgb(0xc0c0c0);
    c.chartCursor = QColor(255, 255, 255, 140);
    c.spectrumInside = rgb(0x78aaff);
    c.spectrumOutside = rgb(0xff6b6b);
    c.spectrumThreshold = rgb(0xe0e0e0);
    c.spectrumSigma = rgb(0x9a9a9a);
    return c;
}

ThemeColors highContrastColors()
{
    ThemeColors c;
    c.dark = true;
    c.base = rgb(0x000000);
    c.text = rgb(0xffffff);
    c.mutedText = rgb(0xd8d8d8);
    c.errorText = rgb(0xff8080);
    c.warningText = rgb(0xffd700);
    c.successText = rgb(0x7cff7c);

    c.windowFill = rgb(0x00308f);
    c.windowText = rgb(0xffffff);
    c.windowBorder = rgb(0x00ffff);
    c.currentFill = rgb(0xffff00);
    c.currentText = rgb(0x000000);
    c.currentBorder = rgb(0xff00ff);
    c.paddingFill = rgb(0x2a2a2a);
    c.paddingText = rgb(0xd8d8d8);
    c.paddingBorder = rgb(0xc0c0c0);
    c.windowPaddingFill = rgb(0x1a2d5c);
    c.invalidFill = rgb(0x5c0000);
    c.invalidText = rgb(0xffffff);
    c.invalidBorder = rgb(0xff4040);
    c.staleText = rgb(0xc8c8c8);
    c.noteText = rgb(0xffff80);
    c.unreachedHatch = rgb(0xc0c0c0);
    c.highlightPenScale = 1.5;

    c.poolFill = rgb(0x002a66);
    c.frameFill = rgb(0x2a2a2a);
    c.vggInvalidFill = rgb(0x5c0000);
    c.vggCorrectFill = rgb(0x004d1a);
    c.vggWrongFill = rgb(0x5c0000);
    c.vggAskFill = rgb(0x4d4000);

    c.markCorrectFill = rgb(0x004d1a);
    c.markWrongFill = rgb(0x5c0000);
    c.markText = rgb(0xffffff);

    c.bannerErrorFill = rgb(0x3d0000);
    c.bannerErrorText = rgb(0xffffff);
    c.bannerErrorBorder = rgb(0xff4040);
    c.bannerWarnFill = rgb(0x3d3200);
    c.bannerWarnText = rgb(0xffffff);
    c.bannerInfoFill = rgb(0x001f4d);
    c.bannerInfoText = rgb(0xffffff);
    c.bannerNeutralFill = rgb(0x1a1a1a);

    c.graphBackground = rgb(0x000000);
    c.graphBandFill = rgb(0x0d0d0d);
    c.graphBandAltFill = rgb(0x141414);
    c.graphBandBorder = rgb(0x808080);
    c.graphInk = rgb(0xffffff);
    c.graphHighlight = rgb(0x00ffff);
    c.graphFaded = rgb(0x808080);
    c.graphActive = rgb(0xff9900);
    c.graphDone = rgb(0x00ff66);
    c.nodeParamFill = rgb(0x3d3300);
    c.nodeDataFill = rgb(0x002a66);
    c.nodeLossFill = rgb(0x4d0000);
    c.nodeDelayFill = rgb(0x262626);
    c.nodeOpFill = rgb(0x000000);
    c.nodeText = rgb(0xffffff);
    c.nodeOpText = rgb(0xe0e0e0);
    c.graphLabelFill = rgb(0x000000);
    c.graphLabelText = rgb(0xffffff);

    c.chartBackground = rgb(0x000000);
    c.chartText = rgb(0xffffff);
    c.chartGrid = rgb(0x606060);
    c.curveBound = rgb(0xff6060);
    c.curveEstimate = rgb(0x00ff66);
    c.curveActual = rgb(0x00ffff);
    c.curveClip = rgb(0xc0c0c0);
    c.curveZeros = rgb(0xffffff);
    c.chartCursor = QColor(255, 255, 255, 170);
    c.spectrumInside = rgb(0x00ffff);
    c.spectrumOutside = rgb(0xff6060);
    c.spectrumThreshold = rgb(0xffffff);
    c.spectrumSigma = rgb(0xc0c0c0);
    return c;
}

// Projector highlights: saturated fills and thick borders that survive a washed-out image.
void strengthenHighlights(ThemeColors &c)
{
    c.highlightPenScale = 1.5;
    if (c.base == rgb(0x000000))
        return; // the high-contrast theme's highlights are already strong
    if (!c.dark) {
        c.windowFill = rgb(0x8fbaff);
        c.windowText = rgb(0x000000);
        c.windowBorder = rgb(0x0033aa);
        c.currentFill = rgb(0xffb300);
        c.currentText = rgb(0x000000);
        c.currentBorder = rgb(0xa33a00);
        c.paddingFill = rgb(0xcfcfcf);
        c.paddingText = rgb(0x333333);
        c.paddingBorder = rgb(0x505050);
        c.windowPaddingFill = rgb(0x7ea3dd);
        c.invalidFill = rgb(0xffb3b3);
        c.invalidText = rgb(0x700000);
        c.noteText = rgb(0x001a66);
        c.unreachedHatch = rgb(0x303030);
        c.poolFill = rgb(0xb8d0fb);
        c.graphHighlight = rgb(0x0033aa);
        c.graphActive = rgb(0xa32200);
    } else {
        c.windowFill = rgb(0x0b4fc4);
        c.windowText = rgb(0xffffff);
        c.windowBorder = rgb(0x9cc4ff);
        c.currentFill = rgb(0xffb300);
        c.currentText = rgb(0x000000);
        c.currentBorder = rgb(0xffe08a);
        c.paddingFill = rgb(0x4a4a4a);
        c.paddingText = rgb(0xe6e6e6);
        c.paddingBorder = rgb(0xb0b0b0);
        c.windowPaddingFill = rgb(0x093f9c);
        c.noteText = rgb(0xffffff);
        c.unreachedHatch = rgb(0xd0d0d0);
        c.poolFill = rgb(0x0b3a8a);
        c.graphHighlight = rgb(0x9cc4ff);
        c.graphActive = rgb(0xffa040);
    }
}

const char *const kCssProperty = "dltutorThemedCss";
const char *const kRoleProperty = "dltutorThemedRole";

void applyStyleSheetColor(QWidget *w)
{
    const QString css = w->property(kCssProperty).toString();
    w->setStyleSheet(css.arg(textColor(TextRole(w->property(kRoleProperty).toInt())).name(QColor::HexRgb)));
}

void refreshStyleSheets()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets)
        if (!w->property(kCssProperty).toString().isEmpty())
            applyStyleSheetColor(w);
}

ThemeColors &current()
{
    static ThemeColors colors = lightColors();
    return colors;
}

} // namespace

ThemeColors colorsFor(ThemeId id, bool highContrastHighlights, bool systemIsDark)
{
    ThemeColors c;
    switch (id) {
    case ThemeId::System:
        c = systemIsDark ? darkColors() : lightColors();
        break;
    case ThemeId::Light:
        c = lightColors();
        break;
    case ThemeId::Dark:
        c = darkColors();
        break;
    case ThemeId::HighContrast:
        c = highContrastColors();
        break;
    }
    if (highContrastHighlights)
        strengthenHighlights(c);
    return c;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette paletteFor(ThemeId id, const QPalette &systemPalette)
{
    if (id == ThemeId::System)
        return systemPalette;
    const ThemeColors c = colorsFor(id, false);
    QPalette p;
    if (id == ThemeId::Light) {
        p = QPalette(rgb(0xefefef), rgb(0xefefef)); // button, window
        p.setColor(QPalette::WindowText, c.text);
        p.setColor(QPalette::Text, c.text);
        p.setColor(QPalette::ButtonText, c.text);
        p.setColor(QPalette::Base, c.base);
        p.setColor(QPalette::AlternateBase, rgb(0xf5f5f5));
        p.setColor(QPalette::Highlight, rgb(0x2f65ca));
        p.setColor(QPalette::HighlightedText, rgb(0xffffff));
        p.setColor(QPalette::ToolTipBase, rgb(0xffffdc));
        p.setColor(QPalette::ToolTipText, rgb(0x000000));
        p.setColor(QPalette::PlaceholderText, rgb(0x6b6b6b));
        p.setColor(QPalette::Link, rgb(0x1a4fb0));
        p.setColor(QPalette::BrightText, rgb(0xffffff));
        p.setColor(QPalette::Disabled, QPalette::WindowText, rgb(0x7a7a7a));
        p.setColor(QPalette::Disabled, QPalette::Text, rgb(0x7a7a7a));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, rgb(0x7a7a7a));
        return p;
    }
    const bool hc = id == ThemeId::HighContrast;
    const QColor window = hc ? rgb(0x000000) : rgb(0x2b2d30);
    // Fusion draws outlines and scroll-bar handles from the button colour: not pure black, or they vanish.
    const QColor button = hc ? rgb(0x303030) : rgb(0x3a3c40);
    p = QPalette(button, window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, hc ? rgb(0x141414) : rgb(0x26282b));
    p.setColor(QPalette::Highlight, hc ? rgb(0xffff00) : rgb(0x3d6fd6));
    p.setColor(QPalette::HighlightedText, hc ? rgb(0x000000) : rgb(0xffffff));
    p.setColor(QPalette::ToolTipBase, hc ? rgb(0x000000) : rgb(0x3a3c40));
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, hc ? rgb(0xc8c8c8) : rgb(0x9a9a9a));
    p.setColor(QPalette::Link, hc ? rgb(0x00ffff) : rgb(0x8ab4ff));
    p.setColor(QPalette::LinkVisited, hc ? rgb(0xff80ff) : rgb(0xc58af9));
    p.setColor(QPalette::BrightText, rgb(0xffffff));
    p.setColor(QPalette::Light, hc ? rgb(0xffffff) : rgb(0x505358));
    p.setColor(QPalette::Midlight, hc ? rgb(0xc0c0c0) : rgb(0x45484d));
    p.setColor(QPalette::Mid, hc ? rgb(0xa0a0a0) : rgb(0x34363a));
    p.setColor(QPalette::Dark, hc ? rgb(0xffffff) : rgb(0x18191b));
    p.setColor(QPalette::Shadow, rgb(0x000000));
    const QColor disabled = hc ? rgb(0xa0a0a0) : rgb(0x8a8a8a);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

const ThemeColors &themeColors()
{
    return current();
}

void setThemeColors(const ThemeColors &colors)
{
    current() = colors;
    refreshStyleSheets();
    emit Notifier::instance()->changed();
}

QColor textColor(TextRole role)
{
    const ThemeColors &c = current();
    switch (role) {
    case TextRole::Muted: return c.mutedText;
    case TextRole::Error: return c.errorText;
    case TextRole::Warning: return c.warningText;
    case TextRole::Success: return c.successText;
    }
    return c.text;
}

void setStyleSheetColor(QWidget *w, TextRole role, const QString &css)
{
    w->setProperty(kCssProperty, css);
    w->setProperty(kRoleProperty, int(role));
    if (css.isEmpty())
        w->setStyleSheet(QString());
    else
        applyStyleSheetColor(w);
}

namespace {
// Holds a widget's style-sheet function and re-applies it on every theme change.
class ThemedStyleSheet : public QObject
{
public:
    ThemedStyleSheet(QWidget *w, std::function<QString(const ThemeColors &)> css)
        : QObject(w)
        , m_css(std::move(css))
    {
        setObjectName(QStringLiteral("themedStyleSheet"));
        connect(Notifier::instance(), &Notifier::changed, this, &ThemedStyleSheet::apply);
    }
    void setCss(std::function<QString(const ThemeColors &)> css) { m_css = std::move(css); }
    void apply() { static_cast<QWidget *>(parent())->setStyleSheet(m_css(current())); }

private:
    std::function<QString(const ThemeColors &)> m_css;
};
} // namespace

void setThemedStyleSheet(QWidget *w, std::function<QString(const ThemeColors &)> css)
{
    auto *holder = w->findChild<ThemedStyleSheet *>(QStringLiteral("themedStyleSheet"), Qt::FindDirectChildrenOnly);
    if (holder)
        holder->setCss(std::move(css));
    else
        holder = new ThemedStyleSheet(w, std::move(css));
    holder->apply();
}

QString themeKey(ThemeId id)
{
    switch (id) {
    case ThemeId::System: return QStringLiteral("system");
    case ThemeId::Light: return QStringLiteral("light");
    case ThemeId::Dark: return QStringLiteral("dark");
    case ThemeId::HighContrast: return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

ThemeId themeFromKey(const QString &key)
{
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast})
        if (key == themeKey(id))
            return id;
    return ThemeId::System;
}

QString themeName(ThemeId id)
{
    switch (id) {
    case ThemeId::System: return QCoreApplication::translate("ThemeController", "&System");
    case ThemeId::Light: return QCoreApplication::translate("ThemeController", "&Light");
    case ThemeId::Dark: return QCoreApplication::translate("ThemeController", "&Dark");
    case ThemeId::HighContrast: return QCoreApplication::translate("ThemeController", "&High contrast");
    }
    return {};
}

Notifier *Notifier::instance()
{
    static Notifier n;
    return &n;
}

} // namespace theme
