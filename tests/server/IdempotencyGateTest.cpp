// IdempotencyGate over a real SqliteStore: a key runs once; repeats wait for or read the first
// outcome; different parameters are refused; release lets a retry run; records left running
// by a crash are recovered; old records are purged by a fake clock; racing threads run once.

#include "croupier/server/IdempotencyGate.h"

#include "TestEnv.h"
#include "croupier/server/SqliteStore.h"

#include <atomic>
#include <future>
#include <gtest/gtest.h>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using core::ErrorCode;
using Begin = IdempotencyGate::Begin;

// One begin() answer, waited for with a safety bound.
class Answer {
public:
    IdempotencyGate::BeginCallback callback() {
        return [p = m_promise](core::Result<Begin> r) {
            p->set_value(std::move(r));
        };
    }
    bool ready() const { return m_future.wait_for(0s) == std::future_status::ready; }
    core::Result<Begin> get() {
        if (m_future.wait_for(10s) != std::future_status::ready) {
            ADD_FAILURE() << "begin() was never answered";
            return core::Unexpected(ErrorCode::DeadlineExceeded, "test: no answer");
        }
        return m_future.get();
    }

private:
    std::shared_ptr<std::promise<core::Result<Begin>>> m_promise =
        std::make_shared<std::promise<core::Result<Begin>>>();
    std::shared_future<core::Result<Begin>> m_future = m_promise->get_future().share();
};

class IdempotencyGateTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = SqliteStore::open(m_dir.path() / "croupier.db");
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
        gate = std::make_unique<IdempotencyGate>(*store, workers, clock, log);
    }
    // Queued gate tasks must run before the gate goes away.
    void TearDown() override { workers.shutdown(); }

    core::Result<Begin> begin(const IdempotencyKey& k, const std::string& hash) {
        Answer a;
        gate->begin(k, hash, "invoke", a.callback());
        return a.get();
    }
    // finish() and wait until the outcome is recorded.
    void finish(const IdempotencyKey& k, const std::string& outcome) {
        std::promise<void> done;
        gate->finish(k, outcome, [&] { done.set_value(); });
        ASSERT_EQ(done.get_future().wait_for(10s), std::future_status::ready);
    }
    // Every task posted so far has run (the pool has one thread).
    void drainWorkers() {
        std::promise<void> done;
        workers.submit([&] { done.set_value(); });
        ASSERT_EQ(done.get_future().wait_for(10s), std::future_status::ready);
    }

    testing::TempDir m_dir;
    std::unique_ptr<SqliteStore> store;
    core::FakeClock clock;
    core::Logger log{core::LogLevel::Off};
    core::ThreadPool workers{1};
    std::unique_ptr<IdempotencyGate> gate;
    const IdempotencyKey key{"game", "dev", "player.ban", "req-1"};
};

TEST_F(IdempotencyGateTest, FirstBeginRuns) {
    auto first = begin(key, "h1");
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_TRUE(first->run);
}

TEST_F(IdempotencyGateTest, RepeatWhileRunningWaitsForTheFirstOutcome) {
    ASSERT_TRUE(begin(key, "h1")->run);
    Answer second;
    Answer third;
    gate->begin(key, "h1", "invoke", second.callback());
    gate->begin(key, "h1", "invoke", third.callback());
    drainWorkers();
    EXPECT_FALSE(second.ready()) << "answered before the first call finished";

    finish(key, R"({"code":0,"response":{"success":true}})");
    for (Answer* a : {&second, &third}) {
        auto r = a->get();
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_FALSE(r->run);
        EXPECT_EQ(r->outcome, R"({"code":0,"response":{"success":true}})");
    }
}

TEST_F(IdempotencyGateTest, DifferentParametersAreRefusedWhileRunningAndAfter) {
    ASSERT_TRUE(begin(key, "h1")->run);
    auto whileRunning = begin(key, "h2");
    ASSERT_FALSE(whileRunning);
    EXPECT_EQ(whileRunning.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(whileRunning.error().details.at("field"), "options.idempotency_key");

    finish(key, "outcome-1");
    auto afterDone = begin(key, "h2");
    ASSERT_FALSE(afterDone);
    EXPECT_EQ(afterDone.error().code, ErrorCode::InvalidArgument);
}

TEST_F(IdempotencyGateTest, AfterFinishARepeatGetsTheStoredOutcome) {
    ASSERT_TRUE(begin(key, "h1")->run);
    finish(key, "outcome-1");
    for (int i = 0; i < 3; ++i) {
        auto r = begin(key, "h1");
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_FALSE(r->run);
        EXPECT_EQ(r->outcome, "outcome-1");
    }
    // Other keys, and the same key in another scope or function, are independent.
    for (const IdempotencyKey& other : {IdempotencyKey{"game", "dev", "player.ban", "req-2"},
                                        IdempotencyKey{"game", "prod", "player.ban", "req-1"},
                                        IdempotencyKey{"game", "dev", "player.kick", "req-1"}}) {
        auto r = begin(other, "h1");
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_TRUE(r->run) << other.env << "/" << other.functionId << "/" << other.key;
    }
}

TEST_F(IdempotencyGateTest, OutcomeSurvivesANewGateOnTheSameStore) {
    ASSERT_TRUE(begin(key, "h1")->run);
    finish(key, "outcome-1");
    drainWorkers();
    gate = std::make_unique<IdempotencyGate>(*store, workers, clock, log); // a restart
    auto r = begin(key, "h1");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_FALSE(r->run);
    EXPECT_EQ(r->outcome, "outcome-1");
}

TEST_F(IdempotencyGateTest, ReleaseFailsWaitersAndLetsARetryRun) {
    ASSERT_TRUE(begin(key, "h1")->run);
    Answer waiter;
    gate->begin(key, "h1", "invoke", waiter.callback());
    gate->release(key);
    auto w = waiter.get();
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, ErrorCode::Unavailable);

    auto retry = begin(key, "h1");
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_TRUE(retry->run);
}

