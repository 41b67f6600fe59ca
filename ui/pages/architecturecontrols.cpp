#include "architecturecontrols.h"

#include "text/errortext.h"
#include "theme/themecolors.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using archformat::Quantity;

ArchitectureControls::ArchitectureControls(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QToolBar;
    m_bar->setObjectName(QStringLiteral("vggControlsBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setMovable(false);

    auto *inputLabel = new QLabel(tr("&Input size: "));
    m_inputEdit = new QLineEdit(archformat::shape({224, 224, 3}));
    m_inputEdit->setObjectName(QStringLiteral("inputSizeEdit"));
    m_inputEdit->setAccessibleName(tr("Input size"));
    m_inputEdit->setToolTip(tr("The input volume as height×width×channels, e.g. 224x224x3 or 32x32x3. "
                               "Every column refills as you type."));
    m_inputEdit->setMaxLength(40);
    m_inputEdit->setFixedWidth(m_inputEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000×0000×000")) + 16);
    inputLabel->setBuddy(m_inputEdit);
    connect(m_inputEdit, &QLineEdit::textEdited, this, &ArchitectureControls::onInputTextEdited);
    connect(m_inputEdit, &QLineEdit::editingFinished, this, [this] {
        m_typing = false;
        if (m_errorDelay->isActive()) {
            m_errorDelay->stop();
            showInputError();
        }
    });
    m_errorDelay = new QTimer(this);
    m_errorDelay->setSingleShot(true);
    m_errorDelay->setInterval(600);
    connect(m_errorDelay, &QTimer::timeout, this, &ArchitectureControls::showInputError);
    m_bar->addWidget(inputLabel);
    m_bar->addWidget(m_inputEdit);
    m_bar->addSeparator();

    m_bar->addWidget(new QLabel(tr("Show: ")));
    m_quantities = new QActionGroup(this);
    m_quantities->setExclusive(true);
    struct Choice {
        Quantity quantity;
        const char *name;
        QString text;
        QString tip;
        int key;
    };
    const Choice choices[] = {
        {Quantity::OutputSize, "showSizeButton", tr("Output size"), tr("Each cell shows the layer's output H×W×D"), Qt::Key_1},
        {Quantity::Parameters, "showParamsButton", tr("Parameters"), tr("Each cell shows the layer's weights + biases"), Qt::Key_2},
        {Quantity::Macs, "showMacsButton", tr("MACs"), tr("Each cell shows the layer's multiply-accumulates"), Qt::Key_3},
        {Quantity::ReceptiveField, "showReceptiveFieldButton", tr("Receptive field"),
         tr("Each cell shows the side of the input window one output unit sees"), Qt::Key_4},
    };
    for (const Choice &c : choices) {
        QAction *a = m_bar->addAction(c.text);
        a->setCheckable(true);
        a->setData(int(c.quantity));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(c.key)));
        a->setToolTip(tr("%1 (%2)").arg(c.tip, a->shortcut().toString(QKeySequence::NativeText)));
        m_quantities->addAction(a);
        QWidget *button = m_bar->widgetForAction(a);
        button->setObjectName(QLatin1String(c.name));
        button->setAccessibleName(tr("Show %1").arg(c.text));
        connect(a, &QAction::triggered, this, [this, q = c.quantity] { emit quantityChosen(q); });
    }
    m_quantities->actions().constFirst()->setChecked(true);
    m_bar->addSeparator();

    m_practice = new QCheckBox(tr("&Hide sizes (practice)"));
    m_practice->setObjectName(QStringLiteral("practiceToggle"));
    m_practice->setAccessibleName(tr("Hide sizes and practise"));
    m_practice->setToolTip(tr("Blank the shown quantity in every cell; select a cell, type your answer and press "
                              "Enter to have it checked"));
    connect(m_practice, &QCheckBox::toggled, this, &ArchitectureControls::practiceToggled);
    m_bar->addWidget(m_practice);

    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("practiceScore"));
    m_score->setAccessibleName(tr("Practice score"));
    m_score->setContentsMargins(8, 0, 8, 0);
    m_scoreAction = m_bar->addWidget(m_score);
    m_scoreAction->setVisible(false);

    m_clearAnswers = m_bar->addAction(tr("Clear answers"));
    m_clearAnswers->setToolTip(tr("Forget every typed answer and start again"));
    m_bar->widgetForAction(m_clearAnswers)->setObjectName(QStringLiteral("clearAnswersButton"));
    m_bar->widgetForAction(m_clearAnswers)->setAccessibleName(tr("Clear answers"));
    m_clearAnswers->setVisible(false);
    connect(m_clearAnswers, &QAction::triggered, this, &ArchitectureControls::clearAnswersRequested);

    m_inputError = new QLabel;
    m_inputError->setObjectName(QStringLiteral("inputSizeError"));
    m_inputError->setAccessibleName(tr("Input size problem"));
    theme::setStyleSheetColor(m_inputError, theme::TextRole::Error);
    m_inputError->setWordWrap(true);
    m_inputError->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_inputError);
}

void ArchitectureControls::onInputTextEdited(const QString &text)
{
    const dlt::Result<dlt::arch::Shape> shape = dlt::arch::parseShape(text.toStdString());
    if (!shape) {
        // Say what is wrong once the typing pauses, not after every key of "224x224x3".
        m_inputError->setText(errorText(shape.error()));
        m_errorDelay->start();
        return;
    }
    m_errorDelay->stop();
    m_inputError->hide();
    theme::setStyleSheetColor(m_inputEdit, theme::TextRole::Error, QString());
    emit inputEdited(*shape, m_typing);
    m_typing = true;
}

void ArchitectureControls::showInputError()
{
    m_inputError->show();
    theme::setStyleSheetColor(m_inputEdit, theme::TextRole::Error, QStringLiteral("QLineEdit { border: 2px solid %1; }"));
}

void ArchitectureControls::setInput(const dlt::arch::Shape &input)
{
    const dlt::Result<dlt::arch::Shape> typed = dlt::arch::parseShape(m_inputEdit->text().toStdString());
    if (typed && *typed == input)
        return; // already says so, perhaps in the user's own spelling
    m_inputEdit->setText(archformat::shape(input));
    m_errorDelay->stop();
    m_inputError->hide();
    theme::setStyleSheetColor(m_inputEdit, theme::TextRole::Error, QString());
}

void ArchitectureControls::setQuantity(Quantity quantity)
{
    for (QAction *a : m_quantities->actions())
        if (a->data().toInt() == int(quantity))
            a->setChecked(true);
}

void ArchitectureControls::setPracticeMode(bool on)
{
    m_practice->setChecked(on);
    m_scoreAction->setVisible(on);
    m_clearAnswers->setVisible(on);
}

void ArchitectureControls::setTally(const dlt::arch::Tally &tally)
{
    m_score->setText(tr("%1 of %2 answered, %3 correct").arg(tally.answered).arg(tally.cells).arg(tally.correct));
}
