#pragma once

#include "common/result.h"
#include "rnn/inputs.h"
#include "rnn/presets.h"

#include <QObject>
#include <QString>

#include <Eigen/Core>

class QUndoStack;

/** Everything the student edits on the gradient page; one snapshot per undo step. */
struct GradientState {
    Eigen::MatrixXd w;                                     ///< W_hh as entered (n×n), before the scale factor
    dlt::rnn::Activation activation = dlt::rnn::Activation::Sigmoid;
    long long steps = 100;                                 ///< T
    QString bias;                                          ///< b as typed; empty means zeros
    QString h0;                                            ///< h_0 as typed; empty means zeros
    QString lossGrad;                                      ///< l as typed; empty means 1/√n each
    double scale = 1.0;                                    ///< the slider's factor on W_hh

    bool operator==(const GradientState &other) const;
};

/**
 * The gradient page's document: the current GradientState and the undo stack its edits go
 * through. Every change method pushes a command (so Edit ▸ Undo reverts it); the command then
 * calls setState(). Widgets never change the state directly.
 */
class GradientDocument : public QObject
{
    Q_OBJECT

public:
    /** Which text field a vector edit or parse error concerns. */
    enum class VectorField { Bias, H0, LossGrad };

    /** undoStack receives every edit; it usually belongs to the page (the main window's Edit menu finds it there). */
    explicit GradientDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    const GradientState &state() const { return m_state; }
    QUndoStack *undoStack() const { return m_undoStack; }
    int size() const { return int(m_state.w.rows()); }
    QString vectorText(VectorField field) const;

    /** One cell of W_hh (0-based). */
    void changeEntry(int row, int column, double value);
    /** Resizes W_hh to n×n keeping the top-left block (new cells 0); vector texts of another length are cleared. */
    void changeSize(int n);
    void changeActivation(dlt::rnn::Activation activation);
    void changeSteps(long long steps);
    void changeVector(VectorField field, const QString &text);
    /**
     * The slider's factor. Successive calls with the same gesture id merge into one undo step
     * (a whole drag undoes at once); pass a new id for a new gesture.
     */
    void changeScale(double scale, int gesture);
    /** Replaces W_hh, activation, b, h_0 and l by a preset's and resets the scale to 1 (T is kept). */
    dlt::Status loadPreset(dlt::rnn::Preset preset, const dlt::rnn::PresetParams &params);

    /** Called by the undo commands only. Emits the signals for what changed. */
    void setState(const GradientState &state);

    /**
     * The inputs for core: W, activation, T, scale, and b/h0/l parsed from their text (dlt::parseVector).
     * On a parse error, failedField tells which field it was (when given).
     */
    dlt::Result<dlt::rnn::Inputs> inputs(VectorField *failedField = nullptr) const;

signals:
    /** W_hh changed size (models reset). */
    void matrixResized();
    /** Entries of W_hh changed, same size. */
    void matrixValuesChanged();
    /** Anything changed (after the specific signals above). */
    void changed();

private:
    void push(const GradientState &next, const QString &text, int mergeId = -1, int gesture = 0);

    QUndoStack *m_undoStack;
    GradientState m_state;
};
