// The language module: choosing by locale, live switching from Settings → Language,
// Qt's own translations, and numbers in a decimal-comma (Spanish) locale.
#include "i18n/language.h"
#include "i18n/languagecontroller.h"
#include "mainwindow/controllers.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "models/matrixmodel.h"
#include "text/numbertext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QUndoStack>
#include <QStandardPaths>
#include <QtTest>

namespace {
QAction *menuAction(QMenuBar *bar, const QString &menuObjectName)
{
    auto *menu = bar->findChild<QMenu *>(menuObjectName);
    return menu ? menu->menuAction() : nullptr;
}
} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DLTutor"));
        QCoreApplication::setApplicationName(QStringLiteral("dltutor-test-language"));
        QSettings().clear();
    }

    void cleanup()
    {
        i18n::apply(QStringLiteral("en"));
        QSettings().clear();
    }

    void languageFollowsTheLocale()
    {
        QCOMPARE(i18n::languageFor(QLocale(QStringLiteral("es_ES"))), QStringLiteral("es"));
        QCOMPARE(i18n::languageFor(QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
        QCOMPARE(i18n::languageFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(i18n::languageFor(QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));
        QCOMPARE(i18n::languageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en")); // not shipped
        QCOMPARE(i18n::languageFor(QLocale::c()), QStringLiteral("en"));
        // The test runs with LC_ALL=C: "system" means English here.
        QCOMPARE(i18n::resolve(QStringLiteral("system")), QStringLiteral("en"));
        QCOMPARE(i18n::savedChoice(), QStringLiteral("system"));
    }

    void everyShippedTranslationIsEmbedded()
    {
        for (const i18n::Language &l : i18n::availableLanguages()) {
            if (l.code == QLatin1String("en"))
                continue;
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/dltutor_%1.qm").arg(l.code)), qPrintable(l.code));
            QVERIFY(i18n::apply(l.code));
            QCOMPARE(i18n::currentLanguage(), l.code);
        }
    }

    void applyTranslatesAndRestores()
    {
        QVERIFY(i18n::apply(QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
        QCOMPARE(QCoreApplication::translate("cli", "correlation or convolution"),
                 QStringLiteral("correlación o convolución"));
        // Qt's own strings come from Debian's qtbase_es.qm when it is installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
        QVERIFY(i18n::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    }

    void menuSwitchesLiveAndPersists()
    {
        MainWindow window;
        registerTopics(window);
        auto *controller = new LanguageController(window);
        QVERIFY(controller->menu());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *topics = window.findChild<QListWidget *>(QStringLiteral("topicList"));
        QVERIFY(topics);
        QCOMPARE(topics->item(0)->text(), QStringLiteral("Convolution"));
        QCOMPARE(menuAction(window.menuBar(), QStringLiteral("menuFile"))->text(), QStringLiteral("&File"));

        auto *spanish = window.findChild<QAction *>(QStringLiteral("actionLanguage_es"));
        QVERIFY(spanish);
        QVERIFY(spanish->isCheckable());
        spanish->trigger(); // what clicking Settings → Language → Español does
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        QVERIFY(spanish->isChecked());
        // Built once, retranslated on QEvent::LanguageChange: menus, topic list, title, undo action.
        QTRY_COMPARE(topics->item(0)->text(), QStringLiteral("Convolución"));
        QCOMPARE(menuAction(window.menuBar(), QStringLiteral("menuFile"))->text(), QStringLiteral("&Archivo"));
        QCOMPARE(menuAction(window.menuBar(), QStringLiteral("menuSettings"))->text(), QStringLiteral("&Configuración"));
        QCOMPARE(controller->menu()->title(), QStringLiteral("&Idioma"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Convolución")));
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Deshacer")), qPrintable(undo->text()));

        auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
        QVERIFY(system);
        system->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("system"));
        QTRY_COMPARE(topics->item(0)->text(), QStringLiteral("Convolution")); // LC_ALL=C: English
        QCOMPARE(menuAction(window.menuBar(), QStringLiteral("menuFile"))->text(), QStringLiteral("&File"));
    }

    // Pages are rebuilt in the new language (by the session controller) and keep their inputs.
    void pagesAreRebuiltInTheNewLanguageWithTheirInputs()
    {
        MainWindow window;
        registerTopics(window);
        installControllers(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showTopic(QStringLiteral("conv")));
        QWidget *before = window.page(QStringLiteral("conv"));
        auto *stride = before->findChild<QSpinBox *>(QStringLiteral("strideRows"));
        QVERIFY(stride);
        stride->setValue(2); // an input the student changed
        QCOMPARE(stride->value(), 2);
        const QPointer<QWidget> old(before);

        window.findChild<QAction *>(QStringLiteral("actionLanguage_es"))->trigger();
        QTRY_VERIFY(old.isNull()); // the old page is gone ...
        QWidget *after = window.builtPage(QStringLiteral("conv"));
        QVERIFY(after); // ... and the shown page was built again at once
        QCOMPARE(after->findChild<QSpinBox *>(QStringLiteral("strideRows"))->value(), 2);
        bool spanishTitle = false;
        for (const QLabel *l : after->findChildren<QLabel *>())
            spanishTitle = spanishTitle || l->text() == QCoreApplication::translate("ConvolutionPage", "Convolution with a given filter");
        QVERIFY(spanishTitle);
        QVERIFY(QCoreApplication::translate("ConvolutionPage", "Convolution with a given filter")
                != QStringLiteral("Convolution with a given filter"));
        // The new page's undo stack is the Edit menu's.
        QVERIFY(after->findChild<QUndoStack *>());
    }

    void numbersInSpanishUseTheDecimalComma()
    {
        QVERIFY(i18n::apply(QStringLiteral("es")));
        QCOMPARE(numbertext::display(1.5), QStringLiteral("1,5"));
        QCOMPARE(numbertext::display(-0.25), QStringLiteral("\u22120,25"));
        QCOMPARE(numbertext::display(12), QStringLiteral("12"));
        QVERIFY(numbertext::parseOptions().decimalComma);

        // Typing into a matrix cell as a Spanish user: "2,5" is two and a half, "0.5" still works.
        MatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatrixContent content;
        content.volume = {Eigen::MatrixXd::Zero(2, 2)};
        model.applyContent(content);
        model.setEditable(true);
        QVERIFY(model.rowCount() > 0 && model.columnCount() > 0);
        const QModelIndex cell = model.indexOfCell(0, 0);
        QVERIFY(model.setData(cell, QStringLiteral("2,5")));
        QCOMPARE(model.volume()[0](0, 0), 2.5);
        QCOMPARE(model.data(cell, Qt::DisplayRole).toString(), QStringLiteral("2,5"));
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), QStringLiteral("2,5"));
        QVERIFY(model.setData(cell, QStringLiteral("0.5")));
        QCOMPARE(model.volume()[0](0, 0), 0.5);

        // Back in English "2,5" is not one number.
        QVERIFY(i18n::apply(QStringLiteral("en")));
        QCOMPARE(numbertext::display(1.5), QStringLiteral("1.5"));
        QVERIFY(!numbertext::parseOptions().decimalComma);
        model.setData(cell, QStringLiteral("2,5"));
        QVERIFY(model.hasInvalidCells());
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
