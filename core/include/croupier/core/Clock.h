#pragma once
// Time source for everything that decides by time (liveness, timeouts, expiry, rate limits), so
// tests can drive time with FakeClock. Wall-clock time points (unix epoch based).

#include <chrono>
#include <functional>
#include <mutex>
#include <vector>

namespace croupier::core {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
    // Called (from the thread that moved time) whenever time jumps; the real clock never calls
    // it. Lets a scheduler waiting for a deadline re-check at once under a fake clock.
    virtual void onAdvance(std::function<void()> callback) { (void)callback; }
    // True for clocks that only move when told to.
    virtual bool isFake() const { return false; }
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// Starts at a fixed instant and moves only on advance(). Thread-safe.
class FakeClock final : public Clock {
public:
    explicit FakeClock(TimePoint start = TimePoint(std::chrono::seconds(1'800'000'000)));
    TimePoint now() const override;
    void advance(std::chrono::milliseconds by);
    void onAdvance(std::function<void()> callback) override;
    bool isFake() const override { return true; }

private:
    mutable std::mutex m_mutex;  // guards m_now and m_listeners
    TimePoint m_now;
    std::vector<std::function<void()>> m_listeners;
};

inline std::int64_t toUnixMs(TimePoint t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}
inline TimePoint fromUnixMs(std::int64_t ms) {
    return TimePoint(std::chrono::milliseconds(ms));
}

} // namespace croupier::core
