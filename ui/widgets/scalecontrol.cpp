#include "scalecontrol.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace {
constexpr int kMaxPercent = 400;
}

ScaleControl::ScaleControl(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scaleControl"));

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("scaleSlider"));
    m_slider->setRange(0, kMaxPercent);
    m_slider->setValue(100);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(50);
    m_slider->setAccessibleName(tr("Scale factor for W_hh"));
    m_slider->setToolTip(tr("Multiplies W_hh by a factor from 0 to 4 (Left/Right: 1 %, Page Up/Down: 10 %).\n"
                            "Drag it through γ·ρ = 1 to see the verdict change."));

    m_value = new QLabel;
    m_value->setObjectName(QStringLiteral("scaleValue"));
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("× 4.00")));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_reset = new QPushButton(tr("&Reset"));
    m_reset->setObjectName(QStringLiteral("scaleReset"));
    m_reset->setAccessibleName(tr("Reset scale to 100 percent"));
    m_reset->setToolTip(tr("Back to W_hh as entered (× 1), Alt+R"));

    m_products = new QLabel;
    m_products->setObjectName(QStringLiteral("scaleProducts"));
    m_products->setAccessibleName(tr("Live products"));
    m_products->setWordWrap(true);

    auto *label = new QLabel(tr("S&cale"));
    label->setBuddy(m_slider);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_slider, 0, 1);
    grid->addWidget(m_value, 0, 2);
    grid->addWidget(m_reset, 0, 3);
    grid->addWidget(m_products, 1, 0, 1, 4);
    grid->setColumnStretch(1, 1);

    connect(m_slider, &QSlider::sliderPressed, this, [this] { ++m_gesture; });
    connect(m_slider, &QSlider::valueChanged, this, &ScaleControl::onValueChanged);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        ++m_gesture;
        m_slider->setValue(100);
    });
    setScale(1.0);
}

void ScaleControl::onValueChanged(int percent)
{
    // A key press or click on the groove is a gesture of its own; a drag keeps the one from sliderPressed.
    if (!m_slider->isSliderDown())
        ++m_gesture;
    m_value->setText(tr("× %1").arg(QLocale().toString(percent / 100.0, 'f', 2)));
    emit scaleChanged(percent / 100.0, m_gesture);
}

void ScaleControl::setScale(double factor)
{
    const int percent = int(std::lround(factor * 100.0));
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(std::clamp(percent, 0, kMaxPercent));
    }
    m_value->setText(tr("× %1").arg(QLocale().toString(factor, 'f', 2)));
}

double ScaleControl::scale() const
{
    return m_slider->value() / 100.0;
}

void ScaleControl::setProducts(const QString &text)
{
    m_products->setText(text);
}
