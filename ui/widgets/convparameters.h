#pragma once

#include "conv/conv.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

/**
 * Stride, padding and dilation per axis (a rows × columns pair of spin boxes each) and the mode.
 * setSpec() shows a spec without emitting; a user change emits specEdited with a field id so
 * repeated changes of one control can merge into one undo step.
 */
class ConvParameters : public QWidget
{
    Q_OBJECT

public:
    /** The control that changed, used as the undo merge id. */
    enum Field { StrideRows, StrideCols, PaddingRows, PaddingCols, DilationRows, DilationCols, ModeField };

    /** Largest stride, padding or dilation offered by the spin boxes. */
    static constexpr int kMaxValue = 32;

    explicit ConvParameters(QWidget *parent = nullptr);

    dlt::conv::Spec spec() const;
    void setSpec(const dlt::conv::Spec &spec);

signals:
    void specEdited(const dlt::conv::Spec &spec, int field);

private:
    QSpinBox *makeSpin(const QString &name, const QString &accessible, const QString &tip, int min, Field field);

    QSpinBox *m_strideH;
    QSpinBox *m_strideW;
    QSpinBox *m_paddingH;
    QSpinBox *m_paddingW;
    QSpinBox *m_dilationH;
    QSpinBox *m_dilationW;
    QComboBox *m_mode;
};
