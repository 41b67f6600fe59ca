#include "gradientpage.h"
#include "widgets/gridkeyboard.h"

#include "charts/chartlegend.h"
#include "charts/gradientchart.h"
#include "charts/spectrumview.h"
#include "models/eigenvaluemodel.h"
#include "models/gradientdocument.h"
#include "models/gradientformat.h"
#include "text/errortext.h"
#include "theme/themecolors.h"
#include "widgets/gradientexplanation.h"
#include "widgets/gradientinputs.h"
#include "widgets/gradientpresetbox.h"
#include "widgets/scalecontrol.h"

#include "rnn/analysis.h"
#include "theme/scaledfont.h"
#include "theme/cleanmode.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

using gradientformat::number;
using Field = GradientDocument::VectorField;

namespace {

// A background job shorter than this shows no progress bar (no flicker while dragging at n = 256).
constexpr int kProgressDelayMs = 150;
// The eigenvalue table sizes its columns from this many rows (largest modulus first), not all n:
// measuring 256 rows of complex numbers took several ms of the GUI thread per result.
constexpr int kEigenWidthRows = 32;

const QString kBannerBase = QStringLiteral("QLabel { padding: 8px 12px; border-radius: 6px; font-weight: bold; ");

} // namespace

GradientPage::GradientPage(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_document(new GradientDocument(m_undoStack, this))
    , m_runner(new GradientRunner(this))
    , m_eigenModel(new EigenvalueModel(this))
{
    setObjectName(QStringLiteral("gradientPage"));
    m_undoStack->setObjectName(QStringLiteral("gradientUndoStack"));
    m_undoStack->setUndoLimit(500);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("gradientSplitter"));
    splitter->addWidget(buildLeftPanel());
    splitter->addWidget(buildRightPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(kProgressDelayMs);
    connect(m_progressDelay, &QTimer::timeout, this, [this] { m_progressRow->setVisible(m_runner->isBusy()); });

    // A big result is shown in two event-loop turns (see onFinished); a zero timer, unlike a
    // queued call, lets the window's own timers and repaints run between the turns.
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(0);
    connect(m_detailsTimer, &QTimer::timeout, this, &GradientPage::showPendingDetails);

    connect(m_document, &GradientDocument::changed, this, &GradientPage::recompute);
    connect(m_runner, &GradientRunner::finished, this, &GradientPage::onFinished);
    connect(m_runner, &GradientRunner::failed, this, &GradientPage::onFailed);
    connect(m_runner, &GradientRunner::busyChanged, this, &GradientPage::onBusyChanged);
    connect(m_runner, &GradientRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        showBanner(tr("Cancelled: the chart still shows the previous result."), &theme::ThemeColors::bannerNeutralFill,
                   &theme::ThemeColors::text);
    });
    connect(m_presets, &GradientPresetBox::loadRequested, this,
            [this](dlt::rnn::Preset preset, const dlt::rnn::PresetParams &params) {
                if (auto s = m_document->loadPreset(preset, params); !s)
                    onFailed(s.error());
            });
    connect(m_scale, &ScaleControl::scaleChanged, this,
            [this](double factor, int gesture) { m_document->changeScale(factor, gesture); });
    connect(m_chart, &GradientChart::readoutChanged, m_readout, &QLabel::setText);

    recompute();
}

GradientPage::~GradientPage() = default;

QWidget *GradientPage::buildLeftPanel()
{
    m_presets = new GradientPresetBox;
    m_inputs = new GradientInputs(m_document);
    m_scale = new ScaleControl;

    auto *recurrence = new QGroupBox(tr("Recurrence  h_t = φ(W_hh·h_(t−1) + b)"));
    recurrence->setObjectName(QStringLiteral("recurrenceGroup"));
    auto *rl = new QVBoxLayout(recurrence);
    rl->addWidget(m_inputs);

    auto *scaleBox = new QGroupBox(tr("Scale factor on W_hh (live)"));
    scaleBox->setObjectName(QStringLiteral("scaleGroup"));
    // Optional groups an instructor can hide in clean mode (View → Prepare clean mode…).
    scaleBox->setProperty(cleanmode::kControlProperty, tr("Scale factor"));
    m_presets->setProperty(cleanmode::kControlProperty, tr("Presets"));
    auto *sl = new QVBoxLayout(scaleBox);
    sl->addWidget(m_scale);

    auto *panel = new QWidget;
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 4, 0);
    v->addWidget(m_presets);
    v->addWidget(recurrence);
    v->addWidget(scaleBox);
    v->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("gradientInputsScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a wrapper, not a Tab stop
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + 24);
    scroll->setMaximumWidth(panel->sizeHint().width() + 24);
    return scroll;
}

