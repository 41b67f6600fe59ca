// dltutor export graph: the cell's computational graph as PNG, rendered headless.

#include "args.h"
#include "cli.h"

#include "widgets/graphrender.h"
#include "widgets/graphscene.h"

#include "graph/cellgraph.h"

#include <QCoreApplication>
#include <QDir>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

dlt::Error badValue(const char *option, const QString &value, const QString &expected)
{
    return dlt::Error("cli.bad_value")
        .with("option", std::string(option))
        .with("value", value.toStdString())
        .with("expected", expected.toStdString());
}

} // namespace

int runExportGraph(const QStringList &args)
{
    const QString sub = QStringLiteral("export graph");
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out(tr("Usage: dltutor export graph [--cell rnn|lstm|gru] [--steps N] [--unrolled] [--unshared]\n"
               "                            [--scale S] --out FILE.png\n"
               "\n"
               "Draws the cell's computational graph and saves it as PNG.\n"
               "\n"
               "  --cell C      rnn (default), lstm or gru\n"
               "  --steps N     time steps τ of the unrolled graph, 1 to 8 (default 4)\n"
               "  --unrolled    one copy of the cell per step with shared parameters (default: the folded cell)\n"
               "  --unshared    unrolled, but with separate copies W(1), W(2), ... of every parameter\n"
               "  --scale S     pixels per point, 1 to 4 (default 1)\n"
               "  --out FILE    the PNG to write (required)\n"));
        return Success;
    }
    auto parsed = Args::parse(args,
        { { QStringLiteral("cell") }, { QStringLiteral("steps") }, { QStringLiteral("unrolled"), false },
            { QStringLiteral("unshared"), false }, { QStringLiteral("scale") }, { QStringLiteral("out") } });
    if (!parsed)
        return fail(sub, parsed.error());
    const Args &a = *parsed;

    const QString cellText = a.value(QStringLiteral("cell"), QStringLiteral("rnn")).toLower();
    dlt::graph::CellKind cell;
    if (cellText == QLatin1String("rnn"))
        cell = dlt::graph::CellKind::Rnn;
    else if (cellText == QLatin1String("lstm"))
        cell = dlt::graph::CellKind::Lstm;
    else if (cellText == QLatin1String("gru"))
        cell = dlt::graph::CellKind::Gru;
    else
        return fail(sub, badValue("--cell", a.value(QStringLiteral("cell")), tr("rnn, lstm or gru")));

    bool ok = false;
    const QString stepsText = a.value(QStringLiteral("steps"), QStringLiteral("4"));
    const int steps = stepsText.toInt(&ok);
    if (!ok)
        return fail(sub, badValue("--steps", stepsText, tr("a whole number from 1 to 8")));

    const QString scaleText = a.value(QStringLiteral("scale"), QStringLiteral("1"));
    const double scale = scaleText.toDouble(&ok);
    if (!ok || !(scale >= kMinExportScale && scale <= kMaxExportScale))
        return fail(sub, badValue("--scale", scaleText, tr("a number from 1 to 4")));

    if (!a.has(QStringLiteral("out")))
        return fail(sub, dlt::Error("cli.missing_option").with("option", std::string("--out")));
    const QString path = a.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(sub, badValue("--out", path, tr("a file name")));

    const bool unshared = a.has(QStringLiteral("unshared"));
    const auto mode = unshared
        ? dlt::graph::GraphMode::Unshared
        : (a.has(QStringLiteral("unrolled")) ? dlt::graph::GraphMode::Unrolled : dlt::graph::GraphMode::Folded);
    dlt::Result<dlt::graph::Graph> graph = dlt::graph::buildCellGraph(cell, mode, steps);
    if (!graph)
        return fail(sub, graph.error());

    GraphScene scene;
    scene.setGraph(*graph);
    const QImage image = renderSceneImage(scene, scale);
    const dlt::Status saved = savePng(image, path);
    if (!saved)
        return fail(sub, saved.error());
    out(tr("wrote %1 (%2 × %3 pixels)\n").arg(QDir::toNativeSeparators(path)).arg(image.width()).arg(image.height()));
    return Success;
}

} // namespace cli
