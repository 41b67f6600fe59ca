// The convolution's exports without a window: the worked solution sheet's text for the seed
// problem (checked against hand arithmetic), the sheet and step images' sizes at 1× and 2×, the
// step file names, and writing every step into a folder (including cancelling and bad folders).

#include "export/allsteps.h"
#include "export/convsheet.h"
#include "export/convstepimage.h"
#include "export/sheetpainter.h"

#include "conv/conv.h"

#include <QApplication>
#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ConvProblem seedProblem(dlt::conv::Spec spec = {})
{
    auto p = ConvProblem::make({dlt::conv::seedInput()}, {dlt::conv::presetKernel(dlt::conv::Preset::HorizontalEdge)}, spec);
    return *p;
}

bool notBlank(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height() && colours.size() < 3; y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    return colours.size() > 1;
}

ExportColors light()
{
    return ExportColors::forOptions(ExportOptions{});
}

} // namespace

class ConvExportTest : public QObject
{
    Q_OBJECT

private slots:
    void sheetTextOfTheSeedProblem();
    void sheetShowsPaddingAndFlippedFilter();
    void sheetRefusesHugeTraces();
    void sheetImageScalesAndUsesColumns();
    void stepImageScalesAndIsTheSameForEveryStep();
    void transparentBackground();
    void stepFileNames();
    void allStepsWritesEveryFile();
    void allStepsStopsWhenCancelled();
    void allStepsRefusesABadFolder();
};

void ConvExportTest::sheetTextOfTheSeedProblem()
{
    const auto sheet = buildConvSheet(seedProblem());
    QVERIFY(sheet);
    const QString text = sheet->plainText();
    QCOMPARE(sheet->stepCount(), 25);

    // Output size: n = 7, p = 0, d = 1, k = 3, s = 1 → ⌊(7 + 0 − 2 − 1)/1⌋ + 1 = 5 on both axes.
    QVERIFY2(text.contains(QStringLiteral("rows: \u230a(7 + 2\u00b70 \u2212 1\u00b7(3\u22121) \u2212 1)/1\u230b + 1 = 5")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("columns: \u230a(7 + 2\u00b70 \u2212 1\u00b7(3\u22121) \u2212 1)/1\u230b + 1 = 5")));

    // The seed input (rows 0..6)            filter (horizontal edge)
    //   6 3 4 4 5 0 3                        1  1  1
    //   4 7 4 0 4 0 4                        0  0  0
    //   7 0 2 3 4 5 2                       −1 −1 −1
    //   3 7 5 0 3 0 7
    //   5 8 1 2 5 4 2
    //   8 0 1 0 6 0 0
    //   6 4 1 3 0 4 5
    // Step 1 (window rows 0–2, columns 0–2): 6+3+4 − (7+0+2) = 13 − 9 = 4.
    QVERIFY(text.contains(QStringLiteral("Step 1 of 25: output row 1, column 1")));
    QVERIFY(text.contains(QStringLiteral("6\u00b71 + 3\u00b71 + 4\u00b71 + 4\u00b70 + 7\u00b70 + 4\u00b70 + "
                                         "7\u00b7(\u22121) + 0\u00b7(\u22121) + 2\u00b7(\u22121) = 4")));
    // Step 7 (rows 1–3, columns 1–3): 7+4+0 − (7+5+0) = 11 − 12 = −1.
    QVERIFY(text.contains(QStringLiteral("7\u00b71 + 4\u00b71 + 0\u00b71 + 0\u00b70 + 2\u00b70 + 3\u00b70 + "
                                         "7\u00b7(\u22121) + 5\u00b7(\u22121) + 0\u00b7(\u22121) = \u22121")));
    // Step 25 (rows 4–6, columns 4–6): 5+4+2 − (0+4+5) = 11 − 9 = 2.
    QVERIFY(text.contains(QStringLiteral("Step 25 of 25: output row 5, column 5")));
    QVERIFY(text.contains(QStringLiteral("5\u00b71 + 4\u00b71 + 2\u00b71 + 6\u00b70 + 0\u00b70 + 0\u00b70 + "
                                         "0\u00b7(\u22121) + 4\u00b7(\u22121) + 5\u00b7(\u22121) = 2")));

    // The output matrix: out(i, j) = S_i(j) − S_(i+2)(j), where S_r(j) = x(r,j) + x(r,j+1) + x(r,j+2):
    //   S_0 = 13 11 13  9  8     S_1 = 15 11  8  4  8     S_2 =  9  5  9 12 11
    //   S_3 = 15 12  8  3 10     S_4 = 14 11  8 11 11     S_5 =  9  1  7  6  6
    //   S_6 = 11  8  4  7  9
    //   row 1: 13−9, 11−5, 13−9, 9−12, 8−11   =  4  6  4 −3 −3
    //   row 2: 15−15, 11−12, 8−8, 4−3, 8−10    =  0 −1  0  1 −2
    //   row 3: 9−14, 5−11, 9−8, 12−11, 11−11   = −5 −6  1  1  0
    //   row 4: 15−9, 12−1, 8−7, 3−6, 10−6      =  6 11  1 −3  4
    //   row 5: 14−11, 11−8, 8−4, 11−7, 11−9    =  3  3  4  4  2
    const QString m = QStringLiteral("\u2212");
    const QString output = QStringLiteral("Output (5\u00d75)\n"
                                          "4\t6\t4\t%1\t%1\n"
                                          "0\t%2\t0\t1\t%3\n"
                                          "%4\t%5\t1\t1\t0\n"
                                          "6\t11\t1\t%1\t4\n"
                                          "3\t3\t4\t4\t2\n")
                               .arg(m + QStringLiteral("3"), m + QStringLiteral("1"), m + QStringLiteral("2"),
                                    m + QStringLiteral("5"), m + QStringLiteral("6"));
    QVERIFY2(text.endsWith(output), qPrintable(text.right(200)));
    // The given input and filter come first, as matrices.
    QVERIFY(text.contains(QStringLiteral("Input (7\u00d77)\n6\t3\t4\t4\t5\t0\t3\n")));
    QVERIFY(text.contains(QStringLiteral("Filter (3\u00d73)\n1\t1\t1\n0\t0\t0\n%1\t%1\t%1\n").arg(m + QStringLiteral("1"))));
}

