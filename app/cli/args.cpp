#include "args.h"

#include "cli.h"

namespace cli {

dlt::Result<Args> Args::parse(const QStringList &args, const std::vector<OptionSpec> &specs)
{
    Args parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a.size() == 2)
            return dlt::Error("cli.unexpected_argument").with("value", a.toStdString());
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &s : specs)
            if (s.name == name)
                spec = &s;
        if (!spec)
            return dlt::Error("cli.unknown_option").with("option", ("--" + name).toStdString());
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size())
                return dlt::Error("cli.missing_value").with("option", ("--" + name).toStdString());
            value = args[++i];
        } else if (!spec->takesValue && inlineValue) {
            return dlt::Error("cli.bad_value")
                .with("option", ("--" + name).toStdString())
                .with("value", value.toStdString())
                .with("expected", std::string("a flag takes no value"));
        }
        parsed.m_values.insert(name, value);
    }
    return parsed;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    return m_values.value(name, fallback);
}

std::optional<int> parseOrFinish(const QString &subcommand, const QStringList &args, std::vector<OptionSpec> specs,
                                 const std::function<QString()> &usage, Args &parsed)
{
    specs.push_back({QStringLiteral("help"), false});
    auto result = Args::parse(args, specs);
    if (!result)
        return fail(subcommand, result.error());
    parsed = std::move(*result);
    if (parsed.has(QStringLiteral("help"))) {
        out(usage());
        return Success;
    }
    return std::nullopt;
}

} // namespace cli
