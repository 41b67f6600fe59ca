#include "convolutionpage.h"

#include "imagedemo/imagedemotabs.h"
#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "theme/scaledfont.h"
#include "theme/themecolors.h"
#include "widgets/convparameters.h"
#include "widgets/flowlayout.h"
#include "widgets/matrixeditor.h"
#include "widgets/matrixgrid.h"
#include "widgets/sizeformula.h"
#include "widgets/steparithmetic.h"
#include "widgets/stepcontrols.h"
#include "theme/cleanmode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace conv = dlt::conv;

ConvolutionPage::ConvolutionPage(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_document(new ConvolutionDocument(m_undoStack, this))
    , m_parameters(new ConvParameters)
    , m_preset(new QComboBox)
    , m_inputEditor(new MatrixEditor)
    , m_filterEditor(new MatrixEditor)
    , m_steps(new StepControls)
    , m_arithmetic(new StepArithmetic)
    , m_sizeFormula(new SizeFormula)
    , m_banner(new QLabel)
{
    setObjectName(QStringLiteral("convPage"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Convolution"));
    m_undoStack->setObjectName(QStringLiteral("convUndoStack"));
    m_document->setObjectName(QStringLiteral("convDocument"));

    auto *title = new QLabel(tr("Convolution with a given filter"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    theme::setRelativeFont(title, 1.6);
    auto *intro = new QLabel(tr("Each output cell is the sum of input value × filter weight over the window. "
                                "Keys: ← → step, Home / End, Space plays, Esc leaves a grid."));
    intro->setWordWrap(true);

    m_preset->setObjectName(QStringLiteral("filterPreset"));
    m_preset->setAccessibleName(tr("Filter preset"));
    m_preset->setToolTip(tr("Replace the filter with a well-known kernel (every channel)"));
    m_preset->addItem(tr("Custom"), -1);
    for (conv::Preset p : conv::allPresets())
        m_preset->addItem(ConvolutionDocument::presetName(p), int(p));
    m_parameters->setObjectName(QStringLiteral("convParameters"));
    // Optional groups an instructor can hide in clean mode (View → Prepare clean mode…).
    m_parameters->setProperty(cleanmode::kControlProperty, tr("Stride, padding, dilation and mode"));
    m_preset->setProperty(cleanmode::kControlProperty, tr("Filter presets"));
    intro->setObjectName(QStringLiteral("convIntro"));
    intro->setProperty(cleanmode::kControlProperty, tr("Introduction"));

    m_inputEditor->setModel(m_document->inputModel(), QStringLiteral("input"));
    m_inputEditor->setRandomRange(0, 9);
    m_filterEditor->setModel(m_document->filterModel(), QStringLiteral("filter"));
    m_filterEditor->setRandomRange(-1, 1);
    m_filterEditor->addHeaderWidget(m_preset);
    m_operator = makeOperator(QStringLiteral("operatorSymbol"));
    QLabel *equals = makeOperator(QStringLiteral("equalsSymbol"));
    equals->setText(QStringLiteral("="));
    // input ⋆ filter = output, wrapping onto more lines when the page is narrow (large scale factors).
    auto *grids = new FlowLayout(nullptr, 10, 14);
    grids->addWidget(m_inputEditor);
    grids->addWidget(m_operator);
    grids->addWidget(m_filterEditor);
    grids->addWidget(equals);
    grids->addWidget(buildOutputPanel());

    auto *legend = new QLabel;
    // The legend's swatches and the banner use the theme's colours; a theme change repaints them.
    const auto applyThemeColors = [this, legend] {
        const theme::ThemeColors &tc = theme::themeColors();
        legend->setText(
            tr("<span style=\"color:%1\">■</span> window (thick blue border, small ×weight = the filter weight used) &nbsp; "
               "<span style=\"color:%2\">■</span> output cell being computed (thick orange border) &nbsp; "
               "<span style=\"color:%3\">□</span> zero padding (dashed, grey italic 0) &nbsp; "
               "▨ never reached by the window (hatched)")
                .arg(theme::htmlColor(tc.windowBorder), theme::htmlColor(tc.currentBorder), theme::htmlColor(tc.paddingBorder)));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 2px solid %3;"
                                               " border-radius: 4px; padding: 6px; font-weight: bold; }")
                                    .arg(theme::htmlColor(tc.bannerErrorFill), theme::htmlColor(tc.bannerErrorText),
                                         theme::htmlColor(tc.bannerErrorBorder)));
    };
    legend->setObjectName(QStringLiteral("legend"));
    legend->setProperty(cleanmode::kControlProperty, tr("Colour legend"));
    legend->setWordWrap(true);

    m_steps->setObjectName(QStringLiteral("stepControls"));
    m_arithmetic->setObjectName(QStringLiteral("stepArithmetic"));
    m_sizeFormula->setObjectName(QStringLiteral("sizeFormula"));
    m_sizeFormula->setProperty(cleanmode::kControlProperty, tr("Output-size formula"));
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    applyThemeColors();
    theme::onColorsChanged(this, [this, applyThemeColors] {
        applyThemeColors();
        onStepChanged();
    });
    m_banner->hide();

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("convContent"));
    content->setFocusPolicy(Qt::ClickFocus);
    content->setFocusProxy(this); // a click on an empty spot gives the step keys back to the page
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_parameters);
    layout->addWidget(m_banner);
    layout->addLayout(grids);
    layout->addWidget(legend);
    layout->addWidget(line);
    layout->addWidget(m_steps);
    layout->addWidget(m_arithmetic);
    layout->addWidget(m_sizeFormula);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("convScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(imagedemo::withImageTab(scroll, m_document)); // tabs: Step through | Image demo

    m_parameters->setSpec(m_document->spec());
    connect(m_parameters, &ConvParameters::specEdited, m_document,
            [this](const conv::Spec &spec, int field) { m_document->setSpec(spec, field); });
    connect(m_document, &ConvolutionDocument::specChanged, m_parameters, &ConvParameters::setSpec);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const int preset = m_preset->itemData(index).toInt();
        if (preset >= 0)
            m_document->applyPreset(conv::Preset(preset));
        else
            syncPreset();
    });
    connect(m_steps, &StepControls::currentStepChanged, m_document, &ConvolutionDocument::setCurrentStep);
    connect(m_document, &ConvolutionDocument::currentStepChanged, this, &ConvolutionPage::onStepChanged);
    connect(m_document, &ConvolutionDocument::resultChanged, this, &ConvolutionPage::onResultChanged);
    connect(m_showAll, &QCheckBox::toggled, m_document, &ConvolutionDocument::setShowAll);
    connect(m_document, &ConvolutionDocument::showAllChanged, m_showAll, &QCheckBox::setChecked);
    onResultChanged();
}