QWidget *GradientPage::buildRightPanel()
{
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setAccessibleName(tr("Verdict"));
    m_banner->setToolTip(tr("The verdict from the spectrum, and what the actual gradient did"));
    m_banner->setWordWrap(true);
    theme::setRelativeFont(m_banner, 1.25); // follows the interface zoom

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->setToolTip(tr("Large problems run in the background"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("analysisCancel"));
    m_cancel->setAccessibleName(tr("Cancel the analysis"));
    m_cancel->setToolTip(tr("Stop the running analysis (Esc)"));
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, m_cancel, [this] {
        if (m_progressRow->isVisible())
            m_cancel->click();
    });
    m_progressRow = new QWidget;
    auto *pr = new QHBoxLayout(m_progressRow);
    pr->setContentsMargins(0, 0, 0, 0);
    pr->addWidget(new QLabel(tr("Computing…")));
    pr->addWidget(m_progress, 1);
    pr->addWidget(m_cancel);
    m_progressRow->hide(); // keeps its space while big problems are loaded: see recompute()

    m_chart = new GradientChart;
    m_readout = new QLabel;
    m_readout->setObjectName(QStringLiteral("gradientReadout"));
    m_readout->setAccessibleName(tr("Chart read-out"));
    m_readout->setToolTip(tr("Values at the step under the mouse (or the chart's cursor keys)"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chartBox = new QWidget;
    auto *cl = new QVBoxLayout(chartBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_chart, 1);
    cl->addWidget(m_chart->legend());
    cl->addWidget(m_readout);

    m_spectrum = new SpectrumView;
    m_eigenTable = new QTableView;
    m_eigenTable->setObjectName(QStringLiteral("eigenTable"));
    m_eigenTable->setAccessibleName(tr("Eigenvalues"));
    m_eigenTable->setToolTip(tr("Eigenvalues of the analysed matrix, largest modulus first"));
    m_eigenTable->setModel(m_eigenModel);
    m_eigenTable->setAccessibleDescription(m_eigenTable->toolTip());
    gridkeyboard::letTabLeave(m_eigenTable);
    m_eigenTable->verticalHeader()->hide();
    m_eigenTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eigenTable->horizontalHeader()->setResizeContentsPrecision(kEigenWidthRows);
    m_eigenTable->horizontalHeader()->setStretchLastSection(true);
    m_eigenTable->setWordWrap(false);
    m_eigenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eigenTable->setMaximumHeight(m_eigenTable->verticalHeader()->defaultSectionSize() * 4
                                   + m_eigenTable->horizontalHeader()->sizeHint().height() + 4);
    auto *spectrumBox = new QWidget;
    auto *sv = new QVBoxLayout(spectrumBox);
    sv->setContentsMargins(0, 0, 0, 0);
    m_spectrumCaption = new QLabel;
    m_spectrumCaption->setObjectName(QStringLiteral("spectrumCaption"));
    m_spectrumCaption->setAccessibleName(tr("Spectrum key"));
    m_spectrumCaption->setWordWrap(true);
    sv->addWidget(m_spectrum, 1);
    sv->addWidget(m_spectrumCaption);
    sv->addWidget(m_eigenTable);

    m_explanation = new GradientExplanation;
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("gradientBottomSplitter"));
    bottom->addWidget(m_explanation);
    bottom->addWidget(spectrumBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({3000, 2000}); // explanation : spectrum = 3 : 2 from the start
    bottom->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->setObjectName(QStringLiteral("gradientResultsSplitter"));
    vertical->addWidget(chartBox);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *panel = new QWidget;
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(4, 0, 0, 0);
    v->addWidget(m_banner);
    v->addWidget(m_progressRow);
    v->addWidget(vertical, 1);
    return panel;
}

void GradientPage::recompute()
{
    m_inputs->clearErrors();
    m_scale->setScale(m_document->state().scale);
    Field field = Field::Bias;
    auto in = m_document->inputs(&field);
    if (!in) {
        const QString text = errorText(in.error());
        m_inputs->setVectorError(field, text);
        showBanner(tr("Check the highlighted input: %1").arg(text), &theme::ThemeColors::bannerErrorFill, &theme::ThemeColors::bannerErrorText);
        return;
    }
    // While problems are big enough to run in the background, the progress row keeps its space
    // when hidden: showing it mid-run would otherwise move and repaint the whole results panel.
    QSizePolicy policy = m_progressRow->sizePolicy();
    if (policy.retainSizeWhenHidden() != GradientRunner::runsInBackground(*in)) {
        policy.setRetainSizeWhenHidden(!policy.retainSizeWhenHidden());
        m_progressRow->setSizePolicy(policy);
    }
    m_runner->request(*in);
}

void GradientPage::onFinished(const GradientRunner::AnalysisPtr &analysis)
{
    m_inputs->clearErrors();
    m_chart->setAnalysis(analysis);
    // A big result (n = 256: 256 table rows, 256 spectrum points, a long explanation) is shown in
    // two turns, the chart and verdict first, so no turn of the event loop stalls the window.
    // Small ones (the slider at n = 2) show in one turn: one frame per change.
    m_pendingDetails.reset();
    if (GradientRunner::runsInBackground(analysis->inputs)) {
        m_pendingDetails = analysis;
        m_detailsTimer->start();
    } else {
        m_detailsTimer->stop();
        showDetails(analysis);
    }
    m_scale->setProducts(tr("γ·ρ = %1   ·   γ·σ_max = %2").arg(number(analysis->gammaRho), number(analysis->gammaSigma)));

    using dlt::rnn::Verdict;
    const auto &a = *analysis;
    QString actual;
    if (a.steps() > 0)
        actual = a.summary.actualRate < 1.0 ? tr("the actual gradient shrinks (× %1 per step)")
                                            : tr("the actual gradient grows (× %1 per step)");
    if (!actual.isEmpty())
        actual = actual.arg(gradientformat::factor(a.summary.actualRateLog10));
    switch (a.verdict) {
    case Verdict::Exploding:
        showBanner(tr("Exploding: γ·ρ = %1 > 1 — prone to exploding gradients. %2")
                       .arg(number(a.gammaRho), a.summary.saturationDefeatsEstimate
                                                    ? tr("But here %1: the units saturate.").arg(actual)
                                                    : tr("Here %1.").arg(actual)),
                   &theme::ThemeColors::bannerErrorFill, &theme::ThemeColors::bannerErrorText);
        break;
    case Verdict::Vanishing:
        showBanner(tr("Vanishing: γ·σ_max = %1 < 1 — guaranteed to vanish. %2")
                       .arg(number(a.gammaSigma), actual.isEmpty() ? QString() : tr("Here %1.").arg(actual)),
                   &theme::ThemeColors::bannerInfoFill, &theme::ThemeColors::bannerInfoText);
        break;
    case Verdict::Borderline:
        showBanner(tr("Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2 — neither is guaranteed. %3")
                       .arg(number(a.gammaRho), number(a.gammaSigma), actual.isEmpty() ? QString() : tr("Here %1.").arg(actual)),
                   &theme::ThemeColors::bannerWarnFill, &theme::ThemeColors::bannerWarnText);
        break;
    }
    settleLayouts();
}

void GradientPage::settle()
{
    while (m_runner->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::sendPostedEvents(); // a queued result
    showPendingDetails();
}

void GradientPage::showPendingDetails()
{
    m_detailsTimer->stop();
    if (m_pendingDetails)
        showDetails(std::exchange(m_pendingDetails, nullptr));
}

void GradientPage::showDetails(const GradientRunner::AnalysisPtr &analysis)
{
    m_spectrum->setAnalysis(analysis);
    m_spectrumCaption->setText(m_spectrum->caption());
    m_eigenModel->setAnalysis(analysis);
    m_explanation->setAnalysis(analysis);
    settleLayouts();
}

void GradientPage::settleLayouts()
{
    // New numbers change label heights, legend and axis-label widths and the table's scroll bars:
    // lay them out now, so the next repaint is the only one (otherwise each layout pass that the
    // repaint itself triggers paints the charts again, several times over for n = 256).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void GradientPage::onFailed(const dlt::Error &error)
{
    const QString text = errorText(error);
    if (error.key == "rnn.vector_length" || ((error.key == "rnn.not_finite" || error.key == "rnn.entry_too_large")
                                             && error.arg("what") != "W")) {
        const std::string which = error.key == "rnn.vector_length" ? error.arg("vector") : error.arg("what");
        const Field field = which == "b" ? Field::Bias : which == "h0" ? Field::H0 : Field::LossGrad;
        m_inputs->setVectorError(field, text);
    } else if (error.arg("what") == "W" || error.key == "rnn.not_square" || error.key == "rnn.empty_matrix") {
        m_inputs->setMatrixError(text);
    }
    showBanner(tr("Check the input: %1").arg(text), &theme::ThemeColors::bannerErrorFill, &theme::ThemeColors::bannerErrorText);
}

void GradientPage::onBusyChanged(bool busy)
{
    if (busy) {
        m_progress->setValue(0);
        m_progressDelay->start();
    } else {
        m_progressDelay->stop();
        m_progressRow->hide();
    }
}

void GradientPage::showBanner(const QString &text, QColor theme::ThemeColors::*fill, QColor theme::ThemeColors::*ink)
{
    m_banner->setText(text);
    theme::setThemedStyleSheet(m_banner, [fill, ink](const theme::ThemeColors &tc) {
        return kBannerBase + QStringLiteral("background: %1; color: %2; }").arg(theme::htmlColor(tc.*fill), theme::htmlColor(tc.*ink));
    });
}
