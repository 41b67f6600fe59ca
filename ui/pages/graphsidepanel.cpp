#include "graphsidepanel.h"
#include "widgets/gridkeyboard.h"

#include "graphequations.h"

#include "models/bpttsummodel.h"
#include "models/unsharedcopiesmodel.h"
#include "widgets/graphtext.h"

#include "graph/bptt.h"
#include "graph/cellgraph.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace dlt::graph;

namespace {

QString html(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString mono(const QString &text)
{
    return QStringLiteral("<span style='font-family:\"DejaVu Sans Mono\",monospace'>") + html(text)
        + QStringLiteral("</span>");
}

QTableView *makeTable(QAbstractItemModel *model, const char *name, const QString &accessible)
{
    auto *t = new QTableView;
    t->setObjectName(QString::fromLatin1(name));
    t->setAccessibleName(accessible);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->setFocusPolicy(Qt::TabFocus);
    gridkeyboard::letTabLeave(t);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    t->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return t;
}

// Columns as wide as their text, every row visible: the table scrolls sideways on its own
// instead of widening the panel.
void fitTable(QTableView *t)
{
    t->resizeColumnsToContents();
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->model()->rowCount(); ++r)
        h += t->rowHeight(r);
    if (t->horizontalHeader()->length() > t->viewport()->width())
        h += t->horizontalScrollBar()->sizeHint().height();
    t->setFixedHeight(h);
}

QSpinBox *sizeSpin(const char *name, int lo, int hi, const QString &tip, const QString &accessible)
{
    auto *s = new QSpinBox;
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(lo, hi);
    s->setToolTip(tip);
    s->setAccessibleName(accessible);
    return s;
}

} // namespace

