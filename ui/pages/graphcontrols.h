#pragma once

#include "models/graphdocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

/**
 * The graph page's tool bar: cell, folded/unrolled, τ, "not shared", backward mode, zoom and
 * "Save as PNG" with its scale. Edits are reported, not applied: the page turns them into
 * undoable commands.
 */
class GraphControls : public QWidget
{
    Q_OBJECT

public:
    explicit GraphControls(QWidget *parent = nullptr);

    /** Shows options without emitting optionsEdited(). */
    void setOptions(const GraphOptions &options);

    bool backwardMode() const;
    /** Checks or clears "Backward" without emitting backwardToggled(). */
    void setBackwardMode(bool on);
    /** The chosen PNG scale, 1 to 4. */
    int exportScale() const;

    /** Option id for merging consecutive edits of τ (choices and toggles never merge). */
    enum Field { StepsField = 1 };

signals:
    void optionsEdited(const GraphOptions &options, const QString &text, int field);
    void backwardToggled(bool on);
    void zoomInRequested();
    void zoomOutRequested();
    void fitRequested();
    void saveRequested();

private:
    void edit(const QString &text, int field);

    GraphOptions m_options;
    QComboBox *m_cell;
    QRadioButton *m_folded;
    QRadioButton *m_unrolled;
    QSpinBox *m_steps;
    QCheckBox *m_unshared;
    QCheckBox *m_backward;
    QComboBox *m_scale;
};
