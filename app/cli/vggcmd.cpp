// dltutor vgg: the layer sizes, parameters and MACs of the VGG configurations (or a custom column).

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/vggoptions.h"

#include "models/architectureformat.h"
#include "text/errortext.h"

#include "arch/configs.h"
#include "arch/inference.h"
#include "arch/layer.h"
#include "arch/shape.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("vgg");

struct Column {
    QString name; ///< "D", or "custom"
    dlt::arch::ColumnResult result;
};

QString usage()
{
    return tr("Usage: dltutor vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers \"C3D64 M ...\"] [--json]\n"
              "\n"
              "Works out every layer's output size (H×W×D), parameters (weights + biases), multiply-accumulates,\n"
              "receptive field and float32 activation memory for the ConvNet configurations of Table 1 of\n"
              "Simonyan & Zisserman (2014), and the column totals.\n"
              "\n"
              "Options:\n"
              "  --config NAME   A, A-LRN, B, C, D (VGG16, the default), E, or all six in the paper's order\n"
              "  --input HxWxC   the input volume (default 224x224x3)\n"
              "  --layers TEXT   a custom column instead of --config, in the same notation:\n"
              "                    C3D64   3×3 convolution, 64 filters, stride 1, padding 1 (keeps the size)\n"
              "                    C1D256  1×1 convolution, padding 0\n"
              "                    C11D96S4P0  any kernel, with S<stride> and P<padding>\n"
              "                    LRN     local response normalisation (no parameters, same size)\n"
              "                    M       2×2 max-pooling, stride 2 (M3S2: 3×3, stride 2)\n"
              "                    FC4096  fully connected; a volume feeding it is flattened\n"
              "                    S       soft-max\n"
              "  --json          print JSON: one object per column (a list for --config all)\n"
              "  --help          show this help\n"
              "\n"
              "Example: dltutor vgg --input 32x32x3 --layers \"C3D32 C3D32 M C3D64 M FC10 S\"\n");
}

QString cell(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

QString withoutTrailingSpaces(QString s)
{
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

QString table(const Column &c)
{
    using namespace dlt::arch;
    const ColumnResult &r = c.result;
    const QStringList head = {tr("#"), tr("layer"), tr("kind"), tr("output"), tr("params"), tr("MACs"), tr("RF"),
                              tr("memory (bytes)")};
    const bool right[] = {true, false, false, false, true, true, true, true};
    std::vector<QStringList> rows;
    for (const LayerResult &l : r.layers)
        rows.push_back({QString::number(l.index), QString::fromStdString(l.token),
                        QString::fromLatin1(kindName(l.spec.kind)), archformat::shape(l.output, QStringLiteral("x")),
                        archformat::count(l.params), archformat::count(l.macs),
                        l.hasReceptiveField ? QString::number(l.receptiveField) : QStringLiteral("-"),
                        archformat::count(l.memoryBytes)});
    std::vector<int> width;
    for (const QString &h : head)
        width.push_back(int(h.size()));
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], int(row[i].size()));
    auto line = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << cell(row[i], width[size_t(i)], right[i]);
        return QStringLiteral("  ") + withoutTrailingSpaces(cells.join(QStringLiteral("  "))) + QLatin1Char('\n');
    };

    const QString title = c.name == QLatin1String("custom") ? tr("Custom column") : tr("Configuration %1").arg(c.name);
    QString s = tr("%1, input %2, weight layers: %3\n\n")
                    .arg(title, archformat::shape(r.input, QStringLiteral("x")))
                    .arg(r.weightLayers);
    s += line(head);
    for (const QStringList &row : rows)
        s += line(row);
    s += QLatin1Char('\n');
    s += tr("Total parameters: %1 (%2)\n").arg(archformat::count(r.totalParams), archformat::compact(r.totalParams));
    s += tr("Total MACs:       %1 (%2)\n").arg(archformat::count(r.totalMacs), archformat::compact(r.totalMacs));
    s += tr("Activations:      %1 bytes in float32 (%2); the input adds %3 bytes\n")
             .arg(archformat::count(r.totalMemoryBytes), archformat::bytes(r.totalMemoryBytes),
                  archformat::count(r.inputMemoryBytes));
    return s;
}

