#pragma once

#include "theme/themecolors.h"

#include "models/gradientrunner.h"

#include <QWidget>

class EigenvalueModel;
class GradientChart;
class GradientDocument;
class GradientExplanation;
class GradientInputs;
class GradientPresetBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;
class ScaleControl;
class SpectrumView;

namespace dlt {
struct Error;
}

/**
 * "Vanishing/exploding gradients" (topic id "rnn"): choose W_hh (grid, presets, scale slider),
 * the activation, T, b, h₀ and l, and compare the actual back-propagated gradient norm with the
 * guaranteed bound and the seed's estimate; the spectrum (table and complex plane) and a worked
 * explanation follow every change. State and undo live in a GradientDocument; the analysis runs
 * through a GradientRunner (background thread with progress and Cancel for large problems).
 */
class GradientPage : public QWidget
{
    Q_OBJECT

public:
    explicit GradientPage(QWidget *parent = nullptr);
    ~GradientPage() override;

    GradientDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    GradientRunner *runner() const { return m_runner; }

    /**
     * Returns once a running analysis has finished and its result is shown in full (the chart,
     * the spectrum, the table and the explanation): for exports of the window and for tests.
     */
    void settle();

private:
    QWidget *buildLeftPanel();
    QWidget *buildRightPanel();
    void recompute();
    void onFinished(const GradientRunner::AnalysisPtr &analysis);
    /** The spectrum, its caption, the eigenvalue table and the explanation for analysis. */
    void showDetails(const GradientRunner::AnalysisPtr &analysis);
    /** Shows the details of a big result now, if they are still waiting for their turn. */
    void showPendingDetails();
    void settleLayouts();
    void onFailed(const dlt::Error &error);
    void onBusyChanged(bool busy);
    void showBanner(const QString &text, QColor theme::ThemeColors::*fill, QColor theme::ThemeColors::*ink);

    QUndoStack *m_undoStack;
    GradientDocument *m_document;
    GradientRunner *m_runner;
    EigenvalueModel *m_eigenModel;
    GradientPresetBox *m_presets = nullptr;
    GradientInputs *m_inputs = nullptr;
    ScaleControl *m_scale = nullptr;
    QLabel *m_banner = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_progressRow = nullptr;
    QTimer *m_progressDelay = nullptr;
    QTimer *m_detailsTimer = nullptr;
    GradientRunner::AnalysisPtr m_pendingDetails; ///< a big result whose details show on the next turn
    GradientChart *m_chart = nullptr;
    QLabel *m_readout = nullptr;
    SpectrumView *m_spectrum = nullptr;
    QLabel *m_spectrumCaption = nullptr;
    QTableView *m_eigenTable = nullptr;
    GradientExplanation *m_explanation = nullptr;
};
