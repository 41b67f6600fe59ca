// dltutor export app: the whole main window on one page, rendered headless as a person sees it.

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/exportargs.h"

#include "export/widgetimage.h"
#include "mainwindow/controllers.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "pages/gradientpage.h"
#include "session/sessionfile.h"

#include <QCoreApplication>
#include <QEvent>
#include <QtGlobal>

namespace cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

const QString kSub = QStringLiteral("export app");

// The window's default size on a desktop; fixed so exports do not depend on the (offscreen) screen.
constexpr int kWidth = 1280;
constexpr int kHeight = 820;

QString usage()
{
    return tr("Usage: dltutor export app --page conv|vgg|rnn|quiz|graph [--session FILE] --out FILE.png\n"
              "                          [--scale S] [--transparent]\n"
              "\n"
              "Draws the whole DL Tutor window (%1×%2 points) showing one topic page, as a person sees it.\n"
              "\n"
              "  --page ID       the topic shown\n"
              "  --session FILE  open this saved session first (every page's inputs)\n"
              "  --out FILE      the PNG to write (required)\n"
              "  --scale S       pixels per point, 1 to 4 (default 1)\n"
              "  --transparent   no window background\n"
              "\n"
              "Example: dltutor export app --page conv --out window.png\n")
        .arg(kWidth)
        .arg(kHeight);
}

// The offscreen platform warns that it "does not support propagateSizeHints()" when a main window
// is shown; stderr must stay empty on success, so that one harmless line is dropped.
QtMessageHandler g_previousHandler = nullptr;

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int runExportApp(const QStringList &args)
{
    Args a;
    std::vector<OptionSpec> specs = exportImageOptions();
    specs.push_back({QStringLiteral("page")});
    specs.push_back({QStringLiteral("session")});
    if (const auto done = parseOrFinish(kSub, args, specs, usage, a))
        return *done;
    ExportOptions options;
    if (const auto failed = parseExportOptions(kSub, a, options))
        return *failed;
    options.lightTheme = false; // as the window looks
    QString outPath;
    if (const auto failed = parseOutPath(kSub, a, outPath))
        return *failed;
    if (!a.has(QStringLiteral("page")))
        return fail(kSub, dlt::Error("cli.missing_option").with("option", std::string("--page")));

    g_previousHandler = qInstallMessageHandler(dropPlatformNoise);
    MainWindow window;
    registerTopics(window);
    installControllers(window);
    const QString page = a.value(QStringLiteral("page"));
    if (!window.topicIds().contains(page))
        return fail(kSub, dlt::Error("cli.bad_value")
                              .with("option", std::string("--page"))
                              .with("value", page.toStdString())
                              .with("expected", tr("one of %1").arg(window.topicIds().join(QStringLiteral(", "))).toStdString()));
    if (a.has(QStringLiteral("session"))) {
        const QString path = a.value(QStringLiteral("session"));
        if (const dlt::Status applied = applySessionFile(window, path); !applied)
            return fail(kSub, sessionfile::problemText(path, applied.error()));
    }
    window.showTopic(page);
    // A big saved W_hh is analysed in the background: the picture shows its result, not a blank.
    if (auto *gradient = qobject_cast<GradientPage *>(window.builtPage(page)))
        gradient->settle();
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(kWidth, kHeight);
    window.show();
    // Only the layouts need settling (a full event loop pass would also paint the window's backing
    // store, which the export never uses); the rendered image is the same. A layout pass can ask
    // for another (a scroll area that no longer needs its scroll bars): the rnn and graph pages
    // take two rounds, so allow a few.
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QImage image = renderWidgetImage(&window, options);
    return writeImage(kSub, image, outPath);
}

} // namespace cli
