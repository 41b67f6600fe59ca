#include "imagedemopanel.h"

#include "image/window.h"
#include "imagedemo/colorlegend.h"
#include "imagedemo/imagesourcebar.h"
#include "imagedemo/imageview.h"
#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "text/errortext.h"
#include "text/numbertext.h"
#include "theme/scaledfont.h"
#include "theme/themecolors.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace conv = dlt::conv;

namespace {

QLabel *boldLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    theme::setRelativeFont(label, 1.15);
    label->setWordWrap(true);
    return label;
}

QString sizeText(int cols, int rows)
{
    return QStringLiteral("%1×%2").arg(cols).arg(rows);
}

} // namespace

ImageDemoPanel::ImageDemoPanel(ConvolutionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(new ImageDemoRunner(this))
    , m_sourceBar(new ImageSourceBar)
    , m_error(new QLabel)
    , m_status(new QLabel)
    , m_filterSummary(new QLabel)
    , m_progressDelay(new QTimer(this))
    , m_readout(new QLabel)
{
    setObjectName(QStringLiteral("imageDemo"));
    m_runner->setObjectName(QStringLiteral("imageRunner"));
    m_sourceBar->setObjectName(QStringLiteral("imageSourceBar"));

    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("imageIntro"));
    m_intro->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("imageError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    theme::setThemedStyleSheet(m_error, [](const theme::ThemeColors &tc) {
        return QStringLiteral("QLabel { background: %1; color: %2; border: 2px solid %3;"
                              " border-radius: 4px; padding: 6px; font-weight: bold; }")
            .arg(theme::htmlColor(tc.bannerErrorFill), theme::htmlColor(tc.bannerErrorText),
                 theme::htmlColor(tc.bannerErrorBorder));
    });
    m_error->hide();
    m_status->setObjectName(QStringLiteral("imageStatus"));
    m_status->setWordWrap(true);
    m_filterSummary->setObjectName(QStringLiteral("imageFilterSummary"));
    m_filterSummary->setWordWrap(true);

    m_readout->setObjectName(QStringLiteral("imageReadout"));
    m_readout->setWordWrap(true);
    m_readout->setTextFormat(Qt::PlainText);
    theme::setRelativeFont(m_readout, 1.25, 0, true); // lecture mode shows it large, like the step arithmetic

    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(kProgressDelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_sourceBar);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_filterSummary);
    layout->addWidget(buildProgressRow());
    layout->addWidget(buildViews(), 1);
    layout->addWidget(m_readout);

    connect(m_sourceBar, &ImageSourceBar::loadRequested, this, &ImageDemoPanel::chooseFile);
    connect(m_sourceBar, &ImageSourceBar::sampleChosen, this, &ImageDemoPanel::loadSample);
    connect(m_sourceBar, &ImageSourceBar::maxSideChanged, this, &ImageDemoPanel::markDirty);
    connect(m_document, &ConvolutionDocument::resultChanged, this, &ImageDemoPanel::markDirty);
    connect(m_document, &ConvolutionDocument::specChanged, this, &ImageDemoPanel::markDirty);
    connect(m_document->filterModel(), &MatrixModel::channelChanged, this, &ImageDemoPanel::markDirty);
    connect(m_runner, &ImageDemoRunner::finished, this, &ImageDemoPanel::onFinished);
    connect(m_runner, &ImageDemoRunner::failed, this, &ImageDemoPanel::onFailed);
    connect(m_runner, &ImageDemoRunner::busyChanged, this, &ImageDemoPanel::onBusyChanged);
    connect(m_runner, &ImageDemoRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ImageDemoRunner::cancelled, this, [this] {
        m_requested.reset(); // a later change or "Load" runs again
        m_status->setText(tr("Cancelled. Change a setting or load an image to compute again."));
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &ImageDemoRunner::cancel);
    connect(m_progressDelay, &QTimer::timeout, this, [this] { m_progressRow->setVisible(m_runner->isBusy()); });
    connect(m_inputView, &ImageView::hovered, this, &ImageDemoPanel::onInputHover);
    connect(m_outputView, &ImageView::hovered, this, &ImageDemoPanel::onOutputHover);
    connect(m_inputView, &ImageView::left, this, &ImageDemoPanel::clearHover);
    connect(m_outputView, &ImageView::left, this, &ImageDemoPanel::clearHover);
    retranslate();
}

