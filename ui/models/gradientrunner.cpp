#include "gradientrunner.h"

#include "background/backgroundpool.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace {

bool sameMatrix(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

} // namespace

GradientRunner::GradientRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::finished, this, &GradientRunner::onBackgroundFinished);
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::progressValueChanged, this, &GradientRunner::progressChanged);
}

GradientRunner::~GradientRunner()
{
    m_pending.reset();
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

bool GradientRunner::runsInBackground(const dlt::rnn::Inputs &inputs)
{
    const long long n = inputs.w.rows();
    return n >= 64 || inputs.steps > 2000 || n * n * inputs.steps > 1'000'000;
}

const dlt::rnn::Spectra *GradientRunner::cachedSpectraFor(const dlt::rnn::Inputs &inputs) const
{
    return m_cachedSpectra && sameMatrix(m_cachedW, inputs.w) ? m_cachedSpectra.get() : nullptr;
}

void GradientRunner::request(const dlt::rnn::Inputs &inputs)
{
    ++m_generation;
    if (runsInBackground(inputs)) {
        if (m_watcher.isRunning()) {
            m_pending = inputs; // started when the running job stops
            m_watcher.cancel();
            setBusy(true); // also after a cancel(), which made the runner idle at once
            return;
        }
        startBackground(inputs);
        return;
    }
    // Small: answer now. A running background job becomes stale and is cancelled.
    m_pending.reset();
    if (m_watcher.isRunning())
        m_watcher.cancel();
    dlt::rnn::AnalyzeOptions options;
    options.knownUnitSpectra = cachedSpectraFor(inputs);
    auto r = dlt::rnn::analyze(inputs, options);
    Outcome outcome;
    if (r)
        outcome.analysis = std::move(r).value();
    else
        outcome.error = r.error();
    deliver(outcome);
}

void GradientRunner::startBackground(const dlt::rnn::Inputs &inputs)
{
    m_runningGeneration = m_generation;
    std::shared_ptr<const dlt::rnn::Spectra> spectra;
    if (cachedSpectraFor(inputs))
        spectra = m_cachedSpectra;
    setBusy(true);
    emit progressChanged(0);
    m_watcher.setFuture(QtConcurrent::run(background::pool(), [inputs, spectra](QPromise<OutcomePtr> &promise) {
        background::lowerCurrentThread(); // its LAPACK and row-splitting threads inherit this
        promise.setProgressRange(0, 100);
        dlt::rnn::AnalyzeOptions options;
        options.knownUnitSpectra = spectra.get();
        options.progress = [&promise](double fraction) {
            promise.setProgressValue(int(fraction * 100.0));
            return !promise.isCanceled();
        };
        auto r = dlt::rnn::analyze(inputs, options);
        auto outcome = std::make_shared<Outcome>();
        if (r)
            outcome->analysis = std::move(r).value();
        else
            outcome->error = r.error();
        promise.addResult(outcome);
    }));
}

void GradientRunner::onBackgroundFinished()
{
    const QFuture<OutcomePtr> future = m_watcher.future();
    const bool current = m_runningGeneration == m_generation && !future.isCanceled() && future.resultCount() > 0;
    if (current) {
        const OutcomePtr outcome = future.result(); // ours alone now: the worker has finished
        deliver(*outcome);
    }
    if (m_pending) {
        const dlt::rnn::Inputs next = *m_pending;
        m_pending.reset();
        startBackground(next);
        return;
    }
    setBusy(false);
}

void GradientRunner::deliver(Outcome &outcome)
{
    if (!outcome.analysis) {
        if (outcome.error.key != "rnn.cancelled")
            emit failed(outcome.error);
        return;
    }
    auto analysis = std::make_shared<const dlt::rnn::Analysis>(std::move(*outcome.analysis));
    if (!cachedSpectraFor(analysis->inputs)) {
        m_cachedW = analysis->inputs.w;
        m_cachedSpectra = std::make_shared<const dlt::rnn::Spectra>(analysis->unitSpectra);
    }
    m_result = analysis;
    emit finished(m_result);
}

void GradientRunner::cancel()
{
    m_pending.reset();
    ++m_generation;
    if (m_watcher.isRunning())
        m_watcher.cancel();
    setBusy(false); // the stale worker's result, when it comes, is dropped (generation)
}

void GradientRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
