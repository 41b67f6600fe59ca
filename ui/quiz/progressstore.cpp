#include "progressstore.h"

#include "bankio.h"
#include "text/errortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ProgressStore", s);
}
constexpr qint64 kMaxProgressBytes = 32LL * 1024 * 1024;
} // namespace

ProgressStore::ProgressStore(const QString &path)
    : m_path(path.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress.json")
            : path)
{ }

std::optional<QString> ProgressStore::load()
{
    m_progress = {};
    m_backup.clear();
    m_writable = true;
    QFile f(m_path);
    if (!f.exists())
        return std::nullopt;
    QString problem;
    if (!f.open(QIODevice::ReadOnly)) {
        // Unreadable (permissions): leave it alone and do not overwrite it.
        m_writable = false;
        return tr("Your saved progress in %1 cannot be read (%2); new results will not be saved there.")
            .arg(QDir::toNativeSeparators(m_path), f.errorString());
    }
    const QByteArray data = f.read(kMaxProgressBytes + 1);
    f.close();
    if (data.size() > kMaxProgressBytes) {
        problem = errorText(
            dlt::Error("io.too_large").with("path", m_path.toStdString()).with("limit", (long long)kMaxProgressBytes));
    } else {
        auto parsed = dlt::quiz::parseProgress(std::string_view(data.constData(), size_t(data.size())));
        if (parsed.ok()) {
            m_progress = std::move(parsed).value();
            return std::nullopt;
        }
        problem = errorText(parsed.error());
    }
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".corrupt-")
        + stamp + QStringLiteral(".json");
    for (int n = 2; QFile::exists(backup); ++n)
        backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".corrupt-") + stamp
            + QStringLiteral("-%1.json").arg(n);
    if (!QFile::rename(m_path, backup)) {
        m_writable = false;
        return tr("Your saved progress could not be read (%1) and could not be set aside; it is left untouched in %2 "
                  "and new results will not be saved.")
            .arg(problem, QDir::toNativeSeparators(m_path));
    }
    m_backup = backup;
    return tr("Your saved progress could not be read (%1). The file was kept as %2; a new history starts now.")
        .arg(problem, QDir::toNativeSeparators(backup));
}

std::optional<QString> ProgressStore::add(dlt::quiz::AttemptRecord record)
{
    dlt::quiz::addAttempt(m_progress, std::move(record));
    return save();
}

std::optional<QString> ProgressStore::save()
{
    if (!m_writable)
        return tr("Progress is not saved: the existing file %1 could not be read and is left as it was.")
            .arg(QDir::toNativeSeparators(m_path));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (auto err = bankio::saveAtomically(m_path, QByteArray::fromStdString(dlt::quiz::progressToJson(m_progress))))
        return errorText(*err);
    return std::nullopt;
}
