#include "sessioncontroller.h"

#include "pageadapter.h"
#include "sessionfile.h"

#include "mainwindow/mainwindow.h"
#include "text/errortext.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace {

const QString kRecentKey = QStringLiteral("session/recentFiles");
const QString kLastDirKey = QStringLiteral("session/lastDir");

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QUndoStack *undoStackOf(QWidget *page)
{
    return page ? page->findChild<QUndoStack *>() : nullptr;
}

const PageAdapter *adapterFor(const QString &id)
{
    for (const PageAdapter &a : pageAdapters())
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace

SessionController::SessionController(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_autosavePath(sessionfile::autosavePath())
{
    setObjectName(QStringLiteral("sessionController"));

    // Stand-ins for tests replace these; the defaults are the real dialogs.
    m_ask = [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("Session changed on disk"), message, QMessageBox::NoButton, &m_window);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *saveAs = box.addButton(tr("Save &as…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAs);
        box.exec();
        if (box.clickedButton() == overwrite)
            return Conflict::Overwrite;
        return box.clickedButton() == saveAs ? Conflict::SaveAs : Conflict::Cancel;
    };
    m_chooser = [this](bool save, const QString &suggestion) {
        const QString filter = tr("DL Tutor sessions (*.json);;All files (*)");
        if (!save)
            return QFileDialog::getOpenFileName(&m_window, tr("Open session"), suggestion, filter);
        QString path = QFileDialog::getSaveFileName(&m_window, tr("Save session as"), suggestion, filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
        return path;
    };
    m_messenger = [this](const QString &title, const QString &text) { QMessageBox::warning(&m_window, title, text); };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(&m_window, tr("DL Tutor"), question) == QMessageBox::Yes;
    };

    createActions();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kAutosaveDelayMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { (void)writeAutosave(); });
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kAutosaveIntervalMs);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (m_autosaveDirty)
            (void)writeAutosave();
    });
    m_periodic->start();

    connect(&m_window, &MainWindow::pageCreated, this, &SessionController::onPageCreated);
    connect(&m_window, &MainWindow::closing, this, [this] { (void)writeAutosave(); });
    for (const PageAdapter &a : pageAdapters())
        if (QWidget *page = m_window.builtPage(a.id))
            hookPage(a.id, page);

    // A page may bind the same key to its own action (the quiz's Ctrl+O opens a question bank): while the
    // focus is inside such a page the page's action wins, instead of both becoming ambiguous and dead.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { yieldShortcutsTo(now); });

    m_baseTitle = m_window.windowTitle();
    m_window.installEventFilter(this);
    updateTitle();
}

