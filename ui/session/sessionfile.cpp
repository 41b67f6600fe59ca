#include "sessionfile.h"

#include "sessioncontroller.h"

#include "mainwindow/mainwindow.h"
#include "text/errortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace sessionfile {

dlt::Result<Loaded> read(const QString &path)
{
    const std::string p = QDir::toNativeSeparators(path).toStdString();
    const QFileInfo info(path);
    if (info.isDir())
        return dlt::Error("io.is_directory").with("path", p);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return dlt::Error("io.cannot_open").with("path", p).with("reason", file.errorString().toStdString());
    if (file.size() > kMaxBytes)
        return dlt::Error("io.too_large").with("path", p).with("limit", (long long)kMaxBytes);
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return dlt::Error("io.too_large").with("path", p).with("limit", (long long)kMaxBytes);
    auto session = dlt::session::parseSession(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!session)
        return session.error();
    return Loaded { std::move(session).value(), std::move(bytes) };
}

dlt::Result<QByteArray> write(const QString &path, const dlt::session::Session &session)
{
    const std::string p = QDir::toNativeSeparators(path).toStdString();
    const QByteArray bytes = QByteArray::fromStdString(dlt::session::serializeSession(session));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return dlt::Error("io.cannot_write").with("path", p).with("reason", file.errorString().toStdString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return dlt::Error("io.cannot_write").with("path", p).with("reason", file.errorString().toStdString());
    return bytes;
}

QString problemText(const QString &path, const dlt::Error &error)
{
    // io.* sentences name the file already.
    if (error.key.rfind("io.", 0) == 0)
        return errorText(error);
    return QCoreApplication::translate("SessionFile", "%1: %2").arg(QDir::toNativeSeparators(path), errorText(error));
}

QString autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.json");
}

} // namespace sessionfile

namespace {
SessionController *controllerOf(MainWindow &window)
{
    if (auto *c = window.findChild<SessionController *>())
        return c;
    // A window without the installed controllers only shows a session (headless export): no autosave.
    auto *c = new SessionController(window);
    c->setAutosaveEnabled(false);
    return c;
}
} // namespace

dlt::Status applySessionFile(MainWindow &window, const QString &path)
{
    return controllerOf(window)->openFile(path, SessionController::DontRemember);
}

QString restoreAutosave(MainWindow &window)
{
    return controllerOf(window)->restoreAutosave();
}