GraphSidePanel::GraphSidePanel(QWidget *parent)
    : QScrollArea(parent)
    , m_equations(new QLabel)
    , m_selection(new QLabel)
    , m_parameterCombo(new QComboBox)
    , m_backwardGroup(new QGroupBox(tr("Back-propagation through time")))
    , m_bpttModel(new BpttSumModel(this))
    , m_bpttResult(new QLabel)
    , m_unsharedGroup(new QGroupBox(tr("What if the weights were not shared?")))
    , m_learningRate(new QDoubleSpinBox)
    , m_unsharedModel(new UnsharedCopiesModel(this))
    , m_unsharedSummary(new QLabel)
{
    setObjectName(QStringLiteral("graphSidePanel"));
    setAccessibleName(tr("Equations and numbers"));
    setAccessibleDescription(tr("The cell's equations, the selected node, BPTT sums and unshared copies; the arrow keys scroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    m_equations->setObjectName(QStringLiteral("equationsLabel"));
    m_equations->setAccessibleName(tr("Cell equations"));
    m_equations->setToolTip(tr("The cell's forward computation; each line is a node of the graph"));
    m_equations->setWordWrap(true);
    m_equations->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_selection->setAccessibleName(tr("Selected node"));
    m_selection->setToolTip(tr("The node you clicked: its value and the gradient of L with respect to it"));
    m_selection->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_parameterCombo->setObjectName(QStringLiteral("parameterCombo"));
    m_parameterCombo->setAccessibleName(tr("Parameter"));
    m_parameterCombo->setToolTip(tr("The parameter whose gradient is summed over time; clicking a parameter in "
                                    "the graph chooses it too"));

    m_bpttTable = makeTable(m_bpttModel, "bpttTable", tr("Per-step gradients and running sum"));
    m_bpttTable->setToolTip(tr("Each stage adds one step's contribution ∇θ(t) L to the running sum"));
    m_bpttTable->setAccessibleDescription(m_bpttTable->toolTip());
    m_bpttResult->setObjectName(QStringLiteral("bpttResult"));
    m_bpttResult->setAccessibleName(tr("Running sum result"));
    m_bpttResult->setWordWrap(true);
    m_bpttResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bl = new QVBoxLayout(m_backwardGroup);
    bl->addWidget(m_bpttTable);
    bl->addWidget(m_bpttResult);
    m_backwardGroup->setObjectName(QStringLiteral("backwardGroup"));

    m_learningRate->setObjectName(QStringLiteral("learningRateSpin"));
    m_learningRate->setAccessibleName(tr("Learning rate"));
    m_learningRate->setToolTip(tr("η of the one gradient step applied to every copy"));
    m_learningRate->setRange(0.01, kMaxLearningRate);
    m_learningRate->setDecimals(2);
    m_learningRate->setSingleStep(0.05);
    m_learningRate->setPrefix(tr("η = "));
    m_unsharedTable = makeTable(m_unsharedModel, "unsharedTable", tr("Copies after one step"));
    m_unsharedTable->setToolTip(tr("Each copy moves by its own step's gradient, so after one step they differ"));
    m_unsharedTable->setAccessibleDescription(m_unsharedTable->toolTip());
    m_unsharedSummary->setObjectName(QStringLiteral("unsharedSummary"));
    m_unsharedSummary->setAccessibleName(tr("Unshared summary"));
    m_unsharedSummary->setWordWrap(true);
    auto *ul = new QVBoxLayout(m_unsharedGroup);
    ul->addWidget(m_learningRate);
    ul->addWidget(m_unsharedTable);
    ul->addWidget(m_unsharedSummary);
    m_unsharedGroup->setObjectName(QStringLiteral("unsharedGroup"));

    m_hidden = sizeSpin("hiddenSpin", kMinHidden, kMaxHidden, tr("Hidden size n (2–4)"), tr("Hidden size"));
    m_input = sizeSpin("inputSpin", kMinInput, kMaxInput, tr("Input size m (2–3)"), tr("Input size"));
    m_classes = sizeSpin("classesSpin", kMinClasses, kMaxClasses, tr("Number of classes k (2–3)"), tr("Classes"));
    m_seed = sizeSpin("seedSpin", 0, 999999, tr("Seed of the random parameters and data; the same seed gives the "
                                                "same numbers on every computer"),
                      tr("Seed"));
    auto *instance = new QGroupBox(tr("Numbers"));
    instance->setObjectName(QStringLiteral("instanceGroup"));
    auto *form = new QFormLayout(instance);
    form->addRow(tr("&Hidden n:"), m_hidden);
    form->addRow(tr("&Input m:"), m_input);
    form->addRow(tr("C&lasses k:"), m_classes);
    form->addRow(tr("S&eed:"), m_seed);

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(m_equations);
    auto *paramRow = new QHBoxLayout;
    auto *paramLabel = new QLabel(tr("&Parameter:"));
    paramLabel->setBuddy(m_parameterCombo);
    paramRow->addWidget(paramLabel);
    paramRow->addWidget(m_parameterCombo, 1);
    v->addLayout(paramRow);
    v->addWidget(m_backwardGroup);
    v->addWidget(m_unsharedGroup);
    v->addWidget(m_selection);
    v->addWidget(instance);
    v->addStretch(1);
    setWidget(content);

    connect(m_parameterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_parameter = m_parameterCombo->currentData().toString().toStdString();
        refreshBackward();
        refreshUnshared();
        emit parameterChosen(m_parameter);
    });
    auto editSize = [this](QSpinBox *spin, int field, const QString &what) {
        connect(spin, &QSpinBox::valueChanged, this, [this, field, what](int value) {
            if (!m_document)
                return;
            GraphOptions o = m_document->options();
            switch (field) {
            case HiddenField:
                o.sizes.hidden = value;
                break;
            case InputField:
                o.sizes.input = value;
                break;
            case ClassesField:
                o.sizes.classes = value;
                break;
            default:
                o.seed = quint64(value);
                break;
            }
            emit optionsEdited(o, what.arg(value), field);
        });
    };
    editSize(m_hidden, HiddenField, tr("Hidden size %1"));
    editSize(m_input, InputField, tr("Input size %1"));
    editSize(m_classes, ClassesField, tr("Classes %1"));
    editSize(m_seed, SeedField, tr("Seed %1"));
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_document)
            return;
        GraphOptions o = m_document->options();
        o.learningRate = v;
        emit optionsEdited(o, tr("η = %1").arg(v), LearningRateField);
    });
    setBackward(false, 1);
}

void GraphSidePanel::setDocument(const GraphDocument &doc)
{
    m_document = &doc;
    const GraphOptions &o = doc.options();
    m_equations->setText(cellEquationsHtml(o.cell));
    {
        const QSignalBlocker b(m_parameterCombo);
        m_parameterCombo->clear();
        for (const std::string &s : parameterSymbols(o.cell))
            m_parameterCombo->addItem(graphtext::symbolPlain(s), QString::fromStdString(s));
        int i = m_parameterCombo->findData(QString::fromStdString(m_parameter));
        if (i < 0)
            i = 0;
        m_parameterCombo->setCurrentIndex(i);
        m_parameter = m_parameterCombo->currentData().toString().toStdString();
    }
    const QSignalBlocker b1(m_hidden), b2(m_input), b3(m_classes), b4(m_seed), b5(m_learningRate);
    m_hidden->setValue(o.sizes.hidden);
    m_input->setValue(o.sizes.input);
    m_classes->setValue(o.sizes.classes);
    m_seed->setValue(int(o.seed));
    m_learningRate->setValue(o.learningRate);
    m_unsharedGroup->setVisible(o.unrolled && o.unshared);
    m_backwardGroup->setEnabled(o.unrolled);
    refreshBackward();
    refreshUnshared();
}

void GraphSidePanel::setParameter(const std::string &symbol)
{
    const int i = m_parameterCombo->findData(QString::fromStdString(symbol));
    if (i < 0)
        return;
    {
        const QSignalBlocker b(m_parameterCombo);
        m_parameterCombo->setCurrentIndex(i);
    }
    m_parameter = symbol;
    refreshBackward();
    refreshUnshared();
}

