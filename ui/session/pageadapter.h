#pragma once

#include "session/session.h"

#include <QString>

#include <functional>
#include <vector>

class QObject;
class QWidget;

/**
 * How the session controller reaches one page: copy its inputs into a Session, put them back,
 * and listen to the changes that do not go through its undo stack (shown step, display mode, ...).
 * One small file per page (convsessionadapter.cpp, ...); every function takes the page widget
 * the main window built for the topic id.
 */
struct PageAdapter {
    QString id; ///< the topic id ("conv", "vgg", "rnn", "quiz", "graph")
    /** Copies the page's inputs into its section of into. */
    std::function<void(QWidget *page, dlt::session::Session &into)> capture;
    /** Shows from's section on the page (the controller then clears the page's undo stack). */
    std::function<void(QWidget *page, const dlt::session::Session &from)> apply;
    /** Copies this page's section from one session to another (for pages not built yet). */
    std::function<void(const dlt::session::Session &from, dlt::session::Session &to)> copySection;
    /** Calls changed() on every change of saved state that does not push an undo command. */
    std::function<void(QWidget *page, QObject *context, const std::function<void()> &changed)> watch;
};

/** The adapters of every page that has inputs to save, in topic order. */
const std::vector<PageAdapter> &pageAdapters();

PageAdapter convSessionAdapter();
PageAdapter vggSessionAdapter();
PageAdapter rnnSessionAdapter();
PageAdapter quizSessionAdapter();
PageAdapter graphSessionAdapter();
