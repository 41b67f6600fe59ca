#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DLTutorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        QSettings().clear();
    }

    void windowHasTheApplicationIcon()
    {
        MainWindow w;
        const QIcon icon = w.windowIcon();
        QVERIFY(!icon.isNull());
        // The three packaged sizes, each a real image of that size.
        const QList<QSize> sizes = icon.availableSizes();
        for (int side : {48, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
            QCOMPARE(icon.pixmap(side, side).size(), QSize(side, side));
        }
    }

    void pagesAreBuiltLazily()
    {
        MainWindow w;
        int builtA = 0, builtB = 0;
        w.addTopic(QStringLiteral("a"), QStringLiteral("Alpha"), QString(), [&] { ++builtA; return new QLabel(QStringLiteral("A")); });
        w.addTopic(QStringLiteral("b"), QStringLiteral("Beta"), QString(), [&] { ++builtB; return new QLabel(QStringLiteral("B")); });
        QCOMPARE(builtA, 1); // the first topic is current at once
        QCOMPARE(builtB, 0);
        QVERIFY(w.showTopic(QStringLiteral("b")));
        QCOMPARE(builtB, 1);
        QVERIFY(w.showTopic(QStringLiteral("a")));
        QVERIFY(w.showTopic(QStringLiteral("b")));
        QCOMPARE(builtA, 1);
        QCOMPARE(builtB, 1);
        QVERIFY(!w.showTopic(QStringLiteral("nope")));
        QCOMPARE(w.currentTopic(), QStringLiteral("b"));
    }

    void clickingTheListSwitchesPage()
    {
        MainWindow w;
        w.addTopic(QStringLiteral("a"), QStringLiteral("Alpha"), QString(), [] { return new QLabel(QStringLiteral("A")); });
        w.addTopic(QStringLiteral("b"), QStringLiteral("Beta"), QString(), [] { return new QLabel(QStringLiteral("B")); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<QListWidget *>(QStringLiteral("topicList"));
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(list && stack);
        auto *area = qobject_cast<QScrollArea *>(stack->currentWidget());
        QVERIFY(area);
        const QRect r = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QTRY_COMPARE(w.currentTopic(), QStringLiteral("b"));
        QTRY_VERIFY(qobject_cast<QScrollArea *>(stack->currentWidget()));
        auto *label = qobject_cast<QLabel *>(qobject_cast<QScrollArea *>(stack->currentWidget())->widget());
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("B"));
    }

    void fileActionShowsTopicAndTriggersPageAction()
    {
        MainWindow w;
        w.addTopic(QStringLiteral("a"), QStringLiteral("Alpha"), QString(), [] { return new QLabel; });
        int triggered = 0;
        w.addTopic(QStringLiteral("b"), QStringLiteral("Beta"), QString(), [&] {
            auto *page = new QLabel;
            auto *open = new QAction(page);
            open->setObjectName(QStringLiteral("actionOpenThing"));
            connect(open, &QAction::triggered, page, [&] { ++triggered; });
            page->addAction(open);
            return page;
        });
        w.addFileAction(QStringLiteral("b"), QStringLiteral("actionOpenThing"), QStringLiteral("Open thing"));
        auto *fileAction = w.findChild<QAction *>(QStringLiteral("actionFile_actionOpenThing"));
        QVERIFY(fileAction);
        QCOMPARE(w.currentTopic(), QStringLiteral("a"));
        fileAction->trigger();
        QCOMPARE(w.currentTopic(), QStringLiteral("b"));
        QCOMPARE(triggered, 1);
    }

    void lastTopicPersists()
    {
        {
            MainWindow w;
            w.addTopic(QStringLiteral("a"), QStringLiteral("Alpha"), QString(), [] { return new QLabel; });
            w.addTopic(QStringLiteral("b"), QStringLiteral("Beta"), QString(), [] { return new QLabel; });
            w.show();
            w.showTopic(QStringLiteral("b"));
            w.close();
        }
        MainWindow w2;
        w2.addTopic(QStringLiteral("a"), QStringLiteral("Alpha"), QString(), [] { return new QLabel; });
        w2.addTopic(QStringLiteral("b"), QStringLiteral("Beta"), QString(), [] { return new QLabel; });
        w2.restoreSettings();
        QCOMPARE(w2.currentTopic(), QStringLiteral("b"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
