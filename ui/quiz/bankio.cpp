#include "bankio.h"

#include "quiz/gift.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace bankio {

namespace {
constexpr qint64 kMaxBankBytes = 16LL * 1024 * 1024;
}

const dlt::quiz::Bank &builtinBank()
{
    static const dlt::quiz::Bank bank = [] {
        QFile f(QString::fromLatin1(kBuiltinPath));
        if (!f.open(QIODevice::ReadOnly))
            return dlt::quiz::Bank {};
        const QByteArray data = f.readAll();
        dlt::quiz::BankLoad l = dlt::quiz::parseBankJson(std::string_view(data.constData(), size_t(data.size())));
        return l.ok() ? std::move(l.bank) : dlt::quiz::Bank {};
    }();
    return bank;
}

bool isGiftPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gift") || suffix == QLatin1String("txt");
}

bool isJsonPath(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("json");
}

dlt::quiz::BankLoad parseText(const std::string &text, bool gift)
{
    return gift ? dlt::quiz::parseGift(text) : dlt::quiz::parseBankJson(text);
}

dlt::quiz::BankLoad parseTextAutodetect(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    return parseText(text, first != std::string::npos && text[first] != '{');
}

dlt::quiz::BankLoad loadFile(const QString &path)
{
    dlt::quiz::BankLoad load;
    const std::string shown = path == QLatin1String("-") ? std::string("<stdin>") : path.toStdString();
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            load.problems.push_back(
                dlt::Error("io.cannot_open").with("path", shown).with("reason", file.errorString().toStdString()));
            return load;
        }
    } else {
        if (QFileInfo(path).isDir()) {
            load.problems.push_back(dlt::Error("io.is_directory").with("path", shown));
            return load;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            load.problems.push_back(
                dlt::Error("io.cannot_open").with("path", shown).with("reason", file.errorString().toStdString()));
            return load;
        }
    }
    QByteArray data = file.read(kMaxBankBytes + 1);
    if (data.size() > kMaxBankBytes) {
        load.problems.push_back(dlt::Error("io.too_large").with("path", shown).with("limit", (long long)kMaxBankBytes));
        return load;
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const std::string text(data.constData(), size_t(data.size()));
    if (isGiftPath(path))
        return parseText(text, true);
    if (isJsonPath(path))
        return parseText(text, false);
    return parseTextAutodetect(text);
}

std::optional<dlt::Error> saveAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return dlt::Error("io.cannot_write")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    return std::nullopt;
}

} // namespace bankio
