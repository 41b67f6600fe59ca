#include "pages/quizpage.h"
#include "quiz/bankio.h"
#include "quiz/mockresultsview.h"
#include "quiz/mocksheetmodel.h"
#include "quiz/progressstore.h"
#include "quiz/questionview.h"
#include "quiz/quizmatrixmodel.h"
#include "quiz/quizreviewmodel.h"
#include "quiz/quizsession.h"
#include "quiz/quizstartview.h"
#include "quiz/quiztopicmodel.h"
#include "quiz/resultsview.h"

#include "quiz/progress.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using dlt::quiz::QuestionType;

class TestQuizPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static QString progressPath() { return ProgressStore().path(); }

    // Saves a picture of the page when DLTUTOR_QUIZ_SHOTS names a folder (for looking at the screens).
    static void shot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("DLTUTOR_QUIZ_SHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let pending layouts settle, as they would on screen
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    static QuestionView *questionView(QuizPage &p)
    {
        return p.findChild<QuestionView *>(QStringLiteral("questionView"));
    }

    static QWidget *currentScreen(QuizPage &p)
    {
        return p.findChild<QStackedWidget *>(QStringLiteral("quizStack"))->currentWidget();
    }

    // Ticks exactly one topic by clicking "None" and then the topic's check box.
    static void chooseTopic(QuizPage &p, const QString &topic, int count, int seed)
    {
        QTest::mouseClick(p.findChild<QPushButton *>(QStringLiteral("noTopics")), Qt::LeftButton);
        auto *list = p.findChild<QListWidget *>(QStringLiteral("topicChecklist"));
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == topic)
                item = list->item(i);
        QVERIFY2(item, qPrintable(topic));
        list->scrollToItem(item);
        const QRect r = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(r.left() + r.height() / 2, r.center().y()));
        QCOMPARE(item->checkState(), Qt::Checked);
        auto *countBox = p.findChild<QSpinBox *>(QStringLiteral("questionCount"));
        countBox->selectAll();
        QTest::keyClicks(countBox, QString::number(count));
        auto *seedBox = p.findChild<QSpinBox *>(QStringLiteral("quizSeed"));
        seedBox->selectAll();
        QTest::keyClicks(seedBox, QString::number(seed));
        QCOMPARE(seedBox->value(), seed);
    }

    // Answers the current question the way a student who knows the key would, by keyboard.
    static void answerByKeys(QuizPage &p, bool right)
    {
        QuestionView *view = questionView(p);
        const auto &s = *p.session();
        const auto &item = s.attempt().item(s.current());
        const auto &q = item.question;
        auto posOf = [&](int c) {
            return int(std::find(item.choiceOrder.begin(), item.choiceOrder.end(), c) - item.choiceOrder.begin());
        };
        switch (q.type) {
        case QuestionType::TrueFalse:
            QTest::keyClick(view, (q.answerBool == right) ? Qt::Key_T : Qt::Key_F);
            break;
        case QuestionType::SingleChoice: {
            const int pos = right ? posOf(q.answerIndex) : (posOf(q.answerIndex) + 1) % int(q.choices.size());
            QTest::keyClick(view, Qt::Key(Qt::Key_1 + pos));
            break;
        }
        case QuestionType::MultipleChoice:
            if (right) {
                for (int c : q.answerIndices)
                    QTest::keyClick(view, Qt::Key(Qt::Key_1 + posOf(c)));
            } else {
                for (int pos = 0; pos < int(q.choices.size()); ++pos) // every choice: scores 0
                    QTest::keyClick(view, Qt::Key(Qt::Key_1 + pos));
            }
            break;
        case QuestionType::Numeric: {
            auto *edit = view->findChild<QLineEdit *>(QStringLiteral("numericAnswer"));
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(
                edit, QString::fromStdString(dlt::formatNumber(right ? q.answerNumber : q.answerNumber + 1000)));
            break;
        }
        case QuestionType::Matrix:
            QFAIL("no matrix questions in the built-in bank");
        }
    }

    static bool feedbackShown(QuizPage &p)
    {
        auto *fb = questionView(p)->findChild<QLabel *>(QStringLiteral("questionFeedback"));
        return fb && fb->isVisible();
    }

    // Types a matrix answer cell by cell: click the cell, type, Tab to commit.
    static void typeGrid(QuizPage &p, const Eigen::MatrixXd &values)
    {
        auto *grid = questionView(p)->findChild<QTableView *>(QStringLiteral("matrixAnswer"));
        QVERIFY(grid && grid->isVisible());
        for (Eigen::Index i = 0; i < values.rows(); ++i)
            for (Eigen::Index j = 0; j < values.cols(); ++j) {
                const QModelIndex idx = grid->model()->index(int(i), int(j));
                grid->scrollTo(idx);
                QTRY_VERIFY(grid->viewport()->rect().contains(grid->visualRect(idx).center()));
                QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(idx).center());
                auto openEditor = [grid]() -> QLineEdit * {
                    for (QLineEdit *e : grid->viewport()->findChildren<QLineEdit *>())
                        if (e->isVisible())
                            return e;
                    return nullptr;
                };
                if (!openEditor()) // clicking the cell that already had the focus selects it: F2 edits, as in a
                                   // spreadsheet
                    QTest::keyClick(grid, Qt::Key_F2);
                QTRY_VERIFY(openEditor());
                QCOMPARE(grid->currentIndex(), idx);
                QLineEdit *editor = openEditor();
                editor->selectAll();
                QTest::keyClicks(editor, QString::fromStdString(dlt::formatNumber(values(i, j))));
                QTest::keyClick(editor, Qt::Key_Tab);
            }
    }

