#include "gradientpresetbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using dlt::rnn::Preset;

namespace {

struct PresetEntry {
    Preset preset;
    const char *name;    // QT_TR_NOOP
    const char *tip;     // QT_TR_NOOP
    bool usesSize, usesScale, usesSeed;
};

const PresetEntry kEntries[] = {
    {Preset::Seed, QT_TRANSLATE_NOOP("GradientPresetBox", "Seed: every entry 3.5, sigmoid"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "The midterm's network: n = 2, W_hh = [[3.5, 3.5], [3.5, 3.5]], sigmoid, b = 0, h₀ = 0"),
     false, false, false},
    {Preset::SeedFixedPoint, QT_TRANSLATE_NOOP("GradientPresetBox", "Seed at its fixed point (b = −3.5, h₀ = 0.5)"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "The same W_hh, but the state stays where σ'(a) = 1/4: the gradient really grows as 1.75^k"),
     false, false, false},
    {Preset::ScaledIdentity, QT_TRANSLATE_NOOP("GradientPresetBox", "Scaled identity s·I"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "W_hh = s·I (n×n), tanh: every eigenvalue is s"), true, true, false},
    {Preset::Gaussian, QT_TRANSLATE_NOOP("GradientPresetBox", "Random Gaussian, entries N(0, s²/n)"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "Random W_hh with spectral radius about s, tanh; the seed picks the matrix"), true, true, true},
    {Preset::Orthogonal, QT_TRANSLATE_NOOP("GradientPresetBox", "Random orthogonal s·Q"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "s times a random orthogonal matrix, tanh: ρ = σ_max = s"), true, true, true},
    {Preset::NonNormal, QT_TRANSLATE_NOOP("GradientPresetBox", "Non-normal [[0.5, 5], [0, 0.5]]"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "ρ = 0.5 but σ_max ≈ 5.05, tanh: the bound and the estimate disagree (transient growth)"),
     false, false, false},
    {Preset::Gaussian64, QT_TRANSLATE_NOOP("GradientPresetBox", "Random n = 64"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "A 64×64 random Gaussian W_hh (computed in the background)"), false, true, true},
    {Preset::Gaussian256, QT_TRANSLATE_NOOP("GradientPresetBox", "Random n = 256"),
     QT_TRANSLATE_NOOP("GradientPresetBox", "A 256×256 random Gaussian W_hh (computed in the background)"), false, true, true},
};

const PresetEntry &entry(Preset p)
{
    for (const PresetEntry &e : kEntries)
        if (e.preset == p)
            return e;
    return kEntries[0];
}

} // namespace

GradientPresetBox::GradientPresetBox(QWidget *parent)
    : QGroupBox(tr("Presets"), parent)
{
    setObjectName(QStringLiteral("gradientPresets"));

    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setAccessibleName(tr("Preset"));
    m_combo->setToolTip(tr("Choose a ready-made W_hh; it loads at once (undo with Ctrl+Z)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    for (const PresetEntry &e : kEntries) {
        m_combo->addItem(tr(e.name), int(e.preset));
        m_combo->setItemData(m_combo->count() - 1, tr(e.tip), Qt::ToolTipRole);
    }

    m_size = new QSpinBox;
    m_size->setObjectName(QStringLiteral("presetSize"));
    m_size->setRange(1, 8);
    m_size->setValue(4);
    m_size->setAccessibleName(tr("Preset size n"));
    m_size->setToolTip(tr("Hidden size n of the preset (1 to 8 to edit by hand)"));

    m_scale = new QDoubleSpinBox;
    m_scale->setObjectName(QStringLiteral("presetScale"));
    m_scale->setRange(-100.0, 100.0);
    m_scale->setDecimals(2);
    m_scale->setSingleStep(0.05);
    m_scale->setValue(1.0);
    m_scale->setAccessibleName(tr("Preset scale s"));
    m_scale->setToolTip(tr("The preset's factor s (identity: the eigenvalue; Gaussian: about ρ; orthogonal: ρ = σ_max)"));

    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("presetSeed"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("Random seed: the same seed always gives the same matrix"));

    m_load = new QPushButton(tr("L&oad"));
    m_load->setObjectName(QStringLiteral("presetLoad"));
    m_load->setAccessibleName(tr("Load preset"));
    m_load->setToolTip(tr("Load the chosen preset with these parameters (Alt+O)"));

    auto *params = new QHBoxLayout;
    auto addParam = [params](const QString &text, QWidget *w) {
        auto *l = new QLabel(text);
        l->setBuddy(w);
        params->addWidget(l);
        params->addWidget(w, 1);
    };
    addParam(tr("n"), m_size);
    addParam(tr("s"), m_scale);
    addParam(tr("seed"), m_seed);

    auto *comboLabel = new QLabel(tr("&Preset"));
    comboLabel->setBuddy(m_combo);
    auto *top = new QHBoxLayout;
    top->addWidget(comboLabel);
    top->addWidget(m_combo, 1);
    top->addWidget(m_load);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(params);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &GradientPresetBox::updateEnabled);
    connect(m_combo, &QComboBox::activated, this, &GradientPresetBox::requestLoad);
    connect(m_load, &QPushButton::clicked, this, &GradientPresetBox::requestLoad);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &GradientPresetBox::choiceChanged);
    connect(m_size, &QSpinBox::valueChanged, this, &GradientPresetBox::choiceChanged);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &GradientPresetBox::choiceChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &GradientPresetBox::choiceChanged);
    updateEnabled();
}

void GradientPresetBox::setChoice(Preset preset, const dlt::rnn::PresetParams &params)
{
    if (const int i = m_combo->findData(int(preset)); i >= 0)
        m_combo->setCurrentIndex(i);
    m_size->setValue(params.n);
    m_scale->setValue(params.scale);
    m_seed->setValue(int(params.seed));
}

Preset GradientPresetBox::preset() const
{
    return Preset(m_combo->currentData().toInt());
}

dlt::rnn::PresetParams GradientPresetBox::params() const
{
    dlt::rnn::PresetParams p;
    p.n = m_size->value();
    p.scale = m_scale->value();
    p.seed = std::uint64_t(m_seed->value());
    return p;
}

void GradientPresetBox::updateEnabled()
{
    const PresetEntry &e = entry(preset());
    m_size->setEnabled(e.usesSize);
    m_scale->setEnabled(e.usesScale);
    m_seed->setEnabled(e.usesSeed);
}

void GradientPresetBox::requestLoad()
{
    emit loadRequested(preset(), params());
}
