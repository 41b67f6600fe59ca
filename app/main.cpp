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
    window.show();
    return app.exec();
}
