// ArchitectureTableModel: layout of the paper's table, display modes, explanations, practice
// answers, custom-column edits with undo. Numbers are worked out by hand in the comments.

#include "models/architecturetablemodel.h"

#include "arch/practice.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using Model = ArchitectureTableModel;
using archformat::Quantity;

namespace {

// Rows of the paper's table (row 0 is the input): block 1 → 1, 2; pool 3; block 2 → 4, 5; pool 6;
// block 3 → 7–10; pool 11; block 4 → 12–15; pool 16; block 5 → 17–20; pool 21; FC 22–24; soft-max 25;
// totals 26 (parameters), 27 (MACs), 28 (memory).
constexpr int A = 0, ALRN = 1, D = 4, E = 5;

QString text(const Model &m, int row, int column) { return m.index(row, column).data().toString(); }
QString explanation(const Model &m, int row, int column)
{
    return m.index(row, column).data(Model::ExplanationRole).toString();
}
QString grouped(long long n) { return QLocale().toString(qlonglong(n)); }

} // namespace

class TestArchitectureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void laysOutThePapersTable()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.rowCount(), 29);
        QCOMPARE(m.headerData(D, Qt::Horizontal).toString(), QStringLiteral("D\n16 weight layers"));
        QCOMPARE(m.headerData(E, Qt::Horizontal).toString(), QStringLiteral("E\n19 weight layers"));
        QCOMPARE(m.headerData(3, Qt::Vertical).toString(), QStringLiteral("max-pool"));
        QCOMPARE(m.rowKind(0), Model::InputRow);
        QCOMPARE(m.rowKind(3), Model::PoolRow);
        QCOMPARE(m.rowKind(22), Model::ClassifierRow);
        QCOMPARE(m.rowKind(25), Model::OutputRow);
        QCOMPARE(m.rowKind(26), Model::TotalParamsRow);
        QCOMPARE(m.rowKind(28), Model::TotalMemoryRow);

        QCOMPARE(text(m, 0, D), QStringLiteral("input 224×224×3"));
        QCOMPARE(text(m, 1, D), QStringLiteral("conv3-64 → 224×224×64"));
        QCOMPARE(text(m, 3, D), QStringLiteral("maxpool → 112×112×64"));
        QCOMPARE(text(m, 2, ALRN), QStringLiteral("LRN → 224×224×64"));
        QCOMPARE(text(m, 2, A), QString()); // A has one conv in block 1
        QCOMPARE(text(m, 9, 3), QStringLiteral("conv1-256 → 56×56×256")); // C's 1×1 layer, padding 0
        QCOMPARE(text(m, 21, D), QStringLiteral("maxpool → 7×7×512"));
        QCOMPARE(text(m, 22, D), QStringLiteral("FC-4096 → 1×1×4096"));
        QCOMPARE(text(m, 25, D), QStringLiteral("soft-max → 1×1×1000"));
        // Totals: 138,357,544 ≈ 138M for D, 143,667,240 ≈ 144M for E.
        QCOMPARE(text(m, 26, D), grouped(138357544) + QStringLiteral(" (138M)"));
        QCOMPARE(text(m, 26, E), grouped(143667240) + QStringLiteral(" (144M)"));
        QCOMPARE(text(m, 27, D), QStringLiteral("15.5G MACs"));

        // Pools and block boundaries stand out.
        QVERIFY(m.index(3, D).data(Qt::BackgroundRole).isValid());
        QVERIFY(m.index(3, D).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(m.index(4, D).data(Model::BlockStartRole).toBool());
        QVERIFY(!m.index(5, D).data(Model::BlockStartRole).toBool());
        QVERIFY(m.index(26, D).data(Model::BlockStartRole).toBool());
    }

    void togglesWhatCellsShow()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setQuantity(Quantity::Parameters);
        QCOMPARE(changed.count(), 1);
        // 3·3·64·128 + 128 = 73,856; pools have none.
        QCOMPARE(text(m, 4, D), QStringLiteral("conv3-128: ") + grouped(73856));
        QCOMPARE(text(m, 3, D), QStringLiteral("maxpool: 0"));
        m.setQuantity(Quantity::Macs);
        // 112·112·128·3·3·64 = 924,844,032 ≈ 925M.
        QCOMPARE(text(m, 4, D), QStringLiteral("conv3-128: 925M"));
        m.setQuantity(Quantity::ReceptiveField);
        // 6 + (3 − 1)·2 = 10.
        QCOMPARE(text(m, 4, D), QStringLiteral("conv3-128: 10×10"));
        QCOMPARE(text(m, 22, D), QStringLiteral("FC-4096: all"));
        m.setQuantity(Quantity::OutputSize);
        QCOMPARE(text(m, 4, D), QStringLiteral("conv3-128 → 112×112×128"));
    }

    void explainsWithTheCurrentNumbers()
    {
        Model m;
        // D's second conv3-128 (row 5): (112 + 2·1 − 3)/1 + 1 = 112.
        QVERIFY(explanation(m, 5, D).contains(QStringLiteral("(112 + 2·1 − 3)/1 + 1 = 112")));
        // 3·3·128·128 = 147,456 weights + 128 biases = 147,584.
        QVERIFY(explanation(m, 5, D).contains(grouped(147584)));
        // The pool after block 2 (row 6): 112 → 56.
        QVERIFY(explanation(m, 6, D).contains(QStringLiteral("2×2 max-pool, stride 2: 112 → 56")));
        QVERIFY(explanation(m, 6, D).contains(QStringLiteral("(112 − 2)/2 + 1 = 56")));
        // LRN as the seed puts it.
        const QString lrn = explanation(m, 2, ALRN);
        QVERIFY(lrn.contains(QStringLiteral("non-trainable")));
        QVERIFY(lrn.contains(QStringLiteral("square-normalises")));
        QVERIFY(lrn.contains(QStringLiteral("does not change the size")));
        // FC1 flattens 7·7·512 = 25,088 values.
        QVERIFY(explanation(m, 22, D).contains(grouped(25088)));
        // Totals compare with Table 2.
        QVERIFY(explanation(m, 26, 3).contains(QStringLiteral("134M")));

        // The input size refills every explanation: 32×32 makes block 2 run at 16.
        m.applyInput({32, 32, 3});
        QVERIFY(explanation(m, 5, D).contains(QStringLiteral("(16 + 2·1 − 3)/1 + 1 = 16")));
        QCOMPARE(text(m, 21, D), QStringLiteral("maxpool → 1×1×512"));
    }

    void practiceChecksTypedAnswers()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPracticeMode(true);
        const QModelIndex cell = m.index(4, D); // conv3-128 after the first pool: 112×112×128
        QVERIFY(m.flags(cell) & Qt::ItemIsEditable);
        QCOMPARE(text(m, 4, D), QStringLiteral("conv3-128 → ?"));
        QVERIFY(!explanation(m, 4, D).contains(QStringLiteral("112×112×128")));
        QVERIFY(!(m.flags(m.index(0, D)) & Qt::ItemIsEditable));
        const int cells = m.practiceTally().cells;
        // Every layer's output size in the six columns: A has 8 convs + 5 pools + 3 FC + soft-max = 17,
        // A-LRN one more (18), B 19, C and D 22, E 25.
        QCOMPARE(cells, 17 + 18 + 19 + 22 + 22 + 25);

        QSignalSpy answers(&m, &Model::answersChanged);
        QVERIFY(m.setData(cell, QStringLiteral("112x112x64")));
        QCOMPARE(answers.count(), 1);
        QCOMPARE(m.index(4, D).data(Model::VerdictRole).toInt(), int(dlt::arch::Verdict::WrongDepth));
        QVERIFY(text(m, 4, D).endsWith(QStringLiteral("✗")));
        QVERIFY(explanation(m, 4, D).contains(QStringLiteral("the depth is not")));

        QVERIFY(m.setData(cell, QStringLiteral(" 112 × 112 × 128 ")));
        QCOMPARE(m.index(4, D).data(Model::VerdictRole).toInt(), int(dlt::arch::Verdict::Correct));
        QVERIFY(text(m, 4, D).endsWith(QStringLiteral("✓")));
        QVERIFY(explanation(m, 4, D).contains(QStringLiteral("(112 + 2·1 − 3)/1 + 1 = 112")));
        QCOMPARE(m.practiceTally().answered, 1);
        QCOMPARE(m.practiceTally().correct, 1);

        // Parameters: the weights alone (3·3·64·128 = 73,728) are caught as a missing bias.
        m.setQuantity(Quantity::Parameters);
        QVERIFY(m.setData(cell, QStringLiteral("73728")));
        QCOMPARE(m.index(4, D).data(Model::VerdictRole).toInt(), int(dlt::arch::Verdict::ForgotBiases));
        QVERIFY(m.flags(m.index(26, D)) & Qt::ItemIsEditable); // the total is asked too
        QVERIFY(m.setData(m.index(26, D), QStringLiteral("138,357,544")));
        QCOMPARE(m.index(26, D).data(Model::VerdictRole).toInt(), int(dlt::arch::Verdict::Correct));

        m.clearAnswers();
        QCOMPARE(m.practiceTally().answered, 0);
        m.setPracticeMode(false);
        QVERIFY(!(m.flags(cell) & Qt::ItemIsEditable));
    }

    void customColumnsEditWithUndo()
    {
        Model m;
        QUndoStack stack;
        m.setUndoStack(&stack);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::columnsInserted);

        const int c = m.addCustomColumn(QStringLiteral("Mine"), {"C3D32", "C3D32", "M", "FC10", "S"});
        QCOMPARE(c, 6);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(m.isCustom(6));
        QVERIFY(!m.isCustom(D));
        QVERIFY(m.headerData(6, Qt::Horizontal).toString().startsWith(QStringLiteral("Mine")));
        QVERIFY(!(m.flags(m.index(1, D)) & Qt::ItemIsEditable)); // the paper's columns stay as printed
        QVERIFY(m.flags(m.index(1, 6)) & Qt::ItemIsEditable);
        QCOMPARE(m.index(1, 6).data(Qt::EditRole).toString(), QStringLiteral("C3D32"));
        // Its FC lines up with the paper's FC rows.
        QCOMPARE(text(m, 22, 6), QStringLiteral("FC-10 → 1×1×10"));

        // Typing an unknown layer marks it with the message.
        QVERIFY(m.setData(m.index(2, 6), QStringLiteral("C3X")));
        QCOMPARE(text(m, 2, 6), QStringLiteral("⚠ C3X"));
        const QString error = m.index(2, 6).data(Model::ErrorRole).toString();
        QVERIFY2(error.contains(QStringLiteral("layer 2 'C3X'")), qPrintable(error));
        QVERIFY(m.index(2, 6).data(Qt::BackgroundRole).isValid());
        QCOMPARE(text(m, 26, 6), QStringLiteral("—"));
        stack.undo();
        QCOMPARE(text(m, 2, 6), QStringLiteral("conv3-32 → 224×224×32"));
        stack.redo();
        QCOMPARE(text(m, 2, 6), QStringLiteral("⚠ C3X"));
        stack.undo();

        // Insert, move, delete, edit as text; each one undo step.
        const int steps = stack.index();
        m.insertLayer(6, 0, QStringLiteral("C3D16"));
        QCOMPARE(m.workspace().column(6).tokens,
                 (std::vector<std::string>{"C3D16", "C3D32", "C3D32", "M", "FC10", "S"}));
        QCOMPARE(m.rowCount(), 30); // block 1 now needs a third row
        m.moveLayer(6, 0, 2);
        QCOMPARE(m.workspace().column(6).tokens,
                 (std::vector<std::string>{"C3D32", "C3D32", "C3D16", "M", "FC10", "S"}));
        // The moved conv now reads 32 channels: 3·3·32·16 + 16 = 4624.
        QCOMPARE(m.workspace().result(6).layers[2].params, 4624);
        m.removeLayer(6, 2);
        QCOMPARE(m.rowCount(), 29);
        m.editColumnText(6, QStringLiteral("C3D8  M, FC10"));
        QCOMPARE(m.workspace().column(6).tokens, (std::vector<std::string>{"C3D8", "M", "FC10"}));
        QCOMPARE(stack.index(), steps + 4);
        stack.undo();
        QCOMPARE(m.workspace().column(6).tokens,
                 (std::vector<std::string>{"C3D32", "C3D32", "M", "FC10", "S"}));
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(m.workspace().column(6).tokens,
                 (std::vector<std::string>{"C3D32", "C3D32", "M", "FC10", "S"}));
        QCOMPARE(m.rowCount(), 29);

        // Removing the column is undoable too.
        m.removeCustomColumn(6);
        QCOMPARE(m.columnCount(), 6);
        m.removeCustomColumn(D); // the paper's columns cannot be removed
        QCOMPARE(m.columnCount(), 6);
        stack.undo();
        QCOMPARE(m.columnCount(), 7);
        QCOMPARE(m.workspace().column(6).name, std::string("Mine"));

        // Input edits of one typing merge into one undo step; a new typing is a new step.
        const int before = stack.index();
        m.editInput({64, 64, 3}, false);
        m.editInput({32, 32, 3}, true);
        QCOMPARE(stack.index(), before + 1);
        m.editInput({16, 16, 3}, false);
        QCOMPARE(stack.index(), before + 2);
        stack.undo();
        QCOMPARE(text(m, 0, D), QStringLiteral("input 32×32×3"));
        QCOMPARE(text(m, 0, D), QStringLiteral("input 32×32×3"));
        stack.undo();
        QCOMPARE(text(m, 0, D), QStringLiteral("input 224×224×3"));
    }
};

QTEST_MAIN(TestArchitectureTableModel)
#include "test_architecturetablemodel.moc"
