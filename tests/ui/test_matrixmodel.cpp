#include "models/matrixcommands.h"
#include "models/matrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

namespace {

// 2×3: [1 2 3; 4 5 6]
MatrixContent sample()
{
    Eigen::MatrixXd m(2, 3);
    m << 1, 2, 3, 4, 5, 6;
    return MatrixContent{{m}, {}};
}

MatrixModel::CellKinds kinds(const QModelIndex &i)
{
    return MatrixModel::CellKinds(i.data(MatrixModel::CellKindRole).toInt());
}

} // namespace

class TestMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_stack = new QUndoStack(this);
        m_model = new MatrixModel(this);
        m_model->setName(QStringLiteral("Input"));
        m_model->applyContent(sample());
        m_model->setUndoStack(m_stack);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_stack;
    }

    void shapeAndValues()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->index(1, 2).data().toString(), QStringLiteral("6"));
        QCOMPARE(m_model->index(1, 2).data(Qt::EditRole).toString(), QStringLiteral("6"));
        QCOMPARE(m_model->index(0, 1).data(MatrixModel::ValueRole).toDouble(), 2.0);
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("3"));
        QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);
    }

    void negativeNumbersUseTheUnicodeMinus()
    {
        QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("-2.5")));
        QCOMPARE(m_model->index(0, 0).data().toString(), QString(QChar(0x2212)) + QStringLiteral("2.5"));
        QCOMPARE(m_model->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("-2.5"));
        // Typed with the Unicode minus, it parses too.
        QVERIFY(m_model->setData(m_model->index(0, 1), QString(QChar(0x2212)) + QStringLiteral("7")));
        QCOMPARE(m_model->volume()[0](0, 1), -7.0);
    }

    void setDataIsUndoable()
    {
        QSignalSpy content(m_model, &MatrixModel::contentChanged);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("9")));
        QCOMPARE(m_model->volume()[0](1, 0), 9.0);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(content.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(1, 0));
        // The same value again is not a new undo step.
        QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("9.0")));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_model->volume()[0](1, 0), 4.0);
        m_stack->redo();
        QCOMPARE(m_model->volume()[0](1, 0), 9.0);
    }

    void invalidTextStaysInPlaceWithAMessage()
    {
        QVERIFY(m_model->setData(m_model->index(1, 2), QStringLiteral("abc")));
        const QModelIndex i = m_model->index(1, 2);
        QVERIFY(kinds(i).testFlag(MatrixModel::Invalid));
        QCOMPARE(i.data().toString(), QStringLiteral("abc"));
        QCOMPARE(i.data(Qt::EditRole).toString(), QStringLiteral("abc"));
        const QString message = i.data(MatrixModel::MessageRole).toString();
        QVERIFY2(message.contains(QStringLiteral("Input, row 2, column 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("'abc' is not a number")), qPrintable(message));
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), message);
        QVERIFY(m_model->hasInvalidCells());
        QCOMPARE(m_model->firstProblem(), message);
        // The number underneath is kept, so undo is exact.
        QCOMPARE(m_model->volume()[0](1, 2), 6.0);

        QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("inf")));
        QVERIFY(m_model->index(0, 0).data(MatrixModel::MessageRole).toString().contains(QStringLiteral("not a finite number")));
        QVERIFY(m_model->setData(m_model->index(0, 1), QString()));
        QVERIFY(m_model->index(0, 1).data(MatrixModel::MessageRole).toString().contains(QStringLiteral("empty")));
        // An empty cell's state survives another edit of it being undone.
        QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("5")));
        m_stack->undo();
        QVERIFY(kinds(m_model->index(0, 1)).testFlag(MatrixModel::Invalid));
        // The first problem is the first in reading order.
        QVERIFY(m_model->firstProblem().contains(QStringLiteral("row 1, column 1")));

        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QVERIFY(!m_model->hasInvalidCells());
        QVERIFY(!kinds(m_model->index(1, 2)).testFlag(MatrixModel::Invalid));
        QCOMPARE(m_model->index(1, 2).data().toString(), QStringLiteral("6"));
        m_stack->redo();
        QCOMPARE(m_model->index(1, 2).data().toString(), QStringLiteral("abc"));
        // Typing a number fixes the cell.
        QVERIFY(m_model->setData(m_model->index(1, 2), QStringLiteral("8")));
        QVERIFY(!m_model->hasInvalidCells());
        QCOMPARE(m_model->volume()[0](1, 2), 8.0);
    }

    void insertAndRemoveRowsAndColumns()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->setData(m_model->index(1, 1), QStringLiteral("zz")); // an invalid cell that must move with its row
        m_model->insertLines(Qt::Vertical, 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        // [1 2 3; 0 0 0; 4 zz 6]
        QCOMPARE(m_model->volume()[0](1, 0), 0.0);
        QCOMPARE(m_model->volume()[0](2, 0), 4.0);
        QCOMPARE(m_model->index(2, 1).data().toString(), QStringLiteral("zz"));
        QVERIFY(!kinds(m_model->index(1, 1)).testFlag(MatrixModel::Invalid));

        m_model->removeLines(Qt::Horizontal, 0);
        QCOMPARE(m_model->columnCount(), 2);
        // [2 3; 0 0; zz 6]
        QCOMPARE(m_model->volume()[0](0, 0), 2.0);
        QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("zz"));

        m_stack->undo(); // column back
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->volume()[0](0, 0), 1.0);
        QCOMPARE(m_model->index(2, 1).data().toString(), QStringLiteral("zz"));
        m_stack->undo(); // row gone
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(1, 1).data().toString(), QStringLiteral("zz"));
        m_stack->undo(); // the invalid text gone
        QCOMPARE(m_model->content(), sample());

        // Removing an invalid cell's row drops the problem.
        m_model->setData(m_model->index(0, 2), QStringLiteral("?"));
        m_model->removeLines(Qt::Vertical, 0);
        QVERIFY(!m_model->hasInvalidCells());
        // The last row or column cannot be removed.
        m_model->removeLines(Qt::Vertical, 0);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void replaceContentResetsOnANewShape()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        Eigen::MatrixXd k(1, 1);
        k << 5;
        m_model->replaceContent(MatrixContent{{k, k}, {}}, QStringLiteral("paste"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->channelCount(), 2);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("paste"));
        m_stack->undo();
        QCOMPARE(m_model->content(), sample());
        QCOMPARE(reset.count(), 2);
    }

    void channelsShowOneAtATime()
    {
        Eigen::MatrixXd a(1, 2), b(1, 2);
        a << 1, 2;
        b << 3, 4;
        m_model->applyContent(MatrixContent{{a, b}, {}});
        QSignalSpy channel(m_model, &MatrixModel::channelChanged);
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("2"));
        m_model->setChannel(1);
        QCOMPARE(channel.count(), 1);
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("4"));
        QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("x")));
        QVERIFY(m_model->firstProblem().contains(QStringLiteral("channel 2, row 1, column 1")));
        m_model->setChannel(0);
        QVERIFY(!kinds(m_model->index(0, 0)).testFlag(MatrixModel::Invalid));
        QCOMPARE(m_model->volume()[1](0, 1), 4.0);
    }

    void paddingRingIsShownAndNotEditable()
    {
        m_model->setPadding(1, 2);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), 7);
        QCOMPARE(m_model->indexOfCell(0, 0), m_model->index(1, 2));
        const QModelIndex corner = m_model->index(0, 0);
        QVERIFY(kinds(corner).testFlag(MatrixModel::Padding));
        QCOMPARE(corner.data().toString(), QStringLiteral("0"));
        QVERIFY(!(m_model->flags(corner) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(corner, QStringLiteral("5")));
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("p"));
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("1"));
        QCOMPARE(m_model->index(1, 2).data().toString(), QStringLiteral("1"));
        QCOMPARE(m_model->index(2, 4).data().toString(), QStringLiteral("6"));
        QVERIFY(kinds(m_model->index(3, 6)).testFlag(MatrixModel::Padding));
        QCOMPARE(m_model->cellOf(m_model->index(0, 0)), (MatrixCell{-1, -2}));
        // Edits still land in matrix coordinates.
        QVERIFY(m_model->setData(m_model->index(2, 2), QStringLiteral("7")));
        QCOMPARE(m_model->volume()[0](1, 0), 7.0);
        m_model->setPadding(0, 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), 5);
        QCOMPARE(m_model->index(1, 1).data().toString(), QStringLiteral("7"));
    }

    void marksCurrentUnreachedAndReveal()
    {
        m_model->setPadding(1, 1);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setMarks({CellMark{{-1, -1}, QString()}, CellMark{{0, 0}, QStringLiteral("×2")}});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(kinds(m_model->index(0, 0)), MatrixModel::CellKinds(MatrixModel::Padding | MatrixModel::Window));
        QCOMPARE(kinds(m_model->index(1, 1)), MatrixModel::CellKinds(MatrixModel::Window));
        QCOMPARE(m_model->index(1, 1).data(MatrixModel::NoteRole).toString(), QStringLiteral("×2"));
        QVERIFY(m_model->index(1, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("×2")));
        QVERIFY(!kinds(m_model->index(1, 2)).testFlag(MatrixModel::Window));

        m_model->setCurrentCell(1, 2);
        QVERIFY(kinds(m_model->indexOfCell(1, 2)).testFlag(MatrixModel::Current));
        m_model->setCurrentCell(-1, -1);
        QVERIFY(!kinds(m_model->indexOfCell(1, 2)).testFlag(MatrixModel::Current));

        // Padded grid is 4×5; one unreached row is the bottom padding row.
        m_model->setUnreached(1, 2);
        QVERIFY(kinds(m_model->index(3, 0)).testFlag(MatrixModel::Unreached));
        QVERIFY(!kinds(m_model->index(2, 0)).testFlag(MatrixModel::Unreached));
        QVERIFY(kinds(m_model->index(0, 3)).testFlag(MatrixModel::Unreached));
        QVERIFY(!kinds(m_model->index(0, 2)).testFlag(MatrixModel::Unreached));

        m_model->setPadding(0, 0);
        m_model->setUnreached(0, 0);
        m_model->setRevealedCount(4); // row-major: cells (0,0) (0,1) (0,2) (1,0)
        QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("4"));
        QVERIFY(kinds(m_model->index(1, 1)).testFlag(MatrixModel::Pending));
        QCOMPARE(m_model->index(1, 1).data().toString(), QString());
        QCOMPARE(m_model->index(1, 1).data(MatrixModel::ValueRole).toDouble(), 5.0);
        m_model->setRevealedCount(-1);
        QCOMPARE(m_model->index(1, 2).data().toString(), QStringLiteral("6"));

        m_model->setStale(true);
        QVERIFY(kinds(m_model->index(0, 0)).testFlag(MatrixModel::Stale));
    }

    void readOnlyModelRefusesEdits()
    {
        m_model->setEditable(false);
        QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("3")));
        QCOMPARE(m_stack->count(), 0);
    }

    void worksWithoutAnUndoStack()
    {
        m_model->setUndoStack(nullptr);
        QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("11")));
        QCOMPARE(m_model->volume()[0](0, 0), 11.0);
        m_model->insertLines(Qt::Horizontal, 3);
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_stack->count(), 0);
    }

private:
    QUndoStack *m_stack = nullptr;
    MatrixModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_MAIN(TestMatrixModel)
#include "test_matrixmodel.moc"