void ImageDemoPanel::retranslate()
{
    setAccessibleName(tr("Image demo"));
    m_intro->setText(tr("Apply the filter to a real image. The picture becomes a grayscale matrix with "
                        "Rec. 601 luma, Y = 0.299·R + 0.587·G + 0.114·B, from 0 (black) to 255 (white), so "
                        "the output is in the same intensity units as the step-through. The filter, stride, "
                        "padding, dilation and mode are those of the Step-through tab."));
    m_error->setAccessibleName(tr("Image problem"));
    m_readout->setAccessibleName(tr("Pixel read-out"));
    m_progressLabel->setText(tr("Filtering…"));
    m_progress->setAccessibleName(tr("Filtering progress"));
    m_progress->setToolTip(tr("How much of the image has been filtered"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel filtering"));
    m_cancel->setToolTip(tr("Stop filtering this image (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_inputView->setAccessibleName(tr("Input image"));
    m_inputView->setToolTip(tr("The grayscale input; hover to read a pixel's value"));
    m_inputView->setPlaceholder(tr("Load an image or choose a sample"));
    m_outputView->setAccessibleName(tr("Feature map"));
    m_outputView->setToolTip(tr("The filter's output; hover to read a value and see the input window it came from"));
    m_outputView->setPlaceholder(tr("No output yet"));
    m_legend->setAccessibleName(tr("Colour legend"));
    m_legend->setToolTip(tr("The colours of the feature map's values"));
    m_sourceBar->retranslate();
    updateFilterSummary();
    showResult();
}

void ImageDemoPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        m_readout->setMinimumHeight(m_readout->fontMetrics().height() * 2 + 4); // no jumps as the text changes
}

QWidget *ImageDemoPanel::buildProgressRow()
{
    m_progressRow = new QWidget;
    m_progressRow->setObjectName(QStringLiteral("imageProgressRow"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("imageProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("imageCancel"));
    m_progressLabel = new QLabel;
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progressLabel);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    m_progressRow->hide();
    return m_progressRow;
}

QWidget *ImageDemoPanel::buildViews()
{
    auto *views = new QWidget;
    views->setObjectName(QStringLiteral("imageViews"));
    m_inputTitle = boldLabel(QStringLiteral("imageInputTitle"));
    m_outputTitle = boldLabel(QStringLiteral("imageOutputTitle"));
    m_inputView = new ImageView;
    m_inputView->setObjectName(QStringLiteral("imageInputView"));
    m_outputView = new ImageView;
    m_outputView->setObjectName(QStringLiteral("imageOutputView"));
    m_legend = new ColorLegend;
    m_legend->setObjectName(QStringLiteral("imageLegend"));

    auto *grid = new QGridLayout(views);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->addWidget(m_inputTitle, 0, 0);
    grid->addWidget(m_outputTitle, 0, 1);
    grid->addWidget(m_inputView, 1, 0);
    grid->addWidget(m_outputView, 1, 1);
    grid->addWidget(m_legend, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    return views;
}

void ImageDemoPanel::chooseFile()
{
    QString path;
    if (m_chooseFile) {
        path = m_chooseFile();
    } else {
        QSettings settings(QStringLiteral("DLTutor"), QStringLiteral("dltutor"));
        const QString dir = settings.value(QStringLiteral("imageDemo/lastDir"),
                                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                .toString();
        path = QFileDialog::getOpenFileName(this, tr("Load image"), dir,
                                            tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
        if (!path.isEmpty())
            settings.setValue(QStringLiteral("imageDemo/lastDir"), QFileInfo(path).absolutePath());
    }
    if (!path.isEmpty())
        loadImageFile(path);
}

bool ImageDemoPanel::loadImageFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    const QString name = QFileInfo(path).fileName();
    if (image.isNull()) {
        showError(tr("Cannot load “%1”: %2").arg(name, reader.errorString()));
        return false;
    }
    m_sourceBar->showSample(-1);
    setSourceImage(image, name);
    return true;
}

void ImageDemoPanel::loadSample(int index)
{
    const auto samples = ImageSourceBar::samples();
    if (index < 0 || index >= samples.size())
        return;
    const QImage image(samples[index].path);
    m_sampleShown = true;
    m_sourceBar->showSample(index);
    if (image.isNull()) {
        showError(tr("Cannot load the sample “%1”").arg(samples[index].name));
        return;
    }
    setSourceImage(image, tr("%1 (sample)").arg(samples[index].name));
}

void ImageDemoPanel::setSourceImage(const QImage &image, const QString &name)
{
    m_sampleShown = true;
    m_source = image;
    m_sourceName = name;
    m_error->hide();
    m_requested.reset();
    markDirty();
}

void ImageDemoPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImageDemoPanel::markDirty()
{
    m_dirty = true;
    updateFilterSummary();
    if (isVisible())
        run();
}

void ImageDemoPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sampleShown)
        loadSample(0); // first time: a sample, so the demo shows something at once
    else if (m_dirty)
        run();
}

void ImageDemoPanel::run()
{
    m_dirty = false;
    if (m_source.isNull())
        return;
    MatrixModel *filter = m_document->filterModel();
    if (filter->hasInvalidCells() || filter->channelCount() == 0) {
        showError(tr("The filter cannot be used: %1").arg(filter->firstProblem()));
        return;
    }
    const int channel = std::clamp(filter->channel(), 0, filter->channelCount() - 1);
    Requested next{m_source.cacheKey(), m_sourceBar->maxSide(), filter->volume()[size_t(channel)].cast<float>(),
                   m_document->spec()};
    if (m_requested && m_requested->key == next.key && m_requested->maxSide == next.maxSide &&
        m_requested->spec == next.spec && m_requested->kernel.rows() == next.kernel.rows() &&
        m_requested->kernel.cols() == next.kernel.cols() && m_requested->kernel == next.kernel)
        return;
    m_requested = next;
    ImageDemoRequest request;
    request.source = m_source;
    request.maxSide = next.maxSide;
    request.kernel = next.kernel;
    request.spec = next.spec;
    m_runner->request(request);
}

void ImageDemoPanel::onBusyChanged(bool busy)
{
    if (busy) {
        m_progress->setValue(0);
        m_progressDelay->start();
        m_status->setText(tr("Filtering %1…").arg(m_sourceName));
    } else {
        m_progressDelay->stop();
        m_progressRow->hide();
    }
}

void ImageDemoPanel::onFinished(const ImageDemoRunner::ResultPtr &)
{
    m_error->hide();
    showResult();
}

void ImageDemoPanel::onFailed(const dlt::Error &error)
{
    showError(tr("The filter cannot run on this image: %1").arg(errorText(error)));
    showResult();
}

void ImageDemoPanel::showResult()
{
    const ImageDemoRunner::ResultPtr r = m_runner->result();
    clearHover();
    if (!r || !r->input) {
        m_inputView->setImage({});
        m_outputView->setImage({});
        m_legend->clear();
        m_status->clear();
        m_inputTitle->clear();
        m_outputTitle->clear();
        return;
    }
    const int rows = int(r->input->rows()), cols = int(r->input->cols());
    QString status = tr("%1: %2 px").arg(m_sourceName, sizeText(r->sourceSize.width(), r->sourceSize.height()));
    if (r->sourceSize != QSize(cols, rows))
        status += tr(", downscaled to %1 px by averaging").arg(sizeText(cols, rows));
    m_status->setText(status);
    m_inputTitle->setText(tr("Input  %1 (0 black … 255 white)").arg(sizeText(cols, rows)));
    m_inputView->setImage(r->inputImage);
    m_outputView->setImage(r->outputImage);
    if (r->outputImage.isNull()) {
        m_outputTitle->setText(tr("Feature map"));
        m_legend->clear();
        return;
    }
    const auto &map = r->map;
    m_outputTitle->setText(tr("Feature map  %1  (min %2, max %3)")
                               .arg(sizeText(map.filtered.geometry.cols.out, map.filtered.geometry.rows.out),
                                    numbertext::display(map.range.min), numbertext::display(map.range.max)));
    m_legend->setScale(r->legendColors, r->legendTicks);
    m_legend->setToolTip(map.scale.kind == dlt::image::MapKind::Diverging
                             ? tr("Blue is negative, white is 0, red is positive (symmetric about 0)")
                             : tr("Black is 0, white is the largest output value"));
}

void ImageDemoPanel::updateFilterSummary()
{
    const conv::Spec &s = m_document->spec();
    const MatrixModel *f = m_document->filterModel();
    const auto preset = m_document->matchingPreset();
    const QString name = preset ? ConvolutionDocument::presetName(*preset) : tr("custom filter");
    QString text = tr("Filter: %1 %2, stride %3, padding %4, dilation %5, %6")
                       .arg(name, sizeText(f->matrixRows(), f->matrixCols()), sizeText(s.stride.h, s.stride.w),
                            sizeText(s.padding.h, s.padding.w), sizeText(s.dilation.h, s.dilation.w),
                            s.mode == conv::Mode::Correlation ? tr("cross-correlation")
                                                              : tr("convolution (filter flipped)"));
    if (f->channelCount() > 1)
        text += tr(" — channel %1 of %2 (the one shown in the filter editor)").arg(f->channel() + 1).arg(f->channelCount());
    m_filterSummary->setText(text);
}

void ImageDemoPanel::onInputHover(int row, int col)
{
    const ImageDemoRunner::ResultPtr r = m_runner->result();
    if (!r || !r->input || row >= r->input->rows() || col >= r->input->cols())
        return clearHover();
    m_inputView->setMarkedPixel(QPoint(col, row));
    m_inputView->setWindowRect(std::nullopt);
    m_outputView->setMarkedPixel(std::nullopt);
    m_readout->setText(tr("Input pixel: row %1, column %2 = %3")
                           .arg(row + 1)
                           .arg(col + 1)
                           .arg(numbertext::display((*r->input)(row, col))));
}

void ImageDemoPanel::onOutputHover(int row, int col)
{
    const ImageDemoRunner::ResultPtr r = m_runner->result();
    if (!r || r->outputImage.isNull())
        return clearHover();
    auto w = dlt::image::inputWindow(r->map.filtered.geometry, row, col);
    if (!w)
        return clearHover();
    const auto &wr = w->rows, &wc = w->cols;
    m_outputView->setMarkedPixel(QPoint(col, row));
    m_inputView->setMarkedPixel(std::nullopt);
    m_inputView->setWindowRect(QRect(QPoint(wc.first, wr.first), QPoint(wc.last, wr.last)));
    QString text = tr("Feature map: row %1, column %2 = %3, from input rows %4–%5, columns %6–%7")
                       .arg(row + 1)
                       .arg(col + 1)
                       .arg(numbertext::display(r->map.filtered.output(row, col)))
                       .arg(numbertext::integer(wr.first + 1), numbertext::integer(wr.last + 1),
                            numbertext::integer(wc.first + 1), numbertext::integer(wc.last + 1));
    if (wr.step > 1 || wc.step > 1)
        text += tr(", dilation %1×%2 (gaps between the taps)").arg(wr.step).arg(wc.step);
    if (wr.padding || wc.padding)
        text += tr("; part of the window is zero padding");
    m_readout->setText(text);
}

void ImageDemoPanel::clearHover()
{
    m_inputView->setMarkedPixel(std::nullopt);
    m_inputView->setWindowRect(std::nullopt);
    m_outputView->setMarkedPixel(std::nullopt);
    m_readout->setText(tr("Hover over the input to read a pixel, or over the feature map to see the window it came from."));
}
