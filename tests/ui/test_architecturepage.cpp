// ArchitecturePage driven like a student: toggling the display, typing an input size,
// practising by typing answers, and editing a custom column with undo.

#include "pages/architecturepage.h"

#include "models/architecturetablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

namespace {

constexpr int D = 4;

template<class T>
T *find(QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

QString cell(QTableView *view, int row, int column) { return view->model()->index(row, column).data().toString(); }

void click(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Types into the selected cell as a person does: the first key opens the cell's editor, the rest
// goes to the editor (the focus widget), and Return commits.
bool typeIntoCell(QTableView *view, const QString &text)
{
    view->setFocus();
    QTest::keyClick(view, text.at(0).toLatin1());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor || editor->objectName() != QLatin1String("cellEditor"))
        return false;
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    return true;
}

} // namespace

class TestArchitecturePage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSixColumns()
    {
        ArchitecturePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = find<QTableView>(page, "architectureTable");
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->columnCount(), 6);
        QCOMPARE(page.findChild<QUndoStack *>(), page.undoStack());
        // D's first conv is selected and explained at start.
        auto *panel = find<QTextBrowser>(page, "explanationPanel");
        QVERIFY(panel->toPlainText().contains(QStringLiteral("(224 + 2·1 − 3)/1 + 1 = 224")));
        // Every column is on screen at this size.
        for (int c = 0; c < 6; ++c) {
            const QRect r = view->visualRect(view->model()->index(1, c));
            QVERIFY2(view->viewport()->rect().contains(r),
                     qPrintable(QStringLiteral("column %1 at %2+%3, viewport %4")
                                    .arg(c)
                                    .arg(r.x())
                                    .arg(r.width())
                                    .arg(view->viewport()->width())));
            QVERIFY(view->horizontalHeader()->sectionSize(c) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c));
        }
    }

    void togglingTheDisplay()
    {
        ArchitecturePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = find<QTableView>(page, "architectureTable");
        QTest::mouseClick(find<QToolButton>(page, "showParamsButton"), Qt::LeftButton);
        // 3·3·3·64 + 64 = 1792.
        QTRY_COMPARE(cell(view, 1, D), QStringLiteral("conv3-64: ") + QLocale().toString(1792));
        QTest::mouseClick(find<QToolButton>(page, "showMacsButton"), Qt::LeftButton);
        // 224·224·64·27 = 86,704,128 ≈ 86.7M.
        QTRY_COMPARE(cell(view, 1, D), QStringLiteral("conv3-64: 86.7M"));
        QTest::mouseClick(find<QToolButton>(page, "showReceptiveFieldButton"), Qt::LeftButton);
        QTRY_COMPARE(cell(view, 2, D), QStringLiteral("conv3-64: 5×5"));
        QTest::mouseClick(find<QToolButton>(page, "showSizeButton"), Qt::LeftButton);
        QTRY_COMPARE(cell(view, 1, D), QStringLiteral("conv3-64 → 224×224×64"));
        QVERIFY(find<QToolButton>(page, "showSizeButton")->isChecked());

        // Selecting a cell explains it: D's pool after block 2 reads 112 → 56.
        auto *panel = find<QTextBrowser>(page, "explanationPanel");
        click(view, 6, D);
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("2×2 max-pool, stride 2: 112 → 56")));
        // Hovering explains too: D's second conv3-128 keeps 112, (112 + 2·1 − 3)/1 + 1 = 112.
        QTest::mouseMove(view->viewport(), view->visualRect(view->model()->index(5, D)).center());
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("(112 + 2·1 − 3)/1 + 1 = 112")));
        // The A-LRN column's LRN is explained as the seed does.
        QTest::mouseMove(view->viewport(), view->visualRect(view->model()->index(2, 1)).center());
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("non-trainable")));
        QVERIFY(panel->toPlainText().contains(QStringLiteral("does not change the size")));
    }

    void typingAnInputSizeRefillsTheTable()
    {
        ArchitecturePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = find<QTableView>(page, "architectureTable");
        auto *input = find<QLineEdit>(page, "inputSizeEdit");
        auto *error = find<QLabel>(page, "inputSizeError");
        input->setFocus();
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("32x32"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("'32x32'")));
        QCOMPARE(cell(view, 3, D), QStringLiteral("maxpool → 112×112×64")); // unchanged until valid
        QTest::keyClicks(input, QStringLiteral("x3"));
        QTest::keyClick(input, Qt::Key_Return);
        // 32 → 16 at the first pool, 1×1 after the fifth.
        QTRY_COMPARE(cell(view, 3, D), QStringLiteral("maxpool → 16×16×64"));
        QCOMPARE(cell(view, 21, D), QStringLiteral("maxpool → 1×1×512"));
        QVERIFY(!error->isVisible());

        // A non-square input: 180×240 ends at 5×7 (⌊(11 − 2)/2⌋ + 1 = 5, ⌊(15 − 2)/2⌋ + 1 = 7).
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("180x240x3"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(cell(view, 21, D), QStringLiteral("maxpool → 5×7×512"));

        // Undo goes back through the edits, and the field follows.
        page.undoStack()->undo();
        QTRY_COMPARE(cell(view, 21, D), QStringLiteral("maxpool → 1×1×512"));
        page.undoStack()->undo();
        QTRY_COMPARE(cell(view, 21, D), QStringLiteral("maxpool → 7×7×512"));
        QCOMPARE(input->text(), QStringLiteral("224×224×3"));

        // An input that shrinks to nothing marks the layer.
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("8x8x3"));
        QTRY_COMPARE(cell(view, 16, D), QStringLiteral("⚠ maxpool"));
        QVERIFY(view->model()->index(16, D).data(ArchitectureTableModel::ErrorRole).toString().contains(
            QStringLiteral("layer 14 'M'")));
    }

    void practiceByTypingAnswers()
    {
        ArchitecturePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = find<QTableView>(page, "architectureTable");
        auto *panel = find<QTextBrowser>(page, "explanationPanel");
        auto *score = find<QLabel>(page, "practiceScore");
        QTest::mouseClick(find<QCheckBox>(page, "practiceToggle"), Qt::LeftButton);
        QTRY_COMPARE(cell(view, 4, D), QStringLiteral("conv3-128 → ?"));
        QTRY_VERIFY(score->isVisible());

        // Wrong first: the depth of D's first conv3-128 is 128, not 64.
        click(view, 4, D);
        QVERIFY(typeIntoCell(view, QStringLiteral("112x112x64")));
        QTRY_VERIFY(cell(view, 4, D).endsWith(QStringLiteral("✗")));
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("the depth is not")));

        QVERIFY(typeIntoCell(view, QStringLiteral("112x112x128"))); // the same cell, still selected
        QTRY_VERIFY(cell(view, 4, D).endsWith(QStringLiteral("✓")));
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("Correct")));
        QVERIFY(score->text().startsWith(QStringLiteral("1 of ")));
        QVERIFY(score->text().endsWith(QStringLiteral("1 correct")));

        // Leaving practice shows every number again.
        QTest::mouseClick(find<QCheckBox>(page, "practiceToggle"), Qt::LeftButton);
        QTRY_COMPARE(cell(view, 4, D), QStringLiteral("conv3-128 → 112×112×128"));
    }

    void customColumnEditing()
    {
        ArchitecturePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = find<QTableView>(page, "architectureTable");
        auto *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *deleteButton = find<QToolButton>(page, "deleteLayerButton");
        QVERIFY(!deleteButton->isEnabled()); // D is the paper's, not editable

        QTest::mouseClick(find<QToolButton>(page, "addColumnButton"), Qt::LeftButton);
        QTRY_COMPARE(model->columnCount(), 7);
        QVERIFY(model->isCustom(6));
        QCOMPARE(model->workspace().column(6).tokens, model->workspace().column(D).tokens); // a copy of D

        // Edit the whole column as text: a CIFAR-sized net with a typo.
        auto *text = find<QLineEdit>(page, "columnTextEdit");
        QTRY_VERIFY(text->isEnabled());
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("C3D32 M C3X FC10 S"));
        QTest::keyClick(text, Qt::Key_Return);
        auto *error = find<QLabel>(page, "columnError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("layer 3 'C3X'")));
        QCOMPARE(cell(view, 4, 6), QStringLiteral("⚠ C3X"));

        // Fix the typo in its cell, like a spreadsheet.
        click(view, 4, 6);
        QVERIFY(typeIntoCell(view, QStringLiteral("C3D64")));
        QTRY_COMPARE(cell(view, 4, 6), QStringLiteral("conv3-64 → 112×112×64"));
        QTRY_VERIFY(!error->isVisible());

        // Delete and move with the buttons.
        click(view, 4, 6);
        QTRY_VERIFY(deleteButton->isEnabled());
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QTRY_COMPARE(model->workspace().column(6).tokens, (std::vector<std::string>{"C3D32", "M", "FC10", "S"}));
        click(view, 1, 6);
        QTest::mouseClick(find<QToolButton>(page, "moveDownButton"), Qt::LeftButton);
        QTRY_COMPARE(model->workspace().column(6).tokens, (std::vector<std::string>{"M", "C3D32", "FC10", "S"}));
        QTest::mouseClick(find<QToolButton>(page, "insertLayerButton"), Qt::LeftButton);
        QTRY_COMPARE(model->workspace().column(6).tokens.size(), size_t(5));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

        // Every edit undoes, back to the copy of D.
        QUndoStack *undo = page.undoStack();
        while (undo->canUndo() && model->columnCount() == 7 && undo->index() > 1)
            undo->undo();
        QTRY_COMPARE(model->workspace().column(6).tokens, model->workspace().column(D).tokens);
        QVERIFY(text->text().startsWith(QStringLiteral("C3D64 C3D64 M")));

        click(view, 1, 6);
        QTest::mouseClick(find<QToolButton>(page, "removeColumnButton"), Qt::LeftButton);
        QTRY_COMPARE(model->columnCount(), 6);
        undo->undo();
        QTRY_COMPARE(model->columnCount(), 7);
    }
};

QTEST_MAIN(TestArchitecturePage)
#include "test_architecturepage.moc"