void SessionController::createActions()
{
    QMenu *file = m_window.fileMenu();
    QAction *quit = m_window.quitAction();

    m_newAction = new QAction(tr("&New session"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewSession"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start again with every page's default inputs (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &SessionController::newSession);

    m_openAction = new QAction(tr("&Open session…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpenSession"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a saved session: every page's inputs (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &SessionController::openDialog);

    m_recentMenu = new QMenu(tr("Open &recent"), &m_window);
    m_recentMenu->setObjectName(QStringLiteral("menuRecentSessions"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionController::rebuildRecentMenu);

    m_saveAction = new QAction(tr("&Save session"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSaveSession"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save every page's inputs to the session file (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &SessionController::save);

    m_saveAsAction = new QAction(tr("Save session &as…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveSessionAs"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setToolTip(tr("Save every page's inputs to a new file (Ctrl+Shift+S)"));
    connect(m_saveAsAction, &QAction::triggered, this, &SessionController::saveAs);

    // Sessions open the File menu; other entries (exports, question bank) follow, then Quit.
    QAction *first = file->actions().isEmpty() ? quit : file->actions().first();
    file->insertAction(first, m_newAction);
    file->insertAction(first, m_openAction);
    QAction *recent = file->insertMenu(first, m_recentMenu);
    recent->setObjectName(QStringLiteral("actionRecentSessions"));
    file->insertAction(first, m_saveAction);
    file->insertAction(first, m_saveAsAction);
    file->insertSeparator(first);
    rebuildRecentMenu();
}

// ---- pages ----------------------------------------------------------------------------------

void SessionController::hookPage(const QString &id, QWidget *page)
{
    const PageAdapter *a = adapterFor(id);
    if (!a || !page)
        return;
    if (QUndoStack *stack = undoStackOf(page))
        connect(stack, &QUndoStack::indexChanged, this, &SessionController::markChanged);
    a->watch(page, this, [this] { markChanged(); });
}

void SessionController::onPageCreated(const QString &id, QWidget *page)
{
    hookPage(id, page);
    if (m_pendingIds.remove(id))
        applyTo(id, page, m_pending);
}

void SessionController::applyTo(const QString &id, QWidget *page, const dlt::session::Session &session)
{
    const PageAdapter *a = adapterFor(id);
    if (!a || !page)
        return;
    ++m_applying;
    a->apply(page, session);
    // A restored session starts a fresh history: Undo must not step back into the previous session.
    if (QUndoStack *stack = undoStackOf(page))
        stack->clear();
    --m_applying;
}

dlt::session::Session SessionController::capture() const
{
    dlt::session::Session s;
    s.currentPage = m_window.currentTopic().isEmpty() ? m_pending.currentPage : m_window.currentTopic().toStdString();
    for (const PageAdapter &a : pageAdapters()) {
        if (QWidget *page = m_window.builtPage(a.id); page && !m_pendingIds.contains(a.id))
            a.capture(page, s);
        else
            a.copySection(m_pending, s);
    }
    return s;
}

void SessionController::apply(const dlt::session::Session &session)
{
    ++m_applying;
    m_pending = session;
    m_pendingIds.clear();
    for (const PageAdapter &a : pageAdapters()) {
        if (QWidget *page = m_window.builtPage(a.id))
            applyTo(a.id, page, session);
        else
            m_pendingIds.insert(a.id);
    }
    // Building the shown page (if new) applies its pending section through pageCreated.
    m_window.showTopic(QString::fromStdString(session.currentPage));
    --m_applying;
    m_autosaveDirty = true;
    m_debounce->start();
}

// ---- files ----------------------------------------------------------------------------------

dlt::Status SessionController::openFile(const QString &path, RecentPolicy recent)
{
    auto loaded = sessionfile::read(path);
    if (!loaded)
        return loaded.error();
    apply(loaded->session);
    m_path = QFileInfo(path).absoluteFilePath();
    m_diskHash = hashOf(loaded->bytes);
    if (recent == Remember)
        addRecent(m_path);
    setModified(false);
    return dlt::Ok {};
}

dlt::Status SessionController::saveFile(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (!m_path.isEmpty() && target == m_path) {
        // Someone else may have changed or removed the file since we read or wrote it.
        std::optional<dlt::Error> problem;
        const std::string p = QDir::toNativeSeparators(target).toStdString();
        QFile f(target);
        if (!f.exists())
            problem = dlt::Error("session.file_deleted").with("path", p);
        else if (f.open(QIODevice::ReadOnly) && hashOf(f.readAll()) != m_diskHash)
            problem = dlt::Error("session.file_changed").with("path", p);
        if (problem) {
            const QString message
                = tr("%1.\n\nOverwrite it with this session, save this session under another name, or cancel?")
                      .arg(errorText(*problem));
            switch (m_ask(message)) {
            case Conflict::Overwrite:
                break;
            case Conflict::SaveAs: {
                const QString other = m_chooser(true, target);
                if (other.isEmpty())
                    return *problem;
                if (QFileInfo(other).absoluteFilePath() == target)
                    break; // chose the same file again: that is an overwrite
                return saveFile(other);
            }
            case Conflict::Cancel:
                return *problem;
            }
        }
    }
    auto written = sessionfile::write(target, capture());
    if (!written)
        return written.error();
    m_path = target;
    m_diskHash = hashOf(written.value());
    addRecent(target);
    setModified(false);
    return dlt::Ok {};
}

// ---- autosave -------------------------------------------------------------------------------

dlt::Status SessionController::writeAutosave()
{
    if (m_autosaveDisabled)
        return dlt::Ok {};
    auto written = sessionfile::write(m_autosavePath, capture());
    if (!written) {
        showStatus(tr("Autosave failed: %1").arg(sessionfile::problemText(m_autosavePath, written.error())));
        return written.error();
    }
    m_autosaveDirty = false;
    return dlt::Ok {};
}

QString SessionController::restoreAutosave()
{
    if (!QFileInfo::exists(m_autosavePath))
        return {};
    auto loaded = sessionfile::read(m_autosavePath);
    if (loaded) {
        apply(loaded->session);
        setModified(false);
        m_autosaveDirty = false;
        m_debounce->stop();
        return {};
    }
    // Keep the unreadable file for inspection under a name that is never reused; never overwrite or delete it.
    const QFileInfo info(m_autosavePath);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = info.absolutePath() + QStringLiteral("/autosave.corrupt-%1.json").arg(stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = info.absolutePath() + QStringLiteral("/autosave.corrupt-%1-%2.json").arg(stamp).arg(n);
    const QString problem = sessionfile::problemText(m_autosavePath, loaded.error());
    QString message;
    if (QFile::rename(m_autosavePath, backup)) {
        message = tr("The autosaved session could not be restored (%1). It was kept as %2; a fresh session starts.")
                      .arg(problem, QDir::toNativeSeparators(backup));
    } else {
        m_autosaveDisabled = true;
        message = tr("The autosaved session could not be restored (%1) nor set aside; it is left as it was and "
                     "autosave is off.")
                      .arg(problem);
    }
    showStatus(message);
    return message;
}

// ---- the menu -------------------------------------------------------------------------------

bool SessionController::confirmDiscard()
{
    return !m_modified || m_confirm(tr("Discard the unsaved changes of this session?"));
}

void SessionController::newSession()
{
    if (!m_confirm(m_modified ? tr("Discard the unsaved changes and start a new session with every page's defaults?")
                              : tr("Start a new session with every page's defaults?")))
        return;
    dlt::session::Session fresh;
    fresh.currentPage = m_window.currentTopic().toStdString();
    apply(fresh);
    m_path.clear();
    m_diskHash.clear();
    setModified(false);
}

void SessionController::openDialog()
{
    if (!confirmDiscard())
        return;
    QString dir = m_path.isEmpty() ? QSettings().value(kLastDirKey).toString() : QFileInfo(m_path).absolutePath();
    const QString path = m_chooser(false, dir);
    if (!path.isEmpty())
        openInteractive(path);
}

void SessionController::openInteractive(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        const bool listed = recentFiles().contains(QFileInfo(path).absoluteFilePath());
        removeRecent(QFileInfo(path).absoluteFilePath());
        m_messenger(tr("Cannot open session"),
            listed ? tr("The session %1 no longer exists; it was removed from the recent files.")
                         .arg(QDir::toNativeSeparators(path))
                   : tr("The session %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto st = openFile(path); !st) {
        m_messenger(tr("Cannot open session"),
            tr("%1\n\nNothing was changed.").arg(sessionfile::problemText(path, st.error())));
        return;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(m_path)));
}

void SessionController::save()
{
    if (m_path.isEmpty()) {
        saveAs();
        return;
    }
    const QString path = m_path;
    if (auto st = saveFile(path); !st) {
        if (st.error().key.rfind("session.", 0) != 0) // session.file_*: the student chose Cancel
            m_messenger(tr("Cannot save session"), sessionfile::problemText(path, st.error()));
        return;
    }
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
}

void SessionController::saveAs()
{
    const QString suggestion = m_path.isEmpty()
        ? QSettings().value(kLastDirKey, QDir::homePath()).toString() + QStringLiteral("/session.json")
        : m_path;
    const QString path = m_chooser(true, suggestion);
    if (path.isEmpty())
        return;
    if (auto st = saveFile(path); !st) {
        if (st.error().key.rfind("session.", 0) != 0)
            m_messenger(tr("Cannot save session"), sessionfile::problemText(path, st.error()));
        return;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
}

// ---- recent files ---------------------------------------------------------------------------

QStringList SessionController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void SessionController::addRecent(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    rebuildRecentMenu();
}

void SessionController::removeRecent(const QString &path)
{
    QStringList list = recentFiles();
    if (list.removeAll(path) > 0)
        QSettings().setValue(kRecentKey, list);
    rebuildRecentMenu();
}

void SessionController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    rebuildRecentMenu();
}

void SessionController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name) : name);
        a->setObjectName(QStringLiteral("actionRecentSession%1").arg(i + 1));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (confirmDiscard())
                openInteractive(path);
        });
    }
    if (!list.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"), this, &SessionController::clearRecentFiles);
    clear->setObjectName(QStringLiteral("actionClearRecentSessions"));
    clear->setToolTip(tr("Forget the recently used session files (the files stay)"));
    clear->setEnabled(!list.isEmpty());
}

// ---- title and status -------------------------------------------------------------------------

void SessionController::markChanged()
{
    if (m_applying)
        return;
    m_autosaveDirty = true;
    m_debounce->start();
    setModified(true);
}

void SessionController::setModified(bool modified)
{
    m_modified = modified;
    updateTitle();
    emit stateChanged();
}

void SessionController::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled session") : QFileInfo(m_path).fileName();
    m_settingTitle = true;
    m_window.setWindowTitle(tr("%1[*] — %2").arg(name, m_baseTitle));
    m_window.setWindowModified(m_modified);
    m_settingTitle = false;
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    // MainWindow retitles itself per topic; keep its title and put the session's name in front.
    if (watched == &m_window && event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        // Pages are rebuilt in the new language with their inputs carried over (see rebuildPagesKeepingInputs).
        // Installing the app's and Qt's translators sends two events: rebuild once, after both.
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &SessionController::rebuildPagesKeepingInputs);
    }
    if (watched == &m_window && event->type() == QEvent::WindowTitleChange && !m_settingTitle) {
        m_baseTitle = m_window.windowTitle();
        updateTitle();
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::rebuildPagesKeepingInputs()
{
    m_rebuildQueued = false;
    const dlt::session::Session inputs = capture();
    const bool modified = m_modified;
    ++m_applying;
    m_window.discardBuiltPages();
    apply(inputs); // the current page is rebuilt now, the others when they are next shown
    --m_applying;
    setModified(modified);
}

void SessionController::yieldShortcutsTo(QWidget *focus)
{
    if (focus && focus->window() != &m_window)
        return;
    const std::pair<QAction *, QKeySequence> own[] = { { m_newAction, QKeySequence(QKeySequence::New) },
        { m_openAction, QKeySequence(QKeySequence::Open) }, { m_saveAction, QKeySequence(QKeySequence::Save) },
        { m_saveAsAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) } };
    for (const auto &[action, key] : own) {
        bool taken = false;
        for (QWidget *w = focus; w && w != &m_window && !taken; w = w->parentWidget())
            for (const QAction *a : w->actions())
                if (a != action && a->isEnabled() && a->shortcut() == key && a->shortcutContext() != Qt::WindowShortcut
                    && a->shortcutContext() != Qt::ApplicationShortcut)
                    taken = true;
        action->setShortcut(taken ? QKeySequence() : key);
    }
}

void SessionController::showStatus(const QString &text)
{
    if (QStatusBar *bar = m_window.statusBar())
        bar->showMessage(text, 15000);
}
