// The convolution page's image demo driven like a person: the tab, the sample chooser, the
// stride/padding spin boxes, hovering the images, Load image… with a stand-in file chooser,
// and Cancel on a 4000×3000 image while a timer checks that the event loop keeps turning.
// Expected numbers are worked out by hand in the comments from resources/images/make_samples.py.

#include "imagedemo/colorlegend.h"
#include "imagedemo/imagedemopanel.h"
#include "imagedemo/imagedemorunner.h"
#include "imagedemo/imageview.h"
#include "models/convolutiondocument.h"
#include "models/matrixcommands.h"
#include "models/matrixmodel.h"
#include "pages/convolutionpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

const QString kMinus(QChar(0x2212));

} // namespace

class TestImageDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_page = std::make_unique<ConvolutionPage>();
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void sampleIsFilteredWithThePageFilterAndStride()
    {
        openImageTab();
        // shapes.png, 256×256: background gray 40 (luma of (40,40,40) is 40), a rectangle of 200 at
        // x 24..111, y 32..127. Default: horizontal edge [1 1 1; 0 0 0; −1 −1 −1], stride 1, no padding:
        // 256 − 3 + 1 = 254 per side.
        QTRY_VERIFY(panelResult());
        QCOMPARE(child<QLabel>("imageInputTitle")->text(), QStringLiteral("Input  256×256 (0 black … 255 white)"));
        QVERIFY2(child<QLabel>("imageOutputTitle")->text().startsWith(QStringLiteral("Feature map  254×254")),
                 qPrintable(child<QLabel>("imageOutputTitle")->text()));
        // out(30, 50): rows 30..32, cols 50..52: 3·40 − 3·200 = −480 (top edge of the rectangle).
        QCOMPARE(output(30, 50), -480.0);
        // out(126, 50): rows 126..128: 3·200 − 3·40 = 480 (bottom edge).
        QCOMPARE(output(126, 50), 480.0);
        // Inside the rectangle and in the background: no change, 0.
        QCOMPARE(output(60, 60), 0.0);
        QCOMPARE(output(5, 5), 0.0);
        // The strongest edges are the disc's (255) against the background: 3·(40 − 255) = −645 at its top,
        // +645 at its bottom, so the diverging scale is ±645 and the ticks (at most 6, step 1/2/5·10^k)
        // step by 500: step 200 would need −600..600 = 7 ticks.
        QCOMPARE(panelResult()->map.range.min, -645.0);
        QCOMPARE(panelResult()->map.range.max, 645.0);
        QCOMPARE(child<ColorLegend>("imageLegend")->tickLabels(),
                 (QStringList{kMinus + QStringLiteral("500"), QStringLiteral("0"), QStringLiteral("500")}));

        // Stride 2 and padding 1 on both axes: ⌊(256 + 2 − 3)/2⌋ + 1 = 128.
        openStepTab();
        for (const char *name : {"strideRows", "strideCols", "paddingRows", "paddingCols"})
            QTest::keyClick(child<QSpinBox>(name), Qt::Key_Up);
        QCOMPARE(m_page->document()->spec().stride.h, 2);
        QCOMPARE(m_page->document()->spec().padding.w, 1);
        openImageTab();
        QTRY_COMPARE(panelResult()->map.filtered.output.rows(), 128);
        QCOMPARE(panelResult()->map.filtered.output.cols(), 128);
        QVERIFY(child<QLabel>("imageOutputTitle")->text().startsWith(QStringLiteral("Feature map  128×128")));
        // out(16, 25): rows 31..33, cols 49..51: 3·40 − 3·200 = −480.
        QCOMPARE(output(16, 25), -480.0);
        // out(0, 0): rows −1..1, cols −1..1: the top row is padding (0); the bottom row is 0 + 40 + 40,
        // so 0 − 80 = −80.
        QCOMPARE(output(0, 0), -80.0);
        QVERIFY(child<QLabel>("imageFilterSummary")->text().contains(QStringLiteral("stride 2×2, padding 1×1")));
    }

    void hoverReadsValuesAndOutlinesTheWindow()
    {
        openStepTab();
        for (const char *name : {"strideRows", "strideCols", "paddingRows", "paddingCols"})
            QTest::keyClick(child<QSpinBox>(name), Qt::Key_Up);
        openImageTab();
        QTRY_VERIFY(panelResult() && panelResult()->map.filtered.output.rows() == 128);
        auto *in = child<ImageView>("imageInputView");
        auto *out = child<ImageView>("imageOutputView");
        auto *readout = child<QLabel>("imageReadout");

        // Input (row 60, column 60) is inside the 200 rectangle; the read-out is 1-based.
        QTest::mouseMove(in, in->centerOf(QPoint(60, 60)).toPoint());
        QTRY_COMPARE(readout->text(), QStringLiteral("Input pixel: row 61, column 61 = 200"));

        // Output (16, 25) with stride 2, padding 1 reads input rows 16·2 − 1 = 31 .. 33 and columns 49 .. 51
        // (0-based), that is rows 32–34 and columns 50–52 as people count.
        QTest::mouseMove(out, out->centerOf(QPoint(25, 16)).toPoint());
        QTRY_COMPARE(readout->text(),
                     QStringLiteral("Feature map: row 17, column 26 = ") + kMinus + QStringLiteral("480, from input rows 32–34, columns 50–52"));
        QCOMPARE(in->windowRect(), std::optional<QRect>(QRect(QPoint(49, 31), QPoint(51, 33))));

        // The corner reads the padding: rows and columns 0..2 as people count (−1..1 from 0).
        QTest::mouseMove(out, out->centerOf(QPoint(0, 0)).toPoint());
        QTRY_VERIFY2(readout->text().startsWith(QStringLiteral("Feature map: row 1, column 1 = %1%2, from input rows 0–2, columns 0–2")
                                                     .arg(kMinus, QStringLiteral("80"))),
                     qPrintable(readout->text()));
        QVERIFY(readout->text().endsWith(QStringLiteral("part of the window is zero padding")));
        QCOMPARE(in->windowRect(), std::optional<QRect>(QRect(QPoint(-1, -1), QPoint(1, 1))));
    }

    void sampleChooserAndDownscale()
    {
        openImageTab();
        QTRY_VERIFY(panelResult());
        auto *samples = child<QComboBox>("imageSample");
        samples->setFocus();
        QTest::keyClick(samples, Qt::Key_Down); // Checkerboard, 128×128
        QTRY_COMPARE(panelResult()->input->cols(), 128);
        // Downscale to at most 64: each output pixel averages a 2×2 block inside one 16-pixel square.
        auto *side = child<QSpinBox>("imageMaxSide");
        side->selectAll();
        QTest::keyClicks(side, QStringLiteral("64"));
        QTest::keyClick(side, Qt::Key_Return);
        QTRY_COMPARE(panelResult()->input->cols(), 64);
        QCOMPARE((*panelResult()->input)(0, 0), 255.0f); // white square at the top left
        QCOMPARE((*panelResult()->input)(0, 8), 0.0f);   // source columns 16, 17: black
        QVERIFY(child<QLabel>("imageStatus")->text().contains(QStringLiteral("downscaled to 64×64")));
    }

    void loadErrorsNameTheFileAndReason()
    {
        openImageTab();
        QTRY_VERIFY(panelResult());
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.png"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a picture");
        }
        auto *panel = child<ImageDemoPanel>("imageDemo");
        panel->setFileChooser([bad] { return bad; });
        QTest::mouseClick(child<QPushButton>("imageLoad"), Qt::LeftButton);
        auto *error = child<QLabel>("imageError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Cannot load “notes.png”: ")), qPrintable(error->text()));
        QVERIFY(error->text().size() > QStringLiteral("Cannot load “notes.png”: ").size());

        // A good file clears the message and is shown.
        QImage img(30, 20, QImage::Format_RGB32);
        img.fill(QColor(255, 0, 0)); // pure red: luma 0.299·255 = 76.245
        const QString good = dir.filePath(QStringLiteral("red.png"));
        QVERIFY(img.save(good));
        panel->setFileChooser([good] { return good; });
        QTest::mouseClick(child<QPushButton>("imageLoad"), Qt::LeftButton);
        QTRY_VERIFY(panelResult() && panelResult()->input->cols() == 30);
        QVERIFY(!error->isVisible());
        QVERIFY(qAbs((*panelResult()->input)(0, 0) - 76.245f) < 1e-3f);
        QVERIFY(child<QLabel>("imageStatus")->text().startsWith(QStringLiteral("red.png: 30×20 px")));
        // A constant image under the edge filter gives 0 (up to float residue): one flat colour, not noise.
        const QImage out = panelResult()->outputImage;
        QCOMPARE(out.size(), QSize(28, 18));
        for (int y = 0; y < out.height(); ++y)
            for (int x = 0; x < out.width(); ++x)
                QCOMPARE(out.pixel(x, y), out.pixel(0, 0));
    }

    void bigImageStaysResponsiveAndFinishes()
    {
        openImageTab();
        QTRY_VERIFY(panelResult());
        QTest::mouseClick(child<QCheckBox>("imageDownscale"), Qt::LeftButton, {},
                          QPoint(8, child<QCheckBox>("imageDownscale")->height() / 2));
        QVERIFY(!child<QCheckBox>("imageDownscale")->isChecked());
        const QImage big = bigImage();
        gapLimit();
        Gaps gaps;
        QElapsedTimer clock;
        clock.start();
        child<ImageDemoPanel>("imageDemo")->setSourceImage(big, QStringLiteral("big"));
        QTRY_VERIFY_WITH_TIMEOUT(panelResult() && panelResult()->input->cols() == 4000, 20000);
        const qint64 ms = clock.elapsed();
        QTest::qWait(100); // paints the shrunk images
        qInfo("4000x3000, 3x3 filter, no downscale: result after %lld ms; longest event-loop gap %lld ms, ending at %lld ms",
              ms, gaps.max(), gaps.at());
        QCOMPARE(panelResult()->map.filtered.output.rows(), 2998);
        QCOMPARE(panelResult()->map.filtered.output.cols(), 3998);
        QVERIFY2(gaps.max() < gapLimit(), qPrintable(QStringLiteral("gap %1 ms").arg(gaps.max())));
    }

    void cancelStopsABigRun()
    {
        openImageTab();
        QTRY_VERIFY(panelResult());
        QTest::mouseClick(child<QCheckBox>("imageDownscale"), Qt::LeftButton, {},
                          QPoint(8, child<QCheckBox>("imageDownscale")->height() / 2));
        // A 15×15 box filter (as if pasted): 225 taps per pixel keep the worker busy long enough to cancel.
        MatrixContent content;
        content.volume = {Eigen::MatrixXd::Constant(15, 15, 1.0)};
        m_page->undoStack()->push(new ReplaceContentCommand(m_page->document()->filterModel(), content, QStringLiteral("Paste")));
        QTRY_VERIFY(!child<ImageDemoPanel>("imageDemo")->runner()->isBusy());
        const auto before = panelResult();

        const QImage big = bigImage();
        gapLimit();
        Gaps gaps;
        child<ImageDemoPanel>("imageDemo")->setSourceImage(big, QStringLiteral("big"));
        auto *row = child<QWidget>("imageProgressRow");
        QTRY_VERIFY_WITH_TIMEOUT(row->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>("imageProgress")->value() > 0, 5000);
        QTest::mouseClick(child<QPushButton>("imageCancel"), Qt::LeftButton);
        QTRY_VERIFY(!child<ImageDemoPanel>("imageDemo")->runner()->isBusy());
        QVERIFY(!row->isVisible());
        QVERIFY(child<QLabel>("imageStatus")->text().startsWith(QStringLiteral("Cancelled")));
        QCOMPARE(panelResult(), before); // the cancelled run delivered nothing
        qInfo("longest event-loop gap while filtering with 15x15: %lld ms, ending at %lld ms", gaps.max(), gaps.at());
        QVERIFY2(gaps.max() < gapLimit(), qPrintable(QStringLiteral("gap %1 ms").arg(gaps.max())));
    }

