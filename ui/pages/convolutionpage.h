#pragma once

#include <QWidget>

class ConvParameters;
class ConvolutionDocument;
class MatrixEditor;
class MatrixGrid;
class QCheckBox;
class QComboBox;
class QLabel;
class QUndoStack;
class SizeFormula;
class StepArithmetic;
class StepControls;

/**
 * The convolution tutor: input and filter editors, filter presets, stride/padding/dilation and
 * mode, the output grid, stepping through the trace with the window highlighted, the step's
 * arithmetic and the output-size formula. State and undo live in a ConvolutionDocument; this
 * page only arranges the widgets and forwards the step keys (Left/Right, Home/End, Space).
 */
class ConvolutionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConvolutionPage(QWidget *parent = nullptr);

    ConvolutionDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildOutputPanel();
    QLabel *makeOperator(const QString &name);
    void onResultChanged();
    void onStepChanged();
    void syncPreset();

    QUndoStack *m_undoStack;
    ConvolutionDocument *m_document;
    ConvParameters *m_parameters;
    QComboBox *m_preset;
    MatrixEditor *m_inputEditor;
    MatrixEditor *m_filterEditor;
    MatrixGrid *m_outputGrid;
    QLabel *m_outputTitle;
    QCheckBox *m_showAll;
    QLabel *m_operator;
    StepControls *m_steps;
    StepArithmetic *m_arithmetic;
    SizeFormula *m_sizeFormula;
    QLabel *m_banner;
    bool m_focusedOnce = false;
};
