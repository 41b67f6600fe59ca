#include "cli/cli.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (cli::isCliInvocation(argc, argv))
        return cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DLTutor"));
    QApplication::setApplicationName(QStringLiteral("dltutor"));
    QApplication::setApplicationDisplayName(QStringLiteral("DL Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(DLTUTOR_VERSION));

    MainWindow window;
    registerTopics(window);
    window.restoreSettings();
    const QStringList args = QApplication::arguments();
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
