#include "croupier/core/Backoff.h"

#include <gtest/gtest.h>
#include <set>

namespace {

using croupier::core::Backoff;
using std::chrono::milliseconds;

TEST(BackoffTest, EachDelayLiesWithinItsJitterBounds) {
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        Backoff backoff(milliseconds(200), milliseconds(10'000), true, seed);
        const std::int64_t caps[] = {200, 400, 800, 1600, 3200, 6400, 10'000, 10'000, 10'000};
        for (std::int64_t cap : caps) {
            const auto delay = backoff.next().count();
            EXPECT_GE(delay, cap / 2) << "seed " << seed << " cap " << cap;
            EXPECT_LE(delay, cap) << "seed " << seed << " cap " << cap;
        }
    }
}

TEST(BackoffTest, JitterSpreadsAgentsApart) {
    std::set<std::int64_t> firstDelays;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        firstDelays.insert(Backoff(milliseconds(200), milliseconds(10'000), true, seed).next().count());
    }
    EXPECT_GT(firstDelays.size(), 10U);
}

TEST(BackoffTest, ResetStartsOverFromTheInitialDelay) {
    Backoff backoff(milliseconds(100), milliseconds(5'000), true, 7);
    for (int i = 0; i < 10; ++i) {
        backoff.next();
    }
    EXPECT_EQ(backoff.ceiling(), milliseconds(5'000));
    backoff.reset();
    EXPECT_EQ(backoff.ceiling(), milliseconds(100));
    EXPECT_LE(backoff.next(), milliseconds(100));
}

TEST(BackoffTest, NeverExceedsTheMaximumEvenAfterManyAttempts) {
    Backoff backoff(milliseconds(1), milliseconds(300), true, 3);
    for (int i = 0; i < 200; ++i) {
        EXPECT_LE(backoff.next(), milliseconds(300));
    }
}

TEST(BackoffTest, AMaximumBelowTheInitialDelayIsRaisedToIt) {
    Backoff backoff(milliseconds(500), milliseconds(10), true, 1);
    EXPECT_EQ(backoff.ceiling(), milliseconds(500));
    EXPECT_LE(backoff.next(), milliseconds(500));
}

} // namespace

TEST(BackoffTest, WithoutJitterItDoublesExactly) {
    Backoff backoff(milliseconds(500), milliseconds(10'000), false);
    EXPECT_EQ(backoff.next(), milliseconds(500));
    EXPECT_EQ(backoff.next(), milliseconds(1000));
    EXPECT_EQ(backoff.next(), milliseconds(2000));
    for (int i = 0; i < 10; ++i) {
        backoff.next();
    }
    EXPECT_EQ(backoff.next(), milliseconds(10'000));
    backoff.reset();
    EXPECT_EQ(backoff.next(), milliseconds(500));
}
