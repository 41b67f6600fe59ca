// Options and output shared by the export kinds (graph keeps its own, older parsing).

#include "cli/exportargs.h"

#include "cli/cli.h"

#include "widgets/graphrender.h"

#include <QCoreApplication>
#include <QDir>

namespace cli {

std::vector<OptionSpec> exportImageOptions()
{
    return {{QStringLiteral("scale")}, {QStringLiteral("transparent"), false}, {QStringLiteral("out")}};
}

std::optional<int> parseExportOptions(const QString &sub, const Args &a, ExportOptions &options)
{
    bool ok = false;
    const QString text = a.value(QStringLiteral("scale"), QStringLiteral("1"));
    const double scale = text.toDouble(&ok);
    if (!ok || !(scale >= kMinExportScale && scale <= kMaxExportScale))
        return fail(sub, dlt::Error("cli.bad_value")
                             .with("option", std::string("--scale"))
                             .with("value", text.toStdString())
                             .with("expected", QCoreApplication::translate("cli", "a number from 1 to 4").toStdString()));
    options.scale = scale;
    options.transparent = a.has(QStringLiteral("transparent"));
    return std::nullopt;
}

std::optional<int> parseOutPath(const QString &sub, const Args &a, QString &path)
{
    if (!a.has(QStringLiteral("out")))
        return fail(sub, dlt::Error("cli.missing_option").with("option", std::string("--out")));
    path = a.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(sub, dlt::Error("cli.bad_value")
                             .with("option", std::string("--out"))
                             .with("value", std::string())
                             .with("expected", QCoreApplication::translate("cli", "a file name").toStdString()));
    return std::nullopt;
}

int writeImage(const QString &sub, const QImage &image, const QString &path)
{
    const dlt::Status saved = savePng(image, path);
    if (!saved)
        return fail(sub, saved.error());
    out(QCoreApplication::translate("cli", "wrote %1 (%2 × %3 pixels)\n")
            .arg(QDir::toNativeSeparators(path))
            .arg(image.width())
            .arg(image.height()));
    return Success;
}

} // namespace cli
