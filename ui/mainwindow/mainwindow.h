#pragma once

#include <QMainWindow>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QListWidget;
class QStackedWidget;
class QMenu;
class QUndoGroup;

/**
 * The application window: a topic list on the left and the current topic's page.
 * Pages are registered with a factory and built the first time they are shown,
 * so start-up pays only for the visible page. A page that owns a QUndoStack (as a
 * child object) gets the Edit menu's Undo/Redo while it is current.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using PageFactory = std::function<QWidget *()>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Registers a topic; its page is built lazily by factory. Ids are stable ("conv", "vgg", ...). */
    void addTopic(const QString &id, const QString &title, const QString &toolTip, PageFactory factory);
    /**
     * As above, with title and toolTip as untranslated sources marked
     * QT_TRANSLATE_NOOP("MainWindow", ...): translated now and again on every language change.
     */
    void addTopic(const QString &id, const char *title, const char *toolTip, PageFactory factory);

    /**
     * Adds a File-menu entry that shows topic id and triggers the page's QAction named
     * actionObjectName (for example the quiz page's "Open question bank…").
     */
    void addFileAction(const QString &id, const QString &actionObjectName, const QString &text);
    /** As above, with text an untranslated QT_TRANSLATE_NOOP("MainWindow", ...) source (retranslated live). */
    void addFileAction(const QString &id, const QString &actionObjectName, const char *text);

    /** Shows the topic with this id, building its page if needed. Returns false for an unknown id. */
    bool showTopic(const QString &id);

    QString currentTopic() const;
    QStringList topicIds() const;

    /** The page for id, building it if needed; nullptr for an unknown id. */
    QWidget *page(const QString &id);

    /** The page for id if it has been built, else nullptr (never builds it). */
    QWidget *builtPage(const QString &id) const;

    /**
     * Throws away every built page (their placeholders come back); each is built again when next
     * shown, so the caller shows a topic afterwards. Used on a language change, after the session
     * controller has captured the pages' inputs.
     */
    void discardBuiltPages();

    /** Restores geometry and the last topic from QSettings. */
    void restoreSettings();

    /** Menus that controllers (sessions, export, lecture mode, language, ...) add their actions to. */
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *settingsMenu() const { return m_settingsMenu; }
    /** File-menu entries go above this action (Quit). */
    QAction *quitAction() const { return m_quitAction; }

signals:
    /** A page has just been built (the first time its topic is shown or asked for). */
    void pageCreated(const QString &id, QWidget *page);
    /** The window is about to close; controllers save what they own (autosave, settings). */
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Topic {
        QString id;
        QString title;
        PageFactory factory;
        QWidget *page = nullptr;
        const char *titleSource = nullptr;   // untranslated, when registered with sources
        const char *toolTipSource = nullptr;
    };

    /** Sets every text the window itself owns again in the current language (QEvent::LanguageChange). */
    void retranslate();
    /** Keeps the topic list at least as wide as its longest title (new language, larger font). */
    void updateTopicListWidth();
    /** (Re)creates Edit → Undo/Redo: their "&Undo" prefix is fixed when they are created. */
    void createUndoActions();

    void createMenus();
    void onTopicRowChanged(int row);
    void saveSettings() const;
    void showShortcuts();
    void showAbout();
    int indexOf(const QString &id) const;

    QListWidget *m_topicList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_topicMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    std::vector<std::pair<QAction *, const char *>> m_fileActionSources;
    std::vector<Topic> m_topics;
};
