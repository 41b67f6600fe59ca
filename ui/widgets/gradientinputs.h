#pragma once

#include "models/gradientdocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class WeightMatrixModel;

/**
 * The recurrence's inputs on the gradient page: the size n and the W_hh grid, the activation,
 * T, and the vectors b, h₀ and l (empty = default). Every edit goes to the GradientDocument as
 * an undoable command; the widgets follow the document (so Undo updates them too).
 * Errors are shown in place under the field they concern.
 */
class GradientInputs : public QWidget
{
    Q_OBJECT

public:
    explicit GradientInputs(GradientDocument *document, QWidget *parent = nullptr);

    /** Shows (or with an empty text, clears) an error under the field. */
    void setVectorError(GradientDocument::VectorField field, const QString &text);
    /** Shows (or clears) an error under the W_hh grid. */
    void setMatrixError(const QString &text);
    /** Clears every in-place error. */
    void clearErrors();

    WeightMatrixModel *matrixModel() const { return m_model; }

private:
    void syncFromDocument();
    void fitMatrixHeight();
    QLineEdit *&edit(GradientDocument::VectorField field);
    QLabel *&errorLabel(GradientDocument::VectorField field);

    GradientDocument *m_document;
    WeightMatrixModel *m_model;
    QSpinBox *m_size;
    QTableView *m_matrix;
    QLabel *m_matrixError;
    QComboBox *m_activation;
    QSpinBox *m_steps;
    QLineEdit *m_edits[3] = {};
    QLabel *m_errors[3] = {};
};
