#pragma once

#include "models/graphdocument.h"

#include <QScrollArea>

#include <string>

class BpttSumModel;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTableView;
class UnsharedCopiesModel;

/**
 * Beside the graph: the cell's equations, the selected node, the backward pass for one
 * parameter with its running sum, the unshared copies after one step, and the instance's sizes.
 */
class GraphSidePanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit GraphSidePanel(QWidget *parent = nullptr);

    /** Refreshes everything from the document. */
    void setDocument(const GraphDocument &document);
    /** The parameter whose running sum and copies are shown. */
    std::string parameter() const { return m_parameter; }
    /** Chooses the parameter without emitting parameterChosen(). */
    void setParameter(const std::string &symbol);
    /** Shows the selected node's name, value and gradient (-1: a hint). */
    void setSelection(const GraphDocument &document, int node);

    /** Shows or hides the backward group; stage 1..τ. */
    void setBackward(bool on, int stage);
    int stage() const { return m_stage; }

    /** Option ids for merging consecutive edits of one field. */
    enum Field { LearningRateField = 10, HiddenField, InputField, ClassesField, SeedField };

signals:
    void parameterChosen(const std::string &symbol);
    void optionsEdited(const GraphOptions &options, const QString &text, int field);

private:
    void refreshBackward();
    void refreshStage();
    void refreshUnshared();

    const GraphDocument *m_document = nullptr;
    std::string m_parameter = "W";
    bool m_backwardOn = false;
    int m_stage = 1;
    QLabel *m_equations;
    QLabel *m_selection;
    QComboBox *m_parameterCombo;
    QGroupBox *m_backwardGroup;
    BpttSumModel *m_bpttModel;
    QTableView *m_bpttTable;
    QLabel *m_bpttResult;
    QGroupBox *m_unsharedGroup;
    QDoubleSpinBox *m_learningRate;
    UnsharedCopiesModel *m_unsharedModel;
    QTableView *m_unsharedTable;
    QLabel *m_unsharedSummary;
    QSpinBox *m_hidden;
    QSpinBox *m_input;
    QSpinBox *m_classes;
    QSpinBox *m_seed;
};
