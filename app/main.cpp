#include "cli/cli.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/controllers.h"
#include "mainwindow/topics.h"
#include "session/sessionfile.h"
#include "i18n/language.h"

#include <QApplication>

#include <cstring>
#include <optional>

int main(int argc, char **argv)
{
    if (cli::isCliInvocation(argc, argv))
        return cli::run(argc, argv);

    // QApplication takes "--session X" as X11 session management and removes it from argv: read ours first.
    std::optional<QString> sessionFile;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--session") == 0)
            sessionFile = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();

    // A bad --session must leave only its one line on stderr.
    cli::ensureRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DLTutor"));
    QApplication::setApplicationName(QStringLiteral("dltutor"));
    QApplication::setApplicationDisplayName(QStringLiteral("DL Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(DLTUTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dltutor.DLTutor")); // packaging/: icon and name in the desktop shell

    i18n::applySaved(); // before any widget exists, so everything is built in the chosen language
    MainWindow window;
    registerTopics(window);
    installControllers(window);
    window.restoreSettings();
    const QStringList args = QApplication::arguments();
    // A session named on the command line is opened instead of the autosave; a bad one stops here with one line.
    if (sessionFile) {
        if (sessionFile->isEmpty())
            return cli::fail(QString(), QApplication::translate("cli", "--session needs a session file"));
        if (const dlt::Status st = applySessionFile(window, *sessionFile); !st)
            return cli::fail(QString(), sessionfile::problemText(*sessionFile, st.error()));
    } else {
        restoreAutosave(window);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--page")); i >= 0) {
        if (i + 1 >= args.size() || !window.showTopic(args[i + 1])) {
            cli::fail(QString(), QApplication::translate("cli", "--page needs one of: %1")
                                     .arg(window.topicIds().join(QStringLiteral(", "))));
            return cli::BadInput;
        }
    }
    window.show();
    return app.exec();
}
