// The invoke path's gates end to end, in process over real TLS: rate and concurrency limits
// (RESOURCE_EXHAUSTED with the retry delay), auth.allow_if on params, the audit record each call
// leaves, and sensitive values that never reach the SQLite file or the logs in clear; calls refused
// while the audit trail cannot be written.
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/server/AuditLog.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
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
                                [this](const sdk::Context&, const json& p) {
                                    ++sent;
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
    std::atomic<int> sent{0}; // mail.send handler runs
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

// Runs `sql` on the server's database from another connection, as an outside event would.
void execOnDatabase(const TestServer& server, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((server.dataDir() / "croupier.db").c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error != nullptr ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

bool logged(const TestServer& server, const std::string& text) {
    const auto lines = server.logs();
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

// Nothing runs that cannot be audited and no audit record is lost: while the store refuses the
// trail (disk full, I/O errors), a call that already ran waits for its record and new calls are
// refused; once the store recovers the waiting call is answered and its record is in the chain.
TEST_F(GatesTest, WhileTheAuditTrailCannotBeWrittenNewCallsAreRefusedAndNoRecordIsLost) {
    OperatorClient gm(server.operatorChannelWith(server.addUser("gm1", {"gm"})));
    execOnDatabase(server, "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    auto first = std::async(std::launch::async, [&] {
        return gm.invoke("mail.send", {{"player_id", "p1"}});
    });
    ASSERT_TRUE(waitFor([&] { return logged(server, "audit append failed; retrying"); }));

    auto refused = gm.invoke("mail.send", {{"player_id", "p2"}});
    EXPECT_EQ(refused.status.code, StatusCode::UNAVAILABLE);
    EXPECT_NE(refused.status.message.find("audit trail cannot be written"), std::string::npos)
        << refused.status.message;
    auto refusedJob = gm.startJob("mail.send", {{"player_id", "p3"}});
    EXPECT_EQ(refusedJob.status.code, StatusCode::UNAVAILABLE);
    EXPECT_EQ(sent.load(), 1) << "only the call admitted before the failure ran";
    EXPECT_EQ(first.wait_for(std::chrono::milliseconds(200)), std::future_status::timeout)
        << "its answer waits for its audit record";

    execOnDatabase(server, "DROP TRIGGER refuse_audit");
    auto answered = first.get();
    ASSERT_TRUE(answered.ok()) << answered.status.message;
    EXPECT_EQ(toJson(answered.response.result())["sent"], "p1");
    auto invokes = server.server().audit().query({.action = "function.invoke"});
    ASSERT_TRUE(invokes);
    ASSERT_EQ(invokes->size(), 1u);
    EXPECT_EQ((*invokes)[0].outcome, "ok");
    auto verdict = server.server().audit().verify();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
    EXPECT_TRUE(gm.invoke("mail.send", {{"player_id", "p4"}}).ok()) << "calls run again";
}

} // namespace
