#pragma once
// Ctrl-C (SIGINT) and SIGTERM for croupierctl. Constructed first thing in main, it blocks both
// signals in every thread and waits for them on its own thread with sigwait, so no signal
// handler runs arbitrary code. Without a handler installed, a signal ends the process at once
// with exit status 130 (a blocking unary call is simply abandoned). While a command streams
// (watch, follow) it installs a handler that cancels the stream, and the command ends politely;
// a second Ctrl-C still ends the process at once.
// Threads: the handler runs on the signal thread; every method is thread-safe.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace croupier::cli {

class Interrupter {
public:
    Interrupter();
    ~Interrupter();
    Interrupter(const Interrupter&) = delete;
    Interrupter& operator=(const Interrupter&) = delete;

    // `handler` runs on the signal thread at the first signal; replace with {} to remove.
    void setHandler(std::function<void()> handler);
    bool interrupted() const { return m_interrupted.load(); }
    // Sleeps up to `duration`, waking early on a signal; returns interrupted().
    bool sleepFor(std::chrono::milliseconds duration);

private:
    void run();
    void onSignal();

    std::mutex m_mutex; // guards m_handler, m_stopping; with m_wake for sleepFor
    std::condition_variable m_wake;
    std::function<void()> m_handler;
    bool m_stopping = false;
    std::atomic<bool> m_interrupted{false};
    std::thread m_thread;
};

} // namespace croupier::cli
