// The window's PNG export: File-menu actions and shortcuts, the dialog's options kept in
// QSettings, every page rendered at 1× and 2×, copy to the clipboard, the convolution's
// all-steps export on a worker thread, and the worked solution sheet.

#include "export/convstepimage.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "export/pagerenderers.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "pages/architecturepage.h"
#include "pages/convolutionpage.h"
#include "pages/graphpage.h"
#include "pages/quizpage.h"
#include "widgets/graphrender.h"
#include "widgets/graphscene.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

bool notBlank(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height() && colours.size() < 3; y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    return colours.size() > 1;
}

} // namespace

class ExportControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsSitAboveQuit();
    void dialogOptionsRoundTripThroughSettings();
    void everyPageRendersAtOneAndTwo();
    void convPageExportIsTheCurrentStep();
    void vggExportHoldsTheWholeTable();
    void quizExportIsTheResultsSheetOnceFinished();
    void copyPutsTheImageOnTheClipboard();
    void allStepsRunsOnAWorker();
    void sheetIsWritten();

private:
    std::unique_ptr<MainWindow> m_window;
    ExportController *m_controller = nullptr;
    QStringList m_messages;
};

void ExportControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DLTutor"));
    QCoreApplication::setApplicationName(QStringLiteral("dltutor-test-export"));
}

void ExportControllerTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    registerTopics(*m_window);
    m_controller = new ExportController(m_window.get());
    m_messages.clear();
    m_controller->setMessageSink([this](const QString &text, bool error) {
        m_messages << (error ? QStringLiteral("error: ") : QString()) + text;
    });
    m_window->resize(1200, 800);
    m_window->showTopic(QStringLiteral("conv"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ExportControllerTest::cleanup()
{
    m_window.reset();
}

void ExportControllerTest::actionsSitAboveQuit()
{
    const QList<QAction *> actions = m_window->fileMenu()->actions();
    const qsizetype exportAt = actions.indexOf(m_controller->exportPageAction());
    const qsizetype quitAt = actions.indexOf(m_window->quitAction());
    QVERIFY(exportAt >= 0 && exportAt < quitAt);
    QVERIFY(actions.indexOf(m_controller->copyPageAction()) < quitAt);
    QCOMPARE(m_controller->exportPageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_controller->copyPageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(m_controller->exportPageAction()->objectName(), QStringLiteral("actionExportPage"));
}

void ExportControllerTest::dialogOptionsRoundTripThroughSettings()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("page.png"));
    ExportOptions seen;
    QString suggested;
    // The stand-in types into the dialog as a person would.
    m_controller->setDialogRunner([&](ExportDialog &dialog) {
        auto *scale = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("exportScale"));
        auto *background = dialog.findChild<QComboBox *>(QStringLiteral("exportBackground"));
        auto *light = dialog.findChild<QCheckBox *>(QStringLiteral("exportLightTheme"));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
        if (!scale || !background || !light || !path)
            return false;
        scale->selectAll();
        QTest::keyClicks(scale, QStringLiteral("3"));
        scale->interpretText();
        background->setCurrentIndex(1);
        QTest::mouseClick(light, Qt::LeftButton, {}, QPoint(4, light->height() / 2));
        path->selectAll();
        QTest::keyClicks(path, file);
        return true;
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(QFileInfo::exists(file), qPrintable(m_messages.join(QLatin1Char('\n'))));

    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("export/scale")).toDouble(), 3.0);
    QCOMPARE(settings.value(QStringLiteral("export/transparent")).toBool(), true);
    QCOMPARE(settings.value(QStringLiteral("export/lightTheme")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("export/lastFolder")).toString(), QFileInfo(file).absolutePath());
    // The file is the 3× image with a transparent background.
    const QImage written(file);
    const ConvStepImage steps(*pageexport::convProblemOf(*qobject_cast<ConvolutionPage *>(m_window->page(QStringLiteral("conv")))),
                              ExportColors{}, QApplication::font());
    QCOMPARE(written.size(), steps.size().toSize() * 3);
    QCOMPARE(qAlpha(written.pixel(0, 0)), 0);

    // The next time the dialog opens with those options, in that folder.
    m_controller->setDialogRunner([&](ExportDialog &dialog) {
        seen = dialog.options();
        suggested = dialog.path();
        return false;
    });
    m_controller->exportPageAction()->trigger();
    QCOMPARE(seen.scale, 3.0);
    QCOMPARE(seen.transparent, true);
    QCOMPARE(seen.lightTheme, false);
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(file).absolutePath());
}

