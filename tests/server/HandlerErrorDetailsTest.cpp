// A handler's own error (sdk::Result::Error(code, message, details)) end to end over real TLS:
// InvokeFunction answers with the details in error_details (and in the seed's error shape as
// the result), a job's ERROR event carries them as its data, the audit record keeps them, and
// details that echo a sensitive param are masked everywhere — on the wire, in the database and
// in the logs. Agents that predate error_details (a raw agent sending only the seed's shape)
// still get their details through.
#include "OperatorClient.h"
#include "RawAgent.h"
#include "TestEnv.h"

#include "croupier/proto/JsonStruct.h"
#include "croupier/server/AuditLog.h"

#include <gtest/gtest.h>

#include <fstream>
#include <future>
#include <sstream>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;

namespace {

const std::string kSecret = "hunter2-Handler-Echoed-Secret";

// account.reset: a player id and a new password (format password: sensitive).
json resetDescriptor() {
    return {{"id", "account.reset"},
            {"name", "Reset password"},
            {"category", "account"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player_id", {{"type", "string"}}},
                {"password", {{"type", "string"}, {"format", "password"}}}}},
              {"required", {"player_id"}}}}};
}

// Unknown players are "ghost"; any password is too weak, and the error echoes it.
sdk::Result resetHandler(const sdk::Context&, const json& params) {
    if (params.value("player_id", "") == "ghost") {
        return sdk::Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", "ghost"}});
    }
    return sdk::Result::Error("WEAK_PASSWORD", "the password is too weak",
                              {{"pointer", "/password"},
                               {"password", params.value("password", "")},
                               {"min_length", 12}});
}

std::string readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

class HandlerErrorDetailsTest : public ::testing::Test {
protected:
    void startAgent() {
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "a1"));
        agent->RegisterFunction(sdk::Descriptor::FromJson(resetDescriptor()), resetHandler);
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    // The newest audit row with this action.
    server::AuditRow lastAudit(const std::string& action) {
        std::vector<server::AuditRow> rows;
        EXPECT_TRUE(waitFor([&] {
            auto found = server.server().audit().query({.action = action});
            rows = found ? *found : std::vector<server::AuditRow>{};
            return !rows.empty();
        })) << "no audit row " << action;
        return rows.empty() ? server::AuditRow{} : rows.front();
    }

    // Nothing the server stored or logged holds the secret.
    void expectSecretNowhere() {
        auto verdict = server.server().audit().verify();
        ASSERT_TRUE(verdict);
        EXPECT_TRUE(verdict->ok) << verdict->problem;
        for (const auto& line : server.logs()) {
            EXPECT_EQ(line.find(kSecret), std::string::npos) << line;
        }
        server.stop();  // read the file and its WAL as they are
        for (const char* file : {"croupier.db", "croupier.db-wal"}) {
            const auto path = server.dataDir() / file;
            if (std::filesystem::exists(path)) {
                EXPECT_EQ(readWholeFile(path).find(kSecret), std::string::npos) << file;
            }
        }
    }

    TestServer server;
    OperatorClient op{server.operatorChannel()};
    std::unique_ptr<sdk::AgentClient> agent;
};

