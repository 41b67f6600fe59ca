#pragma once

#include <QString>
#include <QStringList>

namespace dlt {
struct Error;
}

namespace cli {

/** Exit statuses of every subcommand. */
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

/** True when argv asks for the command line (a subcommand, --help or --version) rather than the window. */
bool isCliInvocation(int argc, char **argv);

/** Runs the subcommand named by argv[1]; returns the process exit status. */
int run(int argc, char **argv);

/** Sets XDG_RUNTIME_DIR to Qt's own fallback when unset, so Qt prints no warning on stderr. */
void ensureRuntimeDir();

/** Writes text to stdout as UTF-8, unchanged. */
void out(const QString &text);

/**
 * Reports bad input: one line "dltutor SUB: MESSAGE" on stderr, nothing on stdout.
 * Returns BadInput so callers can write `return cli::fail(...)`.
 */
int fail(const QString &subcommand, const QString &message);
int fail(const QString &subcommand, const dlt::Error &error);

} // namespace cli
