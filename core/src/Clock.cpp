#include "croupier/core/Clock.h"

#include <utility>

namespace croupier::core {

FakeClock::FakeClock(TimePoint start)
    : m_now(start) {}

TimePoint FakeClock::now() const {
    std::lock_guard lock(m_mutex);
    return m_now;
}

void FakeClock::advance(std::chrono::milliseconds by) {
    std::vector<std::function<void()>> listeners;
    {
        std::lock_guard lock(m_mutex);
        m_now += by;
        listeners = m_listeners;
    }
    // Called outside the mutex: a listener typically calls now() or registers more work.
    for (const auto& listener : listeners) {
        listener();
    }
}

void FakeClock::onAdvance(std::function<void()> callback) {
    if (!callback) {
        return;
    }
    std::lock_guard lock(m_mutex);
    m_listeners.push_back(std::move(callback));
}

} // namespace croupier::core
