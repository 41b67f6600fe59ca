// Themes, interface zoom, lecture mode and clean mode through the real window and its View and
// Settings menus (theme/themecontroller.h).
#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "theme/cleanmode.h"
#include "theme/scaledfont.h"
#include "theme/themecolors.h"
#include "theme/themecontroller.h"
#include "widgets/celldelegate.h"
#include "widgets/matrixgrid.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace {

struct Window {
    std::unique_ptr<MainWindow> w = std::make_unique<MainWindow>();
    ThemeController *c = nullptr;

    Window()
    {
        registerTopics(*w);
        c = new ThemeController(*w);
        w->showTopic(QStringLiteral("conv"));
        w->show();
        QApplication::setActiveWindow(w.get());
    }
    QAction *action(const char *name) const { return w->findChild<QAction *>(QString::fromLatin1(name)); }
    QWidget *conv() const { return w->page(QStringLiteral("conv")); }
    void key(int key, Qt::KeyboardModifiers mods = Qt::ControlModifier) const { QTest::keyClick(w.get(), Qt::Key(key), mods); }
};

int cellWidth(QWidget *page)
{
    auto *grid = page->findChild<MatrixGrid *>(QStringLiteral("inputGrid"));
    return grid ? grid->horizontalHeader()->defaultSectionSize() : -1;
}

// The colour in the middle of the left edge of the input grid's first cell (inside its border,
// away from the centred number): the cell's fill.
QColor firstCellFill(QWidget *page)
{
    auto *grid = page->findChild<MatrixGrid *>(QStringLiteral("inputGrid"));
    const QRect r = grid->visualRect(grid->model()->index(0, 0));
    const QImage image = grid->viewport()->grab().toImage();
    return image.pixelColor(r.left() + r.width() / 6 + 4, r.top() + r.height() / 2);
}

} // namespace

class TestThemeController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void zoomKeys();
    void zoomPersists();
    void themeChangesHighlight();
    void highContrastAndLecture();
    void cleanMode();
    void cleanModeDialog();

private:
    qreal m_basePointSize = 0;
};

void TestThemeController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DLTutor"));
    QApplication::setApplicationName(QStringLiteral("dltutor-test-theme"));
    m_basePointSize = QApplication::font().pointSizeF();
}

void TestThemeController::init()
{
    QSettings().clear();
}

void TestThemeController::cleanup()
{
    // Back to 100 % and the light colours for the next test's window.
    QFont f = QApplication::font();
    f.setPointSizeF(m_basePointSize);
    QApplication::setFont(f);
    theme::setLectureScale(1.0);
    theme::setThemeColors(theme::colorsFor(theme::ThemeId::Light, false));
    QSettings().clear();
}

void TestThemeController::zoomKeys()
{
    Window win;
    QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
    const int cell100 = cellWidth(win.conv());
    QVERIFY(cell100 > 0);
    auto *label = win.w->findChild<QLabel *>(QStringLiteral("zoomLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Zoom 100%"));

    // 100 + 3 × 25 = 175.
    for (int i = 0; i < 3; ++i)
        win.key(Qt::Key_Equal);
    QCOMPARE(win.c->zoom(), 175);
    QCOMPARE(label->text(), QStringLiteral("Zoom 175%"));
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.75);
    // The grid's cells are derived from its font: 1.75× the font gives clearly wider cells
    // (not exactly 1.75×: a fixed 8 px of padding is part of the width).
    const int cell175 = cellWidth(win.conv());
    QVERIFY2(cell175 > cell100 * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(cell100).arg(cell175)));

    // Ctrl++ is the other zoom-in key; 175 + 25 = 200.
    win.key(Qt::Key_Plus);
    QCOMPARE(win.c->zoom(), 200);
    // Clamped at 300: five more steps would be 325.
    for (int i = 0; i < 5; ++i)
        win.key(Qt::Key_Equal);
    QCOMPARE(win.c->zoom(), 300);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 3.0);
    QVERIFY(cellWidth(win.conv()) > cell175);
    // Clamped at 100 on the way down: 300 − 9 × 25 would be 75.
    for (int i = 0; i < 9; ++i)
        win.key(Qt::Key_Minus);
    QCOMPARE(win.c->zoom(), 100);
    QCOMPARE(cellWidth(win.conv()), cell100);
    // Ctrl+0 resets from anywhere.
    win.key(Qt::Key_Equal);
    win.key(Qt::Key_Equal);
    QCOMPARE(win.c->zoom(), 150);
    win.key(Qt::Key_0);
    QCOMPARE(win.c->zoom(), 100);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
}

void TestThemeController::zoomPersists()
{
    {
        Window win;
        win.action("actionZoomIn")->trigger();
        win.action("actionZoomIn")->trigger();
        QCOMPARE(win.c->zoom(), 150);
    }
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 150);
    QFont f = QApplication::font();
    f.setPointSizeF(m_basePointSize);
    QApplication::setFont(f);
    Window again;
    QCOMPARE(again.c->zoom(), 150);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.5);
    // A relative font (the step arithmetic's 1.7×) follows the restored zoom.
    auto *formula = again.conv()->findChild<QLabel *>(QStringLiteral("stepFormula"));
    QVERIFY(formula);
    QVERIFY(std::abs(formula->font().pointSizeF() - m_basePointSize * 1.5 * 1.7) < 0.01);
}

