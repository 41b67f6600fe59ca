// dltutor quiz: validate a question bank, list its questions, convert between JSON and GIFT.

#include "cli/args.h"
#include "cli/cli.h"

#include "quiz/bankio.h"
#include "text/errortext.h"

#include "quiz/bank.h"
#include "quiz/gift.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
// "1 question" or "N questions": English needs no .qm for its plural this way.
QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

const QString kSub = QStringLiteral("quiz");

QString usage()
{
    return tr(
        "Usage: dltutor quiz --validate --bank FILE\n"
        "       dltutor quiz --list [--bank FILE] [--json]\n"
        "       dltutor quiz --convert IN --out OUT\n"
        "\n"
        "Question banks: JSON ({\"format\": \"dltutor-quiz\", \"version\": 1, \"questions\": [...]}) or\n"
        "Moodle GIFT (true/false, multiple choice with one or several answers, numeric).\n"
        "\n"
        "Options:\n"
        "  --validate      check FILE; prints the question count per type, or every problem found\n"
        "                  (one line each on stderr, exit 2)\n"
        "  --list          list the questions of FILE, or of the built-in bank without --bank\n"
        "  --json          with --list: [{\"id\", \"topic\", \"type\", \"prompt\", \"choices\", \"answer\"}, ...]\n"
        "  --bank FILE     the bank; .json is JSON, .gift or .txt is GIFT, otherwise the content decides;\n"
        "                  '-' reads stdin\n"
        "  --convert IN    convert IN (.json, .gift or .txt) to OUT; the extensions give the direction\n"
        "  --out OUT       where --convert writes (written atomically: an old file stays intact on error)\n"
        "  --help          show this help\n"
        "\n"
        "Example: dltutor quiz --convert moodle.gift --out bank.json\n");
}

// A problem of the bank at path, led by the file's name ("bank.json: question a, ...") so the
// line says where; file errors (io.*) already name the path.
QString problemText(const QString &path, const dlt::Error &e)
{
    if (path.isEmpty() || e.key.rfind("io.", 0) == 0)
        return errorText(e);
    return (path == QLatin1String("-") ? tr("<stdin>") : path) + QStringLiteral(": ") + errorText(e);
}

// Prints the first problem on one line, with the count of the others.
int failWith(const std::vector<dlt::Error> &problems, const QString &path)
{
    QString line = problemText(path, problems.front());
    if (problems.size() > 1)
        line += tr(" (and %1; run 'dltutor quiz --validate --bank FILE' to see them all)")
                    .arg(count(qsizetype(problems.size()) - 1, "1 more problem", "%1 more problems"));
    return fail(kSub, line);
}

int validate(const QString &path)
{
    const dlt::quiz::BankLoad l = bankio::loadFile(path);
    if (!l.ok()) {
        // The one place where a subcommand writes several lines on stderr: every problem, one per line.
        for (const dlt::Error &e : l.problems)
            fail(kSub, problemText(path, e));
        return BadInput;
    }
    const auto counts = dlt::quiz::countByType(l.bank);
    QStringList parts;
    for (dlt::quiz::QuestionType t : dlt::quiz::allTypes())
        parts << QStringLiteral("%1 %2").arg(counts[size_t(t)]).arg(QString::fromLatin1(dlt::quiz::typeName(t)));
    out(tr("%1: valid, %2: %3\n")
            .arg(path == QLatin1String("-") ? tr("<stdin>") : path,
                count(qsizetype(l.bank.questions.size()), "1 question", "%1 questions"),
                parts.join(QStringLiteral(", "))));
    return Success;
}

