#include "croupier/server/CallLimiter.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace croupier::server {

// Reaches CallLimiter's private scope count (friend of CallLimiter).
struct CallLimiterTestAccess {
    static std::size_t trackedScopes(const CallLimiter& limiter) { return limiter.trackedScopes(); }
};

namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using PermitResult = core::Result<std::shared_ptr<CallLimiter::Permit>>;

core::Descriptor descriptor(const std::string& id, const std::string& rate, int concurrency = 0) {
    json semantics = json::object();
    if (!rate.empty()) {
        semantics["rate_limit"] = rate;
    }
    if (concurrency > 0) {
        semantics["concurrency"] = concurrency;
    }
    auto parsed = core::Descriptor::parse({{"id", id}, {"semantics", semantics}});
    EXPECT_TRUE(parsed) << parsed.error().message;
    return *parsed;
}

// Acquires `count` times in g1/prod and returns how many were allowed.
int allowed(CallLimiter& limiter, const core::Descriptor& d, int count,
            const std::string& env = "prod") {
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        ok += limiter.acquire("g1", env, d) ? 1 : 0;
    }
    return ok;
}

// The refusal of one more call, which must be RESOURCE_EXHAUSTED for `limit`.
core::Error refusal(CallLimiter& limiter, const core::Descriptor& d, const std::string& limit,
                    const std::string& gameId = "g1", const std::string& env = "prod") {
    const PermitResult result = limiter.acquire(gameId, env, d);
    if (result) {
        ADD_FAILURE() << "allowed, but " << limit << " should refuse it";
        return core::Error();
    }
    EXPECT_EQ(result.error().code, core::ErrorCode::ResourceExhausted);
    EXPECT_EQ(result.error().details.at("limit"), limit);
    EXPECT_EQ(result.error().details.count("retry_after_ms"), 1u);
    return result.error();
}

std::string retryAfter(CallLimiter& limiter, const core::Descriptor& d) {
    return refusal(limiter, d, "rate_limit").details["retry_after_ms"];
}

TEST(CallLimiterTest, TenPerSecondAllowsTenThenTellsWhenTheNextTokenComes) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.ban", "10rps");
    EXPECT_EQ(allowed(limiter, d, 10), 10);
    const core::Error error = refusal(limiter, d, "rate_limit");
    EXPECT_EQ(error.details.at("retry_after_ms"), "100");
    EXPECT_NE(error.message.find("10rps"), std::string::npos) << error.message;
    EXPECT_EQ(error.details.at("function_id"), "player.ban");

    clock.advance(40ms);
    EXPECT_EQ(retryAfter(limiter, d), "60");
    clock.advance(60ms);
    EXPECT_EQ(allowed(limiter, d, 2), 1);
    EXPECT_EQ(retryAfter(limiter, d), "100");
    // A long pause refills to the burst, not beyond.
    clock.advance(10s);
    EXPECT_EQ(allowed(limiter, d, 20), 10);
}

TEST(CallLimiterTest, SixHundredPerMinuteIsABurstOfSixHundredRefilledTenPerSecond) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("item.grant", "600rpm");
    EXPECT_EQ(allowed(limiter, d, 700), 600);
    EXPECT_EQ(retryAfter(limiter, d), "100");
    clock.advance(1s);
    EXPECT_EQ(allowed(limiter, d, 20), 10);
    clock.advance(60s);
    EXPECT_EQ(allowed(limiter, d, 700), 600);
}

TEST(CallLimiterTest, SlowRatesGiveLongRetryHints) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("server.restart", "1rph");
    EXPECT_EQ(allowed(limiter, d, 3), 1);
    EXPECT_EQ(retryAfter(limiter, d), "3600000");
    clock.advance(30min);
    EXPECT_EQ(retryAfter(limiter, d), "1800000");
}

TEST(CallLimiterTest, ConcurrencyCapIsReleasedByTheLastCopyOfThePermit) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.kick", "", 2);
    PermitResult first = limiter.acquire("g1", "prod", d);
    PermitResult second = limiter.acquire("g1", "prod", d);
    ASSERT_TRUE(first && second);
    const core::Error error = refusal(limiter, d, "concurrency");
    EXPECT_EQ(error.details.at("concurrency"), "2");
    EXPECT_GT(std::stoi(error.details.at("retry_after_ms")), 0);

    std::shared_ptr<CallLimiter::Permit> copy = *first;
    first->reset();
    refusal(limiter, d, "concurrency"); // the copy still holds the slot
    copy.reset();
    PermitResult third = limiter.acquire("g1", "prod", d);
    ASSERT_TRUE(third);
    refusal(limiter, d, "concurrency");
    second->reset();
    third->reset();
    EXPECT_EQ(allowed(limiter, d, 1), 1);
}

TEST(CallLimiterTest, ARateRefusalTakesNoConcurrencySlot) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.ban", "1rps", 2);
    PermitResult first = limiter.acquire("g1", "prod", d);
    ASSERT_TRUE(first);
    for (int i = 0; i < 5; ++i) {
        refusal(limiter, d, "rate_limit");
    }
    clock.advance(1s);
    PermitResult second = limiter.acquire("g1", "prod", d); // slot 2 of 2 is still free
    ASSERT_TRUE(second) << second.error().message;
    clock.advance(1s);
    refusal(limiter, d, "concurrency");
}

TEST(CallLimiterTest, AConcurrencyRefusalTakesNoToken) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.ban", "2rps", 1);
    PermitResult first = limiter.acquire("g1", "prod", d);
    ASSERT_TRUE(first);
    for (int i = 0; i < 5; ++i) {
        refusal(limiter, d, "concurrency");
    }
    first->reset();
    PermitResult second = limiter.acquire("g1", "prod", d); // the second token is still there
    ASSERT_TRUE(second) << second.error().message;
    second->reset();
    refusal(limiter, d, "rate_limit");
}

