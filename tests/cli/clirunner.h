#pragma once

// Runs the real dltutor binary with arguments and optional stdin, capturing
// stdout, stderr and the exit status. Header-only; POSIX.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char **environ;

namespace clitest {

struct RunResult {
    int exitCode = -1;   ///< exit status, or 128+signal when killed
    std::string out;
    std::string err;
};

inline RunResult run(const std::vector<std::string> &args, const std::string &stdinText = {}, int timeoutSeconds = 60)
{
    int inPipe[2], outPipe[2], errPipe[2];
    if (pipe(inPipe) || pipe(outPipe) || pipe(errPipe))
        throw std::runtime_error("pipe failed");

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, inPipe[0], 0);
    posix_spawn_file_actions_adddup2(&fa, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, errPipe[1], 2);
    for (int fd : {inPipe[0], inPipe[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
        posix_spawn_file_actions_addclose(&fa, fd);

    std::vector<std::string> argvStore;
    argvStore.push_back(DLTUTOR_BIN);
    argvStore.insert(argvStore.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &a : argvStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, DLTUTOR_BIN, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(inPipe[0]);
    close(outPipe[1]);
    close(errPipe[1]);
    if (rc != 0)
        throw std::runtime_error("posix_spawn failed");

    signal(SIGPIPE, SIG_IGN);
    size_t written = 0;
    int inFd = inPipe[1];
    if (stdinText.empty()) {
        close(inFd);
        inFd = -1;
    } else {
        fcntl(inFd, F_SETFL, O_NONBLOCK);
    }

    RunResult r;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    bool outOpen = true, errOpen = true;
    char buf[65536];
    while (outOpen || errOpen) {
        std::vector<pollfd> fds;
        if (outOpen) fds.push_back({outPipe[0], POLLIN, 0});
        if (errOpen) fds.push_back({errPipe[0], POLLIN, 0});
        if (inFd >= 0) fds.push_back({inFd, POLLOUT, 0});
        const int n = poll(fds.data(), fds.size(), 200);
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            break;
        }
        if (n <= 0)
            continue;
        for (const pollfd &p : fds) {
            if (p.fd == inFd && (p.revents & (POLLOUT | POLLERR | POLLHUP))) {
                const ssize_t w = write(inFd, stdinText.data() + written, stdinText.size() - written);
                if (w > 0) written += size_t(w);
                if (w < 0 || written >= stdinText.size()) {
                    close(inFd);
                    inFd = -1;
                }
            } else if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t got = read(p.fd, buf, sizeof buf);
                std::string &sink = p.fd == outPipe[0] ? r.out : r.err;
                if (got > 0) {
                    sink.append(buf, size_t(got));
                } else {
                    (p.fd == outPipe[0] ? outOpen : errOpen) = false;
                }
            }
        }
    }
    if (inFd >= 0) close(inFd);
    close(outPipe[0]);
    close(errPipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

/** The test data folder tests/cli/data. */
inline std::string dataPath(const std::string &name) { return std::string(DLTUTOR_TESTDATA) + "/" + name; }

/** Writes text to a fresh temporary file and returns its path. */
inline std::string tempFile(const std::string &text, const std::string &suffix = ".txt")
{
    std::string pattern = (std::getenv("TMPDIR") ? std::string(std::getenv("TMPDIR")) : std::string("/tmp")) + "/dltutor-cli-XXXXXX" + suffix;
    const int fd = mkstemps(pattern.data(), int(suffix.size()));
    if (fd < 0)
        throw std::runtime_error("mkstemps failed");
    close(fd);
    std::ofstream(pattern, std::ios::binary) << text;
    return pattern;
}

/** Number of '\n'-terminated lines. */
inline int lineCount(const std::string &s)
{
    int n = 0;
    for (char c : s)
        n += c == '\n';
    return n;
}

} // namespace clitest
