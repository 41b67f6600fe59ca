#include "imagedemorunner.h"

#include "background/backgroundpool.h"
#include "imagedemo/imagedemopool.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <new>

namespace img = dlt::image;

namespace {

// QImage rows → the core's pixel layouts (a format conversion only; the luma is computed in core).
dlt::Result<img::Matrix> grayOf(const QImage &source, int maxSide, const img::ProgressFn &progress)
{
    QImage pixels;
    img::PixelFormat format = img::PixelFormat::Rgba8;
    if (source.format() == QImage::Format_Grayscale8) {
        pixels = source;
        format = img::PixelFormat::Gray8;
    } else if (!source.hasAlphaChannel()) {
        pixels = source.convertToFormat(QImage::Format_RGB888);
        format = img::PixelFormat::Rgb8;
    } else {
        pixels = source.convertToFormat(QImage::Format_RGBA8888);
    }
    if (pixels.isNull())
        return dlt::Error("image.out_of_memory");
    return img::prepareInput(pixels.constBits(), pixels.width(), pixels.height(), int(pixels.bytesPerLine()), format,
                             maxSide, progress);
}

// The colours come from core as RGB bytes; the result is converted (here, on the worker) to the
// format the raster paint engine draws without converting, so painting a big map stays cheap.
QImage colored(const img::Matrix &m, const img::ColorScale &scale)
{
    QImage image(int(m.cols()), int(m.rows()), QImage::Format_RGB888);
    if (image.isNull() || !img::colorize(m, scale, image.bits(), image.bytesPerLine()))
        return {};
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

ImageDemoRunner::ImageDemoRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::finished, this, &ImageDemoRunner::onWorkerFinished);
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::progressValueChanged, this, &ImageDemoRunner::progressChanged);
}

ImageDemoRunner::~ImageDemoRunner()
{
    m_pending.reset();
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void ImageDemoRunner::request(const ImageDemoRequest &request)
{
    if (m_watcher.isRunning()) {
        m_pending = request; // started when the running job has stopped
        m_watcher.cancel();
        return;
    }
    start(request);
}

void ImageDemoRunner::cancel()
{
    m_pending.reset();
    if (m_watcher.isRunning()) {
        m_userCancelled = true;
        m_watcher.cancel();
    }
}

void ImageDemoRunner::start(const ImageDemoRequest &request)
{
    const qint64 key = request.source.cacheKey();
    std::shared_ptr<const img::Matrix> gray;
    QImage grayImage;
    if (m_gray && key == m_grayKey && request.maxSide == m_grayMaxSide) {
        gray = m_gray;
        grayImage = m_grayImage;
    }
    m_runningKey = key;
    m_runningMaxSide = request.maxSide;
    m_userCancelled = false;
    setBusy(true);
    emit progressChanged(0);
    m_watcher.setFuture(QtConcurrent::run(imagedemo::workerPool(), [request, gray, grayImage](QPromise<OutcomePtr> &promise) {
        background::lowerCurrentThread();
        promise.setProgressRange(0, 100);
        auto outcome = std::make_shared<Outcome>();
        const img::ProgressFn report = [&promise](double f) {
            promise.setProgressValue(int(f * 100.0));
            return !promise.isCanceled();
        };
        try {
            auto result = std::make_shared<ImageDemoResult>();
            result->sourceSize = request.source.size();
            result->input = gray;
            result->inputImage = grayImage;
            const double filterStart = gray ? 0.0 : 0.4;
            if (!result->input) {
                auto g = grayOf(request.source, request.maxSide, img::subProgress(report, 0.0, filterStart));
                if (!g) {
                    outcome->error = g.error();
                    promise.addResult(outcome);
                    return;
                }
                result->input = std::make_shared<const img::Matrix>(std::move(g).value());
                result->inputImage = colored(*result->input, img::intensityScale());
                if (result->inputImage.isNull())
                    throw std::bad_alloc();
            }
            auto map = img::featureMap(*result->input, request.kernel, request.spec,
                                       img::subProgress(report, filterStart, 0.95));
            if (!map) {
                outcome->error = map.error();
                outcome->result = result; // the input alone can still be shown
                promise.addResult(outcome);
                return;
            }
            result->map = std::move(map).value();
            result->outputImage = colored(result->map.filtered.output, result->map.scale);
            if (result->outputImage.isNull())
                throw std::bad_alloc();
            result->legendColors = img::legendColors(result->map.scale, 256);
            result->legendTicks = img::legendTicks(result->map.scale);
            promise.setProgressValue(100);
            outcome->result = result;
        } catch (const std::bad_alloc &) {
            outcome->result.reset();
            outcome->error = dlt::Error("image.out_of_memory");
        }
        promise.addResult(outcome);
    }));
}

void ImageDemoRunner::onWorkerFinished()
{
    const QFuture<OutcomePtr> future = m_watcher.future();
    const bool superseded = m_pending.has_value();
    if (!superseded && !future.isCanceled() && future.resultCount() > 0) {
        const OutcomePtr outcome = future.result();
        if (outcome->result && outcome->result->input) {
            m_gray = outcome->result->input;
            m_grayImage = outcome->result->inputImage;
            m_grayKey = m_runningKey;
            m_grayMaxSide = m_runningMaxSide;
        }
        if (outcome->error.key.empty()) {
            m_result = outcome->result;
            emit finished(m_result);
        } else if (outcome->error.key != "image.cancelled") {
            // With a valid input but a filter that cannot run on it, the result holds the input alone.
            m_result = outcome->result;
            emit failed(outcome->error);
        }
    }
    if (m_pending) {
        const ImageDemoRequest next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    const bool wasCancelled = m_userCancelled;
    m_userCancelled = false;
    setBusy(false);
    if (wasCancelled)
        emit cancelled();
}

void ImageDemoRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