void ConvExportTest::sheetShowsPaddingAndFlippedFilter()
{
    // Padding 1, stride 2: ⌊(7 + 2 − 2 − 1)/2⌋ + 1 = ⌊6/2⌋ + 1 = 4 per axis; 16 steps.
    dlt::conv::Spec spec;
    spec.padding = {1, 1};
    spec.stride = {2, 2};
    spec.mode = dlt::conv::Mode::Convolution;
    const auto sheet = buildConvSheet(seedProblem(spec));
    QVERIFY(sheet);
    const QString text = sheet->plainText();
    QCOMPARE(sheet->stepCount(), 16);
    QVERIFY(text.contains(QStringLiteral("rows: \u230a(7 + 2\u00b71 \u2212 1\u00b7(3\u22121) \u2212 1)/2\u230b + 1 = 4")));
    QVERIFY(text.contains(QStringLiteral("Input with padding (9\u00d79)\n0\t0\t0\t0\t0\t0\t0\t0\t0\n0\t6\t3\t4\t4\t5\t0\t3\t0\n")));
    // Flipping the horizontal-edge filter on both axes puts the −1 row on top.
    QVERIFY(text.contains(QStringLiteral("Filter flipped (3\u00d73)\n\u22121\t\u22121\t\u22121\n0\t0\t0\n1\t1\t1\n")));
    // Step 1: the window at padded rows 0–2, columns 0–2; only input (0,0) = 6, (0,1) = 3, (1,0) = 4,
    // (1,1) = 7 are real; with the flipped filter the weights on input rows 0 and 1 are 0 and 1:
    // 0 + 0 + 0 + 0·0 + 6·0 + 3·0 + 0·1 + 4·1 + 7·1 = 11.
    QVERIFY2(text.contains(QStringLiteral("0\u00b7(\u22121) + 0\u00b7(\u22121) + 0\u00b7(\u22121) + 0\u00b70 + 6\u00b70 + 3\u00b70 + "
                                          "0\u00b71 + 4\u00b71 + 7\u00b71 = 11")),
             qPrintable(text));
}

void ConvExportTest::sheetRefusesHugeTraces()
{
    // 100×100 input, 5×5 filter: 96·96 steps × 25 taps = 230 400 products > kMaxSheetTaps.
    auto p = ConvProblem::make({dlt::conv::randomIntegers(100, 100, 0, 9, 1)}, {dlt::conv::randomIntegers(5, 5, -1, 1, 2)}, {});
    QVERIFY(p);
    const auto sheet = buildConvSheet(*p);
    QVERIFY(!sheet);
    QCOMPARE(sheet.error().key, std::string("export.sheet_too_large"));
}

