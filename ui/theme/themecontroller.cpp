#include "themecontroller.h"

#include "cleanmode.h"
#include "scaledfont.h"

#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace {
const QString kZoomKey = QStringLiteral("view/zoom");
const QString kThemeKey = QStringLiteral("view/theme");
const QString kContrastKey = QStringLiteral("view/highContrastHighlights");
const QString kLectureKey = QStringLiteral("view/lectureMode");
const QString kCleanKey = QStringLiteral("view/cleanMode");
QString hiddenKey(const QString &pageId) { return QStringLiteral("cleanMode/") + pageId + QStringLiteral("/hidden"); }
} // namespace

ThemeController::ThemeController(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_baseFont(QApplication::font())
    , m_systemPalette(QApplication::palette())
{
    setObjectName(QStringLiteral("themeController"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setToolTip(tr("Interface zoom (Ctrl+= / Ctrl+− / Ctrl+0)"));
    m_zoomLabel->setAccessibleName(tr("Interface zoom"));
    window.statusBar()->addPermanentWidget(m_zoomLabel);
    createActions();
    connect(&window, &MainWindow::pageCreated, this, [this](const QString &id, QWidget *) { applyClean(id); });
    restore();
}

void ThemeController::createActions()
{
    QMenu *view = m_window.viewMenu();
    auto add = [this, view](const QString &text, const QString &name, const QString &tip) {
        auto *a = view->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };

    m_fullScreenAction = add(tr("&Full screen"), QStringLiteral("actionFullScreen"), tr("Fill the whole screen with the window"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_window.showFullScreen();
        else
            m_window.showNormal();
    });

    view->addSeparator();
    QAction *in = add(tr("Zoom &in"), QStringLiteral("actionZoomIn"), tr("Make the whole interface larger (up to 300%)"));
    QList<QKeySequence> inKeys{QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::ZoomIn))
        if (!inKeys.contains(k))
            inKeys << k;
    in->setShortcuts(inKeys);
    connect(in, &QAction::triggered, this, [this] { setZoom(m_zoom + kZoomStep); });
    QAction *out = add(tr("Zoom &out"), QStringLiteral("actionZoomOut"), tr("Make the whole interface smaller (down to 100%)"));
    QList<QKeySequence> outKeys{QKeySequence(Qt::CTRL | Qt::Key_Minus)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::ZoomOut))
        if (!outKeys.contains(k))
            outKeys << k;
    out->setShortcuts(outKeys);
    connect(out, &QAction::triggered, this, [this] { setZoom(m_zoom - kZoomStep); });
    QAction *reset = add(tr("&Actual size"), QStringLiteral("actionZoomReset"), tr("Back to 100% zoom"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(reset, &QAction::triggered, this, [this] { setZoom(kMinZoom); });

    view->addSeparator();
    m_highContrastAction = add(tr("&High-contrast highlights"), QStringLiteral("actionHighContrastHighlights"),
                               tr("Saturated highlight colours and thick borders that stay visible through a projector"));
    m_highContrastAction->setCheckable(true);
    connect(m_highContrastAction, &QAction::toggled, this, &ThemeController::setHighContrastHighlights);
    m_lectureAction = add(tr("&Lecture mode"), QStringLiteral("actionLectureMode"),
                          tr("Show the step arithmetic large, with high-contrast highlights"));
    m_lectureAction->setCheckable(true);
    m_lectureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lectureAction, &QAction::toggled, this, &ThemeController::setLectureMode);
    m_cleanAction = add(tr("&Clean mode"), QStringLiteral("actionCleanMode"),
                        tr("Hide the controls not kept in “Prepare clean mode…”"));
    m_cleanAction->setCheckable(true);
    m_cleanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_cleanAction, &QAction::toggled, this, &ThemeController::setCleanMode);
    QAction *prepare = add(tr("&Prepare clean mode…"), QStringLiteral("actionPrepareCleanMode"),
                           tr("Choose which control groups of this page stay visible in clean mode"));
    connect(prepare, &QAction::triggered, this, &ThemeController::prepareCleanMode);

    QMenu *themes = m_window.settingsMenu()->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("menuTheme"));
    m_themeGroup = new QActionGroup(this);
    for (theme::ThemeId id : {theme::ThemeId::System, theme::ThemeId::Light, theme::ThemeId::Dark, theme::ThemeId::HighContrast}) {
        QAction *a = themes->addAction(theme::themeName(id));
        a->setObjectName(QStringLiteral("actionTheme_") + theme::themeKey(id));
        a->setCheckable(true);
        a->setData(int(id));
        a->setToolTip(id == theme::ThemeId::System ? tr("Follow the desktop's light or dark colours") : a->text().remove(QLatin1Char('&')));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setTheme(id); });
    }
}

