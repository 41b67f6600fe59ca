#pragma once

#include "quiz/progress.h"

#include <QString>

#include <optional>

/**
 * Attempts and per-topic scores kept across restarts in QStandardPaths::AppDataLocation.
 * Writes are atomic (QSaveFile). A file that cannot be read is renamed aside as a backup and
 * reported, never silently overwritten.
 */
class ProgressStore
{
public:
    /** path: the progress file; empty means AppDataLocation/progress.json. */
    explicit ProgressStore(const QString &path = QString());

    QString path() const { return m_path; }

    /**
     * Reads the file. A missing file is an empty history. On a corrupt file: renames it to
     * "<name>.corrupt-<UTC time>.json", starts empty and returns a message naming the problem
     * and the backup (if even the rename fails, saving is disabled so the file is not lost).
     */
    std::optional<QString> load();

    const dlt::quiz::Progress &progress() const { return m_progress; }

    /** Appends a record and saves. Returns the error message when the file cannot be written. */
    std::optional<QString> add(dlt::quiz::AttemptRecord record);

    /** The path of the last backup made by load(), or empty. */
    QString backupPath() const { return m_backup; }

private:
    std::optional<QString> save();

    QString m_path;
    QString m_backup;
    dlt::quiz::Progress m_progress;
    bool m_writable = true;
};
