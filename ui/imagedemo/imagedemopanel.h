#pragma once

#include "imagedemo/imagedemorunner.h"

#include <QWidget>

#include <functional>
#include <optional>

class ColorLegend;
class ConvolutionDocument;
class ImageSourceBar;
class ImageView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

/**
 * The convolution page's image demo: a photo or sample becomes a grayscale matrix, the page's
 * current filter and spec are applied with the core's fast path on a worker thread, and the
 * input and feature map are shown side by side with a colour legend. Hovering reads out pixel
 * values and outlines the input window an output pixel came from. Recomputes whenever the
 * document's filter or spec change (only while the panel is visible; otherwise when shown).
 */
class ImageDemoPanel : public QWidget
{
    Q_OBJECT

public:
    /** A progress bar and Cancel appear when a run takes longer than this. */
    static constexpr int kProgressDelayMs = 100;

    explicit ImageDemoPanel(ConvolutionDocument *document, QWidget *parent = nullptr);

    /** Loads a PNG/JPEG file; on failure shows the file name and reason in place and returns false. */
    bool loadImageFile(const QString &path);
    /** Loads embedded sample index (see ImageSourceBar::samples()). */
    void loadSample(int index);
    /** Uses image as the source, named name in the status line. */
    void setSourceImage(const QImage &image, const QString &name);
    /** Replaces the file dialog of "Load image…" (tests answer it without a dialog). */
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    ImageDemoRunner *runner() const { return m_runner; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildViews();
    QWidget *buildProgressRow();
    void chooseFile();
    void markDirty();
    void run();
    void showError(const QString &message);
    void onFinished(const ImageDemoRunner::ResultPtr &result);
    void onFailed(const dlt::Error &error);
    void onBusyChanged(bool busy);
    void showResult();
    void updateFilterSummary();
    void onInputHover(int row, int col);
    void onOutputHover(int row, int col);
    void clearHover();

    ConvolutionDocument *m_document;
    ImageDemoRunner *m_runner;
    ImageSourceBar *m_sourceBar;
    QLabel *m_intro;
    QLabel *m_error;
    QLabel *m_status;
    QLabel *m_filterSummary;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_progressDelay;
    QLabel *m_inputTitle;
    QLabel *m_outputTitle;
    ImageView *m_inputView;
    ImageView *m_outputView;
    ColorLegend *m_legend;
    QLabel *m_readout;

    std::function<QString()> m_chooseFile;
    QImage m_source;
    QString m_sourceName;
    bool m_dirty = true;
    bool m_sampleShown = false;
    /** The inputs of the last request, to skip identical ones. */
    struct Requested {
        qint64 key = 0;
        int maxSide = 0;
        Eigen::MatrixXf kernel;
        dlt::conv::Spec spec;
    };
    std::optional<Requested> m_requested;
};
