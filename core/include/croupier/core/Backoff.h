#pragma once
// Backoff: reconnect delays, exponential, with or without jitter. The n-th delay after a reset is
// cap_n = min(max, initial * 2^n); with jitter it is drawn uniformly from [cap_n / 2, cap_n], so
// agents that lost the same server do not all come back at the same instant. No delay ever
// exceeds `max`. The SDK's connection worker uses jitter; croupierctl (one client) does not.
// A value type used by one thread; not thread-safe.

#include <chrono>
#include <cstdint>
#include <random>

namespace croupier::core {

class Backoff {
public:
    Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, bool jitter = true,
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
    bool m_jitter;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

} // namespace croupier::core
