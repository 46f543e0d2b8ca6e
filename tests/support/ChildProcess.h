#pragma once
// A real child process for end-to-end tests: started with posix_spawn, its stdout and stderr
// captured to files, stopped with a signal. The destructor kills it (SIGKILL) if still running.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace croupier::testing {

class ChildProcess {
public:
    // Starts `argv[0]` with the arguments; output goes to `<logBase>.out` / `<logBase>.err`.
    ChildProcess(std::vector<std::string> argv, const std::filesystem::path& logBase);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool started() const { return m_pid > 0; }
    pid_t pid() const { return m_pid; }
    bool running();
    void signal(int sig);
    // Waits for exit; returns the exit code (128+signal for a signal), nullopt on timeout.
    std::optional<int> wait(std::chrono::milliseconds timeout);
    // SIGTERM, then SIGKILL after `grace`.
    std::optional<int> stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    std::string out() const;
    std::string err() const;
    // Waits until `needle` appears in stderr or stdout (or the process ends).
    bool waitForOutput(const std::string& needle,
                       std::chrono::milliseconds timeout = std::chrono::seconds(20));

private:
    pid_t m_pid = -1;
    std::optional<int> m_exit;
    std::filesystem::path m_outPath;
    std::filesystem::path m_errPath;
};

// Runs a command to completion (with a timeout); returns exit code and captured output.
struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};
RunResult runProcess(std::vector<std::string> argv, const std::filesystem::path& logBase,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60));

} // namespace croupier::testing
