// The column options shared by `dltutor vgg` and `dltutor export vgg`.

#include "cli/vggoptions.h"

#include "cli/cli.h"

#include "text/errortext.h"

#include "arch/configs.h"
#include "arch/layer.h"

#include <QCoreApplication>

namespace cli {

std::vector<OptionSpec> vggColumnOptions()
{
    return {{QStringLiteral("config")}, {QStringLiteral("input")}, {QStringLiteral("layers")}};
}

std::optional<int> parseVggColumns(const QString &sub, const Args &a, const QString &defaultConfig,
                                   dlt::arch::Shape &input, std::vector<VggColumnTokens> &wanted)
{
    using namespace dlt::arch;
    if (a.has(QStringLiteral("config")) && a.has(QStringLiteral("layers")))
        return fail(sub, dlt::Error("cli.exclusive").with("option", std::string("--config")).with("other", std::string("--layers")));

    const QString inputText = a.value(QStringLiteral("input"), QStringLiteral("224x224x3"));
    const dlt::Result<Shape> shape = parseShape(inputText.toStdString());
    if (!shape)
        return fail(sub, QStringLiteral("--input: ") + errorText(shape.error()));
    input = *shape;

    wanted.clear();
    if (a.has(QStringLiteral("layers"))) {
        wanted.emplace_back(QStringLiteral("custom"), splitTokens(a.value(QStringLiteral("layers")).toStdString()));
        return std::nullopt;
    }
    const QString name = a.value(QStringLiteral("config"), defaultConfig);
    if (name.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (const StandardConfig &c : standardConfigs())
            wanted.emplace_back(QString::fromStdString(c.name), c.tokens);
    } else if (const auto c = standardConfig(name.toStdString())) {
        wanted.emplace_back(QString::fromStdString(c->name), c->tokens);
    } else {
        return fail(sub, dlt::Error("cli.bad_value")
                             .with("option", std::string("--config"))
                             .with("value", name.toStdString())
                             .with("expected", QCoreApplication::translate("cli", "one of A, A-LRN, B, C, D, E or all").toStdString()));
    }
    return std::nullopt;
}

} // namespace cli
