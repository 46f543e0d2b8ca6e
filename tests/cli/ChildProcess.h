#pragma once
// Runs a program as a child process for the croupierctl integration tests: posix_spawn (safe in
// a process full of gRPC threads), stdin from /dev/null or a given text, stdout and stderr
// captured through pipes by a reader thread, signals default and unblocked in the child,
// SIGKILL on timeout.
// Owned by the test; every method may be called from the test thread.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace croupier::testing {

struct ProcessResult {
    int exitCode = -1;     // -1 when killed by a signal
    int signal = 0;        // the signal that ended it, if any
    bool timedOut = false; // it was killed because it overran the timeout
    std::string out;
    std::string err;
};

class ChildProcess {
public:
    // Starts `path` with `args`; `env` entries ("NAME=value") replace or add to this process's
    // environment ("NAME=" with nothing after it removes NAME). Stdin is `stdinFd` when >= 0
    // (a pseudo-terminal, say), else reads `input` (small: it is written before the
    // constructor returns), else /dev/null.
    ChildProcess(const std::string& path, const std::vector<std::string>& args,
                 const std::vector<std::string>& env = {},
                 const std::optional<std::string>& input = std::nullopt, int stdinFd = -1);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    void sendSignal(int signal);
    // Waits for the exit; after `timeout` kills it and reports timedOut.
    ProcessResult wait(std::chrono::milliseconds timeout);

    std::string out() const;
    std::string err() const;

private:
    void readPipes(int outFd, int errFd);

    pid_t m_pid = -1;
    bool m_reaped = false;
    std::thread m_reader;
    mutable std::mutex m_mutex; // guards m_out, m_err
    std::string m_out;
    std::string m_err;
};

// Starts, waits, returns.
ProcessResult runProcess(const std::string& path, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout = std::chrono::seconds(30),
                         const std::vector<std::string>& env = {},
                         const std::optional<std::string>& input = std::nullopt);

} // namespace croupier::testing
