#include "cli.h"

#include "common/error.h"
#include "text/errortext.h"
#include "i18n/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

namespace cli {

// One function per subcommand, each in its own file under cli/.
int runConv(const QStringList &args);
int runVgg(const QStringList &args);
int runQuiz(const QStringList &args);
int runExport(const QStringList &args);
int runRnn(const QStringList &args);

namespace {

struct Subcommand {
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("cli", ...)
    int (*run)(const QStringList &args);
    bool needsGui; // renders widgets (export): runs a QApplication on the offscreen platform
};

// Subcommands append a row here.
const Subcommand kSubcommands[] = {
    {"conv", QT_TRANSLATE_NOOP("cli", "convolve an input with a filter: the output map, or every step as JSON"), &runConv, false},
    {"vgg", QT_TRANSLATE_NOOP("cli", "layer sizes, parameters and MACs of the VGG configurations"), &runVgg, false},
    {"rnn", QT_TRANSLATE_NOOP("cli", "vanishing or exploding gradients for a recurrent matrix W_hh"), &runRnn, false},
    {"quiz", QT_TRANSLATE_NOOP("cli", "validate, list and convert question banks (JSON, Moodle GIFT)"), &runQuiz, false},
    {"export", QT_TRANSLATE_NOOP("cli", "render to PNG without a window (conv, vgg, rnn, graph, app)"), &runExport, true},
};

const Subcommand *find(const char *name)
{
    for (const Subcommand &s : kSubcommands)
        if (s.name && std::strcmp(s.name, name) == 0)
            return &s;
    return nullptr;
}

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

void printHelp()
{
    QString s = tr("Usage: dltutor [SUBCOMMAND [OPTIONS]]\n"
                   "\n"
                   "With no arguments, opens the DL Tutor window.\n"
                   "\n"
                   "Subcommands (each runs without a window and prints text or JSON):\n");
    for (const Subcommand &c : kSubcommands)
        if (c.name)
            s += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(c.name).leftJustified(10), tr(c.summary));
    s += tr("\n"
            "Options:\n"
            "  -h, --help     show this help; 'dltutor SUBCOMMAND --help' shows a subcommand's options\n"
            "  --version      print the version\n"
            "  --page ID      open the window on a topic (conv, vgg, rnn, quiz, graph)\n"
            "\n"
            "Exit status: 0 on success, 2 for bad input (with one line on stderr).\n");
    out(s);
}

} // namespace

bool isCliInvocation(int argc, char **argv)
{
    if (argc <= 1)
        return false;
    // Window options: dltutor --page ID opens the window on that topic, --session FILE with that session.
    return std::strcmp(argv[1], "--page") != 0 && std::strcmp(argv[1], "--session") != 0;
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &subcommand, const QString &message)
{
    QString line = QStringLiteral("dltutor");
    if (!subcommand.isEmpty())
        line += QLatin1Char(' ') + subcommand;
    line += QStringLiteral(": ") + message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return BadInput;
}

int fail(const QString &subcommand, const dlt::Error &error)
{
    return fail(subcommand, errorText(error));
}

void ensureRuntimeDir()
{
    // Without a desktop session Qt warns about XDG_RUNTIME_DIR on stderr, which must hold only the
    // one-line error: name the private directory Qt would pick anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(QDir::tempPath() + QStringLiteral("/runtime-")
                                                     + QString::number(::getuid())));
}

int run(int argc, char **argv)
{
    const char *first = argv[1];
    const Subcommand *sub = find(first);

    // Read the arguments before QApplication sees argv: it takes "--session FILE" (and other
    // X11 options) for itself and removes them.
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    std::unique_ptr<QCoreApplication> app;
    if (sub && sub->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("DLTutor"));
    QCoreApplication::setApplicationName(QStringLiteral("dltutor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLTUTOR_VERSION));
    // Help and messages in the language of LANGUAGE / LC_ALL / LC_MESSAGES / LANG.
    i18n::installForSystemLocale();

    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0 || std::strcmp(first, "help") == 0) {
        printHelp();
        return Success;
    }
    if (std::strcmp(first, "--version") == 0) {
        out(QStringLiteral("dltutor %1\n").arg(QStringLiteral(DLTUTOR_VERSION)));
        return Success;
    }
    if (!sub)
        return fail(QString(), tr("unknown subcommand or option '%1'; run 'dltutor --help' for the list")
                                   .arg(QString::fromLocal8Bit(first)));

    return sub->run(args);
}

} // namespace cli
