#pragma once

#include "common/error.h"
#include "rnn/analysis.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

/**
 * Runs dlt::rnn::analyze for the gradient page. Small problems (the n = 2 seed, any n < 64 with
 * modest T) run at once on the calling thread so a slider drag redraws in the same frame; large
 * ones (n ≥ 64, T > 2000 or n²·T > 10⁶) run on a QtConcurrent worker with progress and Cancel.
 * A newer request supersedes an older one (the older is cancelled and its result dropped).
 * When only the scale or T changed, the spectra of the previous run are reused (the rescale path).
 */
class GradientRunner : public QObject
{
    Q_OBJECT

public:
    using AnalysisPtr = std::shared_ptr<const dlt::rnn::Analysis>;

    explicit GradientRunner(QObject *parent = nullptr);
    ~GradientRunner() override;

    /** True when these inputs would run on the worker thread. */
    static bool runsInBackground(const dlt::rnn::Inputs &inputs);

    /** Analyses inputs: synchronously (finished/failed emitted before returning) or on the worker. */
    void request(const dlt::rnn::Inputs &inputs);
    /**
     * Cancels the background job, if any (failed() is not emitted for it). The runner is idle at
     * once: the trajectory stops within a step, but a LAPACK factorisation already under way
     * cannot be interrupted; it finishes on its (low-priority) thread and its result is dropped.
     */
    void cancel();
    /** True from a background request until its result or failure is shown, or until cancel(). */
    bool isBusy() const { return m_busy; }
    /** True while a worker thread still runs, including a cancelled one finishing its factorisation. */
    bool isWorkerRunning() const { return m_watcher.isRunning(); }
    /** The last successful result (nullptr before the first). */
    AnalysisPtr result() const { return m_result; }

signals:
    void finished(const GradientRunner::AnalysisPtr &analysis);
    void failed(const dlt::Error &error);
    /** The worker started (true) or stopped (false). */
    void busyChanged(bool busy);
    /** Worker progress, 0..100. */
    void progressChanged(int percent);

private:
    struct Outcome {
        std::optional<dlt::rnn::Analysis> analysis;
        dlt::Error error;
    };
    using OutcomePtr = std::shared_ptr<Outcome>;

    void startBackground(const dlt::rnn::Inputs &inputs);
    void onBackgroundFinished();
    void deliver(Outcome &outcome);
    const dlt::rnn::Spectra *cachedSpectraFor(const dlt::rnn::Inputs &inputs) const;
    void setBusy(bool busy);

    QFutureWatcher<OutcomePtr> m_watcher;
    std::optional<dlt::rnn::Inputs> m_pending; ///< requested while the worker was busy
    AnalysisPtr m_result;
    // Spectra of the W last factorised, so a new scale or T skips the factorisation.
    std::shared_ptr<const dlt::rnn::Spectra> m_cachedSpectra;
    Eigen::MatrixXd m_cachedW;
    bool m_busy = false;
    quint64 m_generation = 0;   ///< bumped by every request; a result of an older one is dropped
    quint64 m_runningGeneration = 0;
};
