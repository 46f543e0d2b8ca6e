#include "croupier/sdk/Context.h"

#include "CallState.h"

#include <cmath>
#include <gtest/gtest.h>
#include <thread>
#include <tuple>
#include <vector>

namespace {

using croupier::sdk::Context;
using croupier::sdk::detail::CallInfo;
using croupier::sdk::detail::CallState;
using croupier::sdk::detail::JobEventKind;
using Event = std::tuple<JobEventKind, double, std::string>;

CallInfo jobInfo() {
    CallInfo info;
    info.functionId = "player.export";
    info.gameId = "demo";
    info.env = "dev";
    info.jobId = "job_1";
    info.idempotencyKey = "key-1";
    return info;
}

struct Recorder {
    std::vector<Event> events;
    CallState::Emitter emitter() {
        return [this](JobEventKind k, double p, std::string m) {
            events.emplace_back(k, p, std::move(m));
        };
    }
};

TEST(ContextTest, ExposesTheCallsIdentity) {
    const Context ctx(std::make_shared<CallState>(jobInfo()));
    EXPECT_EQ(ctx.FunctionId(), "player.export");
    EXPECT_EQ(ctx.GameId(), "demo");
    EXPECT_EQ(ctx.Env(), "dev");
    EXPECT_EQ(ctx.JobId(), "job_1");
    EXPECT_TRUE(ctx.IsJob());
    EXPECT_EQ(ctx.IdempotencyKey(), "key-1");
    EXPECT_EQ(ctx.Deadline(), Context::TimePoint::max());
    EXPECT_FALSE(ctx.IsCancelled());
    EXPECT_EQ(ctx.CancelReason(), "");
}

TEST(ContextTest, CancellationIsSeenByEveryCopyAndTheFirstReasonWins) {
    auto state = std::make_shared<CallState>(jobInfo());
    const Context a(state);
    const Context b = a;
    state->cancel("CANCELLED", "operator cancelled");
    state->cancel("CANCELLED", "later reason");
    EXPECT_TRUE(a.IsCancelled());
    EXPECT_TRUE(b.IsCancelled());
    EXPECT_EQ(b.CancelReason(), "operator cancelled");
    EXPECT_EQ(state->cancelCode(), "CANCELLED");
}

TEST(ContextTest, WaitForCancelWakesWhenAnotherThreadCancels) {
    auto state = std::make_shared<CallState>(jobInfo());
    const Context ctx(state);
    std::thread canceller([state] { state->cancel("CANCELLED", "stop"); });
    // Would take an hour if the wake-up were lost.
    EXPECT_TRUE(ctx.WaitForCancel(std::chrono::hours(1)));
    canceller.join();
}

TEST(ContextTest, WaitForCancelReturnsFalseWhenNotCancelled) {
    const Context ctx(std::make_shared<CallState>(jobInfo()));
    EXPECT_FALSE(ctx.WaitForCancel(std::chrono::milliseconds(1)));
}

TEST(ContextTest, APassedDeadlineCancelsWithDeadlineExceeded) {
    CallInfo info = jobInfo();
    info.deadline = std::chrono::system_clock::now() - std::chrono::seconds(1);
    auto state = std::make_shared<CallState>(info);
    const Context ctx(state);
    EXPECT_TRUE(ctx.IsCancelled());
    EXPECT_EQ(state->cancelCode(), "DEADLINE_EXCEEDED");
    EXPECT_TRUE(ctx.WaitForCancel(std::chrono::hours(1)));
}

TEST(ContextTest, JobProgressIsClampedAndLogsAreForwarded) {
    Recorder recorder;
    const Context ctx(std::make_shared<CallState>(jobInfo(), recorder.emitter()));
    ctx.ReportProgress(0.5, "half");
    ctx.ReportProgress(7.0, "over");
    ctx.ReportProgress(-1.0, "under");
    ctx.ReportProgress(std::nan(""), "nan is dropped");
    ctx.Log("line");
    ASSERT_EQ(recorder.events.size(), 4U);
    EXPECT_EQ(recorder.events[0], Event(JobEventKind::Progress, 0.5, "half"));
    EXPECT_EQ(recorder.events[1], Event(JobEventKind::Progress, 1.0, "over"));
    EXPECT_EQ(recorder.events[2], Event(JobEventKind::Progress, 0.0, "under"));
    EXPECT_EQ(recorder.events[3], Event(JobEventKind::Log, 0.0, "line"));
}

TEST(ContextTest, ProgressOfASyncCallIsIgnored) {
    Recorder recorder;
    CallInfo info = jobInfo();
    info.jobId.clear();
    const Context ctx(std::make_shared<CallState>(info, recorder.emitter()));
    EXPECT_FALSE(ctx.IsJob());
    ctx.ReportProgress(0.5, "half");
    ctx.Log("line");
    EXPECT_TRUE(recorder.events.empty());
}

TEST(ContextTest, NothingIsEmittedAfterFinish) {
    Recorder recorder;
    auto state = std::make_shared<CallState>(jobInfo(), recorder.emitter());
    const Context ctx(state);
    int finals = 0;
    state->finish([&] { ++finals; });
    state->finish([&] { ++finals; });
    ctx.ReportProgress(0.9, "late");
    ctx.Log("late");
    EXPECT_EQ(finals, 1);
    EXPECT_TRUE(recorder.events.empty());
}

} // namespace
