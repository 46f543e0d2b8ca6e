// The invoke path's gates end to end, in process over real TLS: rate and concurrency limits
// (RESOURCE_EXHAUSTED with the retry delay), auth.allow_if on params, the audit record each call
// leaves, and sensitive values that never reach the SQLite file or the logs in clear.
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/server/AuditLog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <future>
#include <sstream>

using namespace croupier;
using namespace croupier::testing;
using grpc::StatusCode;
using nlohmann::json;

namespace {

json limitedDescriptor() {
    return {{"id", "mail.send"},
            {"version", "1.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player_id", {{"type", "string"}}},
                {"secret", {{"type", "string"}, {"format", "password"}}},
                {"count", {{"type", "integer"}}}}}}},
            {"auth", {{"permission", "mail.send"}, {"allow_if", "!(params.count > 99) || has_role('lead')"}}},
            {"semantics", {{"rate_limit", "3rps"}}}};
}

json slowDescriptor() {
    return {{"id", "item.slow"},
            {"version", "1.0"},
            {"params", {{"type", "object"}}},
            {"semantics", {{"concurrency", 1}}}};
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class GatesTest : public ::testing::Test {
protected:
    void SetUp() override {
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "a1"));
        agent->RegisterFunction(sdk::Descriptor::FromJson(limitedDescriptor()),
                                [](const sdk::Context&, const json& p) {
                                    return sdk::Result{{"sent", p.value("player_id", "")}};
                                });
        agent->RegisterFunction(sdk::Descriptor::FromJson(slowDescriptor()),
                                [this](const sdk::Context& ctx, const json&) {
                                    entered.set_value();
                                    ctx.WaitForCancel(std::chrono::seconds(5));
                                    return sdk::Result{{"ok", true}};
                                });
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    TestServer server{TestServerOptions{.fakeClock = true, .heartbeat = std::chrono::hours(1)}};
    std::unique_ptr<sdk::AgentClient> agent;
    std::promise<void> entered;
};

TEST_F(GatesTest, RateLimitRefusesWithRetryDelayUntilTimeMoves) {
    OperatorClient gm(server.operatorChannelWith(server.addUser("gm1", {"gm"})));
    for (int i = 0; i < 3; ++i) {
        auto r = gm.invoke("mail.send", {{"player_id", "p" + std::to_string(i)}});
        ASSERT_TRUE(r.ok()) << r.status.message;
    }
    auto refused = gm.invoke("mail.send", {{"player_id", "p4"}});
    ASSERT_EQ(refused.status.code, StatusCode::RESOURCE_EXHAUSTED) << refused.status.message;
    EXPECT_EQ(refused.status.details.at("limit"), "rate_limit");
    const int retry = std::stoi(refused.status.details.at("retry_after_ms"));
    EXPECT_GT(retry, 0);
    EXPECT_LE(retry, 334);
    server.fakeClock()->advance(std::chrono::milliseconds(retry));
    EXPECT_TRUE(gm.invoke("mail.send", {{"player_id", "p5"}}).ok());
}

TEST_F(GatesTest, ConcurrencyLimitHoldsUntilTheCallEnds) {
    OperatorClient op(server.operatorChannel());
    auto first = std::async(std::launch::async, [&] { return op.invoke("item.slow", json::object()); });
    entered.get_future().wait();
    auto second = op.invoke("item.slow", json::object());
    ASSERT_EQ(second.status.code, StatusCode::RESOURCE_EXHAUSTED) << second.status.message;
    EXPECT_EQ(second.status.details.at("limit"), "concurrency");
    EXPECT_FALSE(second.status.details.at("retry_after_ms").empty());
    agent->Stop();  // cancels the handler; the first call ends and frees its slot
    first.get();
}

TEST_F(GatesTest, AllowIfLooksAtParamsAndRoles) {
    OperatorClient gm(server.operatorChannelWith(server.addUser("gm1", {"gm"})));
    OperatorClient lead(server.operatorChannelWith(server.addUser("lead1", {"lead"})));
    EXPECT_TRUE(gm.invoke("mail.send", {{"player_id", "p"}, {"count", 5}}).ok());
    auto denied = gm.invoke("mail.send", {{"player_id", "p"}, {"count", 500}});
    EXPECT_EQ(denied.status.code, StatusCode::PERMISSION_DENIED);
    EXPECT_NE(denied.status.message.find("params.count > 99"), std::string::npos)
        << denied.status.message;
    EXPECT_TRUE(lead.invoke("mail.send", {{"player_id", "p"}, {"count", 500}}).ok());
}

TEST_F(GatesTest, EveryCallIsAuditedAndSecretsNeverReachDiskOrLogs) {
    const std::string secret = "hunter2-Very-Secret-Value";
    OperatorClient gm(server.operatorChannelWith(server.addUser("gm1", {"gm"})));
    ASSERT_TRUE(gm.invoke("mail.send", {{"player_id", "p1"}, {"secret", secret}}).ok());
    auto job = gm.startJob("mail.send", {{"player_id", "p2"}, {"secret", secret}});
    ASSERT_TRUE(job.ok()) << job.status.message;
    gm.jobEvents(job.response.job_id());
    ASSERT_TRUE(waitFor([&] {
        auto ended = server.server().audit().query({.action = "job.end"});
        return ended && !ended->empty();
    }));
    EXPECT_EQ(gm.invoke("mail.send", {{"count", "x"}}).status.code, StatusCode::INVALID_ARGUMENT);

    auto rows = server.server().audit().query({.functionId = "mail.send"});
    ASSERT_TRUE(rows);
    std::vector<std::string> seen;
    for (const auto& r : *rows) {
        seen.push_back(r.action + ":" + r.outcome);
        EXPECT_EQ(r.actor, "gm1");
        EXPECT_EQ(r.paramsJson.find(secret), std::string::npos) << r.paramsJson;
    }
    // One record each (the job's start and end may land in either order: a quick job can end
    // before its InvokeJob answer is audited).
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(seen, (std::vector<std::string>{"function.invoke:INVALID_ARGUMENT",
                                              "function.invoke:ok", "job.end:completed",
                                              "job.start:ok"}));
    auto verdict = server.server().audit().verify();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;

    server.stop();  // checkpoint nothing away: read the file and its WAL as they are
    for (const char* file : {"croupier.db", "croupier.db-wal"}) {
        const auto path = server.dataDir() / file;
        if (std::filesystem::exists(path)) {
            EXPECT_EQ(readAll(path).find(secret), std::string::npos) << file;
        }
    }
    for (const auto& line : server.logs()) {
        EXPECT_EQ(line.find(secret), std::string::npos) << line;
    }
}

} // namespace
