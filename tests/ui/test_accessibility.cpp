// Accessibility audit of the real main window: every interactive control on every page (and in
// the quiz's question, results and mock-results screens) has an accessible name and description,
// visible labels with a buddy point at a visible control, Tab reaches every focusable control
// without getting stuck, and the matrix grids announce each cell's position and value.

#include "mainwindow/controllers.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/topics.h"
#include "models/matrixmodel.h"
#include "pages/quizpage.h"
#include "quiz/quizsession.h"
#include "widgets/steparithmetic.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTestAccessibility>
#include <QTextEdit>
#include <QtTest>

#include <memory>

namespace {

// A readable path for messages: "convPage/inputEditor/QTableView:inputGrid".
QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *p = w; p && p != root; p = p->parentWidget()) {
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        parts.prepend(p->objectName().isEmpty() ? cls : cls + QLatin1Char(':') + p->objectName());
    }
    return parts.join(QLatin1Char('/'));
}

// Parts of a composite control that a screen reader reaches through the control itself.
bool isInnerPart(const QWidget *w, const QWidget *root)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    // Qt's own chrome (tool bar and menu bar overflow buttons), except a tab widget's tab bar.
    if (w->objectName().startsWith(QLatin1String("qt_")) && !qobject_cast<const QTabBar *>(w))
        return true;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p)
            || qobject_cast<const QScrollBar *>(p))
            return true;
    }
    return false;
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTabBar *>(w) || ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy());
}

// A mnemonic in plain label text: one '&' before a character that is not another '&'.
bool hasMnemonic(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
        return false;
    const QString t = label->text();
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == QLatin1Char('&')) {
            if (t[i + 1] != QLatin1Char('&') && !t[i + 1].isSpace())
                return true;
            ++i;
        }
    }
    return false;
}

struct Audit {
    QStringList noName;
    QStringList noDescription;
    QStringList badBuddy;
};

