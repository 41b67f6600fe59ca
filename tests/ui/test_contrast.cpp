// WCAG 2.x contrast of every text colour against every fill the app draws it on, and of the
// highlight borders and graph/chart marks against their backgrounds, for each theme.
#include "theme/themecolors.h"

#include <QtTest>

#include <cmath>

using theme::ThemeColors;
using theme::ThemeId;

namespace {

// sRGB channel (0..255) -> linear light, WCAG 2.x: c/12.92 below 0.03928, else ((c+0.055)/1.055)^2.4.
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B (linear channels).
double luminance(const QColor &c)
{
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

// Contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
    const char *what;
    QColor ThemeColors::*fg;
    QColor ThemeColors::*bg;
};

// Text drawn on a fill: 4.5:1 (WCAG AA, normal-size text).
const Pair kTextPairs[] = {
    {"text on base", &ThemeColors::text, &ThemeColors::base},
    {"muted text on base", &ThemeColors::mutedText, &ThemeColors::base},
    {"error text on base", &ThemeColors::errorText, &ThemeColors::base},
    {"warning text on base", &ThemeColors::warningText, &ThemeColors::base},
    {"success text on base", &ThemeColors::successText, &ThemeColors::base},
    {"window cell text", &ThemeColors::windowText, &ThemeColors::windowFill},
    {"window padding cell text", &ThemeColors::windowText, &ThemeColors::windowPaddingFill},
    {"weight note on window cell", &ThemeColors::noteText, &ThemeColors::windowFill},
    {"current cell text", &ThemeColors::currentText, &ThemeColors::currentFill},
    {"padding cell text", &ThemeColors::paddingText, &ThemeColors::paddingFill},
    {"invalid cell text", &ThemeColors::invalidText, &ThemeColors::invalidFill},
    {"not yet computed output", &ThemeColors::staleText, &ThemeColors::base},
    {"VGG pool row", &ThemeColors::text, &ThemeColors::poolFill},
    {"VGG input/total rows", &ThemeColors::text, &ThemeColors::frameFill},
    {"VGG invalid layer", &ThemeColors::text, &ThemeColors::vggInvalidFill},
    {"VGG correct answer", &ThemeColors::text, &ThemeColors::vggCorrectFill},
    {"VGG wrong answer", &ThemeColors::text, &ThemeColors::vggWrongFill},
    {"VGG cell to answer", &ThemeColors::text, &ThemeColors::vggAskFill},
    {"quiz correct cell", &ThemeColors::markText, &ThemeColors::markCorrectFill},
    {"quiz wrong cell", &ThemeColors::markText, &ThemeColors::markWrongFill},
    {"error banner", &ThemeColors::bannerErrorText, &ThemeColors::bannerErrorFill},
    {"warning banner", &ThemeColors::bannerWarnText, &ThemeColors::bannerWarnFill},
    {"info banner", &ThemeColors::bannerInfoText, &ThemeColors::bannerInfoFill},
    {"neutral banner", &ThemeColors::text, &ThemeColors::bannerNeutralFill},
    {"graph node name (parameter)", &ThemeColors::nodeText, &ThemeColors::nodeParamFill},
    {"graph node name (data)", &ThemeColors::nodeText, &ThemeColors::nodeDataFill},
    {"graph node name (loss)", &ThemeColors::nodeText, &ThemeColors::nodeLossFill},
    {"graph node name (delay)", &ThemeColors::nodeText, &ThemeColors::nodeDelayFill},
    {"graph node name (operation)", &ThemeColors::nodeText, &ThemeColors::nodeOpFill},
    {"graph operation text (parameter)", &ThemeColors::nodeOpText, &ThemeColors::nodeParamFill},
    {"graph operation text (data)", &ThemeColors::nodeOpText, &ThemeColors::nodeDataFill},
    {"graph operation text (loss)", &ThemeColors::nodeOpText, &ThemeColors::nodeLossFill},
    {"graph operation text (delay)", &ThemeColors::nodeOpText, &ThemeColors::nodeDelayFill},
    {"graph operation text (operation)", &ThemeColors::nodeOpText, &ThemeColors::nodeOpFill},
    {"graph gradient label", &ThemeColors::graphLabelText, &ThemeColors::graphLabelFill},
    {"graph block title", &ThemeColors::text, &ThemeColors::graphBandFill},
    {"chart text", &ThemeColors::chartText, &ThemeColors::chartBackground},
    {"RNN verdict heading (vanishing)", &ThemeColors::curveActual, &ThemeColors::base},
};

// Lines, borders and marks against what surrounds them: 3:1 (WCAG 1.4.11, non-text contrast).
const Pair kGraphicPairs[] = {
    {"window border on the grid", &ThemeColors::windowBorder, &ThemeColors::base},
    {"current cell border on the grid", &ThemeColors::currentBorder, &ThemeColors::base},
    {"invalid cell border on the grid", &ThemeColors::invalidBorder, &ThemeColors::base},
    {"padding border on padding", &ThemeColors::paddingBorder, &ThemeColors::base},
    {"unreached hatch", &ThemeColors::unreachedHatch, &ThemeColors::base},
    {"graph edge", &ThemeColors::graphInk, &ThemeColors::graphBackground},
    {"graph highlighted path", &ThemeColors::graphHighlight, &ThemeColors::graphBackground},
    {"graph active BPTT edge", &ThemeColors::graphActive, &ThemeColors::graphBackground},
    {"graph finished BPTT edge", &ThemeColors::graphDone, &ThemeColors::graphBackground},
    {"gradient bound curve", &ThemeColors::curveBound, &ThemeColors::chartBackground},
    {"gradient estimate curve", &ThemeColors::curveEstimate, &ThemeColors::chartBackground},
    {"gradient actual curve", &ThemeColors::curveActual, &ThemeColors::chartBackground},
    {"clip line", &ThemeColors::curveClip, &ThemeColors::chartBackground},
    {"zero markers", &ThemeColors::curveZeros, &ThemeColors::chartBackground},
    {"spectrum inside points", &ThemeColors::spectrumInside, &ThemeColors::chartBackground},
    {"spectrum outside points", &ThemeColors::spectrumOutside, &ThemeColors::chartBackground},
    {"spectrum 1/γ circle", &ThemeColors::spectrumThreshold, &ThemeColors::chartBackground},
    {"spectrum σ_max circle", &ThemeColors::spectrumSigma, &ThemeColors::chartBackground},
};

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void formulaByHand();
    void themes_data();
    void themes();
};

