// The convolution page driven like a person: keys, typing into cells, buttons and spin boxes.
// Expected numbers are worked out by hand in the comments (seed input, horizontal-edge filter).

#include "mainwindow/mainwindow.h"
#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "pages/convolutionpage.h"
#include "widgets/matrixgrid.h"
#include "widgets/sizeformula.h"
#include "widgets/steparithmetic.h"
#include "widgets/stepcontrols.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <memory>
#include <vector>

namespace {

const QString kMinus(QChar(0x2212));

MatrixModel::CellKinds kinds(const QModelIndex &i)
{
    return MatrixModel::CellKinds(i.data(MatrixModel::CellKindRole).toInt());
}

// "6·1 + 3·(−1)" from ASCII "6*1 + 3*(-1)", so the expectations stay readable.
QString math(QString s)
{
    s.replace(QLatin1Char('*'), QChar(0x00b7));
    s.replace(QLatin1Char('-'), kMinus);
    return s;
}

} // namespace

class TestConvolutionPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_page = std::make_unique<ConvolutionPage>();
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        ConvolutionDocument *doc = m_page->document();
        for (QAbstractItemModel *m : {(QAbstractItemModel *)doc->inputModel(), (QAbstractItemModel *)doc->filterModel(),
                                      (QAbstractItemModel *)doc->outputModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->setFocus();
        QTRY_VERIFY(m_page->hasFocus());
    }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
    }

    void defaultsShowTheSeedExample()
    {
        MatrixModel *in = input(), *out = output();
        QCOMPARE(in->matrixRows(), 7);
        QCOMPARE(in->matrixCols(), 7);
        QCOMPARE(in->indexOfCell(6, 6).data().toString(), QStringLiteral("5"));
        QCOMPARE(filter()->indexOfCell(2, 0).data().toString(), kMinus + QStringLiteral("1"));
        QCOMPARE(out->rowCount(), 5);
        QCOMPARE(out->columnCount(), 5);
        QCOMPARE(child<QLabel>("outputTitle")->text(), QStringLiteral("Output  5×5"));
        QCOMPARE(child<QLabel>("stepPosition")->text(), QStringLiteral("Step 1 of 25"));
        // Step 1: rows 0..2, columns 0..2: (6+3+4) − (7+0+2) = 4.
        QCOMPARE(arithmetic(), math("6*1 + 3*1 + 4*1 + 4*0 + 7*0 + 4*0 + 7*(-1) + 0*(-1) + 2*(-1) = 4"));
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                QCOMPARE(kinds(in->indexOfCell(r, c)).testFlag(MatrixModel::Window), r < 3 && c < 3);
        QCOMPARE(in->indexOfCell(2, 0).data(MatrixModel::NoteRole).toString(), QStringLiteral("×") + kMinus + QStringLiteral("1"));
        QVERIFY(kinds(filter()->indexOfCell(1, 1)).testFlag(MatrixModel::Window));
        QVERIFY(kinds(out->indexOfCell(0, 0)).testFlag(MatrixModel::Current));
        QCOMPARE(out->indexOfCell(0, 0).data().toString(), QStringLiteral("4"));
        QVERIFY(kinds(out->indexOfCell(0, 1)).testFlag(MatrixModel::Pending));
        QCOMPARE(out->indexOfCell(0, 1).data().toString(), QString());
        QCOMPARE(formula()->rowsText(), QStringLiteral("rows: ⌊(7 + 2·0 − 1·(3−1) − 1)/1⌋ + 1 = 5"));
        QCOMPARE(formula()->colsText(), QStringLiteral("columns: ⌊(7 + 2·0 − 1·(3−1) − 1)/1⌋ + 1 = 5"));
        QVERIFY(formula()->rowsNote().isEmpty());
        QVERIFY(!child<QLabel>("problemBanner")->isVisible());
        QCOMPARE(child<QComboBox>("filterPreset")->currentData().toInt(), int(dlt::conv::Preset::HorizontalEdge));
    }

    void arrowKeysHomeAndEndStep()
    {
        QTest::keyClick(m_page.get(), Qt::Key_Right);
        QCOMPARE(m_page->document()->currentStep(), 1);
        QCOMPARE(child<QLabel>("stepPosition")->text(), QStringLiteral("Step 2 of 25"));
        // Rows 0..2, columns 1..3: (3+4+4) − (0+2+3) = 6.
        QCOMPARE(arithmetic(), math("3*1 + 4*1 + 4*1 + 7*0 + 4*0 + 0*0 + 0*(-1) + 2*(-1) + 3*(-1) = 6"));
        QVERIFY(!kinds(input()->indexOfCell(0, 0)).testFlag(MatrixModel::Window));
        QVERIFY(kinds(input()->indexOfCell(0, 3)).testFlag(MatrixModel::Window));
        QVERIFY(kinds(output()->indexOfCell(0, 1)).testFlag(MatrixModel::Current));
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("4")); // computed earlier, still shown
        QCOMPARE(output()->indexOfCell(0, 1).data().toString(), QStringLiteral("6"));
        QCOMPARE(output()->indexOfCell(0, 2).data().toString(), QString());

        QTest::keyClick(m_page.get(), Qt::Key_Left);
        QCOMPARE(m_page->document()->currentStep(), 0);

        QTest::keyClick(m_page.get(), Qt::Key_End);
        QCOMPARE(m_page->document()->currentStep(), 24);
        // Rows 4..6, columns 4..6: (5+4+2) − (0+4+5) = 2.
        QCOMPARE(arithmetic(), math("5*1 + 4*1 + 2*1 + 6*0 + 0*0 + 0*0 + 0*(-1) + 4*(-1) + 5*(-1) = 2"));
        QVERIFY(kinds(output()->indexOfCell(4, 4)).testFlag(MatrixModel::Current));
        QVERIFY(kinds(input()->indexOfCell(6, 6)).testFlag(MatrixModel::Window));
        QCOMPARE(output()->indexOfCell(2, 3).data().toString(), QStringLiteral("1")); // (12) − (11)
        QTest::keyClick(m_page.get(), Qt::Key_Right); // stays on the last step
        QCOMPARE(m_page->document()->currentStep(), 24);

        QTest::keyClick(m_page.get(), Qt::Key_Home);
        QCOMPARE(m_page->document()->currentStep(), 0);

        // The Next button does the same as the key, and keeps the focus on the page.
        QTest::mouseClick(child<QToolButton>("stepNext"), Qt::LeftButton);
        QCOMPARE(m_page->document()->currentStep(), 1);
        QVERIFY(m_page->hasFocus());
    }

    void spacePlaysAndPauses()
    {
        auto *steps = child<StepControls>("stepControls");
        steps->setStepsPerSecond(10);
        QTest::keyClick(m_page.get(), Qt::Key_Space);
        QVERIFY(steps->isPlaying());
        QTRY_VERIFY(m_page->document()->currentStep() >= 2);
        QTest::keyClick(m_page.get(), Qt::Key_Space);
        QVERIFY(!steps->isPlaying());
        const int stoppedAt = m_page->document()->currentStep();
        QTest::qWait(250);
        QCOMPARE(m_page->document()->currentStep(), stoppedAt);
    }

    void typingIntoACellRecomputesAndUndoRestores()
    {
        typeIntoCell("inputGrid", 0, 0, QStringLiteral("9"));
        QCOMPARE(input()->volume()[0](0, 0), 9.0);
        // (9+3+4) − (7+0+2) = 7.
        QCOMPARE(arithmetic(), math("9*1 + 3*1 + 4*1 + 4*0 + 7*0 + 4*0 + 7*(-1) + 0*(-1) + 2*(-1) = 7"));
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("7"));

        m_page->undoStack()->undo();
        QCOMPARE(input()->indexOfCell(0, 0).data().toString(), QStringLiteral("6"));
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("4"));
        m_page->undoStack()->redo();
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("7"));

        // Esc leaves the grid; the arrow keys step again.
        auto *grid = child<MatrixGrid>("inputGrid");
        QTRY_VERIFY(grid->hasFocus());
        QTest::keyClick(grid, Qt::Key_Escape);
        QTRY_VERIFY(m_page->hasFocus());
        QTest::keyClick(m_page.get(), Qt::Key_Right);
        QCOMPARE(m_page->document()->currentStep(), 1);
    }

    void invalidCellShowsItsMessageAndKeepsTheLastResult()
    {
        QTest::keyClick(child<QCheckBox>("showAll"), Qt::Key_Space); // every output cell visible
        QCOMPARE(output()->indexOfCell(4, 4).data().toString(), QStringLiteral("2"));

        typeIntoCell("inputGrid", 1, 1, QStringLiteral("abc"));
        const QModelIndex cell = input()->indexOfCell(1, 1);
        QVERIFY(kinds(cell).testFlag(MatrixModel::Invalid));
        QCOMPARE(cell.data().toString(), QStringLiteral("abc"));
        auto *message = child<QLabel>("inputMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("row 2, column 2: 'abc' is not a number")), qPrintable(message->text()));
        auto *banner = child<QLabel>("problemBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("last valid result")), qPrintable(banner->text()));

        // The last valid output stays, marked stale; so does the step's arithmetic.
        QVERIFY(!m_page->document()->isValid());
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("4"));
        QCOMPARE(output()->indexOfCell(4, 4).data().toString(), QStringLiteral("2"));
        QVERIFY(kinds(output()->indexOfCell(0, 0)).testFlag(MatrixModel::Stale));
        QCOMPARE(arithmetic(), math("6*1 + 3*1 + 4*1 + 4*0 + 7*0 + 4*0 + 7*(-1) + 0*(-1) + 2*(-1) = 4"));
        QVERIFY(child<QLabel>("outputTitle")->text().contains(QStringLiteral("last valid")));

        // Undo takes the typing back.
        m_page->undoStack()->undo();
        QVERIFY(m_page->document()->isValid());
        QVERIFY(!banner->isVisible());
        QVERIFY(!message->isVisible());
        QVERIFY(!kinds(output()->indexOfCell(0, 0)).testFlag(MatrixModel::Stale));
        m_page->undoStack()->redo();
        QVERIFY(!m_page->document()->isValid());
        // Typing a number fixes it. Input row 1 meets weight 0 for output row 0 (so (0,0) stays 4)
        // and weight 1 for output row 1: output (1,1) = (1+4+0) − (7+5+0) = −7 (was 11 − 12 = −1).
        typeIntoCell("inputGrid", 1, 1, QStringLiteral("1"));
        QVERIFY(m_page->document()->isValid());
        QCOMPARE(output()->indexOfCell(1, 1).data().toString(), kMinus + QStringLiteral("7"));
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("4"));
    }

    void showAllFillsEveryCell()
    {
        auto *showAll = child<QCheckBox>("showAll");
        QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
        QVERIFY(showAll->isChecked());
        QVERIFY(m_page->document()->showAll());
        // Last row by hand: (14−11, 11−8, 8−4, 11−7, 11−9) = 3 3 4 4 2.
        const char *lastRow[] = {"3", "3", "4", "4", "2"};
        for (int c = 0; c < 5; ++c)
            QCOMPARE(output()->indexOfCell(4, c).data().toString(), QString::fromLatin1(lastRow[c]));
        QCOMPARE(output()->indexOfCell(2, 0).data().toString(), kMinus + QStringLiteral("5"));
        QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
        QVERIFY(!showAll->isChecked());
        QCOMPARE(output()->indexOfCell(4, 4).data().toString(), QString());
    }

    void strideChangesTheOutputSizeAndUndoes()
    {
        auto *strideRows = child<QSpinBox>("strideRows");
        auto *strideCols = child<QSpinBox>("strideCols");
        QTest::keyClick(strideRows, Qt::Key_Up);
        QCOMPARE(m_page->document()->spec().stride.h, 2);
        // floor((7 − 3)/2) + 1 = 3 rows.
        QCOMPARE(output()->rowCount(), 3);
        QCOMPARE(output()->columnCount(), 5);
        QCOMPARE(child<QLabel>("outputTitle")->text(), QStringLiteral("Output  3×5"));
        QCOMPARE(child<QLabel>("stepPosition")->text(), QStringLiteral("Step 1 of 15"));
        QCOMPARE(formula()->rowsText(), QStringLiteral("rows: ⌊(7 + 2·0 − 1·(3−1) − 1)/2⌋ + 1 = 3"));
        QVERIFY(formula()->rowsNote().isEmpty());

        // Stride 3 on columns: floor(4/3) + 1 = 2, remainder 1: column 7 is never reached.
        QTest::keyClick(strideCols, Qt::Key_Up);
        QTest::keyClick(strideCols, Qt::Key_Up);
        QCOMPARE(strideCols->value(), 3);
        QCOMPARE(output()->columnCount(), 2);
        QCOMPARE(formula()->colsText(), QStringLiteral("columns: ⌊(7 + 2·0 − 1·(3−1) − 1)/3⌋ + 1 = 2"));
        QVERIFY2(formula()->colsNote().contains(QStringLiteral("Remainder 1")), qPrintable(formula()->colsNote()));
        QVERIFY(formula()->colsNote().contains(QStringLiteral("the last column")));
        QVERIFY(kinds(input()->indexOfCell(0, 6)).testFlag(MatrixModel::Unreached));
        QVERIFY(!kinds(input()->indexOfCell(0, 5)).testFlag(MatrixModel::Unreached));
        // Second step: output (0,1) starts at column 3: (4+5+0) − (3+4+5) = −3.
        QTest::keyClick(m_page.get(), Qt::Key_Right);
        QCOMPARE(arithmetic(), math("4*1 + 5*1 + 0*1 + 0*0 + 4*0 + 0*0 + 3*(-1) + 4*(-1) + 5*(-1) = -3"));

        // The two presses on one spin box are one undo step.
        m_page->undoStack()->undo();
        QCOMPARE(strideCols->value(), 1);
        QCOMPARE(output()->columnCount(), 5);
        m_page->undoStack()->undo();
        QCOMPARE(strideRows->value(), 1);
        QCOMPARE(output()->rowCount(), 5);
        m_page->undoStack()->redo();
        QCOMPARE(strideRows->value(), 2);
    }

    void paddingShowsARingAndPaddingZerosInTheArithmetic()
    {
        QTest::keyClick(child<QSpinBox>("paddingRows"), Qt::Key_Up);
        QCOMPARE(input()->rowCount(), 9);
        QCOMPARE(input()->columnCount(), 7);
        QVERIFY(kinds(input()->index(0, 3)).testFlag(MatrixModel::Padding));
        QVERIFY(kinds(input()->index(0, 0)).testFlag(MatrixModel::Window));
        // 7 + 2 − 3 + 1 = 7 rows. Step 1: rows −1..1: padding row, then (6 3 4)·0, then −(4+7+4) = −15.
        QCOMPARE(output()->rowCount(), 7);
        QCOMPARE(arithmetic(), math("0*1 + 0*1 + 0*1 + 6*0 + 3*0 + 4*0 + 4*(-1) + 7*(-1) + 4*(-1) = -15"));
        QVERIFY(child<QLabel>("stepFormula")->text().contains(QStringLiteral("<i>0</i>")));
        QVERIFY(child<QLabel>("stepLegend")->text().contains(QStringLiteral("padding")));
        QCOMPARE(formula()->rowsText(), QStringLiteral("rows: ⌊(7 + 2·1 − 1·(3−1) − 1)/1⌋ + 1 = 7"));
    }

    void convolutionModeFlipsTheFilter()
    {
        auto *mode = child<QComboBox>("mode");
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(m_page->document()->spec().mode, dlt::conv::Mode::Convolution);
        // Flipped: the −1 row now meets input row 0: −(6+3+4) + (7+0+2) = −4.
        QCOMPARE(arithmetic(), math("6*(-1) + 3*(-1) + 4*(-1) + 4*0 + 7*0 + 4*0 + 7*1 + 0*1 + 2*1 = -4"));
        QCOMPARE(child<QLabel>("operatorSymbol")->text(), QStringLiteral("∗"));
        m_page->undoStack()->undo();
        QCOMPARE(mode->currentIndex(), 0);
        QVERIFY(child<QLabel>("operatorSymbol")->text().contains(QStringLiteral("⋆")));
    }

    void presetReplacesTheFilter()
    {
        auto *preset = child<QComboBox>("filterPreset");
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Down); // Horizontal edge → Vertical edge
        QCOMPARE(preset->currentData().toInt(), int(dlt::conv::Preset::VerticalEdge));
        QCOMPARE(filter()->indexOfCell(0, 2).data().toString(), kMinus + QStringLiteral("1"));
        // [1 0 −1] on every row: (6+4+7) − (4+4+2) = 7.
        QCOMPARE(arithmetic(), math("6*1 + 3*0 + 4*(-1) + 4*1 + 7*0 + 4*(-1) + 7*1 + 0*0 + 2*(-1) = 7"));
        m_page->undoStack()->undo();
        QCOMPARE(preset->currentData().toInt(), int(dlt::conv::Preset::HorizontalEdge));
        // A hand edit makes it custom.
        typeIntoCell("filterGrid", 1, 1, QStringLiteral("2"));
        QCOMPARE(preset->currentData().toInt(), -1);
    }

    void filterTooLargeShowsTheProblemAndKeepsTheOutput()
    {
        auto *dilation = child<QSpinBox>("dilationRows");
        dilation->setFocus();
        QTest::keyClick(dilation, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dilation, QStringLiteral("4"));
        QTest::keyClick(dilation, Qt::Key_Return);
        QCOMPARE(m_page->document()->spec().dilation.h, 4);
        // 4·(3−1) + 1 = 9 > 7.
        auto *banner = child<QLabel>("problemBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("does not fit along rows")), qPrintable(banner->text()));
        QVERIFY(formula()->rowsText().startsWith(QStringLiteral("rows: the filter does not fit")));
        QCOMPARE(output()->rowCount(), 5);
        QVERIFY(kinds(output()->indexOfCell(0, 0)).testFlag(MatrixModel::Stale));
        m_page->undoStack()->undo();
        QVERIFY(!banner->isVisible());
    }

    void rowButtonsAndPaste()
    {
        auto *grid = child<MatrixGrid>("inputGrid");
        grid->setCurrentIndex(input()->indexOfCell(6, 0));
        QTest::mouseClick(child<QToolButton>("inputInsertRow"), Qt::LeftButton);
        QCOMPARE(input()->matrixRows(), 8);
        QCOMPARE(input()->volume()[0](7, 0), 0.0);
        QVERIFY2(m_page->document()->isValid(), qPrintable(m_page->document()->problem()));
        QCOMPARE(output()->rowCount(), 6);
        m_page->undoStack()->undo();
        QCOMPARE(input()->matrixRows(), 7);

        // Remove the current cell's column: row 2 (4 7 4 0 4 0 4) loses its third value.
        grid->setCurrentIndex(input()->indexOfCell(1, 2));
        QTest::mouseClick(child<QToolButton>("inputRemoveColumn"), Qt::LeftButton);
        QCOMPARE(input()->matrixCols(), 6);
        QCOMPARE(input()->volume()[0](1, 2), 0.0);
        QCOMPARE(output()->columnCount(), 4);
        m_page->undoStack()->undo();
        QCOMPARE(input()->volume()[0], dlt::conv::seedInput());

        // Random fill: whole numbers 0..9, same shape, one undo step.
        QTest::mouseClick(child<QToolButton>("inputRandom"), Qt::LeftButton);
        const Eigen::MatrixXd random = input()->volume()[0];
        QCOMPARE(random.rows(), 7);
        QCOMPARE(random.cols(), 7);
        for (Eigen::Index i = 0; i < random.size(); ++i) {
            QVERIFY(random(i) >= 0 && random(i) <= 9);
            QCOMPARE(random(i), std::round(random(i)));
        }
        QVERIFY(m_page->document()->isValid());
        m_page->undoStack()->undo();
        QCOMPARE(input()->volume()[0], dlt::conv::seedInput());

        // Paste a 2×2 filter with Ctrl+V: 6·1 + 3·2 + 4·3 + 7·4 = 52; output 6×6.
        auto *filterGrid = child<MatrixGrid>("filterGrid");
        filterGrid->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("1\t2\n3\t4\n"));
        QTest::keyClick(filterGrid, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(filter()->matrixRows(), 2);
        QCOMPARE(output()->rowCount(), 6);
        QCOMPARE(arithmetic(), math("6*1 + 3*2 + 4*3 + 7*4 = 52"));
        // A bad paste changes nothing and says where the problem is.
        QApplication::clipboard()->setText(QStringLiteral("1 x\n"));
        QTest::keyClick(filterGrid, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(filter()->matrixRows(), 2);
        auto *message = child<QLabel>("filterMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("line 1, column 3: 'x' is not a number")), qPrintable(message->text()));
        m_page->undoStack()->undo();
        QCOMPARE(filter()->matrixRows(), 3);
    }

    void channelMismatchIsReported()
    {
        // Add a second input channel (a copy) through the editor's Channels menu action.
        auto *add = m_page->findChild<QAction *>(QStringLiteral("actionAddChannel"));
        QVERIFY(add);
        // The input editor's action comes first in the tree; trigger the one of the input editor.
        QWidget *inputEditor = m_page->findChild<QWidget *>(QStringLiteral("inputEditor"));
        QVERIFY(inputEditor);
        inputEditor->findChild<QAction *>(QStringLiteral("actionAddChannel"))->trigger();
        QCOMPARE(input()->channelCount(), 2);
        QCOMPARE(input()->channel(), 1);
        QVERIFY(child<QLabel>("problemBanner")->text().contains(QStringLiteral("the filter has 1")));
        // Give the filter a second channel too: each channel contributes, so step 1 is 4 + 4 = 8.
        m_page->findChild<QWidget *>(QStringLiteral("filterEditor"))->findChild<QAction *>(QStringLiteral("actionAddChannel"))->trigger();
        QVERIFY(m_page->document()->isValid());
        QCOMPARE(output()->indexOfCell(0, 0).data().toString(), QStringLiteral("8"));
        QVERIFY(arithmetic().startsWith(QStringLiteral("channel 1: ")));
        QVERIFY(arithmetic().endsWith(QStringLiteral(" = 8")));
    }

    void largeInputTurnsSteppingOff()
    {
        // 300×300 ones with the 3×3 edge filter: 298·298·9 = 799,236 multiplications, above the
        // interactive limit of 500,000. Every window sums 3 − 3 = 0.
        QString text;
        for (int r = 0; r < 300; ++r)
            text += QStringLiteral("1 ").repeated(299) + QStringLiteral("1\n");
        QApplication::clipboard()->setText(text);
        auto *grid = child<MatrixGrid>("inputGrid");
        grid->setFocus();
        grid->clearSelection();
        grid->setCurrentIndex(QModelIndex());
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(input()->matrixRows(), 300);
        QVERIFY(m_page->document()->isValid());
        QVERIFY(!m_page->document()->hasSteps());
        QCOMPARE(output()->rowCount(), 298);
        QCOMPARE(output()->indexOfCell(297, 297).data().toString(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>("stepPosition")->text(), QStringLiteral("No steps"));
        QVERIFY(arithmetic().startsWith(QStringLiteral("Stepping is off")));
        QVERIFY(child<QLabel>("problemBanner")->isVisible());
        QTest::keyClick(m_page.get(), Qt::Key_Right); // nothing to step; no crash
        m_page->undoStack()->undo();
        QVERIFY(m_page->document()->hasSteps());
        QCOMPARE(output()->rowCount(), 5);
    }

    void editMenuUndoesThePageEdits()
    {
        // The main window binds Edit ▸ Undo to the page's stack.
        m_testers.clear();
        m_page.reset();
        MainWindow window;
        window.addTopic(QStringLiteral("conv"), QStringLiteral("Convolution"), QString(), [] { return new ConvolutionPage; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<ConvolutionPage *>(window.page(QStringLiteral("conv")));
        QVERIFY(page);
        MatrixModel *in = page->document()->inputModel();
        QVERIFY(in->setData(in->indexOfCell(0, 0), QStringLiteral("9")));
        QCOMPARE(page->document()->outputModel()->indexOfCell(0, 0).data().toString(), QStringLiteral("7"));
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(in->volume()[0](0, 0), 6.0);
        QCOMPARE(page->document()->outputModel()->indexOfCell(0, 0).data().toString(), QStringLiteral("4"));
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(in->volume()[0](0, 0), 9.0);
    }

private:
    template<class T>
    T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    MatrixModel *input() const { return m_page->document()->inputModel(); }
    MatrixModel *filter() const { return m_page->document()->filterModel(); }
    MatrixModel *output() const { return m_page->document()->outputModel(); }
    SizeFormula *formula() const { return child<SizeFormula>("sizeFormula"); }
    QString arithmetic() const { return child<StepArithmetic>("stepArithmetic")->plainText(); }

    // Clicks a cell, types text into the editor that opens, and presses Enter.
    void typeIntoCell(const char *gridName, int row, int col, const QString &text)
    {
        auto *grid = child<MatrixGrid>(gridName);
        const QModelIndex index = grid->matrixModel()->indexOfCell(row, col);
        const QRect rect = grid->visualRect(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(grid->currentIndex(), index);
        QTest::keyClicks(grid, text.left(1)); // any key opens the editor with that key
        auto *editor = grid->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, text.mid(1));
        QCOMPARE(editor->text(), text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!grid->findChild<QLineEdit *>(QStringLiteral("cellEditor")) || !grid->findChild<QLineEdit *>(QStringLiteral("cellEditor"))->isVisible());
    }

    std::unique_ptr<ConvolutionPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestConvolutionPage)
#include "test_convolutionpage.moc"
