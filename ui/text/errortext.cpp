#include "errortext.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <span>

// Each room's table lives beside its page and is listed here once.
namespace errortables {
std::span<const ErrorTemplate> common();
std::span<const ErrorTemplate> matrix();
std::span<const ErrorTemplate> conv();
std::span<const ErrorTemplate> vgg();
std::span<const ErrorTemplate> graph();
std::span<const ErrorTemplate> exportKinds();
std::span<const ErrorTemplate> rnn();
std::span<const ErrorTemplate> quiz();
std::span<const ErrorTemplate> image();
std::span<const ErrorTemplate> session();
} // namespace errortables

namespace errortables {
namespace {
const ErrorTemplate kCommon[] = {
    {"io.cannot_open", QT_TRANSLATE_NOOP("ErrorText", "cannot open %{path}: %{reason}")},
    {"io.cannot_write", QT_TRANSLATE_NOOP("ErrorText", "cannot write %{path}: %{reason}")},
    {"io.is_directory", QT_TRANSLATE_NOOP("ErrorText", "%{path} is a directory, not a file")},
    {"io.too_large", QT_TRANSLATE_NOOP("ErrorText", "%{path} is larger than the %{limit} byte limit")},
    {"cli.unknown_option", QT_TRANSLATE_NOOP("ErrorText", "unknown option '%{option}'")},
    {"cli.missing_value", QT_TRANSLATE_NOOP("ErrorText", "option '%{option}' needs a value")},
    {"cli.missing_option", QT_TRANSLATE_NOOP("ErrorText", "missing required option '%{option}'")},
    {"cli.bad_value", QT_TRANSLATE_NOOP("ErrorText", "option '%{option}': '%{value}' is not valid (%{expected})")},
    {"cli.exclusive", QT_TRANSLATE_NOOP("ErrorText", "options '%{option}' and '%{other}' cannot be used together")},
    {"cli.unexpected_argument", QT_TRANSLATE_NOOP("ErrorText", "unexpected argument '%{value}'")},
};
} // namespace
std::span<const ErrorTemplate> common() { return kCommon; }
} // namespace errortables

namespace {

using TableFn = std::span<const ErrorTemplate> (*)();
// Rooms append their table function here.
const TableFn kTables[] = {
    &errortables::common,
    &errortables::matrix,
    &errortables::conv,
    &errortables::vgg,
    &errortables::graph,
    &errortables::exportKinds,
    &errortables::rnn,
    &errortables::quiz,
    &errortables::image,
    &errortables::session,
};

const ErrorTemplate *find(const std::string &key)
{
    for (TableFn fn : kTables)
        for (const ErrorTemplate &t : fn())
            if (key == t.key)
                return &t;
    return nullptr;
}

// An argument as shown: a pasted 50 MB token or a huge path would otherwise flood the message,
// so anything past kMaxShown characters is cut (never inside a surrogate pair) and ends with "…".
QString shownArg(const std::string &value)
{
    constexpr qsizetype kMaxShown = 120;
    QString v = QString::fromStdString(value.size() > 4 * kMaxShown ? value.substr(0, 4 * kMaxShown) : value);
    if (v.size() <= kMaxShown && value.size() <= 4 * kMaxShown)
        return v;
    qsizetype cut = kMaxShown - 1;
    if (v.at(cut - 1).isHighSurrogate())
        --cut;
    return v.left(cut) + QChar(0x2026);
}

} // namespace

QString errorText(const dlt::Error &error)
{
    const ErrorTemplate *t = find(error.key);
    if (!t) {
        QString s = QString::fromStdString(error.key);
        QStringList parts;
        for (const auto &[k, v] : error.args)
            parts << QString::fromStdString(k) + QLatin1Char('=') + shownArg(v);
        if (!parts.isEmpty())
            s += QLatin1String(" (") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
        return s;
    }
    QString s = QCoreApplication::translate("ErrorText", t->text);
    static const QRegularExpression placeholder(QStringLiteral("%\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        const std::string name = m.captured(1).toStdString();
        auto a = error.args.find(name);
        out += a == error.args.end() ? m.captured(0) : shownArg(a->second);
        last = m.capturedEnd();
    }
    out += s.mid(last);
    return out;
}
