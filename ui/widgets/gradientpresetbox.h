#pragma once

#include "rnn/presets.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

/**
 * The gradient page's presets: the seed's matrix, the seed at its fixed point, scaled identity,
 * random Gaussian, random orthogonal, a non-normal 2×2, and random n = 64 / 256 demos. Choosing
 * an entry or pressing Load asks for it with the size, scale and seed shown (those that apply).
 */
class GradientPresetBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit GradientPresetBox(QWidget *parent = nullptr);

    dlt::rnn::Preset preset() const;
    dlt::rnn::PresetParams params() const;
    /** Shows a preset and its parameters without loading it (a restored session). */
    void setChoice(dlt::rnn::Preset preset, const dlt::rnn::PresetParams &params);

signals:
    void loadRequested(dlt::rnn::Preset preset, const dlt::rnn::PresetParams &params);
    /** The chosen preset, n, s or seed changed (by the student or setChoice). */
    void choiceChanged();

private:
    void updateEnabled();
    void requestLoad();

    QComboBox *m_combo;
    QSpinBox *m_size;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_seed;
    QPushButton *m_load;
};