void TestThemeController::themeChangesHighlight()
{
    Window win;
    QVERIFY(QTest::qWaitForWindowExposed(win.w.get()));
    win.action("actionTheme_light")->trigger();
    const theme::ThemeColors light = theme::colorsFor(theme::ThemeId::Light, false);
    const theme::ThemeColors dark = theme::colorsFor(theme::ThemeId::Dark, false);
    QVERIFY(light.windowFill != dark.windowFill);
    QCOMPARE(CellDelegate::windowFill(), light.windowFill);
    QTRY_COMPARE(firstCellFill(win.conv()), light.windowFill);

    win.action("actionTheme_dark")->trigger();
    QVERIFY(win.action("actionTheme_dark")->isChecked());
    QVERIFY(!win.action("actionTheme_light")->isChecked());
    QCOMPARE(CellDelegate::windowFill(), dark.windowFill);
    QTRY_COMPARE(firstCellFill(win.conv()), dark.windowFill);
    QCOMPARE(QApplication::palette().color(QPalette::Base), dark.base);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

    win.action("actionTheme_high-contrast")->trigger();
    QTRY_COMPARE(firstCellFill(win.conv()), theme::colorsFor(theme::ThemeId::HighContrast, false).windowFill);
}

void TestThemeController::highContrastAndLecture()
{
    Window win;
    win.action("actionTheme_light")->trigger();
    const QColor normal = CellDelegate::windowFill();
    win.action("actionHighContrastHighlights")->trigger();
    QVERIFY(win.c->highContrastHighlights());
    QCOMPARE(CellDelegate::windowFill(), theme::colorsFor(theme::ThemeId::Light, true).windowFill);
    QVERIFY(CellDelegate::windowFill() != normal);
    win.action("actionHighContrastHighlights")->trigger();
    QCOMPARE(CellDelegate::windowFill(), normal);

    // Lecture mode (Ctrl+L): the step arithmetic 1.6× larger, and strong highlights.
    auto *formula = win.conv()->findChild<QLabel *>(QStringLiteral("stepFormula"));
    const qreal before = formula->font().pointSizeF();
    QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
    win.key(Qt::Key_L);
    QVERIFY(win.c->lectureMode());
    QVERIFY(std::abs(formula->font().pointSizeF() - before * ThemeController::kLectureScale) < 0.01);
    QCOMPARE(CellDelegate::windowFill(), theme::colorsFor(theme::ThemeId::Light, true).windowFill);
    QVERIFY(QSettings().value(QStringLiteral("view/lectureMode")).toBool());
    win.key(Qt::Key_L);
    QVERIFY(!win.c->lectureMode());
    QVERIFY(std::abs(formula->font().pointSizeF() - before) < 0.01);
    QCOMPARE(CellDelegate::windowFill(), normal);
}

void TestThemeController::cleanMode()
{
    {
        Window win;
        QWidget *conv = win.conv();
        auto *legend = conv->findChild<QWidget *>(QStringLiteral("legend"));
        auto *formula = conv->findChild<QWidget *>(QStringLiteral("sizeFormula"));
        auto *params = conv->findChild<QWidget *>(QStringLiteral("convParameters"));
        QVERIFY(legend && formula && params);
        QVERIFY(cleanmode::controlGroups(conv).contains(legend));
        win.c->setHiddenControls(QStringLiteral("conv"), {QStringLiteral("legend"), QStringLiteral("sizeFormula")});
        // Not in clean mode yet: everything shows.
        QVERIFY(legend->isVisible() && formula->isVisible() && params->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
        win.key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(win.c->cleanMode());
        QVERIFY(!legend->isVisible());
        QVERIFY(!formula->isVisible());
        QVERIFY(params->isVisible());
        // Stepping keeps working in clean mode.
        auto *steps = conv->findChild<QLabel *>(QStringLiteral("stepPosition"));
        QVERIFY(steps);
        const QString at = steps->text();
        conv->setFocus();
        QTest::keyClick(conv, Qt::Key_Right);
        QVERIFY(steps->text() != at);
    }
    QVERIFY(QSettings().value(QStringLiteral("view/cleanMode")).toBool());
    // Restored in a new window, for a page built after the controller.
    Window again;
    QVERIFY(again.c->cleanMode());
    QWidget *conv = again.conv();
    QVERIFY(!conv->findChild<QWidget *>(QStringLiteral("legend"))->isVisible());
    QVERIFY(conv->findChild<QWidget *>(QStringLiteral("convParameters"))->isVisible());
    again.action("actionCleanMode")->trigger();
    QVERIFY(!again.c->cleanMode());
    QVERIFY(conv->findChild<QWidget *>(QStringLiteral("legend"))->isVisible());
    QVERIFY(conv->findChild<QWidget *>(QStringLiteral("sizeFormula"))->isVisible());
}

void TestThemeController::cleanModeDialog()
{
    Window win;
    win.action("actionCleanMode")->trigger();
    win.action("actionPrepareCleanMode")->trigger();
    auto *dialog = win.w->findChild<QDialog *>(QStringLiteral("cleanModeDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *keepParams = dialog->findChild<QCheckBox *>(QStringLiteral("keep_convParameters"));
    auto *keepLegend = dialog->findChild<QCheckBox *>(QStringLiteral("keep_legend"));
    QVERIFY(keepParams && keepLegend);
    QVERIFY(keepParams->isChecked() && keepLegend->isChecked());
    QTest::mouseClick(keepParams, Qt::LeftButton, {}, QPoint(4, keepParams->height() / 2));
    QVERIFY(!keepParams->isChecked());
    dialog->accept();
    QCOMPARE(win.c->hiddenControls(QStringLiteral("conv")), QStringList{QStringLiteral("convParameters")});
    QVERIFY(!win.conv()->findChild<QWidget *>(QStringLiteral("convParameters"))->isVisible());
    QVERIFY(win.conv()->findChild<QWidget *>(QStringLiteral("legend"))->isVisible());
}

QTEST_MAIN(TestThemeController)
#include "test_themecontroller.moc"
