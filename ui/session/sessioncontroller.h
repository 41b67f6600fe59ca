#pragma once

#include "common/result.h"
#include "session/session.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class MainWindow;
class QAction;
class QMenu;
class QTimer;
class QUndoStack;

/**
 * Sessions for the whole window: File ▸ New / Open / Open recent / Save / Save as, the window
 * title (file name and modified marker), and the autosave.
 *
 * capture() reads every page's inputs through its PageAdapter; a page not built yet contributes
 * the section last applied to it (or the defaults), so saving never builds pages. apply() shows a
 * session: built pages at once, others when MainWindow::pageCreated builds them. Applying resets
 * each page's undo stack: Undo never steps back into the previous session.
 *
 * Autosave: AppDataLocation/autosave.json is written (atomically, by sessionfile::write) two
 * seconds after the last change, every minute while changes are unsaved, and when the window closes.
 *
 * Dialogs go through replaceable callbacks (setAsk, setFileChooser, setMessenger) so tests never block.
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    /** What to do when the session file changed on disk since it was opened or saved. */
    enum class Conflict { Overwrite, SaveAs, Cancel };
    enum RecentPolicy { Remember, DontRemember };

    using AskConflict = std::function<Conflict(const QString &message)>;
    /** Asks for a file to open (save = false) or to save to; an empty string cancels. */
    using FileChooser = std::function<QString(bool save, const QString &suggestion)>;
    /** Shows a warning (title, text). */
    using Messenger = std::function<void(const QString &title, const QString &text)>;
    /** Asks a yes/no question (for example before discarding unsaved changes). */
    using Confirm = std::function<bool(const QString &question)>;

    /** Most recent files kept in File ▸ Open recent. */
    static constexpr int kMaxRecent = 8;
    /** Delay after the last change before the autosave is written, and the periodic interval. */
    static constexpr int kAutosaveDelayMs = 2000;
    static constexpr int kAutosaveIntervalMs = 60000;

    /** Attaches to window as its child, adds the File-menu entries above Quit and starts the autosave timers. */
    explicit SessionController(MainWindow &window);

    /** Every page's inputs now (unbuilt pages: the section pending for them). */
    dlt::session::Session capture() const;
    /** Shows session on every page (unbuilt pages get it when built) and resets their undo stacks. */
    void apply(const dlt::session::Session &session);

    /** Validates and opens a session file; on any problem nothing changes and the error is returned. */
    dlt::Status openFile(const QString &path, RecentPolicy recent = Remember);
    /**
     * Saves to path atomically. Saving over the current file after someone else changed or deleted
     * it asks first (Overwrite / Save as… / Cancel); Cancel returns session.file_changed or session.file_deleted.
     */
    dlt::Status saveFile(const QString &path);

    /** Restores the autosave (see restoreAutosave() in sessionfile.h); returns the status-bar message or empty. */
    QString restoreAutosave();
    /** Writes the autosave now (nothing while autosave is off). */
    dlt::Status writeAutosave();
    QString autosavePath() const { return m_autosavePath; }
    /** Off for a window that only renders a session (headless export): it must never replace the user's autosave. */
    void setAutosaveEnabled(bool enabled) { m_autosaveDisabled = !enabled; }
    void setAutosavePath(const QString &path) { m_autosavePath = path; }

    /** The current session file (absolute), or empty for an untitled session. */
    QString currentFile() const { return m_path; }
    /** True when something changed since the session was opened, saved or started. */
    bool isModified() const { return m_modified; }

    QStringList recentFiles() const;
    void clearRecentFiles();
    QMenu *recentMenu() const { return m_recentMenu; }

    void setAsk(AskConflict ask) { m_ask = std::move(ask); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setMessenger(Messenger messenger) { m_messenger = std::move(messenger); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The menu's entries, for tests and other controllers.
    void newSession();
    void openInteractive(const QString &path);
    void openDialog();
    void save();
    void saveAs();

signals:
    /** The file name or the modified flag changed. */
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void hookPage(const QString &id, QWidget *page);
    void onPageCreated(const QString &id, QWidget *page);
    void applyTo(const QString &id, QWidget *page, const dlt::session::Session &session);
    /**
     * Language change: every built page is discarded and built again in the new language, with the
     * inputs it had (captured and applied like a session). Undo histories start afresh; the
     * modified flag is kept.
     */
    void rebuildPagesKeepingInputs();
    void markChanged();
    void setModified(bool modified);
    void updateTitle();
    void addRecent(const QString &path);
    void removeRecent(const QString &path);
    void rebuildRecentMenu();
    void showStatus(const QString &text);
    void yieldShortcutsTo(QWidget *focus);
    bool confirmDiscard();

    MainWindow &m_window;
    dlt::session::Session m_pending; ///< the last applied session: the section of every page not built yet
    QSet<QString> m_pendingIds; ///< pages that must get their pending section when built
    QString m_path;
    QByteArray m_diskHash; ///< SHA-256 of the file as last read or written
    bool m_modified = false;
    bool m_autosaveDirty = false;
    bool m_autosaveDisabled = false; ///< a corrupt autosave could not be set aside: never overwrite it
    int m_applying = 0;
    bool m_rebuildQueued = false;
    QString m_autosavePath;
    QTimer *m_debounce = nullptr;
    QTimer *m_periodic = nullptr;
    QString m_baseTitle;
    bool m_settingTitle = false;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;

    AskConflict m_ask;
    FileChooser m_chooser;
    Messenger m_messenger;
    Confirm m_confirm;
};
