#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QActionGroup;
class QMenu;

/**
 * Settings → Language: "System default" and one radio action per shipped language. Choosing
 * one saves it ("ui/language") and switches the program live through i18n::apply(), which
 * sends QEvent::LanguageChange to every widget. A child of the main window.
 */
class LanguageController : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(MainWindow &window);

    /** The Settings → Language submenu. */
    QMenu *menu() const { return m_menu; }

    /** Chooses a language as the menu does ("system" or a code); returns false if it failed to load. */
    bool choose(const QString &choice);

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void syncChecked();

    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};
