#include "Interrupter.h"

#include "ExitCodes.h"

#include <csignal>
#include <pthread.h>
#include <unistd.h>

namespace croupier::cli {
namespace {

sigset_t watchedSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR1); // only used to wake the thread when stopping
    return set;
}

} // namespace

Interrupter::Interrupter() {
    const sigset_t set = watchedSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    m_thread = std::thread([this] { run(); });
}

Interrupter::~Interrupter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    pthread_kill(m_thread.native_handle(), SIGUSR1);
    m_thread.join();
}

void Interrupter::setHandler(std::function<void()> handler) {
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

bool Interrupter::sleepFor(std::chrono::milliseconds duration) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, duration, [this] { return m_interrupted.load(); });
    return m_interrupted.load();
}

void Interrupter::run() {
    const sigset_t set = watchedSignals();
    for (;;) {
        int signal = 0;
        if (sigwait(&set, &signal) != 0) {
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                return;
            }
        }
        if (signal != SIGUSR1) {
            onSignal();
        }
    }
}

void Interrupter::onSignal() {
    std::lock_guard lock(m_mutex);
    if (m_interrupted.exchange(true) || !m_handler) {
        static constexpr char kNewline[] = "\n";
        [[maybe_unused]] auto n = ::write(STDERR_FILENO, kNewline, 1);
        ::_exit(kExitInterrupted);
    }
    m_wake.notify_all();
    m_handler();
}

} // namespace croupier::cli
