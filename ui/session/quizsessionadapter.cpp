#include "pageadapter.h"

#include "pages/quizpage.h"
#include "quiz/quizstartview.h"

#include <QFileInfo>

PageAdapter quizSessionAdapter()
{
    PageAdapter a;
    a.id = QStringLiteral("quiz");
    a.capture = [](QWidget *page, dlt::session::Session &into) {
        auto *p = qobject_cast<QuizPage *>(page);
        const auto *view = page->findChild<QuizStartView *>();
        if (!p || !view)
            return;
        auto &s = into.quiz;
        s.bank = p->bankPath().toStdString();
        const QuizStartView::Settings v = view->settings();
        s.topics.reset();
        if (v.topics) {
            s.topics.emplace();
            for (const QString &t : *v.topics)
                s.topics->push_back(t.toStdString());
        }
        s.count = v.count;
        s.seed = v.seed;
        s.feedbackAtEnd = v.feedbackAtEnd;
        s.mockGraduate = v.mockGraduate;
        s.mockTimer = v.mockTimer;
        s.mockMinutes = v.mockMinutes;
    };
    a.apply = [](QWidget *page, const dlt::session::Session &from) {
        auto *p = qobject_cast<QuizPage *>(page);
        auto *view = page->findChild<QuizStartView *>();
        if (!p || !view)
            return;
        const auto &s = from.quiz;
        // The bank first: the topics to tick are the bank's. A bank that no longer loads is reported
        // on the start screen by the page, and the current bank stays.
        const QString bank = QString::fromStdString(s.bank);
        if (bank.isEmpty() && !p->bankPath().isEmpty())
            p->useBuiltinBank();
        else if (!bank.isEmpty() && QFileInfo(bank).absoluteFilePath() != QFileInfo(p->bankPath()).absoluteFilePath())
            p->openBank(bank);
        QuizStartView::Settings v = view->settings();
        v.topics.reset();
        if (s.topics) {
            v.topics.emplace();
            for (const std::string &t : *s.topics)
                v.topics->append(QString::fromStdString(t));
        }
        v.count = s.count;
        if (s.seed)
            v.seed = *s.seed;
        v.feedbackAtEnd = s.feedbackAtEnd;
        v.mockGraduate = s.mockGraduate;
        v.mockTimer = s.mockTimer;
        v.mockMinutes = s.mockMinutes;
        view->setSettings(v);
    };
    a.copySection = [](const dlt::session::Session &from, dlt::session::Session &to) { to.quiz = from.quiz; };
    a.watch = [](QWidget *, QObject *, const std::function<void()> &) {}; // every setting is an undo command
    return a;
}