int list(const QString &path, bool json)
{
    dlt::quiz::Bank bank;
    if (path.isEmpty()) {
        bank = bankio::builtinBank();
    } else {
        dlt::quiz::BankLoad l = bankio::loadFile(path);
        if (!l.ok())
            return failWith(l.problems, path);
        bank = std::move(l.bank);
    }
    if (json) {
        out(QString::fromStdString(dlt::quiz::bankListJson(bank)));
        return Success;
    }
    QString s = tr("%1: %2\n")
                    .arg(bank.title.empty() ? tr("(untitled bank)") : QString::fromStdString(bank.title),
                        count(qsizetype(bank.questions.size()), "1 question", "%1 questions"));
    for (const dlt::quiz::Question &q : bank.questions) {
        QString prompt = QString::fromStdString(q.prompt).section(QLatin1Char('\n'), 0, 0);
        if (prompt.size() > 70)
            prompt = prompt.left(69) + QChar(0x2026);
        s += QStringLiteral("%1  %2  %3  %4\n")
                 .arg(QString::fromStdString(q.id).leftJustified(28),
                     QString::fromLatin1(dlt::quiz::typeName(q.type)).leftJustified(15),
                     QString::fromStdString(q.topic).leftJustified(34), prompt);
    }
    out(s);
    return Success;
}

int convert(const QString &in, const QString &outPath)
{
    const bool toGift = bankio::isGiftPath(outPath);
    if (!toGift && !bankio::isJsonPath(outPath))
        return fail(kSub,
            dlt::Error("cli.bad_value")
                .with("option", std::string("--out"))
                .with("value", outPath.toStdString())
                .with("expected", std::string("a .json, .gift or .txt file")));
    if (!bankio::isGiftPath(in) && !bankio::isJsonPath(in))
        return fail(kSub,
            dlt::Error("cli.bad_value")
                .with("option", std::string("--convert"))
                .with("value", in.toStdString())
                .with("expected", std::string("a .json, .gift or .txt file")));
    const dlt::quiz::BankLoad l = bankio::loadFile(in);
    if (!l.ok())
        return failWith(l.problems, in);
    std::string text;
    if (toGift) {
        dlt::quiz::GiftExport g = dlt::quiz::bankToGift(l.bank);
        if (!g.ok())
            return failWith(g.problems, in);
        text = std::move(g.text);
    } else {
        text = dlt::quiz::bankToJson(l.bank);
    }
    if (auto err = bankio::saveAtomically(outPath, QByteArray::fromStdString(text)))
        return fail(kSub, *err);
    out(tr("%1: wrote %2 to %3\n")
            .arg(in, count(qsizetype(l.bank.questions.size()), "1 question", "%1 questions"), outPath));
    return Success;
}

} // namespace

int runQuiz(const QStringList &args)
{
    Args a;
    if (const auto done = parseOrFinish(kSub, args,
                                        {{QStringLiteral("validate"), false}, {QStringLiteral("list"), false},
                                         {QStringLiteral("json"), false}, {QStringLiteral("bank"), true},
                                         {QStringLiteral("convert"), true}, {QStringLiteral("out"), true}},
                                        usage, a))
        return *done;
    const QString modes[] = { QStringLiteral("validate"), QStringLiteral("list"), QStringLiteral("convert") };
    QString mode;
    for (const QString &m : modes) {
        if (!a.has(m))
            continue;
        if (!mode.isEmpty())
            return fail(kSub,
                dlt::Error("cli.exclusive")
                    .with("option", ("--" + mode).toStdString())
                    .with("other", ("--" + m).toStdString()));
        mode = m;
    }
    if (mode.isEmpty())
        return fail(kSub, tr("choose one of --validate, --list or --convert; see 'dltutor quiz --help'"));
    if (a.has(QStringLiteral("json")) && mode != QLatin1String("list"))
        return fail(kSub,
            dlt::Error("cli.exclusive")
                .with("option", std::string("--json"))
                .with("other", ("--" + mode).toStdString()));
    if (mode == QLatin1String("validate")) {
        if (!a.has(QStringLiteral("bank")))
            return fail(kSub, dlt::Error("cli.missing_option").with("option", std::string("--bank")));
        return validate(a.value(QStringLiteral("bank")));
    }
    if (mode == QLatin1String("list"))
        return list(a.value(QStringLiteral("bank")), a.has(QStringLiteral("json")));
    if (a.has(QStringLiteral("bank")))
        return fail(kSub,
            dlt::Error("cli.exclusive").with("option", std::string("--bank")).with("other", std::string("--convert")));
    if (!a.has(QStringLiteral("out")))
        return fail(kSub, dlt::Error("cli.missing_option").with("option", std::string("--out")));
    return convert(a.value(QStringLiteral("convert")), a.value(QStringLiteral("out")));
}

} // namespace cli
