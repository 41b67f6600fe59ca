// The gradient page driven like a student: typing into the W_hh grid and the vector fields,
// dragging/stepping the scale slider, choosing presets, undo, chart read-out; models checked
// with QAbstractItemModelTester. Verdicts are worked out by hand in the comments.

#include "charts/chartlegend.h"
#include "charts/gradientchart.h"
#include "charts/spectrumview.h"
#include "models/eigenvaluemodel.h"
#include "models/gradientdocument.h"
#include "models/gradientrunner.h"
#include "models/weightmatrixmodel.h"
#include "pages/gradientpage.h"
#include "widgets/gradientexplanation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QScatterSeries>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

class TestGradientPage : public QObject
{
    Q_OBJECT

private:
    template<class T>
    static T *find(QWidget *page, const char *name)
    {
        auto *w = page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing widget %s", name);
        return w;
    }

    static QString banner(QWidget *page) { return find<QLabel>(page, "verdictBanner")->text(); }

    // Types text into a W_hh cell the way a person does: select it, type, press Enter.
    static void typeIntoCell(QTableView *table, int row, int column, const QString &text)
    {
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, column));
        // The first key opens the cell's editor (a line edit inside the view) holding that key;
        // the rest is typed into the editor, and Enter commits it.
        QTest::keyClicks(table, text.left(1));
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                editor = e;
        QVERIFY(editor);
        QTest::keyClicks(editor, text.mid(1));
        QCOMPARE(editor->text(), text);
        const QPointer<QLineEdit> guard(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible()); // the view closes (and later deletes) the editor
    }

    static void typeIntoLine(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static void choosePreset(QWidget *page, const QString &startsWith)
    {
        auto *combo = find<QComboBox>(page, "presetCombo");
        int index = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(startsWith))
                index = i;
        QVERIFY2(index >= 0, qPrintable(startsWith));
        combo->setCurrentIndex(index);
        QTest::mouseClick(find<QPushButton>(page, "presetLoad"), Qt::LeftButton);
    }

