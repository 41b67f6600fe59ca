// dltutor export conv: one step, every step, or the worked solution sheet of a convolution, as PNG.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/convoptions.h"
#include "cli/exportargs.h"

#include "export/allsteps.h"
#include "export/convsheet.h"
#include "export/convstepimage.h"
#include "export/sheetpainter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("export conv");

QString usage()
{
    return tr("Usage: dltutor export conv --input FILE --filter FILE [--stride S] [--padding P] [--dilation D]\n"
              "                           [--mode correlation|convolution]\n"
              "                           (--step N | --all-steps DIR | --sheet) [--out FILE.png] [--scale S] [--transparent]\n"
              "\n"
              "Draws the convolution as PNG: one step with the window outlined on the input, the output so far and the\n"
              "step's arithmetic; every step into a folder; or the worked solution on one sheet.\n"
              "\n"
              "  --input, --filter, --stride, --padding, --dilation, --mode\n"
              "                  the problem, as for 'dltutor conv' (see 'dltutor conv --help')\n"
              "  --step N        draw step N (1 = the first output cell, row by row)\n"
              "  --all-steps DIR write step-001.png, step-002.png, ... into DIR (made if missing; its parent must exist);\n"
              "                  the numbers have as many digits as the step count, at least 3\n"
              "  --sheet         the worked solution sheet: input and filter, the output-size formula with numbers,\n"
              "                  every step's arithmetic and the output matrix, in columns when there are many steps\n"
              "  --out FILE      the PNG to write (with --step or --sheet)\n"
              "  --scale S       pixels per point, 1 to 4 (default 1; 2 for slides and print)\n"
              "  --transparent   a transparent background instead of white\n"
              "\n"
              "Exit status: 0 on success, 2 for bad input or a path that cannot be written (nothing is left half-written).\n"
              "\n"
              "Example: dltutor export conv --input image.txt --filter edge.txt --sheet --scale 2 --out solution.png\n");
}

} // namespace

int runExportConv(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = convProblemOptions();
    for (const OptionSpec &s : exportImageOptions())
        specs.push_back(s);
    specs.push_back({QStringLiteral("step")});
    specs.push_back({QStringLiteral("all-steps")});
    specs.push_back({QStringLiteral("sheet"), false});
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;

    const int chosen = int(a.has(QStringLiteral("step"))) + int(a.has(QStringLiteral("all-steps"))) + int(a.has(QStringLiteral("sheet")));
    if (chosen != 1)
        return fail(kSub, dlt::Error("export.choose_one").with("options", std::string("--step N, --all-steps DIR, --sheet")));
    ExportOptions options;
    if (const auto failed = parseExportOptions(kSub, a, options))
        return *failed;
    QString outPath;
    if (!a.has(QStringLiteral("all-steps")))
        if (const auto failed = parseOutPath(kSub, a, outPath))
            return *failed;

    int step = 0;
    if (a.has(QStringLiteral("step"))) {
        bool ok = false;
        step = a.value(QStringLiteral("step")).trimmed().toInt(&ok);
        if (!ok)
            return fail(kSub, dlt::Error("cli.bad_value")
                                  .with("option", std::string("--step"))
                                  .with("value", a.value(QStringLiteral("step")).toStdString())
                                  .with("expected", tr("a step number, 1 for the first").toStdString()));
    }

    dlt::Volume input, filter;
    dlt::conv::Spec spec;
    if (const auto failed = parseConvProblem(kSub, a, input, filter, spec))
        return *failed;
    auto problem = ConvProblem::make(std::move(input), std::move(filter), spec);
    if (!problem)
        return fail(kSub, problem.error());
    const ExportColors colors = ExportColors::forOptions(options);

    if (a.has(QStringLiteral("sheet"))) {
        const auto sheet = buildConvSheet(*problem);
        if (!sheet)
            return fail(kSub, sheet.error());
        const SheetPainter painter(*sheet, colors, QApplication::font());
        return writeImage(kSub, painter.render(options.scale), outPath);
    }

    const ConvStepImage steps(std::move(problem).value(), colors, QApplication::font());
    if (const dlt::Status ok = steps.check(options.scale); !ok)
        return fail(kSub, ok.error());
    if (a.has(QStringLiteral("step"))) {
        if (step < 1 || step > steps.stepCount())
            return fail(kSub, dlt::Error("export.step_out_of_range").with("step", (long long)step).with("count", (long long)steps.stepCount()));
        return writeImage(kSub, steps.render(step - 1, options.scale), outPath);
    }

    const QString folder = a.value(QStringLiteral("all-steps"));
    if (folder.isEmpty())
        return fail(kSub, dlt::Error("cli.bad_value")
                              .with("option", std::string("--all-steps"))
                              .with("value", std::string())
                              .with("expected", tr("a folder").toStdString()));
    if (!QFileInfo::exists(folder))
        QDir().mkdir(folder); // a failure is reported by writeAllSteps as "no such folder"
    const auto written = writeAllSteps(steps, folder, options.scale);
    if (!written)
        return fail(kSub, written.error());
    out(tr("wrote %1 images (%2 … %3) to %4\n")
            .arg(*written)
            .arg(stepFileName(0, steps.stepCount()), stepFileName(steps.stepCount() - 1, steps.stepCount()),
                 QDir::toNativeSeparators(folder)));
    return Success;
}

} // namespace cli
