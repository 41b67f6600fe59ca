// The convolution problem options shared by `dltutor conv` and `dltutor export conv`.

#include "cli/convoptions.h"

#include "cli/cli.h"
#include "cli/io.h"

#include "text/errortext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string>

namespace cli {
namespace {

namespace conv = dlt::conv;

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

dlt::Error badValue(const QString &option, const QString &value, const char *expected)
{
    return dlt::Error("cli.bad_value")
        .with("option", ("--" + option).toStdString())
        .with("value", value.toStdString())
        .with("expected", tr(expected).toStdString());
}

// "2" → {2, 2}; "2x3" (or 2X3, 2×3) → {2, 3}. Range checks are core's (conv.bad_stride, ...).
dlt::Result<conv::Pair> parsePair(const Args &a, const QString &option, int fallback)
{
    if (!a.has(option))
        return conv::Pair{fallback, fallback};
    const QString value = a.value(option);
    static const QRegularExpression re(QStringLiteral("^\\s*(-?\\d{1,6})\\s*(?:[xX\u00d7]\\s*(-?\\d{1,6})\\s*)?$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return badValue(option, value, QT_TRANSLATE_NOOP("cli", "a whole number or ROWSxCOLS, e.g. 2 or 2x1"));
    const int h = m.captured(1).toInt();
    const int w = m.captured(2).isEmpty() ? h : m.captured(2).toInt();
    return conv::Pair{h, w};
}

dlt::Result<dlt::Volume> readVolume(const Args &a, const QString &option)
{
    const QString path = a.value(option);
    auto text = readInput(path);
    if (!text)
        return text.error();
    dlt::MatrixLimits limits;
    limits.maxRows = limits.maxCols = conv::kMaxSide;
    limits.maxChannels = conv::kMaxChannels;
    auto v = dlt::parseVolume(*text, limits);
    if (!v) {
        // Name the file so "line 3, column 2" can be found; keep the core error's key and arguments.
        dlt::Error e = v.error();
        e.with("file", path == QLatin1String("-") ? std::string("<stdin>") : path.toStdString());
        return e;
    }
    return v;
}

QString failureText(const dlt::Error &e)
{
    const std::string file = e.arg("file");
    if (file.empty())
        return errorText(e);
    dlt::Error inner = e;
    inner.args.erase("file");
    return QString::fromStdString(file) + QStringLiteral(": ") + errorText(inner);
}

} // namespace

std::vector<OptionSpec> convProblemOptions()
{
    return {{QStringLiteral("input")}, {QStringLiteral("filter")}, {QStringLiteral("stride")},
            {QStringLiteral("padding")}, {QStringLiteral("dilation")}, {QStringLiteral("mode")}};
}

std::optional<int> parseConvProblem(const QString &sub, const Args &a, dlt::Volume &input, dlt::Volume &filter,
                                    conv::Spec &spec)
{
    for (const char *required : {"input", "filter"})
        if (!a.has(QLatin1String(required)))
            return fail(sub, dlt::Error("cli.missing_option").with("option", std::string("--") + required));
    if (a.value(QStringLiteral("input")) == QLatin1String("-") && a.value(QStringLiteral("filter")) == QLatin1String("-"))
        return fail(sub, dlt::Error("cli.exclusive")
                             .with("option", std::string("--input -"))
                             .with("other", std::string("--filter -")));

    spec = conv::Spec{};
    const auto stride = parsePair(a, QStringLiteral("stride"), 1);
    if (!stride)
        return fail(sub, stride.error());
    const auto padding = parsePair(a, QStringLiteral("padding"), 0);
    if (!padding)
        return fail(sub, padding.error());
    const auto dilation = parsePair(a, QStringLiteral("dilation"), 1);
    if (!dilation)
        return fail(sub, dilation.error());
    spec.stride = *stride;
    spec.padding = *padding;
    spec.dilation = *dilation;
    const QString mode = a.value(QStringLiteral("mode"), QStringLiteral("correlation"));
    if (mode == QLatin1String("correlation"))
        spec.mode = conv::Mode::Correlation;
    else if (mode == QLatin1String("convolution"))
        spec.mode = conv::Mode::Convolution;
    else
        return fail(sub, badValue(QStringLiteral("mode"), mode, QT_TRANSLATE_NOOP("cli", "correlation or convolution")));

    auto in = readVolume(a, QStringLiteral("input"));
    if (!in)
        return fail(sub, failureText(in.error()));
    auto f = readVolume(a, QStringLiteral("filter"));
    if (!f)
        return fail(sub, failureText(f.error()));
    input = std::move(in).value();
    filter = std::move(f).value();
    return std::nullopt;
}

} // namespace cli
