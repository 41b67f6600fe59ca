#pragma once

#include "conv/conv.h"

#include <QObject>
#include <QString>

#include <array>
#include <optional>

class MatrixModel;
class QUndoStack;

/**
 * The convolution page's state: the input and filter (editable MatrixModels), the spec
 * (stride, padding, dilation, mode), and the result of dlt::conv::trace() with the step being
 * shown. Every edit goes through the undo stack and recomputes at once; while the input is
 * invalid the last valid result stays, marked stale, and problem() says what is wrong.
 */
class ConvolutionDocument : public QObject
{
    Q_OBJECT

public:
    /** Above this many multiplications (output cells × filter taps) the page shows the output without stepping. */
    static constexpr long long kMaxInteractiveTaps = 500'000;

    /** Starts with the seed's 7×7 input and its horizontal-edge filter; edits are pushed on undoStack. */
    explicit ConvolutionDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    MatrixModel *inputModel() const { return m_input; }
    MatrixModel *filterModel() const { return m_filter; }
    /** Read-only: the output map, its current cell, and the cells revealed so far. */
    MatrixModel *outputModel() const { return m_output; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const dlt::conv::Spec &spec() const { return m_spec; }
    /** Changes the spec through the undo stack; consecutive changes with the same mergeId ≥ 0 merge into one undo step. */
    void setSpec(const dlt::conv::Spec &spec, int mergeId = -1);
    /** Changes the spec at once (used by the undo command). */
    void applySpec(const dlt::conv::Spec &spec);

    /** Sets every filter channel to a preset kernel, through the undo stack. */
    void applyPreset(dlt::conv::Preset preset);
    /** The preset whose kernel every filter channel equals exactly, if any. */
    std::optional<dlt::conv::Preset> matchingPreset() const;
    /** The translated name of a preset, for menus and undo texts. */
    static QString presetName(dlt::conv::Preset preset);

    /** True when the current input, filter and spec give a result. */
    bool isValid() const { return m_problem.isEmpty(); }
    /** Why the current input gives no result (a full sentence), or an empty string. */
    QString problem() const { return m_problem; }
    /** A note when the result has no steps (the trace would be too large), or an empty string. */
    QString note() const { return m_note; }
    /** True once some input gave a result; while invalid it is the last valid one. */
    bool hasResult() const { return m_hasResult; }
    /** True when the result has a step trace to walk through. */
    bool hasSteps() const { return m_hasResult && !m_trace.steps.empty(); }
    /** The last valid result: geometry and output; steps are empty when hasSteps() is false. */
    const dlt::conv::Trace &trace() const { return m_trace; }
    /** The output-size numbers per axis for the current shapes and spec, or the error that stops them. */
    const dlt::Result<dlt::conv::AxisSize> &rowsAxis() const { return m_rowsAxis; }
    const dlt::Result<dlt::conv::AxisSize> &colsAxis() const { return m_colsAxis; }

    int stepCount() const { return hasSteps() ? int(m_trace.steps.size()) : 0; }
    /** The step shown, 0-based; −1 when there are no steps. */
    int currentStep() const { return hasSteps() ? m_step : -1; }
    void setCurrentStep(int step);

    /** Show every output cell rather than only those computed up to the current step. */
    bool showAll() const { return m_showAll; }
    void setShowAll(bool showAll);

public slots:
    /** Runs dlt::conv::trace() on the current input (called on every edit). */
    void recompute();
    /** Refreshes the highlights after the shown channel of an editor changed. */
    void updateDecorations();

signals:
    /** After every recompute, valid or not. */
    void resultChanged();
    void currentStepChanged(int step);
    void specChanged(const dlt::conv::Spec &spec);
    void showAllChanged(bool showAll);

private:
    /** True when the last valid trace was made with the current spec and shapes, so its window fits the grids. */
    bool traceMatchesGrids() const;

    QUndoStack *m_undoStack;
    MatrixModel *m_input;
    MatrixModel *m_filter;
    MatrixModel *m_output;
    dlt::conv::Spec m_spec;
    dlt::conv::Trace m_trace;
    dlt::conv::Spec m_traceSpec;           ///< the spec of m_trace
    std::array<long long, 6> m_traceShapes{}; ///< input rows, cols, channels; filter rows, cols, channels
    dlt::Result<dlt::conv::AxisSize> m_rowsAxis{dlt::Error("conv.empty")};
    dlt::Result<dlt::conv::AxisSize> m_colsAxis{dlt::Error("conv.empty")};
    bool m_hasResult = false;
    QString m_problem;
    QString m_note;
    int m_step = 0;
    bool m_showAll = false;
};
