// dltutor conv: the convolution of an input volume with a filter, as text or as a JSON step trace.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/convoptions.h"

#include "text/errortext.h"

#include "conv/conv.h"
#include "matrixtext/matrixtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <string>

namespace cli {
namespace {

namespace conv = dlt::conv;
using json = nlohmann::ordered_json;

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("conv");

QString usage()
{
    return tr("Usage: dltutor conv --input FILE --filter FILE [--stride S|SHxSW] [--padding P|PHxPW]\n"
              "                    [--dilation D|DHxDW] [--mode correlation|convolution] [--json]\n"
              "\n"
              "Slides the filter over the input and prints the output map.\n"
              "\n"
              "Options:\n"
              "  --input FILE     the input: rows on lines, values separated by tabs, spaces or commas\n"
              "                   (';' also ends a row); a volume's channels are separated by a blank line\n"
              "  --filter FILE    the filter, in the same format, with as many channels as the input\n"
              "                   FILE may be '-' for standard input (for one of the two only)\n"
              "  --stride S       the step of the window: one number for both axes or ROWSxCOLS, e.g. 2x1 (default 1)\n"
              "  --padding P      rows/columns of zeros added on each side, P or ROWSxCOLS (default 0)\n"
              "  --dilation D     the spacing of the filter taps, D or ROWSxCOLS (default 1 = no gaps)\n"
              "  --mode MODE      correlation (default; what deep-learning frameworks call convolution)\n"
              "                   or convolution (the filter flipped on both axes)\n"
              "  --json           print the output and every step of the computation as JSON\n"
              "  --help           show this help\n"
              "\n"
              "Output size per axis: floor((N + 2P - D*(K-1) - 1)/S) + 1. When the stride leaves a remainder,\n"
              "the last rows or columns the window never reaches are dropped, as frameworks do.\n"
              "\n"
              "Text output: the output matrix, one row per line, values separated by tabs.\n"
              "\n"
              "JSON output:\n"
              "  {\"output\": [[...], ...], \"output_height\": H, \"output_width\": W,\n"
              "   \"steps\": [{\"row\": i, \"col\": j, \"window\": [[r, c], ...], \"products\": [...], \"sum\": v}, ...]}\n"
              "  One step per output cell in row-major order; row, col and the window positions are 0-based.\n"
              "  window[k] is the input position multiplied by the k-th filter weight and products[k] is\n"
              "  that product; positions outside the input (negative or past the end) are padding zeros.\n"
              "  With C channels, window and products hold C·Kh·Kw entries, channel by channel.\n"
              "  When the trace would need more than %1 multiplications (output cells × filter taps),\n"
              "  \"steps\" is null and only the output is given.\n"
              "\n"
              "Limits: %2 rows or columns per matrix, %3 channels.\n"
              "Exit status: 0 on success, 2 for bad input (one line on stderr, nothing on stdout).\n"
              "\n"
              "Example: dltutor conv --input image.txt --filter edge.txt --padding 1 --json\n")
        .arg(conv::kMaxTraceTaps)
        .arg(conv::kMaxSide)
        .arg(conv::kMaxChannels);
}

// Integral values print as integers ("4", not "4.0"); −0 prints as 0.
json number(double v)
{
    if (v == 0.0)
        return 0;
    if (std::abs(v) < 9.0e15 && v == std::nearbyint(v))
        return static_cast<long long>(v);
    return v;
}

void write(const std::string &s)
{
    std::fwrite(s.data(), 1, s.size(), stdout);
}

void printJson(const conv::Geometry &g, const Eigen::MatrixXd &output, const conv::Trace *trace)
{
    json rows = json::array();
    for (Eigen::Index i = 0; i < output.rows(); ++i) {
        json row = json::array();
        for (Eigen::Index j = 0; j < output.cols(); ++j)
            row.push_back(number(output(i, j)));
        rows.push_back(std::move(row));
    }
    write("{\n  \"output\": " + rows.dump() + ",\n");
    write("  \"output_height\": " + std::to_string(g.rows.out) + ",\n");
    write("  \"output_width\": " + std::to_string(g.cols.out) + ",\n");
    if (!trace) {
        write("  \"steps\": null\n}\n");
        std::fflush(stdout);
        return;
    }
    // One step per line, written as it is built so a large trace needs no second copy in memory.
    write("  \"steps\": [\n");
    for (size_t s = 0; s < trace->steps.size(); ++s) {
        const conv::Step &step = trace->steps[s];
        json window = json::array(), products = json::array();
        for (const conv::Tap &t : step.taps) {
            window.push_back(json::array({t.r, t.c}));
            products.push_back(number(t.product));
        }
        json j;
        j["row"] = step.row;
        j["col"] = step.col;
        j["window"] = std::move(window);
        j["products"] = std::move(products);
        j["sum"] = number(step.sum);
        write("    " + j.dump() + (s + 1 < trace->steps.size() ? ",\n" : "\n"));
    }
    write("  ]\n}\n");
    std::fflush(stdout);
}

} // namespace

int runConv(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = convProblemOptions();
    specs.push_back({QStringLiteral("json"), false});
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;
    dlt::Volume inputVolume, filterVolume;
    conv::Spec spec;
    if (const auto failed = parseConvProblem(kSub, a, inputVolume, filterVolume, spec))
        return *failed;
    const dlt::Volume *input = &inputVolume, *filter = &filterVolume;

    if (!a.has(QStringLiteral("json"))) {
        const auto output = conv::compute(*input, *filter, spec);
        if (!output)
            return fail(kSub, output.error());
        out(QString::fromStdString(dlt::formatMatrix(*output)));
        return Success;
    }

    auto trace = conv::trace(*input, *filter, spec);
    if (trace) {
        printJson(trace->geometry, trace->output, &*trace);
        return Success;
    }
    if (trace.error().key != "conv.trace_too_large")
        return fail(kSub, trace.error());
    const auto geometry = conv::validate(*input, *filter, spec);
    const auto output = conv::compute(*input, *filter, spec);
    if (!geometry)
        return fail(kSub, geometry.error());
    if (!output)
        return fail(kSub, output.error());
    printJson(*geometry, *output, nullptr);
    return Success;
}

} // namespace cli
