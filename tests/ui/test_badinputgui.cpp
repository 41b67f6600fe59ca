// A representative part of the bad-input catalogue (tests/cli/badinput) pasted or typed into the
// window: each gives an in-place message, changes nothing it should not, and nothing crashes.

#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "pages/architecturepage.h"
#include "pages/convolutionpage.h"
#include "pages/gradientpage.h"
#include "session/sessioncontroller.h"
#include "session/sessionfile.h"
#include "text/errortext.h"
#include "widgets/matrixgrid.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestBadInputGui : public QObject
{
    Q_OBJECT

private:
    template<class T>
    static T *find(QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing widget %s", name);
        return w;
    }

    // Pastes text into the conv page's input grid with Ctrl+V, as a person does.
    static void pasteInput(ConvolutionPage &page, const QString &text)
    {
        auto *grid = find<MatrixGrid>(&page, "inputGrid");
        grid->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    }

    static void typeIntoLine(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void convPastesAreRefusedInPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1e309") << QStringLiteral("1 1e309\n") << QStringLiteral("line 1, column 3");
        QTest::newRow("nan") << QStringLiteral("nan 2\n") << QStringLiteral("'nan'");
        QString garbage;
        for (int i = 1; i < 200; ++i)
            garbage += QChar(char16_t((i * 37) % 250 + 1));
        QTest::newRow("binary garbage") << garbage << QStringLiteral("line ");
        QTest::newRow("invalid UTF-8") << QString::fromUtf8("1 2\n3 \xC3\x28\n") << QStringLiteral("line 2, column 3");
        QTest::newRow("100000 columns") << QStringLiteral("0 ").repeated(100000) << QStringLiteral("larger than the limit");
        QTest::newRow("ragged") << QStringLiteral("1 2 3\n4 5\n") << QStringLiteral("line 2");
    }

    void convPastesAreRefusedInPlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ConvolutionPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int rowsBefore = page.document()->inputModel()->matrixRows();
        pasteInput(page, text);
        auto *message = find<QLabel>(&page, "inputMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY2(message->text().size() < 400, "the message stays readable");
        QCOMPARE(page.document()->inputModel()->matrixRows(), rowsBefore); // nothing was pasted
        QVERIFY(page.document()->isValid());
    }

    void convOverflowIsExplainedInPlace()
    {
        // The seed input holds values ≥ 2, so a filter of 1e308 overflows the double range.
        ConvolutionPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *grid = find<MatrixGrid>(&page, "filterGrid");
        grid->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("1e308 1e308\n1e308 1e308\n"));
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        auto *banner = find<QLabel>(&page, "problemBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("too large to compute")), qPrintable(banner->text()));
        QVERIFY(!page.document()->isValid());
    }

    void convCrlfPasteIsAccepted()
    {
        // CRLF is valid text: [1 2; 3 4] replaces the input.
        ConvolutionPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteInput(page, QStringLiteral("1\t2\r\n3\t4\r\n"));
        QCOMPARE(page.document()->inputModel()->matrixRows(), 2);
        QVERIFY(!find<QLabel>(&page, "inputMessage")->isVisible());
    }

    void gradientBadInputsAreShownInPlace()
    {
        GradientPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // h₀ of the wrong length for the 2×2 W_hh.
        typeIntoLine(find<QLineEdit>(&page, "h0Edit"), QStringLiteral("1 2 3"));
        auto *h0Error = find<QLabel>(&page, "h0Error");
        QTRY_VERIFY(h0Error->isVisible());
        QVERIFY2(h0Error->text().contains(QStringLiteral("3 entries")), qPrintable(h0Error->text()));
        // A huge number in the loss gradient.
        typeIntoLine(find<QLineEdit>(&page, "lossGradEdit"), QStringLiteral("1e309 1"));
        auto *lossError = find<QLabel>(&page, "lossGradError");
        QTRY_VERIFY(lossError->isVisible());
        QVERIFY2(lossError->text().contains(QStringLiteral("1e309")), qPrintable(lossError->text()));
    }

    void vggBadInputSizesAreShownInPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zero side") << QStringLiteral("0x224x3");
        QTest::newRow("huge") << QStringLiteral("100000000x100000000x3");
        QTest::newRow("text") << QStringLiteral("big");
    }

    void vggBadInputSizesAreShownInPlace()
    {
        QFETCH(QString, text);
        ArchitecturePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        typeIntoLine(find<QLineEdit>(&page, "inputSizeEdit"), text);
        auto *error = find<QLabel>(&page, "inputSizeError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
    }

    void badSessionsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer version") << QByteArray(R"({"format":"dltutor-session","version":2})") << QStringLiteral("version 2");
        QTest::newRow("corrupt") << QByteArray(R"({"format":"dltutor-session","version":1,"conv":{"input":[[[1,2)")
                                 << QStringLiteral("line 1");
        QTest::newRow("wrong type") << QByteArray(R"({"format":"dltutor-session","version":1,"conv":{"stride":"two"}})")
                                    << QStringLiteral("conv.stride");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage", 12) << QStringLiteral("line 1");
    }

    void badSessionsChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        MainWindow window;
        registerTopics(window);
        new SessionController(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *conv = qobject_cast<ConvolutionPage *>(window.page(QStringLiteral("conv")));
        QVERIFY(conv);
        const int rows = conv->document()->inputModel()->matrixRows();
        const dlt::Status st = applySessionFile(window, path);
        QVERIFY(!st.ok());
        const QString text = sessionfile::problemText(path, st.error());
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(conv->document()->inputModel()->matrixRows(), rows);
        QVERIFY(conv->document()->isValid());
    }
};

QTEST_MAIN(TestBadInputGui)
#include "test_badinputgui.moc"
