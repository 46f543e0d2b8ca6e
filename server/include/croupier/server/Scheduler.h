#pragma once
// Runs callbacks at given times (call deadlines, job timeouts, liveness sweeps) on one thread of
// its own. Time comes from a core::Clock, so tests drive it with a FakeClock: advancing the fake
// clock wakes the scheduler at once. Callbacks must be short and must not block; they may
// schedule or cancel timers. Owned by the Server; stop() (or the destructor) joins the thread.

#include "croupier/core/Clock.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace croupier::server {

class Scheduler {
public:
    using TimerId = std::uint64_t;

    explicit Scheduler(core::Clock& clock);
    ~Scheduler();
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    // Runs `fn` once at `when` (or soon, if `when` has passed). Thread-safe.
    TimerId scheduleAt(core::TimePoint when, std::function<void()> fn);
    TimerId scheduleAfter(std::chrono::milliseconds delay, std::function<void()> fn);
    // Returns false when the timer already ran or was cancelled. Thread-safe.
    bool cancel(TimerId id);
    void stop();

    core::Clock& clock() { return m_clock; }

private:
    void run();

    core::Clock& m_clock;
    // Shared with the clock's advance listener, which may outlive this scheduler.
    struct Wake {
        std::mutex mutex;  // guards m_timers, m_index, m_nextId, m_stopping (below)
        std::condition_variable cv;
    };
    std::shared_ptr<Wake> m_wakeState = std::make_shared<Wake>();
    std::mutex& m_mutex = m_wakeState->mutex;
    std::condition_variable& m_wake = m_wakeState->cv;
    // Ordered by (deadline, id); m_index maps id -> deadline for cancel().
    std::map<std::pair<core::TimePoint, TimerId>, std::function<void()>> m_timers;
    std::map<TimerId, core::TimePoint> m_index;
    TimerId m_nextId = 1;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace croupier::server
