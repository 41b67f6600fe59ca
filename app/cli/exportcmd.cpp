// dltutor export KIND ...: renders something headless to PNG. One row per kind; each kind's
// renderer lives in its own file (exportgraphcmd.cpp, ...).

#include "cli.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace cli {

int runExportGraph(const QStringList &args);
int runExportConv(const QStringList &args);
int runExportVgg(const QStringList &args);
int runExportRnn(const QStringList &args);
int runExportApp(const QStringList &args);

namespace {

struct ExportKind {
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("cli", ...)
    int (*run)(const QStringList &args);
};

// Kinds append a row here.
const ExportKind kKinds[] = {
    { "graph", QT_TRANSLATE_NOOP("cli", "the RNN, LSTM or GRU cell's computational graph, folded or unrolled"),
        &runExportGraph },
    { "conv", QT_TRANSLATE_NOOP("cli", "one step, every step (a folder) or the worked solution sheet of a convolution"),
        &runExportConv },
    { "vgg", QT_TRANSLATE_NOOP("cli", "the whole VGG layer-sizes table"), &runExportVgg },
    { "rnn", QT_TRANSLATE_NOOP("cli", "the gradient-norm plot with its explanation"), &runExportRnn },
    { "app", QT_TRANSLATE_NOOP("cli", "the whole window showing one topic page"), &runExportApp },
};

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString kindList()
{
    QStringList names;
    for (const ExportKind &k : kKinds)
        names << QString::fromLatin1(k.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

int runExport(const QStringList &args)
{
    const QString sub = QStringLiteral("export");
    if (args.isEmpty())
        return fail(sub, dlt::Error("export.missing_kind").with("kinds", kindList().toStdString()));
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QString s = tr("Usage: dltutor export KIND [OPTIONS] --out FILE.png\n"
                       "\n"
                       "Renders without a window (offscreen) and writes a PNG image.\n"
                       "\n"
                       "Kinds:\n");
        for (const ExportKind &k : kKinds)
            s += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(k.name).leftJustified(8), tr(k.summary));
        s += tr("\n'dltutor export KIND --help' shows the options of a kind.\n");
        out(s);
        return Success;
    }
    for (const ExportKind &k : kKinds)
        if (first == QLatin1String(k.name))
            return k.run(args.mid(1));
    return fail(sub,
        dlt::Error("export.unknown_kind").with("kind", first.toStdString()).with("kinds", kindList().toStdString()));
}

} // namespace cli
