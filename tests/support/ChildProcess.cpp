#include "ChildProcess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace croupier::testing {
namespace {

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings) {
        out.push_back(s.data());
    }
    out.push_back(nullptr);
    return out;
}

// Default dispositions and an empty mask, whatever the test process set up.
void resetSignals(posix_spawnattr_t& attr) {
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGCHLD}) {
        sigaddset(&defaults, s);
    }
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
}

// This process's environment with `changes` ("NAME=value"; "NAME=" removes NAME) applied.
std::vector<std::string> environment(const std::vector<std::string>& changes) {
    std::vector<std::string> out;
    auto nameOf = [](const std::string& entry) {
        return entry.substr(0, entry.find('=') + 1);
    };
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry(*e);
        bool replaced = false;
        for (const auto& c : changes) {
            replaced = replaced || nameOf(c) == nameOf(entry);
        }
        if (!replaced) {
            out.push_back(entry);
        }
    }
    for (const auto& c : changes) {
        if (c.back() != '=') {
            out.push_back(c);
        }
    }
    return out;
}

// Writes `text` to the child's stdin and closes it (EOF after the text). A child that exited
// already makes the write fail with EPIPE; its SIGPIPE is blocked and discarded, not fatal.
void feed(int fd, const std::string& text) {
    sigset_t pipeSignal;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    sigset_t old;
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &old);
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0 && errno != EINTR) {
            break;
        }
        done += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    ::close(fd);
    const timespec now{0, 0};
    while (sigtimedwait(&pipeSignal, nullptr, &now) == SIGPIPE) {
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

} // namespace

ChildProcess::ChildProcess(const std::string& path, const std::vector<std::string>& args,
                           const std::vector<std::string>& env,
                           const std::optional<std::string>& input, int stdinFd) {
    int out[2];
    int err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe2 failed");
    }
    std::vector<std::string> argv{path};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<std::string> envp = environment(env);
    int in[2] = {-1, -1};
    if (input && pipe2(in, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe2 failed");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdinFd >= 0) {
        posix_spawn_file_actions_adddup2(&actions, stdinFd, 0);
    } else if (input) {
        posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    }
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    resetSignals(attr);
    auto argvp = pointers(argv);
    auto envpp = pointers(envp);
    const int rc = posix_spawn(&m_pid, path.c_str(), &actions, &attr, argvp.data(), envpp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(out[1]);
    ::close(err[1]);
    if (input) {
        ::close(in[0]);
        feed(in[1], rc == 0 ? *input : std::string());
    }
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        throw std::runtime_error("posix_spawn " + path + ": " + std::strerror(rc));
    }
    m_reader = std::thread([this, o = out[0], e = err[0]] { readPipes(o, e); });
}

ChildProcess::~ChildProcess() {
    wait(std::chrono::milliseconds(0));
}

void ChildProcess::readPipes(int outFd, int errFd) {
    pollfd fds[2] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}};
    int open = 2;
    char buffer[4096];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) {
            break;
        }
        for (auto& p : fds) {
            if (p.fd < 0 || (p.revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
                continue;
            }
            const ssize_t n = ::read(p.fd, buffer, sizeof buffer);
            if (n <= 0) {
                ::close(p.fd);
                p.fd = -1;
                --open;
                continue;
            }
            std::lock_guard lock(m_mutex);
            (p.fd == outFd ? m_out : m_err).append(buffer, static_cast<std::size_t>(n));
        }
    }
}

bool ChildProcess::reap(std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!m_status) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_status = status;
        } else if (done < 0 || std::chrono::steady_clock::now() >= end) {
            return false;
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    // Ended: the pipes close, so the reader has all the output once joined.
    if (m_reader.joinable()) {
        m_reader.join();
    }
    return true;
}

bool ChildProcess::running() {
    return !reap(std::chrono::milliseconds(0));
}

void ChildProcess::sendSignal(int signal) {
    if (!m_status) {
        ::kill(m_pid, signal);
    }
}

ProcessResult ChildProcess::wait(std::chrono::milliseconds timeout) {
    ProcessResult result;
    if (!reap(timeout)) {
        result.timedOut = true;
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_status = status;
        reap(std::chrono::milliseconds(0));
    }
    if (WIFEXITED(*m_status)) {
        result.exitCode = WEXITSTATUS(*m_status);
    } else if (WIFSIGNALED(*m_status)) {
        result.signal = WTERMSIG(*m_status);
    }
    result.out = out();
    result.err = err();
    return result;
}

std::optional<int> ChildProcess::stop(std::chrono::milliseconds grace) {
    sendSignal(SIGTERM);
    if (!reap(grace)) {
        sendSignal(SIGKILL);
        if (!reap(std::chrono::seconds(5))) {
            return std::nullopt;
        }
    }
    return WIFEXITED(*m_status) ? WEXITSTATUS(*m_status) : 128 + WTERMSIG(*m_status);
}

std::string ChildProcess::out() const {
    std::lock_guard lock(m_mutex);
    return m_out;
}

std::string ChildProcess::err() const {
    std::lock_guard lock(m_mutex);
    return m_err;
}

bool ChildProcess::contains(const std::string& needle) const {
    return err().find(needle) != std::string::npos || out().find(needle) != std::string::npos;
}

bool ChildProcess::waitForOutput(const std::string& needle, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        if (contains(needle) || !running()) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return contains(needle);
}

ProcessResult runProcess(const std::string& path, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout, const std::vector<std::string>& env,
                         const std::optional<std::string>& input) {
    ChildProcess child(path, args, env, input);
    return child.wait(timeout);
}

} // namespace croupier::testing