// Walks root's widget tree through QAccessible.
Audit audit(QWidget *root, const QWidget *skip = nullptr)
{
    Audit a;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (skip && skip->isAncestorOf(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->isVisible()) {
            if (QWidget *buddy = label->buddy(); buddy && !buddy->isVisible())
                a.badBuddy << pathOf(w, root) + QStringLiteral(" → hidden buddy ") + pathOf(buddy, root);
            else if (!label->buddy() && hasMnemonic(label))
                a.badBuddy << pathOf(w, root) + QStringLiteral(" has a mnemonic but no buddy: ") + label->text();
        }
        if (w == root || !isInteractive(w) || isInnerPart(w, root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            a.noName << pathOf(w, root) + QStringLiteral(" (no QAccessibleInterface)");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            a.noName << pathOf(w, root);
        // QAccessibleWidget falls back to the tooltip when there is no explicit description.
        // Qt's QAccessibleTabBar reports no description of its own; its tabs report their tooltips.
        const auto *tabBar = qobject_cast<const QTabBar *>(w);
        const bool tabsDescribed = tabBar && !tabBar->accessibleDescription().isEmpty() && [tabBar] {
            for (int i = 0; i < tabBar->count(); ++i)
                if (tabBar->tabToolTip(i).isEmpty())
                    return false;
            return true;
        }();
        if (!tabsDescribed && iface->text(QAccessible::Description).trimmed().isEmpty())
            a.noDescription << pathOf(w, root);
    }
    return a;
}

bool canTakeTabFocus(const QWidget *w)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
    const bool viewport = area && area->viewport() == w; // the scroll area itself is the stop
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled() && !w->focusProxy()
        && !viewport;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QStringList m_failures;

    QuizPage *quizPage() { return qobject_cast<QuizPage *>(m_window->page(QStringLiteral("quiz"))); }

    QWidget *quizScreen()
    {
        return quizPage()->findChild<QStackedWidget *>(QStringLiteral("quizStack"))->currentWidget();
    }

    // Records name/description/buddy problems of root's subtree under the heading where.
    void auditInto(const QString &where, QWidget *root, const QWidget *skip = nullptr)
    {
        const Audit a = audit(root, skip);
        for (const QString &s : a.noName)
            m_failures << where + QStringLiteral(": no accessible name: ") + s;
        for (const QString &s : a.noDescription)
            m_failures << where + QStringLiteral(": no accessible description: ") + s;
        for (const QString &s : a.badBuddy)
            m_failures << where + QStringLiteral(": label buddy: ") + s;
    }

    // Presses Tab from the topic list until focus comes back to it; records every focusable,
    // visible control that was never reached (or the widget that kept the focus: a trap).
    void tabInto(const QString &where)
    {
        auto *start = m_window->findChild<QWidget *>(QStringLiteral("topicList"));
        QTest::qWait(50); // pages place their initial focus from queued calls: let those run first
        start->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == start; })) {
            m_failures << where + QStringLiteral(": the topic list cannot take the focus");
            return;
        }
        if (qEnvironmentVariableIsSet("DLTUTOR_A11Y_TRACE")) {
            QWidget *w = start;
            do {
                if (canTakeTabFocus(w))
                    qInfo("%s chain: %s policy=%d visTo=%d en=%d win=%d proxy=%d", qPrintable(where), qPrintable(pathOf(w, m_window.get())),
                          int(w->focusPolicy()), w->isVisibleTo(m_window.get()), w->isEnabled(), w->window() == m_window.get(), w->focusProxy() != nullptr);
                w = w->nextInFocusChain();
            } while (w != start);
        }
        QSet<QWidget *> reached{start};
        QWidget *previous = start;
        bool wrapped = false;
        constexpr int kMaxPresses = 4000; // tables step through their cells with Tab
        for (int i = 0; i < kMaxPresses && !wrapped; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus) {
                m_failures << where + QStringLiteral(": focus lost after ") + pathOf(previous, m_window.get());
                return;
            }
            QTest::keyClick(focus, Qt::Key_Tab);
            QCoreApplication::processEvents(); // as between a person's key presses
            QWidget *now = QApplication::focusWidget();
            // A table that opens a cell editor on entry counts as reached through its editor.
            for (QWidget *w = now; w; w = w->parentWidget())
                reached.insert(w);
            if (qEnvironmentVariableIsSet("DLTUTOR_A11Y_TRACE"))
                qInfo("%s Tab → %s", qPrintable(where), now ? qPrintable(pathOf(now, m_window.get())) : "(none)");
            wrapped = now == start && previous != start;
            previous = now;
        }
        if (!wrapped)
            m_failures << where + QStringLiteral(": Tab never came back to the topic list; stuck in ")
                    + (previous ? pathOf(previous, m_window.get()) : QStringLiteral("nothing"));
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all)
            if (canTakeTabFocus(w) && !reached.contains(w) && w->window() == m_window.get())
                m_failures << where + QStringLiteral(": Tab never reaches ") + pathOf(w, m_window.get());
    }

    void checkScreen(const QString &where, QWidget *root)
    {
        auditInto(where, root);
        tabInto(where);
    }

    void reportFailures()
    {
        const QStringList failures = m_failures;
        m_failures.clear();
        for (const QString &f : failures) // QtTest cuts long messages: list each one
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n  ").arg(failures.size()) + failures.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DLTutorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        registerTopics(*m_window);
        installControllers(*m_window);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyPageIsNamedAndReachable()
    {
        const QStringList ids = m_window->topicIds();
        QVERIFY(ids.size() >= 5);
        for (const QString &id : ids) {
            QVERIFY(m_window->showTopic(id));
            QWidget *page = m_window->page(id);
            QVERIFY(page);
            QTRY_VERIFY(page->isVisible());
            checkScreen(id, page);
        }
        // The window's own controls (topic list, anything controllers put outside the pages).
        auditInto(QStringLiteral("window"), m_window.get(), m_window->findChild<QWidget *>(QStringLiteral("pageStack")));
        reportFailures();
    }

    void quizScreensAreNamedAndReachable()
    {
        QVERIFY(m_window->showTopic(QStringLiteral("quiz")));
        QuizPage *quiz = quizPage();
        QVERIFY(quiz);

        // An ordinary quiz: the question screen, then the results after finishing early.
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("startQuiz")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("questionView"));
        checkScreen(QStringLiteral("quiz question"), quiz);
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("finishQuiz")), Qt::LeftButton);
        QTRY_VERIFY(quiz->session()->isFinished());
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("resultsView"));
        checkScreen(QStringLiteral("quiz results"), quiz);

        // The mock midterm: its first question is a matrix grid; finishing shows the mark sheet.
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("newQuiz")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("quizStartView"));
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("startMock")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("questionView"));
        checkScreen(QStringLiteral("mock question"), quiz);
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("finishQuiz")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("mockResultsView"));
        checkScreen(QStringLiteral("mock results"), quiz);
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("mockNewQuiz")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("quizStartView"));
        reportFailures();
    }

    void quizIsOperableByKeyboardAlone()
    {
        QVERIFY(m_window->showTopic(QStringLiteral("quiz")));
        QuizPage *quiz = quizPage();
        auto *start = quiz->findChild<QPushButton *>(QStringLiteral("startQuiz"));
        start->setFocus(Qt::TabFocusReason);
        QTest::keyClick(start, Qt::Key_Space); // a focused button is pressed with Space
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("questionView"));
        // Focus lands inside the question screen, where keys answer and Enter submits.
        QTRY_VERIFY(QApplication::focusWidget() && quizScreen()->isAncestorOf(QApplication::focusWidget()));
        const int count = quiz->session()->count();
        QVERIFY(count > 0);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(quiz->session()->current(), i);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            // Whatever has the focus takes the answer: T for true/false, 1 for the first choice,
            // or the digit typed into the number field, which the question puts the focus in.
            const auto type = quiz->session()->attempt().item(i).question.type;
            QTest::keyClick(focus, type == dlt::quiz::QuestionType::TrueFalse ? Qt::Key_T : Qt::Key_1);
            QVERIFY(quiz->session()->current() == i);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // submit
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // next / finish
        }
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("resultsView"));
        QTRY_VERIFY(QApplication::focusWidget() && quizScreen()->isAncestorOf(QApplication::focusWidget()));
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("newQuiz")), Qt::LeftButton);
        QTRY_COMPARE(quizScreen()->objectName(), QStringLiteral("quizStartView"));
    }

    void matrixCellsAnnouncePositionAndValue()
    {
        MatrixModel model;
        // 3×4 input whose cell (r, c) holds 10·r + c, 0-based: cell (1, 2) holds 12.
        Eigen::MatrixXd m(3, 4);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c)
                m(r, c) = 10 * r + c;
        model.applyContent(MatrixContent{dlt::Volume{m}, {}});
        QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString(), QStringLiteral("row 2, column 3: 12"));
        // With one ring of padding the same matrix cell moves to view (2, 3) but keeps its name;
        // view (0, 0) is a padding zero.
        model.setPadding(1, 1);
        QCOMPARE(model.indexOfCell(1, 2).data(Qt::AccessibleTextRole).toString(), QStringLiteral("row 2, column 3: 12"));
        QVERIFY(model.index(0, 0).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("padding")));
        model.setMarks({CellMark{MatrixCell{1, 2}, QString()}});
        QVERIFY(model.indexOfCell(1, 2).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("window")));
        QVERIFY(!model.indexOfCell(0, 0).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("window")));
        model.setCurrentCell(0, 1);
        QVERIFY(model.indexOfCell(0, 1).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("output")));
    }

    void everyGridAnnouncesCells()
    {
        // Every matrix grid on every page (a table of numbers addressed by row and column, as
        // opposed to a list of records whose column headers name the fields) announces its
        // first cell as "row 1, column 1: …".
        const QStringList matrixModels{QStringLiteral("MatrixModel"), QStringLiteral("WeightMatrixModel"),
                                       QStringLiteral("QuizMatrixModel")};
        QStringList silent;
        int grids = 0;
        for (const QString &id : m_window->topicIds()) {
            QWidget *page = m_window->page(id);
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
                if (qobject_cast<QHeaderView *>(view) || !view->model() || view->model()->rowCount() == 0
                    || !matrixModels.contains(QString::fromLatin1(view->model()->metaObject()->className())))
                    continue;
                ++grids;
                const QModelIndex first = view->model()->index(0, 0);
                if (!view->model()->data(first, Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("row 1, column 1: ")))
                    silent << id + QLatin1Char(':') + pathOf(view, page);
            }
        }
        QVERIFY2(grids >= 4, qPrintable(QString::number(grids))); // input, filter, output, W_hh at least
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
    }

    void stepArithmeticIsReadOut()
    {
        QVERIFY(m_window->showTopic(QStringLiteral("conv")));
        QWidget *page = m_window->page(QStringLiteral("conv"));
        auto *arithmetic = page->findChild<StepArithmetic *>(QStringLiteral("stepArithmetic"));
        QVERIFY(arithmetic);
        QTestAccessibility::initialize();
        QTestAccessibility::clearEvents();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_Home);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(arithmetic);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        const QString first = iface->text(QAccessible::Description);
        // The default example: output row 1, column 1, and the sum written out with "=".
        QVERIFY2(first.startsWith(QStringLiteral("Output row 1, column 1")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral(" = ")), qPrintable(first));
        QTestAccessibility::clearEvents();
        QTest::keyClick(page, Qt::Key_Right);
        const QString second = iface->text(QAccessible::Description);
        QVERIFY2(second.startsWith(QStringLiteral("Output row 1, column 2")), qPrintable(second));
        // Events reach the handler only while an assistive tool is listening, which the
        // offscreen platform never reports; where one is, the change must have been announced.
        if (QAccessible::isActive()) {
            bool announced = false;
            for (QAccessibleEvent *e : QTestAccessibility::events())
                announced = announced || (e->object() == arithmetic && e->type() == QAccessible::DescriptionChanged);
            QVERIFY(announced);
        }
        QTestAccessibility::cleanup();
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
