#include "imagedemopool.h"

#include <QThreadPool>

namespace imagedemo {

namespace {
Q_GLOBAL_STATIC(QThreadPool, s_pool) // destroyed at exit, after waiting for a running task
} // namespace

QThreadPool *workerPool()
{
    static const bool configured = [] {
        s_pool->setObjectName(QStringLiteral("imageDemoPool"));
        s_pool->setMaxThreadCount(1);
        s_pool->setThreadPriority(QThread::LowPriority); // on Linux tasks call background::lowerCurrentThread()
        return true;
    }();
    Q_UNUSED(configured);
    return s_pool;
}

} // namespace imagedemo