private slots:
    void defaultIsTheSeedAndExplodes()
    {
        // Seed: W = 3.5·ones(2), sigmoid: ρ = 7, γρ = 0.25·7 = 1.75 > 1 → exploding; the units saturate.
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding: γ·ρ = 1.75 > 1")));
        QVERIFY(banner(&page).contains(QStringLiteral("saturate")));
        auto *eigen = find<QTableView>(&page, "eigenTable");
        QCOMPARE(eigen->model()->rowCount(), 2);
        QCOMPARE(eigen->model()->index(0, EigenvalueModel::Value).data().toString(), QStringLiteral("7"));
        QCOMPARE(eigen->model()->index(0, EigenvalueModel::GammaModulus).data().toString(), QStringLiteral("1.75"));
        const QString text = find<GradientExplanation>(&page, "gradientExplanation")->toPlainText();
        QVERIFY(text.contains(QStringLiteral("W·(1, 1) = 7·(1, 1)")));
        QVERIFY(text.contains(QStringLiteral("W·(−1, 1) = 0·(−1, 1)")));
        QVERIFY(text.contains(QStringLiteral("γ·ρ = 0.25 × 7 = 1.75 > 1")));
        QVERIFY(text.contains(QStringLiteral("Seed at its fixed point")));
        // The undo stack is a child of the page, where the main window's Edit menu looks for it.
        QCOMPARE(page.findChild<QUndoStack *>(), page.undoStack());
    }

    void modelsPassTheTester()
    {
        GradientPage page;
        auto *table = find<QTableView>(&page, "whhTable");
        QAbstractItemModelTester wTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eTester(find<QTableView>(&page, "eigenTable")->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Resize, edit, and load a preset of another size: the testers watch every signal.
        auto *size = find<QSpinBox>(&page, "sizeSpin");
        size->setFocus();
        QTest::keyClick(size, Qt::Key_Up);
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(2, 2).data(Qt::EditRole).toString(), QStringLiteral("0"));
        choosePreset(&page, QStringLiteral("Non-normal"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("5"));
    }

    void typingIntoTheGridChangesTheVerdict()
    {
        // W = 0.5·ones(2): λ = 1, 0; σ_max = 1; sigmoid: γσ = 0.25 < 1 → vanishing (guaranteed).
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = find<QTableView>(&page, "whhTable");
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                typeIntoCell(table, r, c, QStringLiteral("0.5"));
        QCOMPARE(page.document()->state().w(1, 1), 0.5);
        QTRY_VERIFY(banner(&page).startsWith(QStringLiteral("Vanishing: γ·σ_max = 0.25 < 1")));
        // Four edits, four undo steps. One undo brings back W[2,2] = 3.5: W = [[.5,.5],[.5,3.5]] is symmetric
        // with trace 4 and det 1.5, so σ_max = λ_max = 2 + √(4 − 1.5) = 3.5811 and γσ = 0.8953 < 1.
        QCOMPARE(page.undoStack()->count(), 4);
        page.undoStack()->undo();
        QCOMPARE(page.document()->state().w(1, 1), 3.5);
        QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("3.5"));
        QVERIFY(banner(&page).startsWith(QStringLiteral("Vanishing: γ·σ_max = 0.8953 < 1")));
    }

    void rejectedCellTextIsExplainedInPlace()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        typeIntoCell(find<QTableView>(&page, "whhTable"), 0, 1, QStringLiteral("abc"));
        auto *error = find<QLabel>(&page, "whhError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("'abc'")));
        QCOMPARE(page.document()->state().w(0, 1), 3.5);
        QCOMPARE(page.undoStack()->count(), 0);
    }

    void theSliderMovesTheVerdictThroughOne()
    {
        // Seed: γρ(s) = 1.75·s crosses 1 at s = 4/7 ≈ 0.571: at 57 % it is 0.9975 (vanishing, since the
        // symmetric W has σ = ρ), at 58 % it is 1.015 (exploding).
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *slider = find<QSlider>(&page, "scaleSlider");
        slider->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(slider, Qt::Key_PageDown); // 100 → 60 %
        QCOMPARE(slider->value(), 60);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding: γ·ρ = 1.05 > 1")));
        QTest::keyClick(slider, Qt::Key_Left);
        QTest::keyClick(slider, Qt::Key_Left);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding: γ·ρ = 1.015")));
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(slider->value(), 57);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Vanishing: γ·σ_max = 0.9975 < 1")));
        QCOMPARE(find<QLabel>(&page, "scaleValue")->text(), QStringLiteral("× 0.57"));
        // The explanation follows, with "<" shown as text (not swallowed as HTML).
        const QString text = find<GradientExplanation>(&page, "gradientExplanation")->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Vanishing (guaranteed): γ·σ_max = 0.9975 < 1")));
        QVERIFY(text.contains(QStringLiteral("γ·ρ = 0.25 × 3.99 = 0.9975 < 1")));
        QVERIFY(text.contains(QStringLiteral("2. What is guaranteed")));
        QVERIFY(find<QLabel>(&page, "scaleProducts")->text().contains(QStringLiteral("γ·ρ = 0.9975")));

        // Dragging is one gesture, so it undoes in one step back to where the drag started.
        const int before = page.undoStack()->count();
        const QPoint handle = slider->rect().center();
        QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(int(slider->width() * 0.1425), handle.y()));
        for (int x = int(slider->width() * 0.15); x < int(slider->width() * 0.25); x += 4)
            QTest::mouseMove(slider, QPoint(x, handle.y()));
        QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(int(slider->width() * 0.25), handle.y()));
        QVERIFY(slider->value() > 80);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding")));
        QVERIFY(page.undoStack()->count() <= before + 1);
        page.undoStack()->undo();
        QCOMPARE(page.document()->state().scale, 0.57);
        QCOMPARE(slider->value(), 57);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Vanishing")));

        QTest::mouseClick(find<QPushButton>(&page, "scaleReset"), Qt::LeftButton);
        QCOMPARE(page.document()->state().scale, 1.0);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding: γ·ρ = 1.75")));
    }

    void presetsShowTheThreeVerdicts()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // [[0.5, 5], [0, 0.5]], tanh: γρ = 0.5 ≤ 1 ≤ γσ ≈ 5.05 → borderline; the explanation says why.
        choosePreset(&page, QStringLiteral("Non-normal"));
        QVERIFY(banner(&page).startsWith(QStringLiteral("Borderline: γ·ρ = 0.5 ≤ 1 ≤ γ·σ_max = 5.05")));
        QVERIFY(find<GradientExplanation>(&page, "gradientExplanation")->toPlainText().contains(QStringLiteral("not normal")));
        // Seed at the fixed point: a_t = 0, so the gradient really grows ×1.75 per step.
        choosePreset(&page, QStringLiteral("Seed at its fixed point"));
        QVERIFY(banner(&page).contains(QStringLiteral("grows (× 1.75 per step)")));
        QCOMPARE(find<QLineEdit>(&page, "biasEdit")->text(), QStringLiteral("-3.5 -3.5"));
        // Scaled identity 0.5·I (n = 4 by default), tanh: γσ = 0.5 < 1 → vanishing.
        find<QDoubleSpinBox>(&page, "presetScale")->setValue(0.5);
        choosePreset(&page, QStringLiteral("Scaled identity"));
        QCOMPARE(page.document()->size(), 4);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Vanishing: γ·σ_max = 0.5 < 1")));
        // Loading resets the slider to 100 % and is one undo step.
        page.undoStack()->undo();
        QCOMPARE(page.document()->size(), 2);
    }

    void vectorErrorsAreShownInPlace()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *bias = find<QLineEdit>(&page, "biasEdit");
        typeIntoLine(bias, QStringLiteral("1 2 3"));
        auto *error = find<QLabel>(&page, "biasError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("3 entries")));
        QVERIFY(banner(&page).startsWith(QStringLiteral("Check")));
        typeIntoLine(bias, QStringLiteral("1 x"));
        QTRY_VERIFY(error->text().contains(QStringLiteral("x")));
        // Fixing it clears the message and brings the verdict back.
        typeIntoLine(bias, QStringLiteral("0 0"));
        QTRY_VERIFY(!error->isVisible());
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding")));
        // h0 and l take part too: l = (0, 0) makes every curve exactly 0 (drawn as a labelled marker).
        typeIntoLine(find<QLineEdit>(&page, "lossGradEdit"), QStringLiteral("0 0"));
        auto *chart = find<GradientChart>(&page, "gradientChart");
        QTRY_COMPARE(chart->actualSeries()->count(), 0);
    }

    void stepsAndActivationAreEditable()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *steps = find<QSpinBox>(&page, "stepsSpin");
        steps->setFocus();
        steps->selectAll();
        QTest::keyClicks(steps, QStringLiteral("20"));
        QTest::keyClick(steps, Qt::Key_Return);
        QCOMPARE(page.document()->state().steps, 20);
        auto *chart = find<GradientChart>(&page, "gradientChart");
        QCOMPARE(chart->actualSeries()->count(), 21);
        // tanh: γ = 1, γρ = 7 → still exploding, now 7 per step.
        auto *act = find<QComboBox>(&page, "activationCombo");
        act->setFocus();
        QTest::keyClick(act, Qt::Key_Down);
        QCOMPARE(page.document()->state().activation, dlt::rnn::Activation::Tanh);
        QVERIFY(banner(&page).startsWith(QStringLiteral("Exploding: γ·ρ = 7 > 1")));
    }

    void chartReadOutFollowsMouseAndKeys()
    {
        GradientPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *chart = find<GradientChart>(&page, "gradientChart");
        auto *readout = find<QLabel>(&page, "gradientReadout");
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Home);
        // k = 0: all three curves start at ‖l‖ = 1.
        QCOMPARE(readout->text(), QStringLiteral("k = 0 (h_100):  actual 1   bound 1   estimate 1"));
        QTest::keyClick(chart, Qt::Key_Right);
        QVERIFY(readout->text().startsWith(QStringLiteral("k = 1 ")));
        QVERIFY(readout->text().contains(QStringLiteral("estimate 1.75")));
        // Hovering the middle of the plot area reads a step near the middle.
        const QRectF area = chart->chart()->plotArea();
        const QPoint mid = chart->mapFromScene(chart->chart()->mapToScene(area.center()));
        QTest::mouseMove(chart->viewport(), mid);
        QTRY_VERIFY(chart->cursorStep() > 30 && chart->cursorStep() < 70);
    }

    void largeProblemsRunInTheBackground()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        choosePreset(&page, QStringLiteral("Random n = 256"));
        QVERIFY(page.runner()->isBusy()); // the GUI thread returned at once
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isBusy(), 30000);
        page.settle(); // a big result shows the chart first and the table on the next turn
        QCOMPARE(find<QTableView>(&page, "eigenTable")->model()->rowCount(), 256);
        QCOMPARE(find<QTableView>(&page, "whhTable")->model()->rowCount(), 256);
        // The slider on n = 256 reuses the spectra: ρ scales with the factor.
        const double rho = page.runner()->result()->spectra.spectralRadius;
        auto *slider = find<QSlider>(&page, "scaleSlider");
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageUp); // 110 %
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isBusy() && page.runner()->result()->inputs.scale == 1.1, 30000);
        QCOMPARE(page.runner()->result()->spectra.spectralRadius, rho * 1.1);
        // A small preset while nothing runs is answered at once.
        choosePreset(&page, QStringLiteral("Seed: every"));
        QVERIFY(!page.runner()->isBusy());
        QCOMPARE(page.runner()->result()->n(), 2);
    }

    void cancelFreesThePageAtOnceAndTheNextRunStillLands()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        GradientRunner *runner = page.runner();
        // n = 512, T = 10000: long enough to cancel (several hundred ms of work).
        GradientState big = page.document()->state();
        big.w = Eigen::MatrixXd::Identity(512, 512) * 0.5;
        big.steps = 10000;
        page.document()->setState(big);
        QVERIFY(runner->isBusy());
        runner->cancel();
        QVERIFY(!runner->isBusy()); // idle at once, whatever the worker is still finishing
        // A new request while the cancelled worker may still run is queued and then shown.
        GradientState small = big;
        small.w = Eigen::MatrixXd::Identity(64, 64) * 0.5; // n = 64 runs in the background too
        small.steps = 50;
        page.document()->setState(small);
        QVERIFY(runner->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy(), 30000);
        QVERIFY(runner->result());
        QCOMPARE(runner->result()->n(), 64);
        // W = 0.5·I, tanh: ρ = σ_max = 0.5, γ = 1, so γ·σ_max = 0.5 < 1: vanishing, guaranteed.
        QVERIFY(banner(&page).startsWith(QStringLiteral("Vanishing")));
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isWorkerRunning(), 30000);
    }

    void legendListsWhatIsDrawnAndWraps()
    {
        GradientPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *chart = find<GradientChart>(&page, "gradientChart");
        ChartLegend *legend = chart->legend();
        QCOMPARE(legend->objectName(), QStringLiteral("gradientLegend"));
        QVERIFY(legend->isVisible());
        // The seed (sigmoid, T = 100): bound and estimate are 1.75^k, at most 1.75^100 = 10^24.3:
        // nothing is clipped or zero, so three entries.
        const QStringList three{QStringLiteral("bound (γσ_max)^k‖l‖"), QStringLiteral("estimate (γρ)^k‖l‖"),
                                QStringLiteral("actual")};
        QCOMPARE(legend->shownNames(), three);
        // T = 3000: 1.75^k passes 1e300 at k = 300 / log10(1.75) = 300 / 0.2430 ≈ 1234 < 3000.
        auto *steps = find<QSpinBox>(&page, "stepsSpin");
        steps->setFocus();
        steps->selectAll();
        QTest::keyClicks(steps, QStringLiteral("3000"));
        QTest::keyClick(steps, Qt::Key_Return);
        // The actual norm falls 10^−2.16 per step (5.22e−216 at k = 100, see the read-out test), so
        // it passes 1e−300 near k = 300 / 2.16 ≈ 139: the floor line is drawn and listed too.
        const QStringList five = three + QStringList{QStringLiteral("clipped at 1e300"), QStringLiteral("below 1e−300")};
        QTRY_COMPARE(legend->shownNames(), five);
        QCOMPARE(legend->accessibleDescription(), legend->shownNames().join(QStringLiteral("; ")));
        // Narrow, the five entries take more than one line instead of overprinting each other.
        const int oneLine = legend->heightForWidth(4000);
        QVERIFY(oneLine > 0);
        QVERIFY(legend->heightForWidth(legend->fontMetrics().averageCharWidth() * 30) > oneLine * 3 / 2);
        // l = (0, 0): every curve is exactly 0 from k = 0; the clip entry goes, the zero entry comes.
        typeIntoLine(find<QLineEdit>(&page, "lossGradEdit"), QStringLiteral("0 0"));
        QTRY_VERIFY(legend->shownNames().contains(QStringLiteral("exactly 0 from here")));
        QVERIFY(!legend->shownNames().contains(QStringLiteral("clipped at 1e300")));
    }

    void spectrumMarksEigenvaluesOutsideTheCircle()
    {
        GradientPage page;
        auto *view = find<SpectrumView>(&page, "spectrumView");
        // Seed: 1/γ = 4; λ = 7 outside, λ = 0 inside.
        QCOMPARE(view->outsideSeries()->count(), 1);
        QCOMPARE(view->insideSeries()->count(), 1);
        QCOMPARE(view->outsideSeries()->at(0).x(), 7.0);
        QCOMPARE(view->thresholdSeries()->name(), QStringLiteral("1/γ = 4"));
    }
};

QTEST_MAIN(TestGradientPage)
#include "test_gradientpage.moc"
