#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace background {

namespace {

// nice +10: the scheduler's weight for the thread drops from 1024 to 110, so a GUI thread that
// wakes up (a timer, a repaint) runs at once while the work still gets the idle cores in full.
constexpr int kNiceIncrement = 10;

Q_GLOBAL_STATIC(QThreadPool, s_pool) // destroyed at exit, after waiting for a running task

} // namespace

QThreadPool *pool()
{
    static const bool configured = [] {
        s_pool->setObjectName(QStringLiteral("backgroundPool"));
        return true;
    }();
    Q_UNUSED(configured);
    return s_pool;
}

bool lowerCurrentThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return true;
#if defined(Q_OS_LINUX)
    // On Linux nice is per thread (the "process" here is the thread id) and new threads inherit it;
    // QThread::setPriority cannot express it (SCHED_OTHER has one static priority).
    const pid_t tid = gettid();
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(tid));
    if (errno != 0)
        return false;
    lowered = setpriority(PRIO_PROCESS, static_cast<id_t>(tid), std::min(current + kNiceIncrement, 19)) == 0;
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
    lowered = true;
#endif
    return lowered;
}

} // namespace background
