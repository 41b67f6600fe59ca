#pragma once

class QThreadPool;

namespace imagedemo {

/**
 * The one worker thread of the image demo: filtering and the smooth scaling of big images run
 * on it one after another, so on a two-core laptop a whole core stays free for the GUI thread.
 */
QThreadPool *workerPool();

} // namespace imagedemo
