// Scheduler under a FakeClock: timers fire in deadline order once the clock reaches them and
// never earlier, cancel works once, callbacks may schedule more, stop() does not wait for
// pending timers, and a clock that outlives its scheduler may still be advanced.
//
// "Not fired yet" is checked without sleeping: settle() schedules a probe due now and waits for
// it. The scheduler runs due timers one at a time in (deadline, id) order, so once the probe
// has run every timer that was due has run too.

#include "croupier/server/Scheduler.h"

#include <atomic>
#include <condition_variable>
#include <gtest/gtest.h>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;

// Names of fired timers, in firing order; wait() blocks until `n` have fired.
class FireLog {
public:
    std::function<void()> entry(std::string name) {
        return [this, name] {
            add(name);
        };
    }
    void add(const std::string& name) {
        {
            std::lock_guard lock(m_mutex);
            m_names.push_back(name);
        }
        m_cv.notify_all();
    }
    bool waitCount(std::size_t n) {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, 10s, [&] { return m_names.size() >= n; });
    }
    std::vector<std::string> names() const {
        std::lock_guard lock(m_mutex);
        return m_names;
    }

private:
    mutable std::mutex m_mutex; // guards m_names
    std::condition_variable m_cv;
    std::vector<std::string> m_names;
};

// Returns once every timer due at the clock's current time has run.
void settle(Scheduler& scheduler) {
    struct Probe {
        std::mutex mutex; // guards ran
        std::condition_variable cv;
        bool ran = false;
    };
    auto probe = std::make_shared<Probe>(); // shared: the timer may outlive a failed wait
    scheduler.scheduleAt(scheduler.clock().now(), [probe] {
        std::lock_guard lock(probe->mutex);
        probe->ran = true;
        probe->cv.notify_all();
    });
    std::unique_lock lock(probe->mutex);
    ASSERT_TRUE(probe->cv.wait_for(lock, 10s, [&] { return probe->ran; }))
        << "scheduler did not run";
}

TEST(SchedulerTest, FiresInDeadlineOrderOnlyWhenTheClockGetsThere) {
    core::FakeClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    scheduler.scheduleAfter(300ms, log.entry("c"));
    scheduler.scheduleAfter(100ms, log.entry("a"));
    scheduler.scheduleAt(clock.now() + 200ms, log.entry("b"));

    settle(scheduler);
    EXPECT_TRUE(log.names().empty());
    clock.advance(99ms);
    settle(scheduler);
    EXPECT_TRUE(log.names().empty()) << "fired before its deadline";

    clock.advance(1ms);
    ASSERT_TRUE(log.waitCount(1));
    settle(scheduler);
    EXPECT_EQ(log.names(), (std::vector<std::string>{"a"}));

    clock.advance(1s);
    ASSERT_TRUE(log.waitCount(3));
    EXPECT_EQ(log.names(), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(SchedulerTest, TimersWithTheSameDeadlineFireInScheduleOrder) {
    core::FakeClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    const auto when = clock.now() + 50ms;
    for (const char* name : {"1", "2", "3", "4"}) {
        scheduler.scheduleAt(when, log.entry(name));
    }
    clock.advance(50ms);
    ASSERT_TRUE(log.waitCount(4));
    EXPECT_EQ(log.names(), (std::vector<std::string>{"1", "2", "3", "4"}));
}

TEST(SchedulerTest, CancelPreventsFiringAndSucceedsOnce) {
    core::FakeClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    const auto cancelled = scheduler.scheduleAfter(100ms, log.entry("cancelled"));
    const auto kept = scheduler.scheduleAfter(100ms, log.entry("kept"));
    ASSERT_NE(cancelled, 0U);
    EXPECT_TRUE(scheduler.cancel(cancelled));
    EXPECT_FALSE(scheduler.cancel(cancelled));

    clock.advance(200ms);
    ASSERT_TRUE(log.waitCount(1));
    settle(scheduler);
    EXPECT_EQ(log.names(), (std::vector<std::string>{"kept"}));
    EXPECT_FALSE(scheduler.cancel(kept)) << "a timer that ran cannot be cancelled";
    EXPECT_FALSE(scheduler.cancel(12345));
}

TEST(SchedulerTest, CallbacksMayScheduleAndCancelTimers) {
    core::FakeClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    const auto victim = scheduler.scheduleAfter(150ms, log.entry("victim"));
    std::atomic<bool> cancelledFromCallback{false};
    scheduler.scheduleAfter(100ms, [&] {
        log.add("parent");
        scheduler.scheduleAfter(0ms, log.entry("child-now"));
        scheduler.scheduleAfter(50ms, log.entry("child-later"));
        cancelledFromCallback = scheduler.cancel(victim);
    });

    clock.advance(100ms);
    ASSERT_TRUE(log.waitCount(2));
    settle(scheduler);
    EXPECT_EQ(log.names(), (std::vector<std::string>{"parent", "child-now"}));
    EXPECT_TRUE(cancelledFromCallback);

    clock.advance(50ms);
    ASSERT_TRUE(log.waitCount(3));
    settle(scheduler);
    EXPECT_EQ(log.names(), (std::vector<std::string>{"parent", "child-now", "child-later"}));
}

TEST(SchedulerTest, StopWithPendingTimersReturnsAndNothingFiresAfter) {
    core::FakeClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    for (int i = 0; i < 100; ++i) {
        scheduler.scheduleAfter(std::chrono::hours(1) + std::chrono::milliseconds(i),
                                log.entry("pending"));
    }
    scheduler.stop(); // returning at all is the check: no timer is waited for
    EXPECT_EQ(scheduler.scheduleAfter(0ms, log.entry("late")), 0U);
    clock.advance(std::chrono::hours(2));
    scheduler.stop(); // idempotent
    EXPECT_TRUE(log.names().empty());
}

TEST(SchedulerTest, ClockMayAdvanceAfterTheSchedulerIsGone) {
    core::FakeClock clock;
    FireLog log;
    {
        Scheduler scheduler(clock);
        scheduler.scheduleAfter(10ms, log.entry("never"));
    }
    clock.advance(1s); // the scheduler's advance listener must not touch freed state
    Scheduler second(clock);
    second.scheduleAfter(10ms, log.entry("second"));
    clock.advance(1s);
    ASSERT_TRUE(log.waitCount(1));
    EXPECT_EQ(log.names(), (std::vector<std::string>{"second"}));
}

TEST(SchedulerTest, RealClockRunsADueTimer) {
    core::SystemClock clock;
    FireLog log;
    Scheduler scheduler(clock);
    scheduler.scheduleAt(clock.now() - 1s, log.entry("overdue"));
    scheduler.scheduleAfter(1ms, log.entry("soon"));
    ASSERT_TRUE(log.waitCount(2));
    EXPECT_EQ(log.names(), (std::vector<std::string>{"overdue", "soon"}));
}

} // namespace
} // namespace croupier::server
