#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "models/architecturetablemodel.h"
#include "models/convolutiondocument.h"
#include "models/gradientdocument.h"
#include "models/graphdocument.h"
#include "models/matrixmodel.h"
#include "pages/architecturepage.h"
#include "pages/convolutionpage.h"
#include "pages/gradientpage.h"
#include "pages/graphpage.h"
#include "pages/quizpage.h"
#include "session/sessioncontroller.h"
#include "session/sessionfile.h"
#include "widgets/gradientpresetbox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

/** A window with the real topics and only the session controller, whose dialogs are stand-ins. */
struct Window {
    std::unique_ptr<MainWindow> w = std::make_unique<MainWindow>();
    SessionController *c = nullptr;
    QStringList messages;
    QStringList asked;
    SessionController::Conflict answer = SessionController::Conflict::Cancel;
    QString chosen;

    explicit Window(const QString &autosave)
    {
        registerTopics(*w);
        c = new SessionController(*w);
        c->setAutosavePath(autosave);
        c->setMessenger([this](const QString &, const QString &text) { messages << text; });
        c->setAsk([this](const QString &m) {
            asked << m;
            return answer;
        });
        c->setFileChooser([this](bool, const QString &) { return chosen; });
        c->setConfirm([](const QString &) { return true; });
    }
    template <class T> T *page(const char *id) { return qobject_cast<T *>(w->page(QString::fromLatin1(id))); }
    template <class T> T *child(const char *id, const char *name)
    {
        return w->page(QString::fromLatin1(id))->findChild<T *>(QString::fromLatin1(name));
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/** Changes something on every page, mostly through the widgets a student uses. */
void editEveryPage(Window &win)
{
    // Convolution: stride and mode, one cell with text that is not a number, one filter number.
    auto *conv = win.page<ConvolutionPage>("conv");
    dlt::conv::Spec spec = conv->document()->spec();
    spec.stride = { 2, 1 };
    spec.padding = { 1, 1 };
    spec.dilation = { 1, 2 };
    spec.mode = dlt::conv::Mode::Convolution;
    conv->document()->setSpec(spec);
    MatrixModel *input = conv->document()->inputModel();
    QVERIFY(input->setData(input->indexOfCell(0, 0), QStringLiteral("4x")));
    MatrixModel *filter = conv->document()->filterModel();
    QVERIFY(filter->setData(filter->indexOfCell(1, 1), QStringLiteral("7")));

    // VGG: input size typed, a custom column, what the cells show.
    auto *vgg = win.page<ArchitecturePage>("vgg");
    vgg->model()->editInput({ 32, 32, 3 });
    vgg->model()->addCustomColumn(QStringLiteral("Mine"), { "C3D64", "M", "FC10", "S" });
    vgg->model()->setQuantity(archformat::Quantity::Parameters);

    // RNN: activation, T, b with a typo, one W entry, the scale and the preset box.
    auto *rnn = win.page<GradientPage>("rnn");
    rnn->document()->changeActivation(dlt::rnn::Activation::Tanh);
    rnn->document()->changeSteps(37);
    rnn->document()->changeVector(GradientDocument::VectorField::Bias, QStringLiteral("1 x"));
    rnn->document()->changeEntry(0, 1, -0.25);
    rnn->document()->changeScale(1.5, 1);
    rnn->findChild<GradientPresetBox *>()->setChoice(dlt::rnn::Preset::Orthogonal, { 3, 0.5, 77 });

    // Quiz: untick everything but the first topic, 7 questions, seed 4242, feedback at the end, mock options.
    win.w->showTopic(QStringLiteral("quiz"));
    auto *topics = win.child<QListWidget>("quiz", "topicChecklist");
    QVERIFY(topics && topics->count() >= 2);
    QTest::mouseClick(win.child<QPushButton>("quiz", "noTopics"), Qt::LeftButton);
    topics->item(0)->setCheckState(Qt::Checked);
    win.child<QSpinBox>("quiz", "questionCount")->setValue(7);
    win.child<QSpinBox>("quiz", "quizSeed")->setValue(4242);
    win.child<QRadioButton>("quiz", "feedbackAtEnd")->setChecked(true);
    win.child<QCheckBox>("quiz", "mockGraduate")->setChecked(true);
    win.child<QCheckBox>("quiz", "mockTimer")->setChecked(true);
    win.child<QSpinBox>("quiz", "mockMinutes")->setValue(30);

    // Graph: GRU unrolled for 5 steps, seed 9, not shared, backward.
    auto *graph = win.page<GraphPage>("graph");
    GraphOptions o = graph->document()->options();
    o.cell = dlt::graph::CellKind::Gru;
    o.unrolled = true;
    o.steps = 5;
    o.seed = 9;
    o.unshared = true;
    o.learningRate = 0.25;
    graph->document()->setOptions(o);
    graph->setBackwardMode(true);
    win.w->showTopic(QStringLiteral("vgg"));
}

/** Compares what the widgets of every page show against the edits of editEveryPage. */
void checkEveryPage(Window &win)
{
    QCOMPARE(win.child<QSpinBox>("conv", "strideRows")->value(), 2);
    QCOMPARE(win.child<QSpinBox>("conv", "strideCols")->value(), 1);
    QCOMPARE(win.child<QSpinBox>("conv", "paddingRows")->value(), 1);
    QCOMPARE(win.child<QSpinBox>("conv", "dilationCols")->value(), 2);
    QCOMPARE(win.child<QComboBox>("conv", "mode")->currentIndex(), 1);
    auto *conv = win.page<ConvolutionPage>("conv");
    MatrixModel *input = conv->document()->inputModel();
    QCOMPARE(input->data(input->indexOfCell(0, 0), Qt::DisplayRole).toString(), QStringLiteral("4x"));
    QVERIFY(input->hasInvalidCells());
    MatrixModel *filter = conv->document()->filterModel();
    QCOMPARE(filter->data(filter->indexOfCell(1, 1), MatrixModel::ValueRole).toDouble(), 7.0);

    win.w->showTopic(QStringLiteral("vgg"));
    QCOMPARE(win.child<QLineEdit>("vgg", "inputSizeEdit")
                 ->text()
                 .remove(QLatin1Char(' '))
                 .replace(QChar(0xd7), QLatin1Char('x')),
        QStringLiteral("32x32x3"));
    auto *vgg = win.page<ArchitecturePage>("vgg");
    QCOMPARE(vgg->model()->columnCount(), 7);
    QCOMPARE(vgg->model()->workspace().column(6).name, std::string("Mine"));
    QCOMPARE(vgg->model()->workspace().column(6).tokens, (std::vector<std::string> { "C3D64", "M", "FC10", "S" }));
    QCOMPARE(vgg->model()->quantity(), archformat::Quantity::Parameters);

    QVERIFY(win.child<QComboBox>("rnn", "activationCombo")->currentText().toLower().startsWith(QStringLiteral("tanh")));
    QCOMPARE(win.child<QSpinBox>("rnn", "stepsSpin")->value(), 37);
    QCOMPARE(win.child<QLineEdit>("rnn", "biasEdit")->text(), QStringLiteral("1 x"));
    auto *rnn = win.page<GradientPage>("rnn");
    QCOMPARE(rnn->document()->state().w(0, 1), -0.25);
    QCOMPARE(rnn->document()->state().w(0, 0), 3.5);
    QCOMPARE(rnn->document()->state().scale, 1.5);
    QCOMPARE(win.child<QSpinBox>("rnn", "presetSize")->value(), 3);
    QCOMPARE(win.child<QDoubleSpinBox>("rnn", "presetScale")->value(), 0.5);
    QCOMPARE(win.child<QSpinBox>("rnn", "presetSeed")->value(), 77);
    QCOMPARE(rnn->findChild<GradientPresetBox *>()->preset(), dlt::rnn::Preset::Orthogonal);

    auto *topics = win.child<QListWidget>("quiz", "topicChecklist");
    QCOMPARE(topics->item(0)->checkState(), Qt::Checked);
    for (int i = 1; i < topics->count(); ++i)
        QCOMPARE(topics->item(i)->checkState(), Qt::Unchecked);
    QCOMPARE(win.child<QSpinBox>("quiz", "questionCount")->value(), 7);
    QCOMPARE(win.child<QSpinBox>("quiz", "quizSeed")->value(), 4242);
    QVERIFY(win.child<QRadioButton>("quiz", "feedbackAtEnd")->isChecked());
    QVERIFY(win.child<QCheckBox>("quiz", "mockGraduate")->isChecked());
    QVERIFY(win.child<QCheckBox>("quiz", "mockTimer")->isChecked());
    QCOMPARE(win.child<QSpinBox>("quiz", "mockMinutes")->value(), 30);

    QCOMPARE(win.child<QComboBox>("graph", "cellCombo")->currentIndex(), 2); // RNN, LSTM, GRU
    QVERIFY(win.child<QRadioButton>("graph", "unrolledRadio")->isChecked());
    QCOMPARE(win.child<QSpinBox>("graph", "stepsSpin")->value(), 5);
    QVERIFY(win.child<QCheckBox>("graph", "unsharedCheck")->isChecked());
    QCOMPARE(win.child<QSpinBox>("graph", "seedSpin")->value(), 9);
    QVERIFY(win.child<QCheckBox>("graph", "backwardCheck")->isChecked());
    QCOMPARE(win.page<GraphPage>("graph")->document()->options().learningRate, 0.25);
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString autosave() const { return path(QStringLiteral("appdata/autosave.json")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DLTutorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_sessioncontroller"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QDir(path(QStringLiteral("appdata"))).removeRecursively();
    }

    void freshWindowCapturesTheDefaults()
    {
        // Every page's fresh state equals the core defaults (so "section absent" means "as a new window").
        Window win(autosave());
        for (const QString &id : win.w->topicIds())
            win.w->page(id);
        dlt::session::Session s = win.c->capture();
        dlt::session::Session defaults;
        defaults.quiz.seed = s.quiz.seed; // the quiz starts with a random seed
        QCOMPARE(s.conv, defaults.conv);
        QCOMPARE(s.vgg, defaults.vgg);
        QCOMPARE(s.rnn, defaults.rnn);
        QCOMPARE(s.quiz, defaults.quiz);
        QCOMPARE(s.graph, defaults.graph);
    }

    void roundTripThroughAFileIntoANewWindow()
    {
        const QString file = path(QStringLiteral("round.json"));
        dlt::session::Session saved;
        {
            Window a(autosave());
            editEveryPage(a);
            QVERIFY(a.c->isModified());
            QVERIFY(a.w->isWindowModified());
            QVERIFY(a.c->saveFile(file).ok());
            QVERIFY(!a.c->isModified());
            QVERIFY(a.w->windowTitle().startsWith(QStringLiteral("round.json")));
            saved = a.c->capture();
        }
        Window b(autosave());
        QVERIFY(b.w->builtPage(QStringLiteral("graph")) == nullptr);
        QVERIFY(b.c->openFile(file).ok());
        // Opening builds only the page it shows; the others get their section when built.
        QCOMPARE(b.w->currentTopic(), QStringLiteral("vgg"));
        QVERIFY(b.w->builtPage(QStringLiteral("graph")) == nullptr);
        QVERIFY(b.c->capture() == saved);
        checkEveryPage(b);
        QVERIFY(b.c->capture() == saved);
        QVERIFY(!b.c->isModified());
        // A restored session starts a fresh undo history on every page.
        for (const QString &id : b.w->topicIds())
            QCOMPARE(b.w->page(id)->findChild<QUndoStack *>()->count(), 0);
        QCOMPARE(b.c->currentFile(), QFileInfo(file).absoluteFilePath());
    }

    void newerVersionAndCorruptFilesChangeNothing()
    {
        Window win(autosave());
        editEveryPage(win);
        const QString good = path(QStringLiteral("good.json"));
        QVERIFY(win.c->saveFile(good).ok());
        const dlt::session::Session before = win.c->capture();

        const QString newer = path(QStringLiteral("newer.json"));
        writeAll(newer, R"({"format":"dltutor-session","version":2,"conv":{"stride":[3,3]}})");
        auto st = win.c->openFile(newer);
        QVERIFY(!st.ok());
        QCOMPARE(QString::fromStdString(st.error().key), QStringLiteral("session.newer_version"));
        win.c->openInteractive(newer);
        QCOMPARE(win.messages.size(), 1);
        QVERIFY(win.messages[0].contains(QDir::toNativeSeparators(newer)));
        QVERIFY(win.messages[0].contains(QStringLiteral("newer")));
        QVERIFY(win.messages[0].contains(QStringLiteral("Nothing was changed")));

        const QString corrupt = path(QStringLiteral("corrupt.json"));
        writeAll(corrupt, "{\"format\": \"dltutor-session\", \"version\": 1, \"conv\": {\"stride\": [2,");
        win.c->openInteractive(corrupt);
        QCOMPARE(win.messages.size(), 2);
        QVERIFY(win.messages[1].contains(QStringLiteral("not valid JSON")));

        const QString invalid = path(QStringLiteral("invalid.json"));
        writeAll(invalid, R"({"format":"dltutor-session","version":1,"conv":{"stride":[2,0]}})");
        win.c->openInteractive(invalid);
        QCOMPARE(win.messages.size(), 3);
        QVERIFY2(win.messages[2].contains(QStringLiteral("conv.stride[1]: expected a whole number from 1 to 32")),
            qPrintable(win.messages[2]));

        QVERIFY(win.c->capture() == before);
        QCOMPARE(win.c->currentFile(), QFileInfo(good).absoluteFilePath());
        QCOMPARE(win.child<QSpinBox>("conv", "strideRows")->value(), 2);
    }

    void recentFiles()
    {
        Window win(autosave());
        QStringList files;
        for (int i = 0; i < 10; ++i) {
            files << QFileInfo(path(QStringLiteral("r%1.json").arg(i))).absoluteFilePath();
            QVERIFY(win.c->saveFile(files.last()).ok());
        }
        // Newest first, at most 8.
        QStringList expected;
        for (int i = 9; i >= 2; --i)
            expected << files[i];
        QCOMPARE(win.c->recentFiles(), expected);
        emit win.c->recentMenu()->aboutToShow();
        QCOMPARE(win.c->recentMenu()->actions().size(), 8 + 2); // entries, separator, Clear list

        // Opening an older one moves it to the front; a missing one is reported and dropped.
        QVERIFY(win.c->openFile(files[5]).ok());
        QCOMPARE(win.c->recentFiles().first(), files[5]);
        QFile::remove(files[9]);
        emit win.c->recentMenu()->aboutToShow();
        QAction *missing = nullptr;
        for (QAction *a : win.c->recentMenu()->actions())
            if (a->data().toString() == files[9])
                missing = a;
        QVERIFY(missing);
        missing->trigger();
        QCOMPARE(win.messages.size(), 1);
        QVERIFY(win.messages[0].contains(QStringLiteral("removed from the recent files")));
        QVERIFY(!win.c->recentFiles().contains(files[9]));
        QCOMPARE(win.c->recentFiles().size(), 7);

        // Persisted in QSettings: a new window lists them too; Clear list empties it.
        Window other(autosave());
        QCOMPARE(other.c->recentFiles().size(), 7);
        auto *clear = other.c->recentMenu()->findChild<QAction *>(QStringLiteral("actionClearRecentSessions"));
        emit other.c->recentMenu()->aboutToShow();
        clear = nullptr;
        for (QAction *a : other.c->recentMenu()->actions())
            if (a->objectName() == QStringLiteral("actionClearRecentSessions"))
                clear = a;
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(other.c->recentFiles().isEmpty());
    }

    void fileMenuEntries()
    {
        Window win(autosave());
        QStringList names;
        for (QAction *a : win.w->fileMenu()->actions())
            names << (a->isSeparator() ? QStringLiteral("-") : a->objectName());
        const int quit = names.indexOf(QStringLiteral("actionQuit"));
        const int open = names.indexOf(QStringLiteral("actionOpenSession"));
        QVERIFY(names.indexOf(QStringLiteral("actionNewSession")) == 0);
        QVERIFY(open > 0 && open < quit);
        QVERIFY(names.indexOf(QStringLiteral("actionRecentSessions")) == open + 1);
        QVERIFY(names.indexOf(QStringLiteral("actionSaveSessionAs")) < quit);
        QCOMPARE(names.at(names.indexOf(QStringLiteral("actionSaveSessionAs")) + 1), QStringLiteral("-"));
        auto *save = win.w->findChild<QAction *>(QStringLiteral("actionSaveSession"));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(win.w->findChild<QAction *>(QStringLiteral("actionSaveSessionAs"))->shortcut(),
            QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        QCOMPARE(win.w->findChild<QAction *>(QStringLiteral("actionOpenSession"))->shortcut(),
            QKeySequence(QKeySequence::Open));
        // Save on an untitled session asks for a name (the stand-in answers).
        win.chosen = path(QStringLiteral("menu.json"));
        save->trigger();
        QVERIFY(QFileInfo::exists(win.chosen));
        QVERIFY(win.w->windowTitle().startsWith(QStringLiteral("menu.json")));
    }

    void changedOrDeletedOnDiskAsksBeforeSaving()
    {
        Window win(autosave());
        const QString file = path(QStringLiteral("shared.json"));
        QVERIFY(win.c->saveFile(file).ok());

        // Someone else writes the file: Cancel leaves their version alone.
        const QByteArray theirs = R"({"format":"dltutor-session","version":1,"conv":{"stride":[3,3]}})";
        writeAll(file, theirs);
        win.answer = SessionController::Conflict::Cancel;
        auto st = win.c->saveFile(file);
        QVERIFY(!st.ok());
        QCOMPARE(QString::fromStdString(st.error().key), QStringLiteral("session.file_changed"));
        QCOMPARE(win.asked.size(), 1);
        QVERIFY(win.asked[0].contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())));
        QVERIFY(win.asked[0].contains(QStringLiteral("changed on disk")));
        QCOMPARE(readAll(file), theirs);

        // The menu's Save does the same and shows nothing else when cancelled.
        win.w->findChild<QAction *>(QStringLiteral("actionSaveSession"))->trigger();
        QCOMPARE(win.asked.size(), 2);
        QVERIFY(win.messages.isEmpty());
        QCOMPARE(readAll(file), theirs);

        // Overwrite replaces it; the next save does not ask again.
        win.answer = SessionController::Conflict::Overwrite;
        QVERIFY(win.c->saveFile(file).ok());
        QVERIFY(readAll(file) != theirs);
        QVERIFY(win.c->saveFile(file).ok());
        QCOMPARE(win.asked.size(), 3);

        // Deleted: Save as… writes elsewhere and that becomes the session file.
        QFile::remove(file);
        win.answer = SessionController::Conflict::SaveAs;
        win.chosen = path(QStringLiteral("elsewhere.json"));
        QVERIFY(win.c->saveFile(file).ok());
        QCOMPARE(win.asked.size(), 4);
        QVERIFY(win.asked[3].contains(QStringLiteral("deleted")));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(win.chosen));
        QCOMPARE(win.c->currentFile(), QFileInfo(win.chosen).absoluteFilePath());
    }

    void autosaveOnChangeAndCloseThenRestore()
    {
        dlt::session::Session expected;
        {
            Window a(autosave());
            a.w->show();
            auto *conv = a.page<ConvolutionPage>("conv");
            QSpinBox *stride = a.child<QSpinBox>("conv", "strideRows");
            stride->setFocus();
            QTest::keyClick(stride, Qt::Key_Up);
            QCOMPARE(conv->document()->spec().stride.h, 2);
            // Written a couple of seconds after the change.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(autosave()), 2000 + 3000);
            auto loaded = sessionfile::read(autosave());
            QVERIFY(loaded.ok());
            QCOMPARE(loaded->session.conv.spec.stride.h, 2);
            // A later change is written on close at the latest.
            a.page<GraphPage>("graph")->document()->setOptions([&] {
                GraphOptions o = a.page<GraphPage>("graph")->document()->options();
                o.cell = dlt::graph::CellKind::Lstm;
                return o;
            }());
            expected = a.c->capture();
            a.w->close();
        }
        auto loaded = sessionfile::read(autosave());
        QVERIFY(loaded.ok());
        QVERIFY(loaded->session == expected);

        Window b(autosave());
        QVERIFY(b.c->restoreAutosave().isEmpty());
        QVERIFY(b.c->capture() == expected);
        QCOMPARE(b.child<QSpinBox>("conv", "strideRows")->value(), 2);
        QCOMPARE(b.child<QComboBox>("graph", "cellCombo")->currentIndex(), 1);
        QVERIFY(!b.c->isModified());
    }

    void corruptAutosaveIsSetAsideNeverOverwritten()
    {
        QDir().mkpath(QFileInfo(autosave()).absolutePath());
        const QByteArray garbage1 = "{\"format\": \"dltutor-session\", \"version\": 1, \"conv\": {";
        const QByteArray garbage2 = "\x89PNG not a session";
        QStringList backups;
        for (const QByteArray &garbage : { garbage1, garbage2 }) {
            writeAll(autosave(), garbage);
            Window win(autosave());
            const QString message = win.c->restoreAutosave();
            QVERIFY(!message.isEmpty());
            QVERIFY(message.contains(QStringLiteral("autosave.corrupt-")));
            QCOMPARE(win.w->statusBar()->currentMessage(), message);
            QVERIFY(!QFileInfo::exists(autosave()));
            const QStringList now
                = QDir(QFileInfo(autosave()).absolutePath())
                      .entryList({ QStringLiteral("autosave.corrupt-*.json") }, QDir::Files, QDir::Name);
            QCOMPARE(now.size(), backups.size() + 1);
            for (const QString &b : backups)
                QVERIFY(now.contains(b));
            for (const QString &n : now)
                if (!backups.contains(n)) {
                    QCOMPARE(readAll(QFileInfo(autosave()).absolutePath() + QLatin1Char('/') + n), garbage);
                    backups << n;
                }
            // The fresh session is the default one.
            QCOMPARE(win.c->capture().conv, dlt::session::ConvSection {});
        }
    }

    void undoRedoOfAParameterOnEveryPage()
    {
        Window win(autosave());
        win.w->show();
        QAction *undo = win.w->findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = win.w->findChild<QAction *>(QStringLiteral("actionRedo"));
        auto stepSpin = [&](const char *id, const char *name, int from, int to) {
            win.w->showTopic(QString::fromLatin1(id));
            QSpinBox *spin = win.child<QSpinBox>(id, name);
            QVERIFY2(spin, name);
            QCOMPARE(spin->value(), from);
            spin->setFocus();
            QTest::keyClick(spin, to > from ? Qt::Key_Up : Qt::Key_Down);
            QCOMPARE(spin->value(), to);
            QVERIFY(undo->isEnabled());
            undo->trigger();
            QCOMPARE(spin->value(), from);
            redo->trigger();
            QCOMPARE(spin->value(), to);
            undo->trigger();
            QCOMPARE(spin->value(), from);
        };
        stepSpin("conv", "paddingCols", 0, 1);
        stepSpin("rnn", "stepsSpin", 100, 101);
        stepSpin("quiz", "questionCount", 10, 11);
        auto *timer = win.child<QCheckBox>("quiz", "mockTimer");
        QTest::mouseClick(timer, Qt::LeftButton);
        QVERIFY(timer->isChecked());
        stepSpin("quiz", "mockMinutes", 75, 76);
        undo->trigger(); // the timer tick was its own step
        QVERIFY(!timer->isChecked());

        // VGG: the input size typed into its field.
        win.w->showTopic(QStringLiteral("vgg"));
        auto *edit = win.child<QLineEdit>("vgg", "inputSizeEdit");
        auto *vgg = win.page<ArchitecturePage>("vgg");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("64x64x3"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(vgg->model()->workspace().input(), (dlt::arch::Shape { 64, 64, 3 }));
        undo->trigger();
        QCOMPARE(vgg->model()->workspace().input(), (dlt::arch::Shape { 224, 224, 3 }));
        redo->trigger();
        QCOMPARE(vgg->model()->workspace().input(), (dlt::arch::Shape { 64, 64, 3 }));

        // Quiz: the feedback mode and a topic tick are undoable too.
        win.w->showTopic(QStringLiteral("quiz"));
        auto *atEnd = win.child<QRadioButton>("quiz", "feedbackAtEnd");
        QTest::mouseClick(atEnd, Qt::LeftButton);
        QVERIFY(atEnd->isChecked());
        undo->trigger();
        QVERIFY(!atEnd->isChecked());
        QVERIFY(win.child<QRadioButton>("quiz", "feedbackImmediate")->isChecked());
        QTest::mouseClick(win.child<QPushButton>("quiz", "noTopics"), Qt::LeftButton);
        auto *topics = win.child<QListWidget>("quiz", "topicChecklist");
        QCOMPARE(topics->item(0)->checkState(), Qt::Unchecked);
        undo->trigger(); // All/None is one step
        for (int i = 0; i < topics->count(); ++i)
            QCOMPARE(topics->item(i)->checkState(), Qt::Checked);

        // Graph: the cell chosen in its combo box.
        win.w->showTopic(QStringLiteral("graph"));
        auto *cell = win.child<QComboBox>("graph", "cellCombo");
        auto *graph = win.page<GraphPage>("graph");
        cell->setFocus();
        QTest::keyClick(cell, Qt::Key_Down);
        QCOMPARE(graph->document()->options().cell, dlt::graph::CellKind::Lstm);
        undo->trigger();
        QCOMPARE(graph->document()->options().cell, dlt::graph::CellKind::Rnn);
        QCOMPARE(cell->currentIndex(), 0);
        redo->trigger();
        QCOMPARE(cell->currentIndex(), 1);
    }

    void keyboardShortcutsReachTheMenu()
    {
        Window win(autosave());
        int asked = 0;
        win.c->setFileChooser([&](bool save, const QString &) {
            asked += save ? 100 : 1;
            return QString();
        });
        win.w->show();
        QVERIFY(QTest::qWaitForWindowExposed(win.w.get()));
        win.w->showTopic(QStringLiteral("conv"));
        QWidget *focus = win.child<QSpinBox>("conv", "strideRows");
        focus->setFocus();
        QTest::keySequence(focus, QKeySequence::Open);
        QCOMPARE(asked, 1);
        QTest::keySequence(focus, QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        QCOMPARE(asked, 101);
        QTest::keySequence(focus, QKeySequence::Save); // untitled: Save asks for a name
        QCOMPARE(asked, 201);
        // A page's own shortcut (the quiz's Ctrl+O opens a question bank) wins while the focus is in that
        // page instead of making both ambiguous; elsewhere the session's applies again.
        win.w->showTopic(QStringLiteral("quiz"));
        int bank = 0;
        win.page<QuizPage>("quiz")->setFileChooser([&] {
            ++bank;
            return QString();
        });
        QWidget *q = win.child<QSpinBox>("quiz", "quizSeed");
        q->setFocus();
        QTRY_VERIFY(q->hasFocus());
        QTest::keySequence(q, QKeySequence::Open);
        QCOMPARE(bank, 1);
        QCOMPARE(asked, 201);
        win.w->showTopic(QStringLiteral("conv"));
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus());
        QTest::keySequence(focus, QKeySequence::Open);
        QCOMPARE(asked, 202);
        QCOMPARE(bank, 1);
    }

    void applyToUnbuiltPageWaitsForIt()
    {
        Window win(autosave());
        dlt::session::Session s;
        s.currentPage = "conv";
        s.graph.steps = 7;
        s.graph.unrolled = true;
        s.rnn.steps = 12;
        win.c->apply(s);
        QVERIFY(win.w->builtPage(QStringLiteral("graph")) == nullptr);
        QVERIFY(win.w->builtPage(QStringLiteral("rnn")) == nullptr);
        // Capturing does not build pages and returns what they will show.
        QCOMPARE(win.c->capture().graph.steps, 7);
        QVERIFY(win.w->builtPage(QStringLiteral("graph")) == nullptr);
        win.w->showTopic(QStringLiteral("graph"));
        QCOMPARE(win.child<QSpinBox>("graph", "stepsSpin")->value(), 7);
        QCOMPARE(win.child<QSpinBox>("rnn", "stepsSpin")->value(), 12);
        QVERIFY(!win.c->isModified());
    }

    void applySessionFileForTheCommandLine()
    {
        MainWindow w;
        registerTopics(w);
        const QString file = path(QStringLiteral("cli.json"));
        writeAll(file, R"({"format":"dltutor-session","version":1,"current_page":"rnn","rnn":{"steps":44}})");
        QVERIFY(applySessionFile(w, file).ok());
        QCOMPARE(w.currentTopic(), QStringLiteral("rnn"));
        QCOMPARE(w.page(QStringLiteral("rnn"))->findChild<QSpinBox *>(QStringLiteral("stepsSpin"))->value(), 44);
        // The controller it added for a window without one (headless export) never writes the user's autosave.
        auto *c = w.findChild<SessionController *>();
        QVERIFY(c);
        c->setAutosavePath(autosave());
        QVERIFY(c->writeAutosave().ok());
        QVERIFY(!QFileInfo::exists(autosave()));
        writeAll(file, "nonsense");
        auto st = applySessionFile(w, file);
        QVERIFY(!st.ok());
        const QString line = sessionfile::problemText(file, st.error());
        QVERIFY(line.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(": line 1, column 2")));
        QCOMPARE(w.page(QStringLiteral("rnn"))->findChild<QSpinBox *>(QStringLiteral("stepsSpin"))->value(), 44);
    }
};

QTEST_MAIN(TestSessionController)
#include "test_sessioncontroller.moc"