TEST_F(HandlerErrorDetailsTest, InvokeReturnsTheHandlersDetails) {
    startAgent();
    auto r = op.invoke("account.reset", {{"player_id", "ghost"}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_FALSE(r.response.success());
    EXPECT_EQ(r.response.error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(r.response.error(), "玩家不存在");
    EXPECT_EQ(toJson(r.response.error_details()), (json{{"player_id", "ghost"}}));
    const json body = toJson(r.response.result());
    EXPECT_EQ(body["success"], false);
    EXPECT_EQ(body["error"]["code"], "PLAYER_NOT_FOUND");
    EXPECT_EQ(body["error"]["details"], (json{{"player_id", "ghost"}}));

    const auto row = lastAudit("function.invoke");
    EXPECT_EQ(row.outcome, "failed");
    const json details = json::parse(row.detailsJson);
    EXPECT_EQ(details["error_code"], "PLAYER_NOT_FOUND");
    EXPECT_EQ(json::parse(details["error_details"].get<std::string>()),
              (json{{"player_id", "ghost"}}));
}

TEST_F(HandlerErrorDetailsTest, ASuccessHasNoErrorDetails) {
    agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "a1"));
    agent->RegisterFunction(sdk::Descriptor::FromJson(resetDescriptor()),
                            [](const sdk::Context&, const json&) {
                                return sdk::Result{{"reset", true}};
                            });
    ASSERT_TRUE(agent->Start().IsOk());
    ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    auto r = op.invoke("account.reset", {{"player_id", "p1"}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_TRUE(r.response.success());
    EXPECT_FALSE(r.response.has_error_details());
    EXPECT_EQ(toJson(r.response.result()), (json{{"reset", true}}));
}

TEST_F(HandlerErrorDetailsTest, DetailsEchoingASensitiveParamAreMasked) {
    startAgent();
    auto r = op.invoke("account.reset", {{"player_id", "p1"}, {"password", kSecret}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_EQ(r.response.error_code(), "WEAK_PASSWORD");
    EXPECT_EQ(toJson(r.response.error_details()),
              (json{{"pointer", "/password"}, {"password", "******"}, {"min_length", 12}}));
    EXPECT_EQ(toJson(r.response.result())["error"]["details"]["password"], "******")
        << "the seed's error shape repeats the details: masked too";
    EXPECT_EQ(r.response.DebugString().find(kSecret), std::string::npos);

    const auto row = lastAudit("function.invoke");
    EXPECT_EQ(row.detailsJson.find(kSecret), std::string::npos) << row.detailsJson;
    EXPECT_NE(row.detailsJson.find("min_length"), std::string::npos) << row.detailsJson;
    expectSecretNowhere();
}

TEST_F(HandlerErrorDetailsTest, AnIdempotentRepeatReturnsTheSameMaskedDetails) {
    startAgent();
    function::v1::InvokeOptions options;
    options.set_idempotency_key("reset-once");
    const json payload{{"player_id", "p1"}, {"password", kSecret}};
    auto first = op.invoke("account.reset", payload, options);
    auto again = op.invoke("account.reset", payload, options);
    ASSERT_TRUE(again.ok()) << again.status.message;
    EXPECT_EQ(again.response.error_code(), "WEAK_PASSWORD");
    EXPECT_EQ(toJson(again.response.error_details()), toJson(first.response.error_details()));
    EXPECT_EQ(toJson(again.response.error_details())["password"], "******");
    expectSecretNowhere();
}

TEST_F(HandlerErrorDetailsTest, AJobErrorCarriesTheMaskedDetailsAsItsData) {
    startAgent();
    auto started = op.startJob("account.reset", {{"player_id", "p1"}, {"password", kSecret}});
    ASSERT_TRUE(started.ok()) << started.status.message;
    auto events = op.jobEvents(started.response.job_id());
    ASSERT_TRUE(events.ok()) << events.status.message;
    ASSERT_FALSE(events.response.empty());
    const auto& last = events.response.back();
    EXPECT_EQ(last.type(), function::v1::ERROR);
    EXPECT_EQ(last.error_code(), "WEAK_PASSWORD");
    EXPECT_EQ(toJson(last.data()),
              (json{{"pointer", "/password"}, {"password", "******"}, {"min_length", 12}}));

    const auto row = lastAudit("job.end");
    const json details = json::parse(row.detailsJson);
    EXPECT_EQ(json::parse(details["error_details"].get<std::string>())["password"], "******");
    expectSecretNowhere();
}

TEST_F(HandlerErrorDetailsTest, ServerRaisedJobErrorsHaveEmptyData) {
    auto raw = std::make_unique<RawAgent>(server.agentChannel(), "fragile");
    ASSERT_TRUE(raw->registerWith({resetDescriptor()}).ok());
    raw->connect();
    ASSERT_TRUE(raw->next().has_value());
    auto started = op.startJob("account.reset", {{"player_id", "p1"}});
    ASSERT_TRUE(started.ok()) << started.status.message;
    ASSERT_TRUE(raw->next().has_value());
    raw.reset();  // the agent goes away: the server ends the job with AGENT_LOST
    auto events = op.jobEvents(started.response.job_id()).response;
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type(), function::v1::ERROR);
    EXPECT_EQ(events.back().error_code(), "AGENT_LOST");
    EXPECT_EQ(toJson(events.back().data()), json::object());
}

// Agents built before error_details send the details only inside the seed's error shape.
class OldAgentTest : public HandlerErrorDetailsTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(raw.registerWith({resetDescriptor()}).ok());
        raw.connect();
        ASSERT_TRUE(raw.next().has_value());  // accepted
    }

    static json seedShape(const std::string& code, const json& details) {
        return {{"success", false},
                {"error", {{"code", code}, {"message", "old agent"}, {"details", details}}}};
    }

    RawAgent raw{server.agentChannel(), "old"};
};

TEST_F(OldAgentTest, InvokeDetailsAreTakenFromTheSeedShapeAndMasked) {
    auto call = std::async(std::launch::async, [this] {
        return op.invoke("account.reset", {{"player_id", "p1"}, {"password", kSecret}});
    });
    auto frame = raw.next();
    ASSERT_TRUE(frame.has_value() && frame->has_invoke());
    control::v1::AgentFrame answer;
    auto* result = answer.mutable_result();
    result->set_request_id(frame->invoke().request_id());
    result->set_success(false);
    result->set_error("old agent");
    result->set_error_code("WEAK_PASSWORD");
    ASSERT_FALSE(proto::toStruct(seedShape("WEAK_PASSWORD", {{"password", kSecret}}),
                                 result->mutable_result()));
    raw.send(answer);
    auto r = call.get();
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_EQ(toJson(r.response.error_details()), (json{{"password", "******"}}));
    EXPECT_EQ(r.response.DebugString().find(kSecret), std::string::npos);
}

TEST_F(OldAgentTest, JobErrorDetailsAreUnwrappedFromTheSeedShape) {
    auto started = op.startJob("account.reset", {{"player_id", "ghost"}});
    ASSERT_TRUE(started.ok()) << started.status.message;
    auto frame = raw.next();
    ASSERT_TRUE(frame.has_value() && frame->has_start_job());
    control::v1::AgentFrame update;
    auto* u = update.mutable_job_update();
    u->set_job_id(frame->start_job().job_id());
    u->set_type(function::v1::ERROR);
    u->set_message("old agent");
    u->set_error_code("PLAYER_NOT_FOUND");
    ASSERT_FALSE(proto::toStruct(seedShape("PLAYER_NOT_FOUND", {{"player_id", "ghost"}}),
                                 u->mutable_data()));
    raw.send(update);
    auto events = op.jobEvents(started.response.job_id()).response;
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(toJson(events.back().data()), (json{{"player_id", "ghost"}}));
}

} // namespace
