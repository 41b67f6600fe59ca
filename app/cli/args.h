#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cli {

/** One option a subcommand accepts: "--name VALUE" (takesValue) or a "--name" flag. */
struct OptionSpec {
    QString name; ///< without the leading dashes
    bool takesValue = true;
};

/**
 * The parsed options of one subcommand. Accepts "--name value" and "--name=value";
 * a value may itself start with '-' (for example "-" for stdin or a negative number).
 * Unknown options, missing values and stray arguments are errors (keys cli.*).
 */
class Args
{
public:
    static dlt::Result<Args> parse(const QStringList &args, const std::vector<OptionSpec> &specs);

    bool has(const QString &name) const { return m_values.contains(name); }
    /** The last value given for name, or fallback. */
    QString value(const QString &name, const QString &fallback = QString()) const;

private:
    QMap<QString, QString> m_values;
};

/**
 * The common start of every subcommand: parses args against specs (--help is always accepted).
 * Returns the exit status when the subcommand is already finished — BadInput after reporting a
 * bad option on stderr, Success after printing usage() for --help — or nullopt with parsed set.
 */
std::optional<int> parseOrFinish(const QString &subcommand, const QStringList &args, std::vector<OptionSpec> specs,
                                 const std::function<QString()> &usage, Args &parsed);

} // namespace cli