QLabel *ConvolutionPage::makeOperator(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    theme::setRelativeFont(label, 2.6);
    label->setAlignment(Qt::AlignCenter);
    theme::setEmContentsMargins(label, 0.05, 2.4, 0.05, 0); // about the middle of a grid, at any zoom
    return label;
}

QWidget *ConvolutionPage::buildOutputPanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("outputPanel"));
    m_outputTitle = new QLabel;
    m_outputTitle->setObjectName(QStringLiteral("outputTitle"));
    QFont titleFont = m_outputTitle->font();
    titleFont.setBold(true);
    m_outputTitle->setFont(titleFont);
    theme::setRelativeFont(m_outputTitle, 1.25);
    m_outputGrid = new MatrixGrid;
    m_outputGrid->setObjectName(QStringLiteral("outputGrid"));
    m_outputGrid->setMatrixModel(m_document->outputModel());
    m_outputGrid->setAccessibleName(tr("Output matrix"));
    m_outputGrid->setToolTip(tr("Output: cells fill in as you step; Ctrl+C copies the whole output"));
    m_outputGrid->setAccessibleDescription(m_outputGrid->toolTip());
    m_showAll = new QCheckBox(tr("Show &all"));
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_showAll->setAccessibleName(tr("Show all output cells"));
    m_showAll->setToolTip(tr("Fill in every output cell instead of only those computed so far"));
    m_showAll->setFocusPolicy(Qt::TabFocus); // a click keeps Space for play/pause

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_outputTitle);
    layout->addWidget(m_outputGrid, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_showAll);
    layout->addStretch(1);
    return panel;
}

void ConvolutionPage::onResultChanged()
{
    const ConvolutionDocument &doc = *m_document;
    const bool correlation = doc.spec().mode == conv::Mode::Correlation;
    // The star operator glyph is drawn small in most fonts: give it twice the size of '='.
    const qreal starSize = font().pointSizeF() * 2.6 * 2; // the operator label's relative font × 2
    m_operator->setText(correlation ? QStringLiteral("<span style=\"font-size:%1pt\">\u22c6</span>").arg(starSize)
                                    : QStringLiteral("\u2217"));
    m_operator->setToolTip(correlation ? tr("⋆ cross-correlation") : tr("∗ convolution (the filter is flipped)"));
    m_operator->setAccessibleName(m_operator->toolTip());

    QString outTitle = tr("Output");
    if (doc.hasResult())
        outTitle += tr("  %1×%2").arg(doc.trace().output.rows()).arg(doc.trace().output.cols());
    if (doc.hasResult() && !doc.isValid())
        outTitle += tr(" (last valid)");
    m_outputTitle->setText(outTitle);

    const QString banner = !doc.isValid()
        ? (doc.hasResult() ? tr("%1 The output shows the last valid result.").arg(doc.problem()) : doc.problem())
        : doc.note();
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());

    m_sizeFormula->setAxes(doc.rowsAxis(), doc.colsAxis());
    m_steps->setStepCount(doc.stepCount());
    syncPreset();
    onStepChanged();
}

void ConvolutionPage::onStepChanged()
{
    const ConvolutionDocument &doc = *m_document;
    if (doc.hasSteps()) {
        m_steps->setCurrentStep(doc.currentStep());
        m_arithmetic->setStep(doc.trace().steps[size_t(doc.currentStep())], doc.trace().geometry.channels, !doc.isValid());
    } else if (doc.hasResult()) {
        m_arithmetic->setMessage(doc.note());
    } else {
        m_arithmetic->setMessage(tr("Fix the problem above to see the steps."));
    }
}

void ConvolutionPage::syncPreset()
{
    const auto match = m_document->matchingPreset();
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(match ? int(*match) : -1));
}

void ConvolutionPage::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (m_steps->handleKey(event->key())) {
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            setFocus(Qt::ShortcutFocusReason);
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void ConvolutionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        onResultChanged(); // the star's size is written into its rich text
}

void ConvolutionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first time the page appears it takes the focus, so the step keys work at once.
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        if (!focusWidget() || !isAncestorOf(focusWidget()))
            setFocus(Qt::OtherFocusReason);
    }
}
