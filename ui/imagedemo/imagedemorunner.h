#pragma once

#include "common/error.h"
#include "conv/conv.h"
#include "image/demo.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QSize>

#include <memory>
#include <optional>
#include <vector>

/** Everything the image demo shows for one run; computed by core on the worker thread. */
struct ImageDemoResult {
    std::shared_ptr<const dlt::image::Matrix> input; ///< the grayscale matrix (0..255) after downscaling
    QSize sourceSize;                                ///< the loaded image's size in pixels
    dlt::image::FeatureMap map;                      ///< output, geometry, range, colour scale
    QImage inputImage;                               ///< input as gray RGB888, one pixel per matrix cell
    QImage outputImage;                              ///< output through map.scale, one pixel per cell
    std::vector<dlt::image::Rgb> legendColors;       ///< the legend bar, low to high
    std::vector<dlt::image::Tick> legendTicks;
};

/** What to compute: the source image, how far to shrink it, and the filter with the page's spec. */
struct ImageDemoRequest {
    QImage source;
    int maxSide = 0; ///< 0: keep the full size
    Eigen::MatrixXf kernel;
    dlt::conv::Spec spec;
};

/**
 * Runs the image demo's pipeline (dlt::image::prepareInput, featureMap, colorize) on a
 * QtConcurrent worker, reporting progress 0..100 and honouring cancel between row bands.
 * A newer request supersedes a running one (it is cancelled and its result dropped). The
 * grayscale input of the last run is reused while the source image and maxSide stay the same,
 * so changing the filter or stride only filters again.
 */
class ImageDemoRunner : public QObject
{
    Q_OBJECT

public:
    using ResultPtr = std::shared_ptr<const ImageDemoResult>;

    explicit ImageDemoRunner(QObject *parent = nullptr);
    ~ImageDemoRunner() override;

    void request(const ImageDemoRequest &request);
    /** Stops the running job; cancelled() follows once the worker has stopped. */
    void cancel();
    bool isBusy() const { return m_busy; }
    ResultPtr result() const { return m_result; }

signals:
    void finished(const ImageDemoRunner::ResultPtr &result);
    /** The run failed; result() then holds the input alone (no output image) when only the filter step failed. */
    void failed(const dlt::Error &error);
    void cancelled();
    void busyChanged(bool busy);
    /** Worker progress, 0..100. */
    void progressChanged(int percent);

private:
    struct Outcome {
        std::shared_ptr<ImageDemoResult> result;
        dlt::Error error;
    };
    using OutcomePtr = std::shared_ptr<Outcome>;

    void start(const ImageDemoRequest &request);
    void onWorkerFinished();
    void setBusy(bool busy);

    QFutureWatcher<OutcomePtr> m_watcher;
    std::optional<ImageDemoRequest> m_pending;
    ResultPtr m_result;
    // The grayscale input of the last run and what it was made from.
    std::shared_ptr<const dlt::image::Matrix> m_gray;
    QImage m_grayImage;
    qint64 m_grayKey = 0;
    int m_grayMaxSide = -1;
    qint64 m_runningKey = 0;
    int m_runningMaxSide = -1;
    bool m_userCancelled = false;
    bool m_busy = false;
};