TEST_F(IdempotencyGateTest, RecoverTurnsCrashedRunningRecordsIntoOutcomes) {
    // A previous process claimed the key and died before finishing.
    IdempotencyRecord crashed;
    crashed.gameId = key.gameId;
    crashed.env = key.env;
    crashed.functionId = key.functionId;
    crashed.key = key.key;
    crashed.payloadHash = "h1";
    crashed.kind = "invoke";
    crashed.state = "running";
    crashed.createdAtMs = core::toUnixMs(clock.now());
    ASSERT_TRUE(store->claimIdempotency(crashed)->claimed);

    auto beforeRecover = begin(key, "h1");
    ASSERT_FALSE(beforeRecover);
    EXPECT_EQ(beforeRecover.error().code, ErrorCode::Aborted) << "still marked running";

    drainWorkers();
    gate = std::make_unique<IdempotencyGate>(*store, workers, clock, log);
    std::vector<std::string> seen;
    auto recovered = gate->recover([&](const IdempotencyRecord& r) {
        seen.push_back(r.key);
        return "interrupted:" + r.functionId;
    });
    ASSERT_TRUE(recovered) << recovered.error().message;
    EXPECT_EQ(*recovered, 1);
    EXPECT_EQ(seen, std::vector<std::string>{"req-1"});

    auto r = begin(key, "h1");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_FALSE(r->run);
    EXPECT_EQ(r->outcome, "interrupted:player.ban");
    EXPECT_EQ(*gate->recover([](const IdempotencyRecord&) { return "x"; }), 0);
}

TEST_F(IdempotencyGateTest, PurgeRemovesOnlyRecordsOlderThanTheRetention) {
    const IdempotencyKey old{"game", "dev", "player.ban", "old"};
    const IdempotencyKey recent{"game", "dev", "player.ban", "recent"};
    ASSERT_TRUE(begin(old, "h1")->run);
    finish(old, "old-outcome");
    clock.advance(2h);
    ASSERT_TRUE(begin(recent, "h1")->run);
    finish(recent, "recent-outcome");
    clock.advance(30min);

    auto purged = gate->purge(1h);
    ASSERT_TRUE(purged) << purged.error().message;
    EXPECT_EQ(*purged, 1);

    auto again = begin(old, "h2"); // forgotten: runs, even with other parameters
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_TRUE(again->run);
    auto kept = begin(recent, "h1");
    ASSERT_TRUE(kept) << kept.error().message;
    EXPECT_EQ(kept->outcome, "recent-outcome");
}

TEST_F(IdempotencyGateTest, StoppedWorkersAnswerUnavailable) {
    workers.shutdown();
    auto r = begin(key, "h1");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Unavailable);
}

TEST(IdempotencyGateRaceTest, TwentyThreadsOnOneKeyRunOnce) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.path() / "croupier.db");
    ASSERT_TRUE(store) << store.error().message;
    core::FakeClock clock;
    core::ThreadPool workers(4);
    IdempotencyGate gate(**store, workers, clock, core::Logger(core::LogLevel::Off));
    const IdempotencyKey key{"game", "dev", "item.grant", "grant-42"};

    constexpr int kThreads = 20;
    std::vector<Answer> answers(kThreads);
    std::atomic<int> runs{0};
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            auto reply = answers[t].callback();
            start.arrive_and_wait();
            gate.begin(key, "same-hash", "invoke", [&, reply](core::Result<Begin> r) {
                if (r && r->run) {
                    ++runs;
                    gate.finish(key, "granted-once", nullptr);
                }
                reply(std::move(r));
            });
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    int repeats = 0;
    for (auto& a : answers) {
        auto r = a.get();
        ASSERT_TRUE(r) << r.error().message;
        if (!r->run) {
            EXPECT_EQ(r->outcome, "granted-once");
            ++repeats;
        }
    }
    EXPECT_EQ(runs, 1);
    EXPECT_EQ(repeats, kThreads - 1);
    workers.shutdown();
}

} // namespace
} // namespace croupier::server