void TestContrast::formulaByHand()
{
    // Black on white: L(white) = 1 (each channel is ((1+0.055)/1.055)^2.4 = 1), L(black) = 0,
    // so (1 + 0.05) / (0 + 0.05) = 21.
    QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
    // #777777 on white: 0x77 = 119, 119/255 = 0.46667; ((0.46667 + 0.055)/1.055)^2.4 = 0.49447^2.4
    // = exp(2.4 · ln 0.49447) = exp(2.4 · −0.70426) = exp(−1.69022) = 0.18447 = L (grey, all channels equal).
    // (1.05) / (0.18447 + 0.05) = 1.05 / 0.23447 = 4.478: just below AA, the classic example.
    QVERIFY(std::abs(contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.478) < 0.002);
    // Pure red #ff0000: L = 0.2126; on white (1.05)/(0.2626) = 3.998.
    QVERIFY(std::abs(contrast(Qt::red, Qt::white) - 3.998) < 0.002);
}

void TestContrast::themes_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("strong");
    for (bool strong : {false, true}) {
        const char *s = strong ? " + high-contrast highlights" : "";
        QTest::addRow("light%s", s) << int(ThemeId::Light) << strong;
        QTest::addRow("dark%s", s) << int(ThemeId::Dark) << strong;
        QTest::addRow("high contrast%s", s) << int(ThemeId::HighContrast) << strong;
        QTest::addRow("system (dark desktop)%s", s) << int(ThemeId::System) << strong;
    }
}

void TestContrast::themes()
{
    QFETCH(int, theme);
    QFETCH(bool, strong);
    const ThemeColors c = theme::colorsFor(ThemeId(theme), strong, true);
    QStringList failures;
    for (const Pair &p : kTextPairs) {
        const double r = contrast(c.*(p.fg), c.*(p.bg));
        if (r < 4.5)
            failures << QStringLiteral("%1: %2 on %3 = %4 < 4.5")
                            .arg(QLatin1String(p.what), (c.*(p.fg)).name(), (c.*(p.bg)).name())
                            .arg(r, 0, 'f', 2);
    }
    for (const Pair &p : kGraphicPairs) {
        const double r = contrast(c.*(p.fg), c.*(p.bg));
        if (r < 3.0)
            failures << QStringLiteral("%1: %2 on %3 = %4 < 3")
                            .arg(QLatin1String(p.what), (c.*(p.fg)).name(), (c.*(p.bg)).name())
                            .arg(r, 0, 'f', 2);
    }
    if (!failures.isEmpty())
        QFAIL(qPrintable(failures.join(QLatin1Char('\n'))));
    // The highlights must also stand out from the plain grid (3:1 would be ideal for fills,
    // but fills carry a thick border as well; the border already passes above).
    QVERIFY(c.windowFill != c.base);
    QVERIFY(c.currentFill != c.windowFill);
}

QTEST_MAIN(TestContrast)
#include "test_contrast.moc"
