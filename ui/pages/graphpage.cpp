#include "graphpage.h"

#include "graphcontrols.h"
#include "graphsidepanel.h"

#include "models/graphcommands.h"
#include "models/graphdocument.h"
#include "text/errortext.h"
#include "widgets/graphrender.h"
#include "widgets/graphscene.h"
#include "widgets/graphtext.h"
#include "widgets/graphview.h"
#include "widgets/stepcontrols.h"

#include "graph/bptt.h"
#include "graph/cellgraph.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"
#include "theme/cleanmode.h"

#include <QFocusEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace dlt::graph;

GraphPage::GraphPage(QWidget *parent)
    : QWidget(parent)
    , m_document(new GraphDocument(this))
    , m_undo(new QUndoStack(this))
    , m_controls(new GraphControls)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView)
    , m_side(new GraphSidePanel)
    , m_backwardBar(new QWidget)
    , m_steps(new StepControls)
    , m_stageLabel(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("graphPage"));
    setAccessibleName(tr("RNN computational graph"));
    m_undo->setObjectName(QStringLiteral("graphUndoStack"));
    m_view->setScene(m_scene);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_steps->setObjectName(QStringLiteral("bpttSteps"));
    m_steps->setToolTip(tr("Stage 1 handles L(τ) and step τ; the last stage reaches t = 1 (← → Home End)"));
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_stageLabel->setAccessibleName(tr("Backward stage"));
    m_stageLabel->setWordWrap(true);
    m_backwardBar->setObjectName(QStringLiteral("backwardBar"));
    auto *bar = new QVBoxLayout(m_backwardBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_steps);
    bar->addWidget(m_stageLabel);
    m_backwardBar->hide();

    auto *title = new QLabel(tr("<h2>RNN computational graph</h2>"
                                "Every weight is shared across time, so the graph has one node per parameter with an "
                                "edge to every use, and ∇<sub>W</sub>L = Σ<sub>t</sub> ∇<sub>W(t)</sub>L."));
    title->setObjectName(QStringLiteral("graphTitle"));
    title->setWordWrap(true);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("graphSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({820, 400});
    theme::setEmWidth(m_side, 16); // follows the interface zoom
    if (m_side->objectName().isEmpty())
        m_side->setObjectName(QStringLiteral("graphSidePanel"));
    m_side->setProperty(cleanmode::kControlProperty, tr("Side panel (equations and values)")); // optional in clean mode

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_controls);
    layout->addWidget(m_backwardBar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_document, &GraphDocument::changed, this, &GraphPage::onDocumentChanged);
    connect(m_controls, &GraphControls::optionsEdited, this, &GraphPage::pushOptions);
    connect(m_side, &GraphSidePanel::optionsEdited, this, &GraphPage::pushOptions);
    connect(m_controls, &GraphControls::backwardToggled, this, &GraphPage::setBackward);
    connect(m_controls, &GraphControls::zoomInRequested, m_view, &GraphView::zoomIn);
    connect(m_controls, &GraphControls::zoomOutRequested, m_view, &GraphView::zoomOut);
    connect(m_controls, &GraphControls::fitRequested, m_view, &GraphView::fitToWindow);
    connect(m_controls, &GraphControls::saveRequested, this, &GraphPage::chooseSaveFile);
    connect(m_view, &GraphView::nodeClicked, this, &GraphPage::selectNode);
    connect(m_view, &GraphView::stepKey, this, &GraphPage::handleStepKey);
    connect(m_steps, &StepControls::currentStepChanged, this, [this](int step) { onStage(step + 1); });
    connect(m_side, &GraphSidePanel::parameterChosen, this, [this](const std::string &symbol) {
        const Graph &g = m_document->graph();
        const int node = g.mode() == GraphMode::Unshared ? -1 : g.find(symbol, 0);
        if (node >= 0)
            selectNode(node);
        else
            updateNotes();
    });

    onDocumentChanged();
}

void GraphPage::focusInEvent(QFocusEvent *event)
{
    // Not a focus proxy: a proxy would make Tab jump from the topic list straight to the graph,
    // skipping the controls above it. Showing the page still puts the focus on the graph.
    QWidget::focusInEvent(event);
    m_view->setFocus(event->reason());
}

int GraphPage::stage() const
{
    return m_steps->currentStep() + 1;
}

void GraphPage::pushOptions(const GraphOptions &options, const QString &text, int field)
{
    if (options == m_document->options())
        return;
    m_undo->push(new SetGraphOptionsCommand(m_document, options, text, field));
}

void GraphPage::onDocumentChanged()
{
    const GraphOptions &o = m_document->options();
    m_controls->setOptions(o);
    if (!m_document->error().key.empty())
        showStatus(errorText(m_document->error()), true);
    else
        m_status->hide();

    const bool numbers = m_document->hasNumbers();
    m_scene->setGraph(m_document->graph(), numbers ? &m_document->values() : nullptr,
                      numbers ? &m_document->gradients() : nullptr);
    m_side->setDocument(*m_document);

    const Graph &g = m_document->graph();
    // Keep the selection across views: W ↔ W(1) when sharing is switched, a(t) ↔ a(1) when unrolling.
    int node = -1;
    for (int step : {m_selectedStep, 0, 1})
        if (node < 0 && !m_selectedSymbol.empty())
            node = g.find(m_selectedSymbol, step);
    m_scene->setSelectedNode(node);
    m_side->setSelection(*m_document, node);

    if (!o.unrolled && m_backward)
        setBackward(false);
    else if (m_backward) {
        m_steps->setStepCount(o.steps);
        onStage(std::clamp(stage(), 1, o.steps));
    }
    updateNotes();

    const QString structure = QStringLiteral("%1/%2/%3/%4").arg(int(o.cell)).arg(o.unrolled).arg(o.steps).arg(o.unshared);
    if (structure != m_lastStructure) {
        m_lastStructure = structure;
        QTimer::singleShot(0, m_view, &GraphView::fitReadable);
    }
}

