// dltutor export rnn: the gradient-norm plot with its worked explanation as PNG, rendered headless.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/exportargs.h"
#include "cli/rnnoptions.h"

#include "export/pagerenderers.h"

#include "rnn/analysis.h"

#include <QCoreApplication>

#include <memory>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("export rnn");

QString usage()
{
    return tr("Usage: dltutor export rnn [--whh \"3.5 3.5; 3.5 3.5\" | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]\n"
              "                          [--steps T] [--bias \"v1 v2\"] [--h0 \"v1 v2\"] [--loss-grad \"v1 v2\"]\n"
              "                          --out FILE.png [--scale S] [--transparent]\n"
              "\n"
              "Draws the back-propagated gradient norm against steps back (actual, guaranteed bound, the seed's\n"
              "estimate) with the worked explanation under it, as on the \"Vanishing/exploding gradients\" page.\n"
              "\n"
              "  --whh ... --loss-grad   the analysis, as for 'dltutor rnn' (see 'dltutor rnn --help')\n"
              "  --out FILE              the PNG to write (required)\n"
              "  --scale S               pixels per point, 1 to 4 (default 1)\n"
              "  --transparent           a transparent background instead of white\n"
              "\n"
              "Example: dltutor export rnn --activation tanh --steps 30 --scale 2 --out gradient.png\n");
}

} // namespace

int runExportRnn(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = rnnInputOptions();
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
    dlt::rnn::Inputs in;
    if (const auto failed = parseRnnInputs(kSub, a, in))
        return *failed;
    auto analysis = dlt::rnn::analyze(in);
    if (!analysis)
        return fail(kSub, analysis.error());
    const auto shared = std::make_shared<const dlt::rnn::Analysis>(std::move(analysis).value());
    return writeImage(kSub, pageexport::renderGradient(shared, options), outPath);
}

} // namespace cli