TEST(CallLimiterTest, ScopesAndFunctionsHaveTheirOwnLimits) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto ban = descriptor("player.ban", "1rps", 1);
    const auto kick = descriptor("player.kick", "1rps", 1);
    PermitResult held = limiter.acquire("g1", "prod", ban);
    ASSERT_TRUE(held);
    refusal(limiter, ban, "rate_limit");
    EXPECT_TRUE(limiter.acquire("g1", "dev", ban));
    EXPECT_TRUE(limiter.acquire("g2", "prod", ban));
    EXPECT_TRUE(limiter.acquire("g1", "prod", kick));
    // Parts of the scope are not glued into one string that could collide.
    EXPECT_TRUE(limiter.acquire("g1p", "rod", ban));
    EXPECT_TRUE(limiter.acquire("g1", "prodplayer.ban", descriptor("x.y", "1rps")));

    clock.advance(1s);
    refusal(limiter, ban, "concurrency"); // rate refilled, but the held call still runs
    EXPECT_TRUE(limiter.acquire("g1", "dev", ban));
}

TEST(CallLimiterTest, AChangedDescriptorRateAppliesToTheExistingBucket) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    EXPECT_EQ(allowed(limiter, descriptor("player.ban", "10rps"), 10), 10);
    const auto slower = descriptor("player.ban", "1rps");
    EXPECT_EQ(retryAfter(limiter, slower), "1000");
    clock.advance(1s);
    EXPECT_EQ(allowed(limiter, slower, 5), 1);
    const auto faster = descriptor("player.ban", "100rps");
    EXPECT_EQ(retryAfter(limiter, faster), "10");
    clock.advance(10ms);
    EXPECT_EQ(allowed(limiter, faster, 5), 1);

    // Saved-up tokens shrink to the new burst.
    const auto roomy = descriptor("item.grant", "600rpm");
    EXPECT_EQ(allowed(limiter, roomy, 1), 1);
    EXPECT_EQ(allowed(limiter, descriptor("item.grant", "5rps"), 100), 5);
}

TEST(CallLimiterTest, DescriptorsWithoutLimitsAlwaysPass) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.info", "");
    std::vector<std::shared_ptr<CallLimiter::Permit>> held;
    for (int i = 0; i < 1000; ++i) {
        PermitResult permit = limiter.acquire("g1", "prod", d);
        ASSERT_TRUE(permit);
        ASSERT_NE(*permit, nullptr);
        held.push_back(*permit);
    }
    EXPECT_EQ(CallLimiterTestAccess::trackedScopes(limiter), 0u);
}

TEST(CallLimiterTest, ManyScopesDoNotStayInMemory) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto d = descriptor("player.ban", "10rps");
    std::size_t most = 0;
    for (int i = 0; i < 100'000; ++i) {
        ASSERT_TRUE(limiter.acquire("g" + std::to_string(i), "prod", d));
        most = std::max(most, CallLimiterTestAccess::trackedScopes(limiter));
        if (i % 100 == 99) {
            clock.advance(1s); // every bucket so far refills
        }
    }
    EXPECT_LE(most, 1025u);

    // A bucket that is not full carries state: it survives the sweeps that new scopes cause.
    EXPECT_EQ(allowed(limiter, d, 10, "busy"), 10);
    for (int i = 0; i < 3000; ++i) {
        ASSERT_TRUE(limiter.acquire("new" + std::to_string(i), "prod", d));
    }
    EXPECT_EQ(allowed(limiter, d, 1, "busy"), 0);

    // Scopes with calls in flight are forgotten once the calls end.
    const auto capped = descriptor("player.kick", "", 1);
    std::vector<std::shared_ptr<CallLimiter::Permit>> held;
    const std::size_t before = CallLimiterTestAccess::trackedScopes(limiter);
    for (int i = 0; i < 500; ++i) {
        held.push_back(*limiter.acquire("g" + std::to_string(i), "prod", capped));
    }
    EXPECT_EQ(CallLimiterTestAccess::trackedScopes(limiter), before + 500);
    held.clear();
    EXPECT_EQ(CallLimiterTestAccess::trackedScopes(limiter), before);
}

TEST(CallLimiterTest, APermitMayOutliveTheLimiter) {
    core::FakeClock clock;
    std::shared_ptr<CallLimiter::Permit> permit;
    {
        CallLimiter limiter(clock);
        permit = *limiter.acquire("g1", "prod", descriptor("player.kick", "", 1));
    }
    permit.reset(); // releases into the shared state, not into a destroyed limiter
    SUCCEED();
}

TEST(CallLimiterTest, EightThreadsNeverExceedTheCaps) {
    core::FakeClock clock;
    CallLimiter limiter(clock);
    const auto capped = descriptor("player.kick", "", 3);
    const auto rated = descriptor("player.ban", "100rps");
    std::atomic<int> running{0};
    std::atomic<int> most{0};
    std::atomic<int> rateAllowed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                if (limiter.acquire("g1", "prod", rated)) {
                    ++rateAllowed;
                }
                PermitResult permit = limiter.acquire("g1", "prod", capped);
                if (!permit) {
                    continue;
                }
                const int now = ++running;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::yield();
                --running;
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_LE(most.load(), 3);
    EXPECT_GE(most.load(), 1);
    EXPECT_EQ(rateAllowed.load(), 100); // the clock never moved: exactly the burst
    EXPECT_EQ(CallLimiterTestAccess::trackedScopes(limiter), 1u); // the rate bucket only
}

} // namespace
} // namespace croupier::server