void GraphPage::selectNode(int node)
{
    const Graph &g = m_document->graph();
    if (node >= g.nodeCount())
        node = -1;
    m_scene->setSelectedNode(node);
    m_selectedSymbol = node >= 0 ? g.node(node).symbol : std::string();
    m_selectedStep = node >= 0 ? g.node(node).step : 0;
    if (node >= 0 && g.node(node).op == Op::Parameter)
        m_side->setParameter(g.node(node).symbol);
    m_side->setSelection(*m_document, node);
    updateNotes();
}

void GraphPage::setBackward(bool on)
{
    if (on && !m_document->options().unrolled)
        on = false;
    m_backward = on;
    m_controls->setBackwardMode(on);
    m_view->setSteppingKeys(on);
    m_steps->setPlaying(false);
    m_steps->setStepCount(m_document->options().steps);
    m_steps->setCurrentStep(0);
    m_backwardBar->setVisible(on);
    m_side->setBackward(on, 1);
    m_scene->setBackwardStage(on ? 1 : 0);
    updateStageLabel();
    if (on) {
        m_view->setFocus(Qt::OtherFocusReason);
        showActiveStep();
    }
}

void GraphPage::onStage(int stage)
{
    if (!m_backward)
        return;
    m_steps->setCurrentStep(stage - 1);
    m_side->setBackward(true, stage);
    m_scene->setBackwardStage(stage);
    updateStageLabel();
    showActiveStep();
}

void GraphPage::updateStageLabel()
{
    if (!m_backward) {
        m_stageLabel->clear();
        return;
    }
    const Graph &g = m_document->graph();
    const int tau = g.steps();
    const int k = stage();
    const int t = stageStep(g, k);
    m_stageLabel->setText(
        tr("<b>Stage %1 of %2: time step t = %3.</b> ∂L/∂h(%3) arrives from L(%3) and from step %4; every edge of "
           "step %3 now shows the gradient flowing back along it (red, framed). Green edges are done, dotted ones "
           "still to come.")
            .arg(k)
            .arg(tau)
            .arg(t)
            .arg(t < tau ? QString::number(t + 1) : tr("none (the last step)")));
}

void GraphPage::showActiveStep()
{
    const QRectF band = m_scene->stepRect(stageStep(m_document->graph(), m_side->stage()));
    if (!band.isEmpty())
        m_view->ensureVisible(band, 10, 10);
}

bool GraphPage::handleStepKey(int key)
{
    if (!m_backward)
        return false;
    return m_steps->handleKey(key);
}

void GraphPage::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && handleStepKey(event->key())) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void GraphPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, m_view, &GraphView::fitReadable);
}

void GraphPage::updateNotes()
{
    QHash<int, QString> notes;
    const Graph &g = m_document->graph();
    const auto &step = m_document->unsharedStep();
    if (g.mode() == GraphMode::Unshared && step) {
        const std::string symbol = m_side->parameter();
        for (const UnsharedParameter &p : step->parameters) {
            if (p.symbol != symbol)
                continue;
            for (int t = 1; t <= int(p.spread.size()); ++t) {
                const int node = g.find(symbol, t);
                if (node < 0)
                    continue;
                notes.insert(node, t == 1 ? tr("after a step: reference")
                                          : tr("after a step: ≠ %1(1) by %2")
                                                .arg(graphtext::symbolPlain(symbol), graphtext::number(p.spread[size_t(t - 1)], 3)));
            }
        }
    }
    m_scene->setNodeNotes(notes);
}

bool GraphPage::savePng(const QString &path, int scale)
{
    const QImage image = renderSceneImage(*m_scene, scale);
    const dlt::Status s = ::savePng(image, path);
    if (!s) {
        showStatus(errorText(s.error()), true);
        return false;
    }
    showStatus(tr("Saved %1 (%2 × %3 pixels).").arg(QDir::toNativeSeparators(path)).arg(image.width()).arg(image.height()),
               false);
    return true;
}

void GraphPage::chooseSaveFile()
{
    const GraphOptions &o = m_document->options();
    const QString suggested = QStringLiteral("%1-%2%3.png")
                                  .arg(QString::fromLatin1(cellName(o.cell)),
                                       o.unrolled ? QStringLiteral("unrolled") : QStringLiteral("folded"),
                                       o.unrolled ? QStringLiteral("-t%1").arg(o.steps) : QString());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save graph as PNG"), QDir(dir).filePath(suggested),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    savePng(path, m_controls->exportScale());
}

void GraphPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    theme::setStyleSheetColor(m_status, theme::TextRole::Error, error ? QStringLiteral("QLabel { color: %1; font-weight: bold; }") : QString());
    m_status->setVisible(!text.isEmpty());
}
