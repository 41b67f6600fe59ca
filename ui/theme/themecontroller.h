#pragma once

#include "themecolors.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPalette>

class MainWindow;
class QAction;
class QActionGroup;
class QLabel;

/**
 * Presentation settings for the whole window: the theme (Settings → Theme), interface zoom
 * 100–300 % (Ctrl+= / Ctrl+− / Ctrl+0), full screen (F11), high-contrast highlights, lecture mode
 * (large step arithmetic + strong highlights, Ctrl+L) and clean mode (only the controls the
 * instructor kept, Ctrl+Shift+L). All of it persists in QSettings and is restored at start.
 * Widgets get colours from theme::themeColors() and fonts from theme::setRelativeFont().
 */
class ThemeController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinZoom = 100;
    static constexpr int kMaxZoom = 300;
    static constexpr int kZoomStep = 25;
    static constexpr qreal kLectureScale = 1.6;

    explicit ThemeController(MainWindow &window);

    int zoom() const { return m_zoom; }
    /** Sets the interface zoom in percent, clamped to 100–300. */
    void setZoom(int percent);

    theme::ThemeId theme() const { return m_theme; }
    void setTheme(theme::ThemeId id);

    bool highContrastHighlights() const { return m_highContrast; }
    void setHighContrastHighlights(bool on);

    bool lectureMode() const { return m_lecture; }
    void setLectureMode(bool on);

    bool cleanMode() const { return m_clean; }
    void setCleanMode(bool on);

    /** The objectNames of the control groups clean mode hides on page id. */
    QStringList hiddenControls(const QString &pageId) const;
    void setHiddenControls(const QString &pageId, const QStringList &objectNames);

signals:
    void zoomChanged(int percent);

private:
    void createActions();
    void restore();
    void applyColors();
    void applyClean(const QString &pageId);
    void prepareCleanMode();
    void save(const QString &key, const QVariant &value) const;

    MainWindow &m_window;
    QFont m_baseFont;
    QPalette m_systemPalette;
    int m_zoom = 100;
    bool m_restoring = false; ///< restore(): apply the stored values without writing them back
    theme::ThemeId m_theme = theme::ThemeId::System;
    bool m_highContrast = false;
    bool m_lecture = false;
    bool m_clean = false;
    QLabel *m_zoomLabel = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_lectureAction = nullptr;
    QAction *m_cleanAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
};