void ConvExportTest::sheetImageScalesAndUsesColumns()
{
    const auto sheet = buildConvSheet(seedProblem());
    const SheetPainter painter(*sheet, light(), QApplication::font());
    QCOMPARE(painter.stepColumns(), 3); // 25 steps, about ten per column
    const QImage one = painter.render(1), two = painter.render(2);
    QCOMPARE(one.size(), painter.size().toSize());
    QCOMPARE(two.size(), one.size() * 2);
    QCOMPARE(two.devicePixelRatio(), 2.0);
    QVERIFY(notBlank(one));
    QCOMPARE(one.pixel(0, 0), qRgb(255, 255, 255));

    // A 3-step problem stays in one column.
    auto small = ConvProblem::make({dlt::conv::randomIntegers(3, 5, 0, 9, 3)}, {dlt::conv::presetKernel(dlt::conv::Preset::Identity)}, {});
    const SheetPainter one3(*buildConvSheet(*small), light(), QApplication::font());
    QCOMPARE(one3.stepColumns(), 1);
}

void ConvExportTest::stepImageScalesAndIsTheSameForEveryStep()
{
    const ConvStepImage steps(seedProblem(), light(), QApplication::font());
    QCOMPARE(steps.stepCount(), 25);
    const QImage first = steps.render(0, 1), last = steps.render(24, 1), twice = steps.render(6, 2);
    QCOMPARE(first.size(), steps.size().toSize());
    QCOMPARE(last.size(), first.size());
    QCOMPARE(twice.size(), first.size() * 2);
    QVERIFY(notBlank(first));
    QVERIFY(first != last); // the window and the output differ
    QVERIFY(steps.check(4));
}

void ConvExportTest::transparentBackground()
{
    ExportOptions o;
    o.transparent = true;
    const ConvStepImage steps(seedProblem(), ExportColors::forOptions(o), QApplication::font());
    const QImage img = steps.render(0, 1);
    QCOMPARE(qAlpha(img.pixel(0, 0)), 0);
    bool opaque = false;
    for (int x = 0; x < img.width() && !opaque; ++x)
        opaque = qAlpha(img.pixel(x, img.height() / 3)) == 255;
    QVERIFY(opaque); // the grids are drawn
}

void ConvExportTest::stepFileNames()
{
    QCOMPARE(stepFileName(0, 25), QStringLiteral("step-001.png"));
    QCOMPARE(stepFileName(24, 25), QStringLiteral("step-025.png"));
    QCOMPARE(stepFileName(0, 999), QStringLiteral("step-001.png"));
    QCOMPARE(stepFileName(0, 1000), QStringLiteral("step-0001.png"));
    QCOMPARE(stepFileName(9999, 10000), QStringLiteral("step-10000.png"));
}

void ConvExportTest::allStepsWritesEveryFile()
{
    QTemporaryDir dir;
    const ConvStepImage steps(seedProblem(), light(), QApplication::font());
    int calls = 0;
    const auto written = writeAllSteps(steps, dir.path(), 1, [&](int done, int total) {
        ++calls;
        return done <= total;
    });
    QVERIFY(written);
    QCOMPARE(*written, 25);
    QCOMPARE(calls, 25);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(files[i], QStringLiteral("step-%1.png").arg(i + 1, 3, 10, QLatin1Char('0')));
    QCOMPARE(QImage(dir.filePath(files[3])).size(), steps.size().toSize());
}

void ConvExportTest::allStepsStopsWhenCancelled()
{
    QTemporaryDir dir;
    const ConvStepImage steps(seedProblem(), light(), QApplication::font());
    const auto written = writeAllSteps(steps, dir.path(), 1, [](int done, int) { return done < 3; });
    QVERIFY(written);
    QCOMPARE(*written, 3);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

void ConvExportTest::allStepsRefusesABadFolder()
{
    QTemporaryDir dir;
    const ConvStepImage steps(seedProblem(), light(), QApplication::font());
    const auto missing = writeAllSteps(steps, dir.filePath(QStringLiteral("missing")), 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().key, std::string("io.cannot_write"));
    QFile file(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto notFolder = writeAllSteps(steps, file.fileName(), 1);
    QVERIFY(!notFolder);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

QTEST_MAIN(ConvExportTest)
#include "test_convexport.moc"
