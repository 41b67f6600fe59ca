// Long work started from the window runs on threads that yield to the GUI thread: on Linux,
// background::lowerCurrentThread() raises the calling thread's nice value by 10 (threads it
// starts inherit it) and leaves the GUI thread alone.

#include "background/backgroundpool.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <algorithm>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

int niceOfThisThread()
{
#if defined(Q_OS_LINUX)
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
#else
    return 0;
#endif
}

struct Seen {
    bool lowered = false;
    bool loweredAgain = false;
    int before = 0;
    int after = 0;
    int afterSecondCall = 0;
    int child = 0;
};

} // namespace

class TestBackgroundPool : public QObject
{
    Q_OBJECT

private slots:
    void workThreadsYieldAndTheGuiThreadDoesNot()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("nice values are Linux-only");
#else
        const int gui = niceOfThisThread();
        const Seen seen = QtConcurrent::run(background::pool(), [] {
                              Seen s;
                              s.before = niceOfThisThread();
                              s.lowered = background::lowerCurrentThread();
                              s.after = niceOfThisThread();
                              s.loweredAgain = background::lowerCurrentThread();
                              s.afterSecondCall = niceOfThisThread();
                              std::thread helper([&s] { s.child = niceOfThisThread(); }); // like LAPACK's
                              helper.join();
                              return s;
                          }).result();
        QVERIFY(seen.lowered);
        QVERIFY(seen.loweredAgain);
        // +10, but never past 19 (the lowest priority there is).
        QCOMPARE(seen.after, std::min(seen.before + 10, 19));
        QCOMPARE(seen.afterSecondCall, seen.after); // once per thread, not +10 per call
        QCOMPARE(seen.child, seen.after);           // inherited by threads it starts
        QCOMPARE(niceOfThisThread(), gui);           // the GUI thread keeps its priority
        QCOMPARE(background::pool()->objectName(), QStringLiteral("backgroundPool"));
#endif
    }
};

QTEST_MAIN(TestBackgroundPool)
#include "test_backgroundpool.moc"
