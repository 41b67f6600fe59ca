#include "graphcontrols.h"

#include "graphequations.h"

#include "graph/cellgraph.h"
#include "widgets/flowlayout.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

using dlt::graph::CellKind;

namespace {

template<class W>
W *named(W *w, const char *name, const QString &tip, const QString &accessible)
{
    w->setObjectName(QString::fromLatin1(name));
    w->setToolTip(tip);
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

GraphControls::GraphControls(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphControls"));
    m_cell = named(new QComboBox, "cellCombo", tr("The cell whose computational graph is drawn"), tr("Cell"));
    for (CellKind c : {CellKind::Rnn, CellKind::Lstm, CellKind::Gru})
        m_cell->addItem(cellTitle(c), int(c));

    m_folded = named(new QRadioButton(tr("&Folded")), "foldedRadio",
                     tr("One cell with the delay loop h(t) → h(t−1)"), tr("Folded view"));
    m_unrolled = named(new QRadioButton(tr("&Unrolled")), "unrolledRadio",
                       tr("One copy of the cell per time step; the shared parameters feed every step"),
                       tr("Unrolled view"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_folded);
    group->addButton(m_unrolled);

    m_steps = named(new QSpinBox, "stepsSpin", tr("τ, the number of time steps the graph is unrolled for (1–8)"),
                    tr("Time steps"));
    m_steps->setRange(dlt::graph::kMinSteps, dlt::graph::kMaxSteps);
    m_steps->setPrefix(tr("τ = "));

    m_unshared = named(new QCheckBox(tr("Weights &not shared")), "unsharedCheck",
                       tr("What if the weights were not shared? Draws separate copies W(1), W(2), … and shows that "
                          "one gradient step makes them differ"),
                       tr("Weights not shared"));
    m_backward = named(new QCheckBox(tr("&Backward (BPTT)")), "backwardCheck",
                       tr("Step back-propagation through time from L(τ) back to t = 1 with ← → Home End; "
                          "each edge shows the gradient flowing back along it"),
                       tr("Backward mode"));

    auto *zoomOut = named(new QToolButton, "zoomOutButton", tr("Zoom out (Ctrl+-)"), tr("Zoom out"));
    zoomOut->setText(QStringLiteral("−"));
    auto *zoomIn = named(new QToolButton, "zoomInButton", tr("Zoom in (Ctrl+=)"), tr("Zoom in"));
    zoomIn->setText(QStringLiteral("+"));
    auto *fit = named(new QToolButton, "fitButton", tr("Fit the whole graph into the window (Ctrl+0)"),
                      tr("Fit to window"));
    fit->setText(tr("Fit"));
    for (QToolButton *b : {zoomOut, zoomIn, fit})
        b->setFocusPolicy(Qt::TabFocus);

    m_scale = named(new QComboBox, "exportScaleCombo", tr("Pixels per point of the saved image: 2× for slides, 4× for print"),
                    tr("PNG scale"));
    for (int s = 1; s <= 4; ++s)
        m_scale->addItem(tr("%1×").arg(s), s);
    m_scale->setCurrentIndex(1);
    auto *save = named(new QPushButton(tr("&Save as PNG…")), "savePngButton",
                       tr("Save the whole graph as a PNG image at the chosen scale"), tr("Save as PNG"));
    save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    // Groups that belong together stay on one line; the row wraps when a translation or the zoom
    // makes it wider than the page instead of pushing the page into sideways scrolling.
    auto *layout = new FlowLayout(this, 18, 6);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addGroup = [layout](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets)
            row->addWidget(w);
        layout->addWidget(box);
    };
    auto *cellLabel = new QLabel(tr("&Cell:"));
    cellLabel->setBuddy(m_cell);
    addGroup({ cellLabel, m_cell });
    addGroup({ m_folded, m_unrolled, m_steps });
    addGroup({ m_unshared, m_backward });
    addGroup({ zoomOut, zoomIn, fit });
    addGroup({ m_scale, save });

    connect(m_cell, &QComboBox::currentIndexChanged, this, [this] {
        m_options.cell = CellKind(m_cell->currentData().toInt());
        edit(tr("Cell: %1").arg(m_cell->currentText()), -1);
    });
    connect(m_unrolled, &QRadioButton::toggled, this, [this](bool on) {
        m_options.unrolled = on;
        if (!on)
            m_options.unshared = false;
        edit(on ? tr("Unrolled view") : tr("Folded view"), -1);
    });
    connect(m_steps, &QSpinBox::valueChanged, this, [this](int v) {
        m_options.steps = v;
        edit(tr("τ = %1").arg(v), StepsField);
    });
    connect(m_unshared, &QCheckBox::toggled, this, [this](bool on) {
        m_options.unshared = on;
        if (on)
            m_options.unrolled = true;
        edit(on ? tr("Weights not shared") : tr("Weights shared"), -1);
    });
    connect(m_backward, &QCheckBox::toggled, this, &GraphControls::backwardToggled);
    connect(zoomIn, &QToolButton::clicked, this, &GraphControls::zoomInRequested);
    connect(zoomOut, &QToolButton::clicked, this, &GraphControls::zoomOutRequested);
    connect(fit, &QToolButton::clicked, this, &GraphControls::fitRequested);
    connect(save, &QPushButton::clicked, this, &GraphControls::saveRequested);
}

void GraphControls::edit(const QString &text, int field)
{
    emit optionsEdited(m_options, text, field);
}

void GraphControls::setOptions(const GraphOptions &o)
{
    m_options = o;
    const QSignalBlocker b1(m_cell), b2(m_folded), b3(m_unrolled), b4(m_steps), b5(m_unshared);
    m_cell->setCurrentIndex(m_cell->findData(int(o.cell)));
    m_unrolled->setChecked(o.unrolled);
    m_folded->setChecked(!o.unrolled);
    m_steps->setValue(o.steps);
    m_steps->setEnabled(o.unrolled);
    m_unshared->setChecked(o.unshared && o.unrolled);
    m_backward->setEnabled(o.unrolled);
    if (!o.unrolled)
        setBackwardMode(false);
}

bool GraphControls::backwardMode() const
{
    return m_backward->isChecked();
}

void GraphControls::setBackwardMode(bool on)
{
    const QSignalBlocker b(m_backward);
    m_backward->setChecked(on);
}

int GraphControls::exportScale() const
{
    return m_scale->currentData().toInt();
}
