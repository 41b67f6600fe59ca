#pragma once

#include "common/result.h"
#include "session/session.h"

#include <QByteArray>
#include <QString>

class MainWindow;

/** Session files on disk: the one reader and the one writer every caller (menu, autosave, tests) uses. */
namespace sessionfile {

/** Largest session file read (a 512×512×512 grid would be far larger; no real session comes close). */
inline constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

/** A file's bytes as read, and the session they hold. */
struct Loaded {
    dlt::session::Session session;
    QByteArray bytes;
};

/**
 * Reads and validates a session file; nothing else happens. Errors: io.is_directory(path),
 * io.cannot_open(path, reason), io.too_large(path, limit), and every session.* error of dlt::session::parseSession.
 */
dlt::Result<Loaded> read(const QString &path);

/**
 * Writes a session atomically (QSaveFile: a temporary file renamed over path only once fully
 * written), so a crash or kill during the write leaves the previous file whole. Creates the
 * folder if needed. Returns the bytes written. Error: io.cannot_write(path, reason).
 */
dlt::Result<QByteArray> write(const QString &path, const dlt::session::Session &session);

/** One sentence naming the file and the problem, for message boxes and the command line. */
QString problemText(const QString &path, const dlt::Error &error);

/** AppDataLocation/autosave.json. */
QString autosavePath();

} // namespace sessionfile

/**
 * Opens a session file in a window whose controllers are installed (one is added if not):
 * validates it first, and on any problem changes nothing and returns the error. Used by
 * `dltutor --session FILE` and the headless `dltutor export app --session FILE`.
 */
dlt::Status applySessionFile(MainWindow &window, const QString &path);

/**
 * Restores AppDataLocation/autosave.json into the window (at start, when no --session is given).
 * A corrupt or unreadable autosave is renamed aside (autosave.corrupt-<time>.json) and reported
 * in the status bar. Returns the message shown, or an empty string.
 */
QString restoreAutosave(MainWindow &window);
