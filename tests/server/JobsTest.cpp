// Jobs end to end: events persisted with seq numbers, replay then live, cancel, timeout, lost
// agents, masking of sensitive parameters.
#include "OperatorClient.h"
#include "RawAgent.h"
#include "TestEnv.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace croupier;
using namespace croupier::testing;
using function::v1::JobEvent;
using nlohmann::json;

namespace {

json exportDescriptor() {
    return {{"id", "player.export"},
            {"name", "Export players"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"steps", {{"type", "integer"}, {"minimum", 1}, {"default", 4}}},
                {"mode", {{"type", "string"}, {"enum", {"normal", "forever"}}}},
                {"password", {{"type", "string"}, {"format", "password"}}}}}}}};
}

class JobsTest : public ::testing::Test {
protected:
    void SetUp() override {
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "worker"));
        agent->RegisterFunction(
            sdk::Descriptor::FromJson(exportDescriptor()),
            [this](const sdk::Context& ctx, const json& params) -> sdk::Result {
                const int steps = params.value("steps", 4);
                const std::string mode = params.value("mode", "normal");
                for (int i = 1; i <= steps || mode == "forever"; ++i) {
                    if (ctx.IsCancelled()) {
                        cancelled = true;
                        return sdk::Result::Error("CANCELLED", "stopped at step " +
                                                                   std::to_string(i));
                    }
                    if (i <= steps) {
                        ctx.ReportProgress(static_cast<double>(i) / steps,
                                           "step " + std::to_string(i));
                        ctx.Log("exported batch " + std::to_string(i));
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                return sdk::Result{{"exported", steps}, {"file", "players.csv"}};
            });
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    std::string start(const json& payload, function::v1::InvokeOptions o = {}) {
        auto r = op.startJob("player.export", payload, o);
        EXPECT_TRUE(r.ok()) << r.status.message;
        EXPECT_TRUE(r.response.success());
        return r.response.job_id();
    }

    TestServer server;
    OperatorClient op{server.operatorChannel()};
    std::unique_ptr<sdk::AgentClient> agent;
    std::atomic<bool> cancelled{false};
};

TEST_F(JobsTest, EventsArePersistedInOrderAndReplayable) {
    const std::string id = start({{"steps", 4}});
    auto events = op.jobEvents(id);
    ASSERT_TRUE(events.ok()) << events.status.message;
    const auto& ev = events.response;
    ASSERT_GE(ev.size(), 10u);
    EXPECT_EQ(ev.front().type(), function::v1::START);
    EXPECT_EQ(ev.back().type(), function::v1::DONE);
    EXPECT_EQ(ev.back().status(), "completed");
    EXPECT_EQ(toJson(ev.back().data())["file"], "players.csv");
    double lastProgress = 0;
    for (std::size_t i = 0; i < ev.size(); ++i) {
        EXPECT_EQ(ev[i].seq(), static_cast<std::int64_t>(i + 1)) << "contiguous seq numbers";
        EXPECT_EQ(ev[i].job_id(), id);
        if (ev[i].type() == function::v1::PROGRESS) {
            EXPECT_GE(ev[i].progress(), lastProgress);
            lastProgress = ev[i].progress();
        }
    }
    EXPECT_DOUBLE_EQ(lastProgress, 1.0);

    auto tail = op.jobEvents(id, 5);
    ASSERT_TRUE(tail.ok());
    ASSERT_EQ(tail.response.size(), ev.size() - 4);
    EXPECT_EQ(tail.response.front().seq(), 5);

    auto job = op.getJob(id);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job.response.status(), "completed");
    EXPECT_EQ(job.response.agent_id(), "worker");
    EXPECT_EQ(toJson(job.response.result())["exported"], 4);
    EXPECT_EQ(job.response.last_seq(), static_cast<std::int64_t>(ev.size()));
}

TEST_F(JobsTest, CancelReachesTheHandlerAndEndsTheJobCanceled) {
    const std::string id = start({{"steps", 2}, {"mode", "forever"}});
    ASSERT_TRUE(waitFor([&] { return op.getJob(id).response.status() == "running"; }));
    auto c = op.cancelJob(id, "operator changed their mind");
    ASSERT_TRUE(c.ok()) << c.status.message;
    EXPECT_EQ(c.response.status(), "canceled");
    // The cancel frame travels to the agent beside the answer, not before it.
    EXPECT_TRUE(waitFor([&] { return cancelled.load(); }));
    auto events = op.jobEvents(id).response;
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type(), function::v1::ERROR);
    EXPECT_EQ(events.back().error_code(), "CANCELLED");
    EXPECT_EQ(op.getJob(id).response.status(), "canceled");
    EXPECT_EQ(op.cancelJob(id).status.code, grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_EQ(op.cancelJob("job_missing").status.code, grpc::StatusCode::NOT_FOUND);
}

