// GraphPage driven like a person: clicks on the graph, key presses, check boxes.

#include "models/bpttsummodel.h"
#include "models/graphdocument.h"
#include "models/unsharedcopiesmodel.h"
#include "pages/graphpage.h"
#include "widgets/graphitems.h"
#include "widgets/graphscene.h"
#include "widgets/graphtext.h"
#include "widgets/graphview.h"

#include "graph/bptt.h"
#include "graph/cellgraph.h"
#include "graph/unshared.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace dlt::graph;

class TestGraphPage : public QObject
{
    Q_OBJECT

private:
    template <class T> static T *child(QWidget &page, const char *name)
    {
        T *w = page.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    // Shows the page unrolled for τ = 4 (the default τ).
    static void showUnrolled(GraphPage &page)
    {
        page.resize(1500, 950);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QRadioButton>(page, "unrolledRadio"), Qt::LeftButton);
        QTRY_COMPARE(page.document()->graph().mode(), GraphMode::Unrolled);
        QCOMPARE(page.document()->graph().steps(), 4);
    }

    static void clickNode(GraphPage &page, int node)
    {
        GraphView *view = child<GraphView>(page, "graphView");
        QCoreApplication::processEvents(); // the deferred fit-to-window
        const QRectF r = view->graphScene()->nodeRect(node);
        view->ensureVisible(r);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(r.center()));
    }

    // The edge id from → to, or -1.
    static int edgeBetween(const Graph &g, int from, int to)
    {
        for (const Edge &e : g.edges())
            if (e.from == from && e.to == to)
                return e.id;
        return -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clickingWHighlightsEveryUseAndEveryPathFromEachLoss()
    {
        GraphPage page;
        showUnrolled(page);
        const Graph &g = page.document()->graph();
        const int w = g.find("W", 0);
        QVERIFY(w >= 0);
        clickNode(page, w);
        GraphScene *scene = page.scene();
        QTRY_COMPARE(scene->selectedNode(), w);

        // Expected by hand: W, and for every step t the chain W·h(t) → a(t) → h(t) → V·h(t) →
        // o(t) → ŷ(t) → L(t): 1 + 7·4 = 29 nodes. Not U·x, x, y, b, c, U, V, h(0) or L.
        QList<int> nodes { w };
        QList<int> edges;
        const char *chain[] = { "W*h", "a", "h", "V*h", "o", "yhat", "L" };
        for (int t = 1; t <= 4; ++t) {
            for (const char *s : chain)
                nodes << g.find(s, t);
            edges << edgeBetween(g, w, g.find("W*h", t)); // the use at step t
            for (size_t k = 0; k + 1 < std::size(chain); ++k)
                edges << edgeBetween(g, g.find(chain[k], t), g.find(chain[k + 1], t));
            if (t < 4)
                edges << edgeBetween(g, g.find("h", t), g.find("W*h", t + 1)); // through h(t) into step t+1
        }
        std::sort(nodes.begin(), nodes.end());
        std::sort(edges.begin(), edges.end());
        QCOMPARE(nodes.size(), 29);
        QCOMPARE(edges.size(), 4 + 6 * 4 + 3); // 31
        QVERIFY(!edges.contains(-1));
        QCOMPARE(scene->highlightedNodes(), nodes);
        QCOMPARE(scene->highlightedEdges(), edges);

        // Not colour-only: highlighted edges are drawn thicker than the rest.
        const int ux = edgeBetween(g, g.find("U*x", 1), g.find("a", 1));
        QVERIFY(scene->edgeItem(edges.first())->penWidth() > 2 * scene->edgeItem(ux)->penWidth());

        QCOMPARE(child<QComboBox>(page, "parameterCombo")->currentText(), QStringLiteral("W"));
        QVERIFY(child<QLabel>(page, "selectionLabel")->text().contains(QStringLiteral("Uses: 4.")));

        // Clicking the background clears the highlight.
        GraphView *view = child<GraphView>(page, "graphView");
        const QRectF band = scene->contentRect();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(band.topLeft() + QPointF(3, 3)));
        QTRY_COMPARE(scene->selectedNode(), -1);
        QVERIFY(scene->highlightedNodes().isEmpty());
    }

    void clickingVHighlightsOnlyItsOwnSteps()
    {
        GraphPage page;
        showUnrolled(page);
        const Graph &g = page.document()->graph();
        clickNode(page, g.find("V", 0));
        // V → V·h(t) → o(t) → ŷ(t) → L(t) for each t: 1 + 4·4 = 17 nodes, 4·4 = 16 edges.
        QTRY_COMPARE(page.scene()->highlightedNodes().size(), 17);
        QCOMPARE(page.scene()->highlightedEdges().size(), 16);
        QVERIFY(!page.scene()->highlightedNodes().contains(g.find("h", 2)));
    }

    void foldedViewHighlightsTheDelayLoop()
    {
        GraphPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Graph &g = page.document()->graph();
        QCOMPARE(g.mode(), GraphMode::Folded);
        clickNode(page, g.find("W", 0));
        // W → W·h → a → h → V·h → o → ŷ → L(t), and the loop h → h(t−1) → W·h: 9 nodes.
        QTRY_COMPARE(page.scene()->highlightedNodes().size(), 9);
        QVERIFY(page.scene()->highlightedNodes().contains(g.find("h", 1)));
        int loop = -1;
        for (const Edge &e : g.edges())
            if (e.delayed)
                loop = e.id;
        QVERIFY(page.scene()->highlightedEdges().contains(loop));
    }

    void backwardStepsWithTheKeyboardFromTheLastStepBack()
    {
        GraphPage page;
        showUnrolled(page);
        QTest::mouseClick(child<QCheckBox>(page, "backwardCheck"), Qt::LeftButton);
        QTRY_VERIFY(page.backwardMode());
        GraphView *view = child<GraphView>(page, "graphView");
        QTRY_VERIFY(view->hasFocus());
        const Graph &g = page.document()->graph();
        QCOMPARE(page.stage(), 1);
        QCOMPARE(page.scene()->backwardStage(), 1);
        // Stage 1 is t = 4: its 15 edges and L(4) → L carry labels.
        QCOMPARE(page.scene()->labelledEdges().size(), 16);
        QVERIFY(page.scene()->labelledEdges().contains(edgeBetween(g, g.find("W", 0), g.find("W*h", 4))));

        QTest::keyClick(view, Qt::Key_Right);
        QTRY_COMPARE(page.stage(), 2);
        QVERIFY(page.scene()->labelledEdges().contains(edgeBetween(g, g.find("W", 0), g.find("W*h", 3))));
        QVERIFY(child<QLabel>(page, "stageLabel")->text().contains(QStringLiteral("t = 3")));
        QVERIFY(!child<QLabel>(page, "bpttResult")->text().contains(QStringLiteral("Complete")));

        QTest::keyClick(view, Qt::Key_End);
        QTRY_COMPARE(page.stage(), 4);
        QVERIFY(page.scene()->labelledEdges().contains(edgeBetween(g, g.find("h", 0), g.find("W*h", 1))));
        const QString result = child<QLabel>(page, "bpttResult")->text();
        QVERIFY(result.contains(QStringLiteral("Complete")));
        // The table's last running sum is the shared node's gradient, as core computes it.
        auto *table = child<QTableView>(page, "bpttTable");
        QCOMPARE(table->model()->rowCount(), 4);
        const QString lastSum = table->model()->index(3, BpttSumModel::SumColumn).data().toString();
        const Eigen::MatrixXd total = totalGradient(g, page.document()->gradients(), "W");
        QCOMPARE(lastSum, graphtext::matrix(total, 2));
        QCOMPARE(table->model()->index(3, BpttSumModel::StepColumn).data().toString(), QStringLiteral("1"));

        QTest::keyClick(view, Qt::Key_Left);
        QTRY_COMPARE(page.stage(), 3);
        QCOMPARE(table->model()->index(3, BpttSumModel::SumColumn).data().toString(), QStringLiteral("not yet"));
        QTest::keyClick(view, Qt::Key_Home);
        QTRY_COMPARE(page.stage(), 1);
        QTest::keyClick(view, Qt::Key_Left); // nothing before the first stage
        QCOMPARE(page.stage(), 1);

        // Leaving backward mode removes the labels.
        QTest::mouseClick(child<QCheckBox>(page, "backwardCheck"), Qt::LeftButton);
        QTRY_VERIFY(!page.backwardMode());
        QVERIFY(page.scene()->labelledEdges().isEmpty());
    }

    void unsharedToggleDrawsCopiesThatDifferAfterOneStep()
    {
        GraphPage page;
        showUnrolled(page);
        QTest::mouseClick(child<QCheckBox>(page, "unsharedCheck"), Qt::LeftButton);
        QTRY_COMPARE(page.document()->graph().mode(), GraphMode::Unshared);
        const Graph &g = page.document()->graph();
        for (int t = 1; t <= 4; ++t)
            QVERIFY(g.find("W", t) >= 0);
        QCOMPARE(g.find("W", 0), -1);
        auto *table = child<QTableView>(page, "unsharedTable");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 5); // W(1) … W(4) and the shared W
        const auto &step = *page.document()->unsharedStep();
        QVERIFY(step.parameters[0].symbol == "W");
        QVERIFY(step.parameters[0].maxSpread > 0);
        QCOMPARE(table->model()->index(1, UnsharedCopiesModel::SpreadColumn).data().toString(),
            graphtext::number(step.parameters[0].spread[1], 4));
        QVERIFY(
            table->model()->index(1, UnsharedCopiesModel::SpreadColumn).data().toString() != QStringLiteral("0.0000"));
        QVERIFY(child<QLabel>(page, "unsharedSummary")->text().contains(QStringLiteral("differ by up to")));

        // Undo restores the shared graph.
        page.undoStack()->undo();
        QTRY_COMPARE(page.document()->graph().mode(), GraphMode::Unrolled);
        QVERIFY(!child<QCheckBox>(page, "unsharedCheck")->isChecked());
    }

    void cellSelectorShowsEquationsAndUndoes()
    {
        GraphPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *combo = child<QComboBox>(page, "cellCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(page.document()->options().cell, CellKind::Lstm);
        QVERIFY(child<QLabel>(page, "equationsLabel")->text().contains(QStringLiteral("forget gate")));
        QVERIFY(page.document()->graph().find("Wf", 0) >= 0);
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(page.document()->options().cell, CellKind::Gru);
        QVERIFY(child<QLabel>(page, "equationsLabel")->text().contains(QStringLiteral("reset gate")));
        page.undoStack()->undo();
        QTRY_COMPARE(page.document()->options().cell, CellKind::Lstm);
        QCOMPARE(combo->currentText(), QStringLiteral("LSTM"));
        page.undoStack()->undo();
        QCOMPARE(page.document()->options().cell, CellKind::Rnn);
        page.undoStack()->redo();
        QCOMPARE(page.document()->options().cell, CellKind::Lstm);

        // τ and the sizes are undoable too.
        QTest::mouseClick(child<QRadioButton>(page, "unrolledRadio"), Qt::LeftButton);
        auto *steps = child<QSpinBox>(page, "stepsSpin");
        steps->setFocus();
        QTest::keyClick(steps, Qt::Key_Up);
        QTRY_COMPARE(page.document()->graph().steps(), 5);
        QCOMPARE(page.document()->graph().nodeCount(), 19 * 5 + 17);
        page.undoStack()->undo();
        QCOMPARE(page.document()->graph().steps(), 4);
    }

    void zoomKeysAndFit()
    {
        GraphPage page;
        showUnrolled(page);
        GraphView *view = child<GraphView>(page, "graphView");
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setZoom(1.0);
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(view->zoom() > 1.0);
        const qreal in = view->zoom();
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < in);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        // Fitted: the whole graph is visible.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(page.scene()->contentRect()));
    }

    void savePngWritesTheWholeGraphAndReportsBadPaths()
    {
        GraphPage page;
        showUnrolled(page);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.png"));
        QVERIFY(page.savePng(path, 2));
        QImage image(path);
        QVERIFY(!image.isNull());
        const QRectF r = page.scene()->contentRect();
        QCOMPARE(image.width(), int(std::ceil(r.width() * 2)));
        QCOMPARE(image.height(), int(std::ceil(r.height() * 2)));
        const QString bad = dir.filePath(QStringLiteral("missing/folder/graph.png"));
        QVERIFY(!page.savePng(bad, 1));
        auto *status = child<QLabel>(page, "graphStatus");
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("graph.png")));
    }

    void modelsPassTheModelTester()
    {
        const Instance in = *makeInstance(CellKind::Rnn, { 3, 2, 2 }, 4, 1);
        const Graph g = *buildCellGraph(CellKind::Rnn, GraphMode::Unrolled, 4);
        const Gradients d = *backward(g, *forward(g, in));
        BpttSumModel bptt;
        QAbstractItemModelTester t1(&bptt, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&bptt, &QAbstractItemModel::dataChanged);
        bptt.setContent(g, d, "W", 1);
        QCOMPARE(bptt.rowCount(), 4);
        bptt.setStage(3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            bptt.index(2, BpttSumModel::SumColumn).data().toString(), graphtext::matrix(runningSum(g, d, "W", 3), 2));
        bptt.setContent(g, d, "nope", 2);
        QCOMPARE(bptt.rowCount(), 0);

        UnsharedCopiesModel copies;
        QAbstractItemModelTester t2(&copies, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const UnsharedStep step = *unsharedSgdStep(in, 0.5);
        copies.setContent(step, "U");
        QCOMPARE(copies.rowCount(), 5);
        QCOMPARE(copies.index(4, UnsharedCopiesModel::AfterColumn).data().toString(),
            graphtext::matrix(step.parameters[1].sharedAfter));
        copies.setContent(step, "nope");
        QCOMPARE(copies.rowCount(), 0);
    }
};

QTEST_MAIN(TestGraphPage)
#include "test_graphpage.moc"
