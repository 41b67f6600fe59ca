#pragma once

#include "models/architectureformat.h"

#include "arch/practice.h"
#include "arch/shape.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolBar;

/**
 * The VGG page's top bar: the input size (checked by core as it is typed), what the layer
 * cells show (output size, parameters, MACs, receptive field), and the "hide sizes" practice mode
 * with its score. A tool bar, so that on a narrow window the rest folds into its » menu.
 */
class ArchitectureControls : public QWidget
{
    Q_OBJECT

public:
    explicit ArchitectureControls(QWidget *parent = nullptr);

    /** Shows an input size set elsewhere (undo, redo), unless the field already says it. */
    void setInput(const dlt::arch::Shape &input);
    void setQuantity(archformat::Quantity quantity);
    void setPracticeMode(bool on);
    void setTally(const dlt::arch::Tally &tally);

signals:
    /** A valid input size was typed; continuing when it carries on the same typing as the last one. */
    void inputEdited(const dlt::arch::Shape &input, bool continuing);
    void quantityChosen(archformat::Quantity quantity);
    void practiceToggled(bool on);
    void clearAnswersRequested();

private:
    void onInputTextEdited(const QString &text);
    void showInputError();

    QToolBar *m_bar = nullptr;
    QLineEdit *m_inputEdit = nullptr;
    bool m_typing = false; ///< a valid size was sent since the field was last entered or left
    QLabel *m_inputError = nullptr;
    QTimer *m_errorDelay = nullptr; ///< shows m_inputError when the typing pauses
    QActionGroup *m_quantities = nullptr;
    QCheckBox *m_practice = nullptr;
    QAction *m_scoreAction = nullptr;
    QLabel *m_score = nullptr;
    QAction *m_clearAnswers = nullptr;
};
