#include "convparameters.h"

#include "flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <vector>

ConvParameters::ConvParameters(QWidget *parent)
    : QWidget(parent)
{
    m_strideH = makeSpin(QStringLiteral("strideRows"), tr("Stride, rows"),
                         tr("Stride along the rows: how far the window moves down between output rows"), 1, StrideRows);
    m_strideW = makeSpin(QStringLiteral("strideCols"), tr("Stride, columns"),
                         tr("Stride along the columns: how far the window moves right between output columns"), 1, StrideCols);
    m_paddingH = makeSpin(QStringLiteral("paddingRows"), tr("Padding, rows"),
                          tr("Rows of zeros added above and below the input"), 0, PaddingRows);
    m_paddingW = makeSpin(QStringLiteral("paddingCols"), tr("Padding, columns"),
                          tr("Columns of zeros added left and right of the input"), 0, PaddingCols);
    m_dilationH = makeSpin(QStringLiteral("dilationRows"), tr("Dilation, rows"),
                           tr("Dilation along the rows: the gap between filter taps, 1 = no gap"), 1, DilationRows);
    m_dilationW = makeSpin(QStringLiteral("dilationCols"), tr("Dilation, columns"),
                           tr("Dilation along the columns: the gap between filter taps, 1 = no gap"), 1, DilationCols);

    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Cross-correlation"), int(dlt::conv::Mode::Correlation));
    m_mode->addItem(tr("Convolution (flipped filter)"), int(dlt::conv::Mode::Convolution));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->setToolTip(tr("Cross-correlation slides the filter as it is (what deep-learning frameworks and the exam call "
                          "convolution); true convolution flips the filter on both axes first"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { emit specEdited(spec(), ModeField); });

    // Each control group stays together; the groups wrap when the page is narrow.
    auto *layout = new FlowLayout(this, 20, 6);
    auto group = [layout](QLabel *label, QWidget *first, QWidget *second) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        row->addWidget(label);
        row->addWidget(first);
        if (second) {
            auto *times = new QLabel(QStringLiteral("\u00d7"));
            times->setToolTip(tr("rows × columns"));
            row->addWidget(times);
            row->addWidget(second);
        }
        layout->addWidget(box);
    };
    auto caption = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    group(caption(tr("&Stride"), m_strideH), m_strideH, m_strideW);
    group(caption(tr("&Padding"), m_paddingH), m_paddingH, m_paddingW);
    group(caption(tr("&Dilation"), m_dilationH), m_dilationH, m_dilationW);
    group(caption(tr("&Mode"), m_mode), m_mode, nullptr);
}

QSpinBox *ConvParameters::makeSpin(const QString &name, const QString &accessible, const QString &tip, int min, Field field)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(min, kMaxValue);
    spin->setAccessibleName(accessible);
    spin->setToolTip(tip);
    spin->setKeyboardTracking(false);
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QSpinBox::valueChanged, this, [this, field] { emit specEdited(spec(), field); });
    return spin;
}

dlt::conv::Spec ConvParameters::spec() const
{
    dlt::conv::Spec s;
    s.stride = {m_strideH->value(), m_strideW->value()};
    s.padding = {m_paddingH->value(), m_paddingW->value()};
    s.dilation = {m_dilationH->value(), m_dilationW->value()};
    s.mode = dlt::conv::Mode(m_mode->currentData().toInt());
    return s;
}

void ConvParameters::setSpec(const dlt::conv::Spec &spec)
{
    const QList<QWidget *> all = {m_strideH, m_strideW, m_paddingH, m_paddingW, m_dilationH, m_dilationW, m_mode};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(size_t(all.size()));
    for (QWidget *w : all)
        blockers.emplace_back(w);
    m_strideH->setValue(spec.stride.h);
    m_strideW->setValue(spec.stride.w);
    m_paddingH->setValue(spec.padding.h);
    m_paddingW->setValue(spec.padding.w);
    m_dilationH->setValue(spec.dilation.h);
    m_dilationW->setValue(spec.dilation.w);
    m_mode->setCurrentIndex(m_mode->findData(int(spec.mode)));
}
