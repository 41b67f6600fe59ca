#pragma once

#include "exportoptions.h"

#include "common/result.h"

#include <QImage>
#include <QObject>

#include <functional>

class ExportDialog;
class MainWindow;
class QAction;
class QProgressDialog;

/**
 * PNG export for the whole window (a QObject child of MainWindow, installed by
 * installControllers). File menu, above Quit:
 *   Export page as PNG…     Ctrl+E        the current page (see renderPageImage)
 *   Copy page as image      Ctrl+Shift+C  the same image to the clipboard, with the last options
 *   Export all steps…                     convolution: one PNG per window position, on a worker
 *                                         thread with a progress dialog and Cancel
 *   Worked solution sheet…                convolution: one PNG laid out like a textbook solution
 * Options and the last folder persist in QSettings (exportsettings).
 */
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(MainWindow *window);

    /** Shows the dialog; tests replace it with a stand-in that fills it in and returns "accepted". */
    using DialogRunner = std::function<bool(ExportDialog &dialog)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    /** Reports a result (error true: a failure); by default the status bar or a warning box. */
    using MessageSink = std::function<void(const QString &text, bool error)>;
    void setMessageSink(MessageSink sink) { m_message = std::move(sink); }

    QAction *exportPageAction() const { return m_exportPage; }
    QAction *copyPageAction() const { return m_copyPage; }
    QAction *allStepsAction() const { return m_allSteps; }
    QAction *sheetAction() const { return m_sheet; }

    /** The current page as an image. */
    dlt::Result<QImage> currentPageImage(const ExportOptions &options) const;
    /** Writes the current page to path. */
    dlt::Status exportCurrentPage(const QString &path, const ExportOptions &options) const;
    /** Writes the convolution page's worked solution sheet to path. */
    dlt::Status exportSheet(const QString &path, const ExportOptions &options) const;
    /**
     * Starts writing every step of the convolution page into folder on a worker thread, with a
     * progress dialog; allStepsFinished() follows. Returns an error when it cannot start.
     */
    dlt::Status startAllSteps(const QString &folder, const ExportOptions &options);
    bool isWritingSteps() const { return m_progress != nullptr; }

signals:
    /** The all-steps export ended: files written, whether it was cancelled, and an error sentence (empty on success). */
    void allStepsFinished(int written, bool cancelled, const QString &error);

private:
    void exportPage();
    void copyPage();
    void exportAllSteps();
    void exportSheetInteractive();
    void updateActions();
    bool runDialog(ExportDialog &dialog, const QString &suggestedName);
    void report(const QString &text, bool error);

    MainWindow *m_window;
    QAction *m_exportPage;
    QAction *m_copyPage;
    QAction *m_allSteps;
    QAction *m_sheet;
    DialogRunner m_runDialog;
    MessageSink m_message;
    QProgressDialog *m_progress = nullptr;
};