private slots:
    void mockMidtermResultsSheetAndGraduateRubric()
    {
        QuizPage page;
        page.resize(1100, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *seedBox = page.findChild<QSpinBox *>(QStringLiteral("quizSeed"));
        seedBox->selectAll();
        QTest::keyClicks(seedBox, QStringLiteral("2024"));
        QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("mockGraduate")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("mockTimer")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startMock")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        QCOMPARE(page.session()->count(), 8);
        QVERIFY(page.isTimerRunning());
        QVERIFY(questionView(page)
                    ->findChild<QLabel *>(QStringLiteral("quizTimer"))
                    ->text()
                    .contains(QStringLiteral("Time left")));

        // 1. The convolution: every cell right but the first.
        const auto &conv = page.session()->attempt().item(0).question;
        QCOMPARE(conv.type, QuestionType::Matrix);
        Eigen::MatrixXd typed = conv.answerMatrix;
        typed(0, 0) += 1;
        typeGrid(page, typed);
        shot(&page, "mock-convolution");
        const double cells = double(conv.answerMatrix.size());
        QTest::keyClick(questionView(page), Qt::Key_Return);
        QCOMPARE(page.session()->current(), 1);
        // 2. Layer sizes, all right.
        typeGrid(page, page.session()->attempt().item(1).question.answerMatrix);
        shot(&page, "mock-layers");
        QTest::keyClick(questionView(page), Qt::Key_Return);
        // 3. Spectral radius and verdict, then the four T/F/MC questions, all right.
        for (int i = 2; i < 8; ++i) {
            QCOMPARE(page.session()->current(), i);
            answerByKeys(page, true);
            QTest::keyClick(questionView(page), Qt::Key_Return);
        }
        auto *mock = page.findChild<MockResultsView *>(QStringLiteral("mockResultsView"));
        QTRY_VERIFY(currentScreen(page) == mock);
        QVERIFY(!page.isTimerRunning());
        auto *sheet = page.findChild<QTableView *>(QStringLiteral("mockSheet"));
        QAbstractItemModelTester tester(sheet->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Parts, total, graduate question, graduate total.
        QCOMPARE(sheet->model()->rowCount(), 7);
        const double convPoints = 20 * (cells - 1) / cells;
        const dlt::quiz::MockResult &r = mock->model()->result();
        QCOMPARE(r.sections[0].earned, convPoints);
        QCOMPARE(r.sections[1].earned, 20.0);
        QCOMPARE(r.sections[2].earned, 40.0);
        QCOMPARE(r.sections[3].earned, 20.0);
        QCOMPARE(r.earned, convPoints + 80);
        QCOMPARE(r.possible, 100.0);
        QCOMPARE(sheet->model()->index(4, MockSheetModel::Possible).data().toString(), QStringLiteral("100"));
        // Self-assess the graduate question: tick the first two criteria (6 + 5 points).
        QCOMPARE(r.graduateEarned, (convPoints + 80) * 0.8);
        QTest::mouseClick(mock->rubricBoxes()[0], Qt::LeftButton);
        QTest::mouseClick(mock->rubricBoxes()[1], Qt::LeftButton);
        QCOMPARE(mock->model()->result().rubricEarned, 11.0);
        QCOMPARE(mock->model()->result().graduateEarned, (convPoints + 80) * 0.8 + 11);
        shot(&page, "mock-results");
        // The review shows the per-cell credit of the convolution.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("mockReview")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == page.findChild<ResultsView *>(QStringLiteral("resultsView")));
        auto *review = page.findChild<QTableView *>(QStringLiteral("resultsReview"));
        QVERIFY(
            review->model()->index(0, QuizReviewModel::Verdict).data().toString().contains(QStringLiteral("partly")));
    }

    void mockTimerEndsTheExam()
    {
        QuizPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("mockTimer")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startMock")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        page.setTimeLeft(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(page.session()->isFinished(), 5000);
        QTRY_VERIFY(currentScreen(page) == page.findChild<MockResultsView *>(QStringLiteral("mockResultsView")));
        QCOMPARE(page.findChild<MockResultsView *>()->model()->result().earned, 0.0);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DLTutorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_quizpage"));
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(progressPath());
        QDir dir(QFileInfo(progressPath()).absolutePath());
        for (const QString &f : dir.entryList({ QStringLiteral("progress.corrupt-*") }))
            dir.remove(f);
    }

    void modelsPassTheTester()
    {
        QuizTopicModel topics;
        QAbstractItemModelTester t1(&topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        topics.setScores({ dlt::quiz::TopicScore { "conv", 4, 2, 3.5, 4 } });
        QCOMPARE(topics.rowCount(), 1);
        QCOMPARE(topics.data(topics.index(0, QuizTopicModel::Points)).toString(), QStringLiteral("3.5 of 4"));
        QCOMPARE(topics.data(topics.index(0, QuizTopicModel::Percent)).toString(), QStringLiteral("87.5 %")); // 3.5/4

        QuizReviewModel review;
        QAbstractItemModelTester t2(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setAttempt(dlt::quiz::Attempt::fromQuestions(bankio::builtinBank().questions, 1, true));
        QCOMPARE(review.rowCount(), int(bankio::builtinBank().questions.size()));

        QuizMatrixModel matrix;
        QAbstractItemModelTester t3(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setMatrix(Eigen::MatrixXd::Constant(2, 3, std::nan("")), true);
        QSignalSpy edited(&matrix, &QuizMatrixModel::edited);
        QVERIFY(matrix.setData(matrix.index(1, 2), QStringLiteral("−4.5")));
        QVERIFY(!matrix.setData(matrix.index(0, 0), QStringLiteral("abc")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(matrix.matrix()(1, 2), -4.5);
        QVERIFY(std::isnan(matrix.matrix()(0, 0)));
    }

    void builtinBankLoadsFromResources()
    {
        const auto &b = bankio::builtinBank();
        QVERIFY(b.questions.size() >= 44);
        QCOMPARE(QString::fromStdString(b.questions[0].id), QStringLiteral("seed-dropout-bagging"));
    }

    void takeQuizWithKeysAndImmediateFeedback()
    {
        QuizPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        shot(&page, "quiz-start");
        chooseTopic(page, QStringLiteral("Transfer learning"), 4, 11);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startQuiz")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        QCOMPARE(page.session()->count(), 4);
        QCOMPARE(page.session()->attempt().seed(), 11u);

        // Enter with no answer: a hint, no submission.
        QTest::keyClick(questionView(page), Qt::Key_Return);
        QVERIFY(!page.session()->attempt().item(0).submitted);
        QVERIFY(questionView(page)->findChild<QLabel *>(QStringLiteral("questionHint"))->isVisible());
        shot(&page, "quiz-question-before");

        for (int i = 0; i < 4; ++i) {
            QCOMPARE(page.session()->current(), i);
            answerByKeys(page, true);
            QTest::keyClick(questionView(page), Qt::Key_Return); // submit
            QTRY_VERIFY(feedbackShown(page));
            const QString fb = questionView(page)->findChild<QLabel *>(QStringLiteral("questionFeedback"))->text();
            QVERIFY2(fb.contains(QStringLiteral("Correct")), qPrintable(fb));
            QVERIFY(fb.contains(QStringLiteral("Why:")));
            if (i == 0)
                shot(&page, "quiz-question-after");
            QTest::keyClick(questionView(page), Qt::Key_Return); // next (or finish after the last)
        }
        QTRY_VERIFY(currentScreen(page) == page.findChild<ResultsView *>(QStringLiteral("resultsView")));
        const dlt::quiz::Summary s = page.session()->attempt().summary();
        QCOMPARE(s.correct, 4);
        QCOMPARE(s.earned, s.possible);
        auto *score = page.findChild<QLabel *>(QStringLiteral("resultsScore"));
        QVERIFY2(score->text().contains(QStringLiteral("100 %")), qPrintable(score->text()));
        auto *retake = page.findChild<QPushButton *>(QStringLiteral("retakeWrong"));
        QVERIFY(!retake->isEnabled()); // nothing wrong to retake
    }

    void wrongChoiceExplainsWhyAndArrowsMove()
    {
        QuizPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseTopic(page, QStringLiteral("LSTM, GRU and leaky units"), 9, 3);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startQuiz")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        // Move with the arrow keys to the leaky-units question from the seed.
        int target = -1;
        for (int i = 0; i < page.session()->count(); ++i)
            if (page.session()->attempt().item(i).question.id == "seed-leaky-units")
                target = i;
        QVERIFY(target >= 0);
        for (int i = 0; i < target; ++i)
            QTest::keyClick(questionView(page), Qt::Key_Right);
        QCOMPARE(page.session()->current(), target);
        QTest::keyClick(questionView(page), Qt::Key_Left);
        QCOMPARE(page.session()->current(), std::max(0, target - 1));
        if (target > 0)
            QTest::keyClick(questionView(page), Qt::Key_Right);
        QCOMPARE(page.session()->current(), target);

        // Click the text of option 4 (gated units), wherever the shuffle put it, then submit.
        const auto &item = page.session()->attempt().item(target);
        const int pos = int(std::find(item.choiceOrder.begin(), item.choiceOrder.end(), 3) - item.choiceOrder.begin());
        auto *label = questionView(page)->findChild<QLabel *>(QStringLiteral("choiceText%1").arg(pos + 1));
        QVERIFY(label);
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(questionView(page)->findChild<QAbstractButton *>(QStringLiteral("choice%1").arg(pos + 1))->isChecked());
        QTest::mouseClick(questionView(page)->findChild<QPushButton *>(QStringLiteral("submitAnswer")), Qt::LeftButton);
        QTRY_VERIFY(feedbackShown(page));
        const QString fb = questionView(page)->findChild<QLabel *>(QStringLiteral("questionFeedback"))->text();
        QVERIFY2(fb.contains(QStringLiteral("Wrong")), qPrintable(fb));
        QVERIFY(fb.contains(QStringLiteral("is wrong:")));
        QVERIFY(fb.contains(QStringLiteral("gated units (LSTM, GRU)")));
        QVERIFY(fb.contains(QStringLiteral("§10.9.2")));
        shot(&page, "quiz-question-wrong");
        // Locked after submitting: keys no longer change the answer.
        QTest::keyClick(questionView(page), Qt::Key(Qt::Key_1 + (pos + 1) % 4));
        QCOMPARE(page.session()->attempt().item(target).response.index, 3);
    }

    void feedbackAtEndResultsReviewAndRetake()
    {
        QuizPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseTopic(page, QStringLiteral("Vanishing and exploding gradients"), 6, 42);
        QTest::mouseClick(page.findChild<QRadioButton *>(QStringLiteral("feedbackAtEnd")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startQuiz")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        QVERIFY(!questionView(page)->findChild<QPushButton *>(QStringLiteral("submitAnswer"))->isVisible());
        // Right, wrong, right, wrong, right, skip.
        for (int i = 0; i < 6; ++i) {
            if (i < 5)
                answerByKeys(page, i % 2 == 0);
            QVERIFY(!feedbackShown(page)); // no feedback until the end
            QTest::keyClick(questionView(page), Qt::Key_Return);
        }
        auto *results = page.findChild<ResultsView *>(QStringLiteral("resultsView"));
        QTRY_VERIFY(currentScreen(page) == results);
        const auto &a = page.session()->attempt();
        const dlt::quiz::Summary s = a.summary();
        QCOMPARE(s.questions, 6);
        QCOMPARE(s.answered, 5);
        QCOMPARE(s.correct, 3);
        // Every question in this topic is worth 1 point and the wrong answers score 0 (every choice ticked, or off by
        // 1000).
        QCOMPARE(s.earned, 3.0);
        QCOMPARE(s.possible, 6.0);
        auto *topicView = page.findChild<QTableView *>(QStringLiteral("resultsTopics"));
        QCOMPARE(topicView->model()->rowCount(), 1);
        QCOMPARE(topicView->model()->index(0, QuizTopicModel::Percent).data().toString(), QStringLiteral("50 %"));
        auto *review = page.findChild<QTableView *>(QStringLiteral("resultsReview"));
        QCOMPARE(review->model()->rowCount(), 6);
        QCOMPARE(review->model()->index(5, QuizReviewModel::Yours).data().toString(), QStringLiteral("no answer"));
        shot(&page, "quiz-results");

        // Open question 2 from the review: feedback is shown, inputs locked, "Back to results" returns.
        // Click the row, then press Enter on it.
        const QRect r = review->visualRect(review->model()->index(1, QuizReviewModel::Topic));
        QTest::mouseClick(review->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(review->currentIndex().row(), 1);
        QTest::keyClick(review, Qt::Key_Return);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        QCOMPARE(page.session()->current(), 1);
        QVERIFY(feedbackShown(page));
        shot(&page, "quiz-review-question");
        QTest::mouseClick(
            questionView(page)->findChild<QPushButton *>(QStringLiteral("backToResults")), Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == results);

        // Retake only the three without full credit.
        const std::string secondId = a.item(1).question.id; // `a` is replaced by the retake
        auto *retake = page.findChild<QPushButton *>(QStringLiteral("retakeWrong"));
        QVERIFY(retake->isEnabled());
        QTest::mouseClick(retake, Qt::LeftButton);
        QTRY_VERIFY(currentScreen(page) == questionView(page));
        QCOMPARE(page.session()->count(), 3);
        QCOMPARE(page.session()->attempt().item(0).question.id, secondId);
    }

    void invalidBankShowsEveryProblemAndKeepsTheLoadedOne()
    {
        QuizPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto before = page.bank();
        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "dltutor-quiz", "version": 1, "questions": [
            {"id": "a", "topic": "t", "type": "essay", "prompt": "p", "answer": 1, "explanation": "e"},
            {"id": "a", "topic": "t", "type": "true_false", "prompt": "p", "answer": "yes", "explanation": "e"},
            {"topic": "t", "type": "single_choice", "prompt": "p", "choices": [], "answer": 0, "explanation": "e"}]})");
        f.close();
        page.setFileChooser([&] { return bad; });
        page.openBankAction()->trigger();
        auto *problems = page.findChild<QListWidget *>(QStringLiteral("bankProblems"));
        QTRY_VERIFY(problems->isVisible());
        // unknown type; duplicate id + answer kind; missing id + empty choices.
        QCOMPARE(problems->count(), 5);
        QVERIFY(problems->item(0)->text().contains(QStringLiteral("essay")));
        QVERIFY(problems->item(4)->text().contains(QStringLiteral("choices")));
        QVERIFY(page.bank() == before);
        QVERIFY(QSettings().value(QStringLiteral("quiz/bankPath")).toString().isEmpty());
        shot(&page, "quiz-bad-bank");

        // A valid GIFT bank replaces it, is remembered, and the replacement can be undone.
        const QString gift = m_tmp.filePath(QStringLiteral("mine.gift"));
        QFile g(gift);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("$CATEGORY: Mine\n\n::m1:: Two plus two is four. {T}\n\n::m2:: Pick b {~a =b ~c}\n");
        g.close();
        page.setFileChooser([&] { return gift; });
        page.openBankAction()->trigger();
        QTRY_COMPARE(int(page.bank().questions.size()), 2);
        QVERIFY(!problems->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("quiz/bankPath")).toString(), QFileInfo(gift).absoluteFilePath());
        QCOMPARE(page.undoStack()->count(), 1);
        {
            QuizPage second; // a restart remembers the bank
            QCOMPARE(int(second.bank().questions.size()), 2);
        }
        page.undoStack()->undo();
        QVERIFY(page.bank() == before);
        QVERIFY(QSettings().value(QStringLiteral("quiz/bankPath")).toString().isEmpty());
        page.undoStack()->redo();
        QCOMPARE(int(page.bank().questions.size()), 2);
    }

    void progressPersistsAndACorruptFileIsKeptAside()
    {
        {
            QuizPage page;
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            chooseTopic(page, QStringLiteral("Pooling"), 2, 9);
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startQuiz")), Qt::LeftButton);
            QTRY_VERIFY(currentScreen(page) == questionView(page));
            answerByKeys(page, true);
            QTest::mouseClick(
                questionView(page)->findChild<QPushButton *>(QStringLiteral("finishQuiz")), Qt::LeftButton);
            QTRY_VERIFY(page.session()->isFinished());
        }
        QFile f(progressPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        f.close();
        const auto parsed = dlt::quiz::parseProgress(saved.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(int(parsed->attempts.size()), 1);
        QCOMPARE(parsed->attempts[0].questions, 2);
        QCOMPARE(parsed->attempts[0].seed, 9u);
        {
            QuizPage page; // after a restart the totals are there
            auto *label = page.findChild<QLabel *>(QStringLiteral("progressLabel"));
            QVERIFY2(label->text().contains(QStringLiteral("1 attempt")), qPrintable(label->text()));
            QCOMPARE(page.findChild<QTableView *>(QStringLiteral("progressTable"))->model()->rowCount(), 1);
        }
        // Corrupt the file: the next start keeps it aside, says so, and does not crash.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": \"dltutor-progress\", \"version\": 1, \"attempts\": [{\"when\"");
        f.close();
        QuizPage page;
        auto *note = page.findChild<QLabel *>(QStringLiteral("progressNote"));
        QVERIFY(!note->text().isEmpty());
        QVERIFY2(note->text().contains(QStringLiteral("corrupt")), qPrintable(note->text()));
        const QString backup = page.progressStore()->backupPath();
        QVERIFY(QFile::exists(backup));
        QFile b(backup);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY(b.readAll().startsWith("{\"format\": \"dltutor-progress\", \"version\": 1, \"attempts\": [{\"when\""));
        QVERIFY(!QFile::exists(progressPath())); // moved, not overwritten
    }
};

QTEST_MAIN(TestQuizPage)
#include "test_quizpage.moc"