void GraphSidePanel::setSelection(const GraphDocument &doc, int node)
{
    const Graph &g = doc.graph();
    if (node < 0 || node >= g.nodeCount()) {
        m_selection->setText(tr("<i>Click a node to see its value. Click a parameter such as W to highlight every "
                                "use of it and every path from each L(t) back to it.</i>"));
        return;
    }
    const Node &n = g.node(node);
    QString s = QStringLiteral("<b>%1</b> — %2").arg(graphtext::nodeLabelHtml(g, node), html(graphtext::opText(n)));
    if (n.op == Op::Parameter) {
        const Subgraph paths = g.pathsToLosses(node);
        s += QStringLiteral("<br>")
            + tr("Uses: %1. The paths from the losses L(t) back to it have %2 nodes and %3 edges.")
                  .arg(n.outEdges.size())
                  .arg(paths.nodes.size())
                  .arg(paths.edges.size());
    }
    if (doc.hasNumbers()) {
        s += QStringLiteral("<br>") + tr("Value:") + QStringLiteral("<br>") + mono(graphtext::matrix(doc.values()[size_t(node)]));
        s += QStringLiteral("<br>") + tr("∂L/∂ of this node:") + QStringLiteral("<br>")
            + mono(graphtext::matrix(doc.gradients().node[size_t(node)]));
    }
    m_selection->setText(s);
}

void GraphSidePanel::setBackward(bool on, int stage)
{
    m_backwardOn = on;
    m_stage = stage;
    m_backwardGroup->setVisible(on);
    m_bpttModel->setStage(on ? stage : 0);
    fitTable(m_bpttTable);
    refreshStage();
}

void GraphSidePanel::refreshBackward()
{
    if (!m_document || !m_document->hasNumbers()) {
        m_bpttModel->setContent(Graph(), Gradients(), m_parameter, 0);
        refreshStage();
        return;
    }
    m_bpttModel->setContent(m_document->sharedGraph(), m_document->sharedGradients(), m_parameter,
                            m_backwardOn ? stage() : 0);
    fitTable(m_bpttTable);
    refreshStage();
}

void GraphSidePanel::refreshStage()
{
    if (!m_document || !m_document->hasNumbers() || !m_backwardOn) {
        m_bpttResult->clear();
        return;
    }
    const Graph &g = m_document->sharedGraph();
    const Gradients &d = m_document->sharedGradients();
    const int tau = g.steps();
    const int k = stage();
    const int t = stageStep(g, k);
    const QString name = graphtext::symbolHtml(m_parameter);
    const Eigen::MatrixXd sum = runningSum(g, d, m_parameter, k);
    QString r = tr("Running sum Σ<sub>t=%1…%2</sub> ∇<sub>%3(t)</sub>L =").arg(t).arg(tau).arg(name) + QStringLiteral("<br>")
        + mono(graphtext::matrix(sum));
    if (k == tau) {
        const Eigen::MatrixXd total = totalGradient(g, d, m_parameter);
        const QString diff = QString::number(maxAbsDifference(sum, total), 'g', 2).replace(QLatin1Char('-'), QChar(0x2212));
        r += QStringLiteral("<br>")
            + tr("<b>Complete:</b> it equals ∇<sub>%1</sub>L, the gradient of the one shared node %1 "
                 "(largest difference %2).")
                  .arg(name, diff)
            + QStringLiteral("<br>") + mono(graphtext::matrix(total));
    } else {
        r += QStringLiteral("<br>") + tr("Steps 1 … %1 are still to come.").arg(t - 1);
    }
    m_bpttResult->setText(r);
}

void GraphSidePanel::refreshUnshared()
{
    if (!m_document || !m_document->unsharedStep()) {
        m_unsharedModel->setContent(UnsharedStep(), m_parameter);
        m_unsharedSummary->clear();
        return;
    }
    const UnsharedStep &step = *m_document->unsharedStep();
    m_unsharedModel->setContent(step, m_parameter);
    fitTable(m_unsharedTable);
    double spread = 0;
    for (const UnsharedParameter &p : step.parameters)
        if (p.symbol == m_parameter)
            spread = p.maxSpread;
    const QString name = graphtext::symbolHtml(m_parameter);
    m_unsharedSummary->setText(
        tr("After one step with η = %1 the copies %2(1) … %2(%3) differ by up to <b>%4</b>: each moved by its own "
           "step's gradient only, so they are no longer one parameter and the unrolled graph is no longer an RNN. "
           "With sharing, the one %2 moves by η·Σ<sub>t</sub> ∇<sub>%2(t)</sub>L and stays one matrix.<br>"
           "L before the step: %5; after the shared step: %6; after the separate steps: %7.")
            .arg(graphtext::number(step.learningRate, 2), name)
            .arg(m_document->options().steps)
            .arg(graphtext::number(spread, 4), graphtext::number(step.loss, 4), graphtext::number(step.lossShared, 4),
                 graphtext::number(step.lossUnshared, 4)));
}
