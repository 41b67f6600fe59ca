#pragma once

class QThreadPool;

/**
 * Long work started from the window (RNN analyses, all-steps exports, the image demo) runs on
 * threads that yield to the GUI thread: on a two-core laptop the work and its helper threads
 * would otherwise share both cores with the GUI thread as equals, and the window would stall for
 * tens of milliseconds whenever the scheduler picked them.
 */
namespace background {

/** A pool for long work started from the window; each task calls lowerCurrentThread() first. */
QThreadPool *pool();

/**
 * Lowers the calling thread's CPU priority for good (Linux: nice +10, which threads it starts
 * inherit; elsewhere QThread::LowPriority). Idempotent; returns whether the priority is now lower.
 * For threads owned by a background pool only: an unprivileged process cannot raise it again.
 */
bool lowerCurrentThread();

} // namespace background
