#include "ChildProcess.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace croupier::testing {
namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

ChildProcess::ChildProcess(std::vector<std::string> argv, const std::filesystem::path& logBase)
    : m_outPath(logBase.string() + ".out"), m_errPath(logBase.string() + ".err") {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, m_outPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, m_errPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> args;
    for (auto& a : argv) {
        args.push_back(a.data());
    }
    args.push_back(nullptr);
    if (posix_spawn(&m_pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        m_pid = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
}

ChildProcess::~ChildProcess() {
    if (running()) {
        signal(SIGKILL);
        wait(std::chrono::seconds(5));
    }
}

bool ChildProcess::running() {
    if (m_pid <= 0 || m_exit) {
        return false;
    }
    return !wait(std::chrono::milliseconds(0)).has_value();
}

void ChildProcess::signal(int sig) {
    if (m_pid > 0 && !m_exit) {
        ::kill(m_pid, sig);
    }
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
    if (m_exit || m_pid <= 0) {
        return m_exit;
    }
    const auto end = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            return m_exit;
        }
        if (r < 0 || std::chrono::steady_clock::now() >= end) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::optional<int> ChildProcess::stop(std::chrono::milliseconds grace) {
    signal(SIGTERM);
    if (auto code = wait(grace)) {
        return code;
    }
    signal(SIGKILL);
    return wait(std::chrono::seconds(5));
}

std::string ChildProcess::out() const { return slurp(m_outPath); }
std::string ChildProcess::err() const { return slurp(m_errPath); }

bool ChildProcess::waitForOutput(const std::string& needle, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        if (err().find(needle) != std::string::npos || out().find(needle) != std::string::npos) {
            return true;
        }
        if (!running()) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return err().find(needle) != std::string::npos || out().find(needle) != std::string::npos;
}

RunResult runProcess(std::vector<std::string> argv, const std::filesystem::path& logBase,
                     std::chrono::milliseconds timeout) {
    ChildProcess p(std::move(argv), logBase);
    RunResult r;
    auto code = p.wait(timeout);
    if (!code) {
        p.signal(SIGKILL);
        code = p.wait(std::chrono::seconds(5));
    }
    r.exitCode = code.value_or(-1);
    r.out = p.out();
    r.err = p.err();
    return r;
}

} // namespace croupier::testing