void ExportControllerTest::everyPageRendersAtOneAndTwo()
{
    for (const QString &id : m_window->topicIds()) {
        QVERIFY(m_window->showTopic(id));
        ExportOptions o;
        const auto one = m_controller->currentPageImage(o);
        o.scale = 2;
        const auto two = m_controller->currentPageImage(o);
        QVERIFY2(one && two, qPrintable(id));
        QVERIFY2(!one->isNull() && notBlank(*one), qPrintable(id));
        QVERIFY2(one->width() > 200 && one->height() > 150, qPrintable(id));
        // Scale 2 is twice the pixels (graph: ceil of the scene size, so within a pixel).
        QVERIFY2(qAbs(two->width() - 2 * one->width()) <= 1 && qAbs(two->height() - 2 * one->height()) <= 1,
                 qPrintable(QStringLiteral("%1: %2×%3 vs %4×%5").arg(id).arg(one->width()).arg(one->height())
                                .arg(two->width()).arg(two->height())));
    }
    // graph: exactly renderSceneImage of the page's scene.
    auto *graph = qobject_cast<GraphPage *>(m_window->page(QStringLiteral("graph")));
    QVERIFY(m_window->showTopic(QStringLiteral("graph")));
    QCOMPARE(m_controller->currentPageImage({})->size(), renderSceneImage(*graph->scene(), 1).size());
}

void ExportControllerTest::convPageExportIsTheCurrentStep()
{
    auto *page = qobject_cast<ConvolutionPage *>(m_window->page(QStringLiteral("conv")));
    QVERIFY(page);
    QTest::keyClick(page, Qt::Key_Right); // step 2
    QTest::keyClick(page, Qt::Key_Right); // step 3
    const auto problem = pageexport::convProblemOf(*page);
    QVERIFY(problem);
    const ConvStepImage steps(*problem, ExportColors::forOptions({}), QApplication::font());
    const auto image = m_controller->currentPageImage({});
    QVERIFY(image);
    QCOMPARE(*image, steps.render(2, 1));
    QVERIFY(*image != steps.render(0, 1));
}

void ExportControllerTest::vggExportHoldsTheWholeTable()
{
    QVERIFY(m_window->showTopic(QStringLiteral("vgg")));
    auto *page = qobject_cast<ArchitecturePage *>(m_window->page(QStringLiteral("vgg")));
    m_window->resize(700, 450); // the page's own view now scrolls
    QApplication::processEvents();
    QTableView *view = page->view();
    const int rows = view->model()->rowCount();
    int tableHeight = 0;
    for (int r = 0; r < rows; ++r)
        tableHeight += view->rowHeight(r);
    QVERIFY(tableHeight > view->viewport()->height());
    const auto image = m_controller->currentPageImage({});
    QVERIFY(image);
    QVERIFY2(image->height() >= tableHeight + view->horizontalHeader()->height(),
             qPrintable(QStringLiteral("%1 < %2").arg(image->height()).arg(tableHeight)));
    QVERIFY(image->width() > view->viewport()->width());
}

void ExportControllerTest::quizExportIsTheResultsSheetOnceFinished()
{
    QVERIFY(m_window->showTopic(QStringLiteral("quiz")));
    auto *quiz = qobject_cast<QuizPage *>(m_window->page(QStringLiteral("quiz")));
    QVERIFY(quiz);
    QVERIFY(!quiz->resultsSheet());
    const auto start = m_controller->currentPageImage({});
    QVERIFY(start);
    QCOMPARE(start->size(), quiz->currentView()->size());
}

void ExportControllerTest::copyPutsTheImageOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY2(!copied.isNull(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QCOMPARE(copied.size(), m_controller->currentPageImage({})->size());
}

void ExportControllerTest::allStepsRunsOnAWorker()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("steps"));
    QSignalSpy finished(m_controller, &ExportController::allStepsFinished);
    ExportOptions o;
    o.scale = 2;
    QVERIFY(m_controller->startAllSteps(folder, o));
    QVERIFY(m_controller->isWritingSteps());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 25);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), QString());
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 25);
    QCOMPARE(files.first(), QStringLiteral("step-001.png"));
    QCOMPARE(files.last(), QStringLiteral("step-025.png"));
    QVERIFY(!m_controller->isWritingSteps());
    QVERIFY(m_messages.last().startsWith(QStringLiteral("Wrote 25")));
}

void ExportControllerTest::sheetIsWritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sheet.png"));
    m_controller->setDialogRunner([&](ExportDialog &dialog) {
        dialog.setPath(file);
        return true;
    });
    // The conv entries show on the convolution page only.
    QMetaObject::invokeMethod(m_window->fileMenu(), "aboutToShow");
    QVERIFY(m_controller->sheetAction()->isVisible());
    QVERIFY(m_controller->sheetAction()->isEnabled());
    m_controller->sheetAction()->trigger();
    const QImage sheet(file);
    QVERIFY2(!sheet.isNull(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QVERIFY(sheet.height() > 600 && notBlank(sheet));

    QVERIFY(m_window->showTopic(QStringLiteral("vgg")));
    QMetaObject::invokeMethod(m_window->fileMenu(), "aboutToShow");
    QVERIFY(!m_controller->sheetAction()->isVisible());
}

QTEST_MAIN(ExportControllerTest)
#include "test_exportcontroller.moc"
