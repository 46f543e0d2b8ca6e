#pragma once
// Reconnect delays for the watch and follow streams: 0.5 s doubling to 10 s, back to the start
// after a stream that worked. Deterministic (no jitter: one client, not a fleet).
// Single-threaded value type.

#include <algorithm>
#include <chrono>

namespace croupier::cli {

class Backoff {
public:
    explicit Backoff(std::chrono::milliseconds initial = std::chrono::milliseconds(500),
                     std::chrono::milliseconds max = std::chrono::seconds(10))
        : m_initial(initial)
        , m_max(max)
        , m_next(initial) {}

    // The delay before the next attempt; each call doubles the following one up to max.
    std::chrono::milliseconds next() {
        const auto current = m_next;
        m_next = std::min(m_next * 2, m_max);
        return current;
    }
    void reset() { m_next = m_initial; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    std::chrono::milliseconds m_next;
};

} // namespace croupier::cli
