#include "exportcontroller.h"

#include "allsteps.h"
#include "convsheet.h"
#include "convstepimage.h"
#include "exportdialog.h"
#include "pagerenderers.h"
#include "sheetpainter.h"

#include "background/backgroundpool.h"
#include "mainwindow/mainwindow.h"
#include "pages/convolutionpage.h"
#include "text/errortext.h"
#include "widgets/graphrender.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace {

const QString kConv = QStringLiteral("conv");

QAction *makeAction(const QString &text, const QString &name, const QString &tip, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

} // namespace

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportPage(makeAction(tr("&Export page as PNG…"), QStringLiteral("actionExportPage"),
                              tr("Save the current page as a PNG image (scale 1×–4×, white or transparent)"), this))
    , m_copyPage(makeAction(tr("&Copy page as image"), QStringLiteral("actionCopyPageImage"),
                            tr("Copy the current page to the clipboard as an image, with the last export options"), this))
    , m_allSteps(makeAction(tr("Export all convolution &steps…"), QStringLiteral("actionExportAllSteps"),
                            tr("Save one PNG per window position of the convolution into a folder"), this))
    , m_sheet(makeAction(tr("Worked solution s&heet…"), QStringLiteral("actionExportSheet"),
                         tr("Save the whole worked convolution as one PNG, laid out like a textbook solution"), this))
{
    setObjectName(QStringLiteral("exportController"));
    m_exportPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *a : {m_exportPage, m_copyPage, m_allSteps, m_sheet})
        a->setShortcutContext(Qt::WindowShortcut);

    QMenu *file = window->fileMenu();
    QAction *before = window->quitAction();
    file->insertActions(before, {m_exportPage, m_copyPage, m_allSteps, m_sheet});
    file->insertSeparator(before);
    window->addActions({m_exportPage, m_copyPage, m_allSteps, m_sheet});

    connect(m_exportPage, &QAction::triggered, this, &ExportController::exportPage);
    connect(m_copyPage, &QAction::triggered, this, &ExportController::copyPage);
    connect(m_allSteps, &QAction::triggered, this, &ExportController::exportAllSteps);
    connect(m_sheet, &QAction::triggered, this, &ExportController::exportSheetInteractive);
    connect(file, &QMenu::aboutToShow, this, &ExportController::updateActions);
}

void ExportController::updateActions()
{
    // The convolution exports need its steps; they are shown only on that page.
    const bool conv = m_window->currentTopic() == kConv;
    auto *page = qobject_cast<ConvolutionPage *>(m_window->builtPage(kConv));
    const bool ready = conv && page && pageexport::convProblemOf(*page).has_value() && !m_progress;
    for (QAction *a : {m_allSteps, m_sheet}) {
        a->setVisible(conv);
        a->setEnabled(ready);
    }
}

void ExportController::report(const QString &text, bool error)
{
    if (m_message) {
        m_message(text, error);
        return;
    }
    if (error)
        QMessageBox::warning(m_window, tr("Export"), text);
    else
        m_window->statusBar()->showMessage(text, 8000);
}

bool ExportController::runDialog(ExportDialog &dialog, const QString &suggestedName)
{
    QSettings settings;
    dialog.setOptions(exportsettings::load(settings));
    QString folder = exportsettings::lastFolder(settings);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    dialog.setPath(QDir(folder).filePath(suggestedName));
    const bool accepted = m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || dialog.path().isEmpty())
        return false;
    exportsettings::save(settings, dialog.options());
    const QFileInfo chosen(dialog.path());
    exportsettings::setLastFolder(settings, dialog.target() == ExportDialog::Target::File ? chosen.absolutePath()
                                                                                          : chosen.absoluteFilePath());
    return true;
}

dlt::Result<QImage> ExportController::currentPageImage(const ExportOptions &options) const
{
    const QString id = m_window->currentTopic();
    return renderPageImage(id, m_window->page(id), options);
}

dlt::Status ExportController::exportCurrentPage(const QString &path, const ExportOptions &options) const
{
    const auto image = currentPageImage(options);
    if (!image)
        return image.error();
    return savePng(*image, path);
}

dlt::Status ExportController::exportSheet(const QString &path, const ExportOptions &options) const
{
    auto *page = qobject_cast<ConvolutionPage *>(m_window->page(kConv));
    const auto problem = page ? pageexport::convProblemOf(*page) : std::nullopt;
    if (!problem)
        return dlt::Error("export.no_steps");
    const auto sheet = buildConvSheet(*problem);
    if (!sheet)
        return sheet.error();
    const SheetPainter painter(*sheet, ExportColors::forOptions(options), QApplication::font());
    return savePng(painter.render(options.scale), path);
}

