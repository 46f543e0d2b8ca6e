#include "croupier/server/Scheduler.h"

namespace croupier::server {

namespace {
// Upper bound on one wait, so a real clock that jumps (NTP) is noticed within a second.
constexpr auto kMaxWait = std::chrono::seconds(1);
} // namespace

Scheduler::Scheduler(core::Clock& clock) : m_clock(clock) {
    m_clock.onAdvance([weak = std::weak_ptr<Wake>(m_wakeState)] {
        if (auto wake = weak.lock()) {
            std::lock_guard lock(wake->mutex);
            wake->cv.notify_all();
        }
    });
    m_thread = std::thread([this] { run(); });
}

Scheduler::~Scheduler() { stop(); }

void Scheduler::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            return;
        }
        m_stopping = true;
        m_timers.clear();
        m_index.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

Scheduler::TimerId Scheduler::scheduleAt(core::TimePoint when, std::function<void()> fn) {
    std::lock_guard lock(m_mutex);
    if (m_stopping) {
        return 0;
    }
    const TimerId id = m_nextId++;
    const bool earliest = m_timers.empty() || when < m_timers.begin()->first.first;
    m_timers.emplace(std::make_pair(when, id), std::move(fn));
    m_index.emplace(id, when);
    if (earliest) {
        m_wake.notify_all();
    }
    return id;
}

Scheduler::TimerId Scheduler::scheduleAfter(std::chrono::milliseconds delay,
                                            std::function<void()> fn) {
    return scheduleAt(m_clock.now() + delay, std::move(fn));
}

bool Scheduler::cancel(TimerId id) {
    std::lock_guard lock(m_mutex);
    auto it = m_index.find(id);
    if (it == m_index.end()) {
        return false;
    }
    m_timers.erase(std::make_pair(it->second, id));
    m_index.erase(it);
    return true;
}

void Scheduler::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_timers.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto now = m_clock.now();
        auto first = m_timers.begin();
        if (first->first.first > now) {
            if (m_clock.isFake()) {
                m_wake.wait(lock); // only advance() or a new timer moves things
            } else {
                const auto wait = std::min<std::chrono::nanoseconds>(first->first.first - now,
                                                                     kMaxWait);
                m_wake.wait_for(lock, wait);
            }
            continue;
        }
        auto fn = std::move(first->second);
        m_index.erase(first->first.second);
        m_timers.erase(first);
        lock.unlock();
        fn();
        lock.lock();
    }
}

} // namespace croupier::server