private:
    // 50 ms, or more on a machine so loaded that an idle event loop already stalls: the idle
    // loop's own longest gap over 500 ms is measured and the work may add at most 30 ms to it.
    static qint64 gapLimit()
    {
        static const qint64 limit = [] {
            Gaps idle;
            QTest::qWait(500);
            qInfo("idle event loop: longest gap %lld ms", idle.max());
            return std::max<qint64>(50, idle.max() + 30);
        }();
        return limit;
    }

    // Records the longest interval between ticks of a 5 ms timer while it lives.
    class Gaps
    {
    public:
        Gaps()
        {
            m_clock.start();
            m_total.start();
            QObject::connect(&m_timer, &QTimer::timeout, [this] {
                const qint64 gap = m_clock.restart();
                if (gap > m_max) {
                    m_max = gap;
                    m_at = m_total.elapsed();
                }
            });
            m_timer.start(5);
        }
        qint64 max() const { return m_max; }
        /** When the longest gap ended, in ms since the start. */
        qint64 at() const { return m_at; }

    private:
        QTimer m_timer;
        QElapsedTimer m_clock;
        QElapsedTimer m_total;
        qint64 m_max = 0;
        qint64 m_at = 0;
    };

    static QImage bigImage()
    {
        // Vertical stripes of 0 and 255, 37 px wide, on 4000×3000 RGB.
        QImage img(4000, 3000, QImage::Format_RGB888);
        for (int y = 0; y < img.height(); ++y) {
            uchar *p = img.scanLine(y);
            for (int x = 0; x < img.width(); ++x, p += 3)
                p[0] = p[1] = p[2] = ((x / 37) % 2) ? 255 : 0;
        }
        return img;
    }

    template<class T>
    T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    void openTab(int index)
    {
        QTabBar *bar = child<QTabWidget>("convTabs")->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QTRY_COMPARE(child<QTabWidget>("convTabs")->currentIndex(), index);
    }
    void openImageTab() { openTab(1); }
    void openStepTab() { openTab(0); }

    ImageDemoRunner::ResultPtr panelResult() const { return child<ImageDemoPanel>("imageDemo")->runner()->result(); }

    double output(int row, int col) const
    {
        // Rounded to 1e-3: the luma 40 of the background is 40 only up to float rounding.
        return std::round(double(panelResult()->map.filtered.output(row, col)) * 1000.0) / 1000.0;
    }

    std::unique_ptr<ConvolutionPage> m_page;
};

QTEST_MAIN(TestImageDemo)
#include "test_imagedemo.moc"