void ExportController::exportPage()
{
    ExportDialog dialog(ExportDialog::Target::File, m_window);
    if (!runDialog(dialog, m_window->currentTopic() + QStringLiteral(".png")))
        return;
    const dlt::Status saved = exportCurrentPage(dialog.path(), dialog.options());
    if (!saved)
        report(errorText(saved.error()), true);
    else
        report(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.path())), false);
}

void ExportController::copyPage()
{
    const auto image = currentPageImage(exportsettings::load(QSettings()));
    if (!image) {
        report(errorText(image.error()), true);
        return;
    }
    QGuiApplication::clipboard()->setImage(*image);
    report(tr("Copied the page as an image (%1 × %2 pixels)").arg(image->width()).arg(image->height()), false);
}

void ExportController::exportSheetInteractive()
{
    ExportDialog dialog(ExportDialog::Target::File, m_window);
    if (!runDialog(dialog, QStringLiteral("conv-solution.png")))
        return;
    const dlt::Status saved = exportSheet(dialog.path(), dialog.options());
    if (!saved)
        report(errorText(saved.error()), true);
    else
        report(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.path())), false);
}

void ExportController::exportAllSteps()
{
    if (m_progress)
        return;
    ExportDialog dialog(ExportDialog::Target::Folder, m_window);
    if (!runDialog(dialog, QStringLiteral("conv-steps")))
        return;
    if (const dlt::Status started = startAllSteps(dialog.path(), dialog.options()); !started)
        report(errorText(started.error()), true);
}

dlt::Status ExportController::startAllSteps(const QString &folder, const ExportOptions &options)
{
    if (m_progress)
        return dlt::Error("export.busy");
    auto *page = qobject_cast<ConvolutionPage *>(m_window->page(kConv));
    const auto problem = page ? pageexport::convProblemOf(*page) : std::nullopt;
    if (!problem)
        return dlt::Error("export.no_steps");
    // A folder that does not exist yet is made (its parent must exist).
    if (!QFileInfo::exists(folder) && !QDir().mkdir(folder))
        return dlt::Error("io.cannot_write").with("path", folder.toStdString()).with("reason", tr("cannot create the folder").toStdString());

    // Threading: everything heavy runs on a worker — building the step painter from copies of the
    // page's numbers, fonts and colours, painting each step with QPainter into a QImage, and
    // encoding the PNG; no widget is touched there. The GUI thread only shows progress.
    // Cancel returns control at once: the dialog closes and allStepsFinished is emitted; the
    // worker notices the flag before its next image and saves nothing more.
    const double scale = options.scale;
    const ExportColors colors = ExportColors::forOptions(options);
    const QFont font = QApplication::font();
    const int total = int(problem->trace.steps.size());
    auto error = std::make_shared<QString>();
    auto written = std::make_shared<std::atomic<int>>(0); // a cancelled future keeps no result
    auto ended = std::make_shared<bool>(false);           // the GUI side has already reported the end

    m_progress = new QProgressDialog(tr("Writing %1 step images…").arg(total), tr("Cancel"), 0, total, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export all steps"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // No setValue(0) here: on a modal dialog it runs processEvents() inside this call.

    auto *watcher = new QFutureWatcher<int>(this);
    const auto finish = [this, error, written, folder, total, ended](bool cancelled) {
        if (*ended)
            return;
        *ended = true;
        const int count = written->load();
        m_progress->deleteLater();
        m_progress = nullptr;
        if (!error->isEmpty())
            report(*error, true);
        else if (cancelled)
            report(tr("Cancelled: %1 of %2 step images written to %3").arg(count).arg(total).arg(QDir::toNativeSeparators(folder)), false);
        else
            report(tr("Wrote %1 step images to %2").arg(count).arg(QDir::toNativeSeparators(folder)), false);
        emit allStepsFinished(count, cancelled, *error);
    };
    connect(watcher, &QFutureWatcher<int>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, watcher, [watcher, finish] {
        watcher->cancel();
        finish(true);
    });
    connect(watcher, &QFutureWatcher<int>::finished, this, [watcher, finish] {
        finish(watcher->future().isCanceled());
        watcher->deleteLater();
    });
    const ConvProblem copy = *problem;
    watcher->setFuture(QtConcurrent::run(background::pool(), [copy, colors, font, folder, scale, error, written](QPromise<int> &promise) {
        background::lowerCurrentThread();
        promise.setProgressRange(0, int(copy.trace.steps.size()));
        const ConvStepImage painter(copy, colors, font);
        if (const dlt::Status ok = painter.check(scale); !ok) {
            *error = errorText(ok.error());
            return;
        }
        const auto result = writeAllSteps(painter, folder, scale, [&](int n, int) {
            written->store(n);
            promise.setProgressValue(n);
            return !promise.isCanceled();
        }, [&] { return !promise.isCanceled(); });
        if (!result)
            *error = errorText(result.error());
        promise.addResult(written->load());
    }));
    return dlt::Ok{};
}
