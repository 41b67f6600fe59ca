#include "io.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace cli {

dlt::Result<std::string> readInput(const QString &path, qint64 maxBytes)
{
    const std::string shown = path == QLatin1String("-") ? std::string("<stdin>") : path.toStdString();
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return dlt::Error("io.cannot_open").with("path", shown).with("reason", file.errorString().toStdString());
    } else {
        const QFileInfo info(path);
        if (info.isDir())
            return dlt::Error("io.is_directory").with("path", shown);
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return dlt::Error("io.cannot_open").with("path", shown).with("reason", file.errorString().toStdString());
    }
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return dlt::Error("io.too_large").with("path", shown).with("limit", static_cast<long long>(maxBytes));
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    return std::string(data.constData(), size_t(data.size()));
}

} // namespace cli