void ThemeController::restore()
{
    QSettings s;
    m_theme = theme::themeFromKey(s.value(kThemeKey).toString());
    m_highContrast = s.value(kContrastKey, false).toBool();
    m_lecture = s.value(kLectureKey, false).toBool();
    m_clean = s.value(kCleanKey, false).toBool();
    {
        const QSignalBlocker b1(m_highContrastAction), b2(m_lectureAction), b3(m_cleanAction);
        m_highContrastAction->setChecked(m_highContrast);
        m_lectureAction->setChecked(m_lecture);
        m_cleanAction->setChecked(m_clean);
    }
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(m_theme));
    theme::setLectureScale(m_lecture ? kLectureScale : 1.0);
    applyColors();
    m_zoom = -1; // force the update
    m_restoring = true; // nothing changed: do not write the settings back at every start
    setZoom(s.value(kZoomKey, kMinZoom).toInt());
    m_restoring = false;
    for (const QString &id : m_window.topicIds())
        if (m_window.builtPage(id))
            applyClean(id);
}

void ThemeController::save(const QString &key, const QVariant &value) const
{
    if (m_restoring)
        return;
    QSettings s;
    s.setValue(key, value);
}

void ThemeController::setZoom(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    QFont f = m_baseFont;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    else
        f.setPixelSize(std::max(1, m_baseFont.pixelSize() * percent / 100));
    QApplication::setFont(f);
    theme::refreshRelativeFonts();
    m_zoomLabel->setText(tr("Zoom %1%").arg(percent));
    if (!m_restoring) // a change the user made, not the saved zoom coming back at start
        m_window.statusBar()->showMessage(tr("Zoom %1%").arg(percent), 2000);
    save(kZoomKey, percent);
    emit zoomChanged(percent);
}

void ThemeController::setTheme(theme::ThemeId id)
{
    m_theme = id;
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(id));
    applyColors();
    save(kThemeKey, theme::themeKey(id));
}

void ThemeController::setHighContrastHighlights(bool on)
{
    m_highContrast = on;
    if (m_highContrastAction->isChecked() != on)
        m_highContrastAction->setChecked(on);
    applyColors();
    save(kContrastKey, on);
}

void ThemeController::setLectureMode(bool on)
{
    m_lecture = on;
    if (m_lectureAction->isChecked() != on)
        m_lectureAction->setChecked(on);
    theme::setLectureScale(on ? kLectureScale : 1.0);
    applyColors();
    m_window.statusBar()->showMessage(on ? tr("Lecture mode on") : tr("Lecture mode off"), 2000);
    save(kLectureKey, on);
}

void ThemeController::applyColors()
{
    QApplication::setPalette(theme::paletteFor(m_theme, m_systemPalette));
    theme::setThemeColors(theme::colorsFor(m_theme, m_highContrast || m_lecture, theme::isDarkPalette(m_systemPalette)));
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets)
        w->update();
}

void ThemeController::setCleanMode(bool on)
{
    m_clean = on;
    if (m_cleanAction->isChecked() != on)
        m_cleanAction->setChecked(on);
    for (const QString &id : m_window.topicIds())
        applyClean(id);
    m_window.statusBar()->showMessage(on ? tr("Clean mode on: View → Prepare clean mode… chooses what stays")
                                         : tr("Clean mode off"),
                                      3000);
    save(kCleanKey, on);
}

QStringList ThemeController::hiddenControls(const QString &pageId) const
{
    return QSettings().value(hiddenKey(pageId)).toStringList();
}

void ThemeController::setHiddenControls(const QString &pageId, const QStringList &objectNames)
{
    save(hiddenKey(pageId), objectNames);
    applyClean(pageId);
}

void ThemeController::applyClean(const QString &pageId)
{
    if (QWidget *page = m_window.builtPage(pageId))
        cleanmode::apply(page, hiddenControls(pageId), m_clean);
}

void ThemeController::prepareCleanMode()
{
    const QString id = m_window.currentTopic();
    QWidget *page = m_window.builtPage(id);
    if (!page)
        return;
    // Show every group while choosing, so the instructor sees what each name means.
    cleanmode::apply(page, {}, false);
    auto *dialog = new CleanModeDialog(page, m_window.windowTitle(), hiddenControls(id), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { setHiddenControls(id, dialog->hiddenControls()); });
    connect(dialog, &QDialog::rejected, this, [this, id] { applyClean(id); });
    dialog->open();
}
