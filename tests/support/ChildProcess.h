#pragma once
// A real child process for the integration and end-to-end tests (croupierctl, croupier-server,
// the demo agent): posix_spawn (safe in a process full of gRPC threads), stdin from /dev/null,
// a given text or a given fd (a pseudo-terminal, say), stdout and stderr captured through pipes
// by a reader thread, signals default and unblocked in the child, the environment this
// process's with replacements. The destructor kills it (SIGKILL) if still running.
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
    // constructor returns), else /dev/null. Throws std::runtime_error when it cannot start.
    ChildProcess(const std::string& path, const std::vector<std::string>& args,
                 const std::vector<std::string>& env = {},
                 const std::optional<std::string>& input = std::nullopt, int stdinFd = -1);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool running();
    void sendSignal(int signal);
    // Waits for the exit; after `timeout` kills it and reports timedOut.
    ProcessResult wait(std::chrono::milliseconds timeout);
    // SIGTERM, then SIGKILL after `grace`. Returns the exit code (128+signal for a signal),
    // nullopt when even SIGKILL did not end it within 5 s.
    std::optional<int> stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    std::string out() const;
    std::string err() const;
    // Waits until `needle` appears in stderr or stdout (or the process ends).
    bool waitForOutput(const std::string& needle,
                       std::chrono::milliseconds timeout = std::chrono::seconds(20));

private:
    void readPipes(int outFd, int errFd);
    // Reaps the child if it ended within `timeout`; true when it has been reaped.
    bool reap(std::chrono::milliseconds timeout);
    bool contains(const std::string& needle) const;

    pid_t m_pid = -1;
    std::optional<int> m_status; // waitpid's status once reaped
    std::thread m_reader;
    mutable std::mutex m_mutex; // guards m_out, m_err
    std::string m_out;
    std::string m_err;
};

// Starts, waits, returns.
ProcessResult runProcess(const std::string& path, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout = std::chrono::seconds(60),
                         const std::vector<std::string>& env = {},
                         const std::optional<std::string>& input = std::nullopt);

} // namespace croupier::testing
