#include "croupier/core/Clock.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

namespace croupier::core {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(FakeClockTest, StartsWhereToldAndMovesOnlyOnAdvance) {
    FakeClock defaultClock;
    EXPECT_EQ(toUnixMs(defaultClock.now()), 1'800'000'000'000);
    EXPECT_TRUE(defaultClock.isFake());

    FakeClock clock(fromUnixMs(1'000));
    EXPECT_EQ(toUnixMs(clock.now()), 1'000);
    EXPECT_EQ(toUnixMs(clock.now()), 1'000);
    clock.advance(milliseconds(250));
    EXPECT_EQ(toUnixMs(clock.now()), 1'250);
    clock.advance(seconds(2));
    EXPECT_EQ(toUnixMs(clock.now()), 3'250);
}

TEST(FakeClockTest, ListenersSeeTheNewTimeAndMayUseTheClock) {
    FakeClock clock(fromUnixMs(0));
    std::vector<std::int64_t> seen;
    int lateCalls = 0;
    clock.onAdvance([&] {
        seen.push_back(toUnixMs(clock.now())); // would deadlock if called under the mutex
        if (seen.size() == 1) {
            clock.onAdvance([&] { ++lateCalls; });
        }
    });
    clock.advance(milliseconds(10));
    clock.advance(milliseconds(5));
    EXPECT_EQ(seen, (std::vector<std::int64_t>{10, 15}));
    EXPECT_EQ(lateCalls, 1); // registered during the first advance, called on the second
}

TEST(FakeClockTest, ConcurrentAdvancesAreAllCounted) {
    FakeClock clock(fromUnixMs(0));
    std::atomic<int> calls{0};
    clock.onAdvance([&] { ++calls; });
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 1000; ++i) {
                clock.advance(milliseconds(1));
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(toUnixMs(clock.now()), 4000);
    EXPECT_EQ(calls.load(), 4000);
}

TEST(SystemClockTest, IsTheWallClock) {
    SystemClock clock;
    EXPECT_FALSE(clock.isFake());
    const auto before = std::chrono::system_clock::now();
    const auto now = clock.now();
    EXPECT_GE(now, before);
    EXPECT_LT(now - before, seconds(5));
    EXPECT_EQ(fromUnixMs(toUnixMs(fromUnixMs(1'234'567))), fromUnixMs(1'234'567));
}

} // namespace
} // namespace croupier::core
