// The analysis inputs shared by `dltutor rnn` and `dltutor export rnn`.

#include "cli/rnnoptions.h"

#include "cli/cli.h"
#include "cli/io.h"

#include "text/errortext.h"

#include "matrixtext/matrixtext.h"

#include <QCoreApplication>

#include <string>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

// Parses one vector option; empty result when it was not given.
std::optional<QString> parseVectorOption(const Args &a, const QString &name, Eigen::VectorXd &into)
{
    if (!a.has(name))
        return std::nullopt;
    auto v = dlt::parseVector(a.value(name).toStdString());
    if (!v)
        return QStringLiteral("--") + name + QStringLiteral(": ") + errorText(v.error());
    into = std::move(v).value();
    return std::nullopt;
}

} // namespace

std::vector<OptionSpec> rnnInputOptions()
{
    return {{QStringLiteral("whh")}, {QStringLiteral("whh-file")}, {QStringLiteral("activation")}, {QStringLiteral("steps")},
            {QStringLiteral("bias")}, {QStringLiteral("h0")}, {QStringLiteral("loss-grad")}};
}

std::optional<int> parseRnnInputs(const QString &sub, const Args &a, dlt::rnn::Inputs &in)
{
    if (a.has(QStringLiteral("whh")) && a.has(QStringLiteral("whh-file")))
        return fail(sub, dlt::Error("cli.exclusive").with("option", std::string("--whh")).with("other", std::string("--whh-file")));

    in = dlt::rnn::seedInputs();
    QString whhOption;
    std::string whhText;
    if (a.has(QStringLiteral("whh-file"))) {
        auto text = readInput(a.value(QStringLiteral("whh-file")));
        if (!text)
            return fail(sub, text.error());
        whhText = std::move(text).value();
        // Name the file, as conv does ("w.txt: line 2, ..."), so the message says where.
        const QString path = a.value(QStringLiteral("whh-file"));
        whhOption = path == QLatin1String("-") ? QStringLiteral("--whh-file <stdin>") : QStringLiteral("--whh-file ") + path;
    } else if (a.has(QStringLiteral("whh"))) {
        whhText = a.value(QStringLiteral("whh")).toStdString();
        whhOption = QStringLiteral("--whh");
    }
    if (!whhOption.isEmpty()) {
        auto w = dlt::parseMatrix(whhText);
        if (!w)
            return fail(sub, whhOption + QStringLiteral(": ") + errorText(w.error()));
        in.w = std::move(w).value();
    }
    if (a.has(QStringLiteral("activation"))) {
        auto act = dlt::rnn::parseActivation(a.value(QStringLiteral("activation")).toStdString());
        if (!act)
            return fail(sub, act.error());
        in.activation = *act;
    }
    if (a.has(QStringLiteral("steps"))) {
        bool ok = false;
        const QString text = a.value(QStringLiteral("steps")).trimmed();
        in.steps = text.toLongLong(&ok);
        if (!ok)
            return fail(sub, dlt::Error("cli.bad_value")
                                  .with("option", std::string("--steps"))
                                  .with("value", text.toStdString())
                                  .with("expected", tr("a whole number of steps from 0 to 10000").toStdString()));
    }
    if (auto e = parseVectorOption(a, QStringLiteral("bias"), in.bias))
        return fail(sub, *e);
    if (auto e = parseVectorOption(a, QStringLiteral("h0"), in.h0))
        return fail(sub, *e);
    if (auto e = parseVectorOption(a, QStringLiteral("loss-grad"), in.lossGrad))
        return fail(sub, *e);

    return std::nullopt;
}

} // namespace cli