QString summary(const std::vector<Column> &columns)
{
    QString s = tr("Summary, input %1\n\n").arg(archformat::shape(columns.front().result.input, QStringLiteral("x")));
    const QStringList head = {tr("config"), tr("weight layers"), tr("parameters"), QString(), tr("MACs"), QString()};
    std::vector<QStringList> rows{head};
    for (const Column &c : columns) {
        const auto &r = c.result;
        rows.push_back({c.name, QString::number(r.weightLayers), archformat::count(r.totalParams),
                        archformat::compact(r.totalParams), archformat::count(r.totalMacs),
                        archformat::compact(r.totalMacs)});
    }
    std::vector<int> width(head.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], int(row[i].size()));
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << cell(row[i], width[size_t(i)], i >= 1);
        s += QStringLiteral("  ") + withoutTrailingSpaces(cells.join(QStringLiteral("  "))) + QLatin1Char('\n');
    }
    return s;
}

nlohmann::ordered_json toJson(const Column &c)
{
    using namespace dlt::arch;
    const ColumnResult &r = c.result;
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (const LayerResult &l : r.layers) {
        nlohmann::ordered_json j;
        j["name"] = l.token;
        j["kind"] = kindName(l.spec.kind);
        j["output"] = {l.output.h, l.output.w, l.output.c};
        j["params"] = l.params;
        j["macs"] = l.macs;
        j["receptive_field"] = l.hasReceptiveField ? nlohmann::ordered_json(l.receptiveField) : nlohmann::ordered_json();
        j["memory_bytes"] = l.memoryBytes;
        layers.push_back(std::move(j));
    }
    nlohmann::ordered_json j;
    j["config"] = c.name.toStdString();
    j["input"] = {r.input.h, r.input.w, r.input.c};
    j["layers"] = std::move(layers);
    j["total_params"] = r.totalParams;
    j["total_macs"] = r.totalMacs;
    return j;
}

// One column as JSON: a key per line, each layer as one compact line.
QString jsonText(const nlohmann::ordered_json &column, const QString &indent)
{
    QStringList members;
    for (const auto &[key, value] : column.items()) {
        QString member = indent + QStringLiteral("  \"") + QString::fromStdString(key) + QStringLiteral("\": ");
        if (key == "layers") {
            QStringList layers;
            for (const auto &layer : value)
                layers << indent + QStringLiteral("    ") + QString::fromStdString(layer.dump());
            member += layers.isEmpty() ? QStringLiteral("[]")
                                       : QStringLiteral("[\n") + layers.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
                                             indent + QStringLiteral("  ]");
        } else {
            member += QString::fromStdString(value.dump());
        }
        members << member;
    }
    return QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QLatin1Char('\n') + indent + QLatin1Char('}');
}

} // namespace

int runVgg(const QStringList &args)
{
    using namespace dlt::arch;
    Args a;
    std::vector<OptionSpec> specs = vggColumnOptions();
    specs.push_back({QStringLiteral("json"), false});
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;
    Shape inputShape;
    std::vector<VggColumnTokens> wanted;
    if (const auto failed = parseVggColumns(kSub, a, QStringLiteral("D"), inputShape, wanted))
        return *failed;

    std::vector<Column> columns;
    for (const auto &[name, tokens] : wanted) {
        dlt::Result<ColumnResult> r = infer(inputShape, tokens);
        if (!r) {
            const QString where = name == QLatin1String("custom") ? QStringLiteral("--layers: ")
                                                                   : tr("configuration %1: ").arg(name);
            return fail(kSub, where + errorText(r.error()));
        }
        columns.push_back({name, std::move(r).value()});
    }

    if (a.has(QStringLiteral("json"))) {
        const bool list = a.value(QStringLiteral("config")).compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
        if (!list) {
            out(jsonText(toJson(columns.front()), QString()) + QLatin1Char('\n'));
            return Success;
        }
        QStringList items;
        for (const Column &c : columns)
            items << QStringLiteral("  ") + jsonText(toJson(c), QStringLiteral("  "));
        out(QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n"));
        return Success;
    }

    QString text;
    for (const Column &c : columns)
        text += table(c) + QLatin1Char('\n');
    if (columns.size() > 1)
        text += summary(columns);
    out(text);
    return Success;
}

} // namespace cli
