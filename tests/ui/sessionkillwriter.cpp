// Test helper for test_sessionkill: saves alternating large states in a tight loop with the production
// writers until it is killed. "session PATH" uses sessionfile::write, "progress PATH" ProgressStore::add.
// Prints "started" at once and "ready" once the first save is complete.

#include "sessionkillstates.h"

#include "quiz/progressstore.h"
#include "session/sessionfile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    const QString path = args[2];
    std::puts("started");
    std::fflush(stdout);
    bool ready = false;
    auto announce = [&] {
        if (!ready) {
            std::puts("ready");
            std::fflush(stdout);
            ready = true;
        }
    };
    if (args[1] == QStringLiteral("session")) {
        const dlt::session::Session states[2] = { killstates::session(0), killstates::session(1) };
        for (int i = 0;; i ^= 1) {
            if (!sessionfile::write(path, states[i]).ok())
                return 1;
            announce();
        }
    }
    ProgressStore store(path);
    if (store.load())
        return 3; // the file the last run left could not be read: the test reports it
    std::uint64_t next = store.progress().attempts.empty() ? 0 : store.progress().attempts.back().seed + 1;
    for (;; ++next) {
        if (store.add(killstates::record(next)))
            return 1;
        announce();
    }
}
