// dltutor export vgg: the VGG layer-sizes table as PNG, every row and column, rendered headless.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/exportargs.h"
#include "cli/vggoptions.h"

#include "export/pagerenderers.h"
#include "models/architecturetablemodel.h"
#include "pages/architecturepage.h"
#include "text/errortext.h"

#include "arch/inference.h"
#include "arch/workspace.h"

#include <QCoreApplication>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("export vgg");

QString usage()
{
    return tr("Usage: dltutor export vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers \"C3D64 M ...\"]\n"
              "                          --out FILE.png [--scale S] [--transparent]\n"
              "\n"
              "Draws the VGG layer-sizes table of the \"VGG layer sizes\" page as PNG: every row and column, not only\n"
              "what fits in a window.\n"
              "\n"
              "  --config NAME   one configuration, or all six side by side (the default, as on the page)\n"
              "  --input HxWxC   the input volume (default 224x224x3)\n"
              "  --layers TEXT   a custom column instead, in the notation of 'dltutor vgg --help'\n"
              "  --out FILE      the PNG to write (required)\n"
              "  --scale S       pixels per point, 1 to 4 (default 1)\n"
              "  --transparent   a transparent background instead of white\n"
              "\n"
              "Example: dltutor export vgg --config D --scale 2 --out vgg16.png\n");
}

} // namespace

int runExportVgg(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = vggColumnOptions();
    for (const OptionSpec &s : exportImageOptions())
        specs.push_back(s);
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;
    ExportOptions options;
    if (const auto failed = parseExportOptions(kSub, a, options))
        return *failed;
    QString outPath;
    if (const auto failed = parseOutPath(kSub, a, outPath))
        return *failed;
    dlt::arch::Shape input;
    std::vector<VggColumnTokens> wanted;
    if (const auto failed = parseVggColumns(kSub, a, QStringLiteral("all"), input, wanted))
        return *failed;
    // Bad layers or an input too small for a configuration fail here, as in 'dltutor vgg'.
    for (const auto &[name, tokens] : wanted) {
        if (const auto r = dlt::arch::infer(input, tokens); !r)
            return fail(kSub, (name == QLatin1String("custom") ? QStringLiteral("--layers: ") : tr("configuration %1: ").arg(name))
                                  + errorText(r.error()));
    }

    ArchitecturePage page;
    ArchitectureTableModel *model = page.model();
    model->applyInput(input);
    std::vector<int> columns;
    if (a.has(QStringLiteral("layers"))) {
        columns.push_back(model->addCustomColumn(tr("custom"), wanted.front().second));
    } else if (wanted.size() == 1) {
        const auto &ws = model->workspace();
        for (int c = 0; c < ws.columnCount(); ++c)
            if (QString::fromStdString(ws.column(c).name) == wanted.front().first)
                columns.push_back(c);
    }
    page.resize(1200, 800);
    return writeImage(kSub, pageexport::renderVggTable(page, options, columns), outPath);
}

} // namespace cli
