// A repeated idempotency key returns the first outcome and never runs the handler twice: while
// the first call runs, after it, and across a server restart.
#include "OperatorClient.h"
#include "TestEnv.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;

namespace {

json grantDescriptor() {
    return {{"id", "item.grant"},
            {"name", "Grant item"},
            {"category", "item"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player_id", {{"type", "string"}}},
                {"count", {{"type", "integer"}, {"minimum", 1}}},
                {"slow", {{"type", "boolean"}}}}},
              {"required", {"player_id", "count"}}}}};
}

class IdempotencyTest : public ::testing::Test {
protected:
    void startAgent() {
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "granter"));
        agent->RegisterFunction(sdk::Descriptor::FromJson(grantDescriptor()),
                                [this](const sdk::Context&, const json& params) {
                                    const int n = ++runs;
                                    if (params.value("slow", false)) {
                                        std::this_thread::sleep_for(std::chrono::milliseconds(300));
                                    }
                                    return sdk::Result{{"grant_id", "g" + std::to_string(n)}};
                                });
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    static function::v1::InvokeOptions key(const std::string& k) {
        function::v1::InvokeOptions o;
        o.set_idempotency_key(k);
        return o;
    }

    TestServer server;
    OperatorClient op{server.operatorChannel()};
    std::unique_ptr<sdk::AgentClient> agent;
    std::atomic<int> runs{0};
};

TEST_F(IdempotencyTest, RepeatReturnsTheFirstOutcome) {
    startAgent();
    auto first = op.invoke("item.grant", {{"player_id", "p1"}, {"count", 1}}, key("k1"));
    ASSERT_TRUE(first.ok()) << first.status.message;
    auto again = op.invoke("item.grant", {{"player_id", "p1"}, {"count", 1}}, key("k1"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(toJson(again.response.result()), toJson(first.response.result()));
    EXPECT_EQ(runs.load(), 1);
    auto other = op.invoke("item.grant", {{"player_id", "p1"}, {"count", 1}}, key("k2"));
    EXPECT_EQ(toJson(other.response.result())["grant_id"], "g2");

    auto reused = op.invoke("item.grant", {{"player_id", "p1"}, {"count", 7}}, key("k1"));
    EXPECT_EQ(reused.status.code, grpc::StatusCode::INVALID_ARGUMENT)
        << "a key reused with other parameters is refused";
    EXPECT_EQ(runs.load(), 2);
}

TEST_F(IdempotencyTest, ConcurrentRepeatsWaitForTheFirstCall) {
    startAgent();
    std::vector<std::thread> threads;
    std::vector<std::string> grants(8);
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&, i] {
            OperatorClient client(server.operatorChannel());
            auto r = client.invoke("item.grant", {{"player_id", "p"}, {"count", 1}, {"slow", true}},
                                   key("burst"));
            grants[i] = r.ok() ? toJson(r.response.result()).value("grant_id", "") : r.status.message;
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    EXPECT_EQ(runs.load(), 1);
    for (const auto& g : grants) {
        EXPECT_EQ(g, "g1");
    }
}

TEST_F(IdempotencyTest, TheFirstOutcomeSurvivesARestart) {
    startAgent();
    auto first = op.invoke("item.grant", {{"player_id", "p1"}, {"count", 3}}, key("durable"));
    ASSERT_TRUE(first.ok()) << first.status.message;
    auto job = op.startJob("item.grant", {{"player_id", "p1"}, {"count", 3}}, key("durable-job"));
    ASSERT_TRUE(job.ok()) << job.status.message;
    ASSERT_TRUE(op.jobEvents(job.response.job_id()).ok());

    server.restart();
    ASSERT_TRUE(waitFor([&] { return agent->State() == sdk::ConnectionState::Connected &&
                                     op.registrations("item.grant").response.agents_size() == 1 &&
                                     op.registrations("item.grant").response.agents(0).status() ==
                                         "online"; }))
        << "the SDK agent reconnects to the restarted server by itself";
    OperatorClient after(server.operatorChannel());
    auto again = after.invoke("item.grant", {{"player_id", "p1"}, {"count", 3}}, key("durable"));
    ASSERT_TRUE(again.ok()) << again.status.message;
    EXPECT_EQ(toJson(again.response.result()), toJson(first.response.result()));
    auto jobAgain = after.startJob("item.grant", {{"player_id", "p1"}, {"count", 3}},
                                   key("durable-job"));
    ASSERT_TRUE(jobAgain.ok());
    EXPECT_EQ(jobAgain.response.job_id(), job.response.job_id());
    EXPECT_EQ(jobAgain.response.status(), "completed");
    EXPECT_EQ(runs.load(), 2) << "neither handler ran again";
}

} // namespace
