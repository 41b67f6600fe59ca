#include "imagesourcebar.h"

#include "widgets/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

ImageSourceBar::ImageSourceBar(QWidget *parent)
    : QWidget(parent)
    , m_load(new QPushButton)
    , m_sampleLabel(new QLabel)
    , m_samples(new QComboBox)
    , m_downscale(new QCheckBox)
    , m_side(new QSpinBox)
{
    m_load->setObjectName(QStringLiteral("imageLoad"));
    m_sampleLabel->setBuddy(m_samples);
    m_samples->setObjectName(QStringLiteral("imageSample"));
    for (const Sample &s : samples())
        m_samples->addItem(s.name, s.path);
    m_downscale->setObjectName(QStringLiteral("imageDownscale"));
    m_downscale->setChecked(true);
    m_side->setObjectName(QStringLiteral("imageMaxSide"));
    m_side->setRange(8, 8192);
    m_side->setSingleStep(64);
    m_side->setValue(512);
    m_side->setKeyboardTracking(false); // recompute once the number is typed, not per digit
    retranslate();

    // Wraps onto more lines when the page is narrow (large zoom); each label stays with its field.
    const auto pair = [](QWidget *a, QWidget *b) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(b);
        return box;
    };
    auto *layout = new FlowLayout(this, 16, 6);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_load);
    layout->addWidget(pair(m_sampleLabel, m_samples));
    layout->addWidget(pair(m_downscale, m_side));

    connect(m_load, &QPushButton::clicked, this, &ImageSourceBar::loadRequested);
    connect(m_samples, &QComboBox::activated, this, &ImageSourceBar::sampleChosen);
    connect(m_downscale, &QCheckBox::toggled, this, [this](bool on) {
        m_side->setEnabled(on);
        emit maxSideChanged(maxSide());
    });
    connect(m_side, &QSpinBox::valueChanged, this, [this] { emit maxSideChanged(maxSide()); });
}

void ImageSourceBar::retranslate()
{
    m_load->setText(tr("&Load image…"));
    m_load->setAccessibleName(tr("Load image"));
    m_load->setToolTip(tr("Open a PNG or JPEG photo; it becomes a grayscale matrix (0 = black … 255 = white)"));
    m_sampleLabel->setText(tr("&Sample:"));
    m_samples->setAccessibleName(tr("Sample image"));
    m_samples->setToolTip(tr("Use one of the sample images that come with DL Tutor"));
    const auto all = samples();
    for (int i = 0; i < all.size() && i < m_samples->count(); ++i)
        m_samples->setItemText(i, all[i].name);
    m_downscale->setText(tr("&Downscale to at most"));
    m_downscale->setAccessibleName(tr("Downscale the image"));
    m_downscale->setToolTip(tr("Shrink large images by averaging pixel areas, so the longer side is at most this many pixels"));
    m_side->setAccessibleName(tr("Largest side in pixels"));
    m_side->setToolTip(tr("The longer side of the image after downscaling, in pixels"));
    m_side->setSuffix(tr(" px"));
}

QList<ImageSourceBar::Sample> ImageSourceBar::samples()
{
    return {
        {QStringLiteral(":/images/shapes.png"), tr("Shapes")},
        {QStringLiteral(":/images/checkerboard.png"), tr("Checkerboard")},
        {QStringLiteral(":/images/gradient-circle.png"), tr("Gradient and circle")},
    };
}

int ImageSourceBar::maxSide() const
{
    return m_downscale->isChecked() ? m_side->value() : 0;
}

void ImageSourceBar::showSample(int index)
{
    m_samples->setCurrentIndex(index);
}
