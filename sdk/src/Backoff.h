#pragma once
// Backoff: reconnect delays, exponential with jitter. The n-th delay after a reset is drawn
// uniformly from [cap_n / 2, cap_n] with cap_n = min(max, initial * 2^n), so agents that lost the
// same server do not all come back at the same instant, and no delay ever exceeds `max`.
// Used by the connection worker only; not thread-safe.

#include <chrono>
#include <cstdint>
#include <random>

namespace croupier::sdk::detail {

class Backoff {
public:
    Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
            std::uint64_t seed = std::random_device{}());

    // The next delay; grows until it reaches `max`.
    std::chrono::milliseconds next();
    // After a healthy connection: the next delay is short again.
    void reset() { m_attempt = 0; }

    // The upper bound of the next delay (before jitter), for tests and logs.
    std::chrono::milliseconds ceiling() const;

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

} // namespace croupier::sdk::detail