TEST_F(JobsTest, TimeoutFailsTheJobAndCancelsTheHandler) {
    function::v1::InvokeOptions o;
    o.set_timeout(1);
    const std::string id = start({{"steps", 1}, {"mode", "forever"}}, o);
    auto events = op.jobEvents(id).response;
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().error_code(), "DEADLINE_EXCEEDED");
    EXPECT_EQ(events.back().status(), "failed");
    EXPECT_TRUE(waitFor([&] { return cancelled.load(); }));
}

TEST_F(JobsTest, LiveFollowersSeeEveryEventOnceWhileTheJobRuns) {
    const std::string id = start({{"steps", 30}});
    auto live = op.jobEvents(id); // subscribes while the job is running
    ASSERT_TRUE(live.ok());
    std::set<std::int64_t> seqs;
    for (const auto& e : live.response) {
        EXPECT_TRUE(seqs.insert(e.seq()).second) << "duplicate seq " << e.seq();
    }
    EXPECT_EQ(*seqs.begin(), 1);
    EXPECT_EQ(static_cast<std::size_t>(*seqs.rbegin()), seqs.size());
    EXPECT_EQ(live.response.back().type(), function::v1::DONE);
}

TEST_F(JobsTest, SensitiveParametersAreMaskedInTheJobRecord) {
    const std::string id = start({{"steps", 1}, {"password", "hunter2"}});
    ASSERT_TRUE(op.jobEvents(id).ok());
    auto job = op.getJob(id);
    EXPECT_EQ(toJson(job.response.payload())["password"], "******");
    EXPECT_EQ(toJson(job.response.payload())["steps"], 1);
}

TEST_F(JobsTest, ListJobsPagesNewestFirst) {
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        ids.push_back(start({{"steps", 1}}));
        ASSERT_TRUE(op.jobEvents(ids.back()).ok());
    }
    auto page1 = op.listJobs("player.export", 3);
    ASSERT_TRUE(page1.ok()) << page1.status.message;
    ASSERT_EQ(page1.response.jobs_size(), 3);
    EXPECT_EQ(page1.response.jobs(0).job_id(), ids[4]);
    ASSERT_FALSE(page1.response.next_page_token().empty());
    auto page2 = op.listJobs("player.export", 3, page1.response.next_page_token());
    ASSERT_EQ(page2.response.jobs_size(), 2);
    EXPECT_EQ(page2.response.jobs(1).job_id(), ids[0]);
    EXPECT_TRUE(page2.response.next_page_token().empty());
    EXPECT_EQ(op.listJobs("", 3, "garbage").status.code, grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(JobsLostAgentTest, AnAgentLostMidJobFailsTheJobWithAReason) {
    TestServer server;
    OperatorClient op(server.operatorChannel());
    auto raw = std::make_unique<RawAgent>(server.agentChannel(), "fragile");
    ASSERT_TRUE(raw->registerWith({exportDescriptor()}).ok());
    raw->connect();
    ASSERT_TRUE(raw->next().has_value());
    auto started = op.startJob("player.export", {{"steps", 3}});
    ASSERT_TRUE(started.ok()) << started.status.message;
    auto frame = raw->next();
    ASSERT_TRUE(frame.has_value() && frame->has_start_job());
    control::v1::AgentFrame update;
    update.mutable_job_update()->set_job_id(frame->start_job().job_id());
    update.mutable_job_update()->set_type(function::v1::START);
    raw->send(update);
    update.mutable_job_update()->set_type(function::v1::PROGRESS);
    update.mutable_job_update()->set_progress(0.3);
    raw->send(update);
    ASSERT_TRUE(waitFor([&] {
        return op.getJob(started.response.job_id()).response.progress() > 0.29;
    }));
    raw.reset(); // the agent's connection drops mid-job

    auto events = op.jobEvents(started.response.job_id()).response;
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[2].type(), function::v1::ERROR);
    EXPECT_EQ(events[2].error_code(), "AGENT_LOST");
    EXPECT_NE(events[2].message().find("fragile"), std::string::npos) << events[2].message();
    auto job = op.getJob(started.response.job_id()).response;
    EXPECT_EQ(job.status(), "failed");
    EXPECT_DOUBLE_EQ(job.progress(), 0.3);
}

} // namespace
