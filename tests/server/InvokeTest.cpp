// InvokeFunction end to end over real TLS: an in-process server and SDK agents.
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/proto/JsonStruct.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <thread>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;

namespace {

class InvokeTest : public ::testing::Test {
protected:
    std::unique_ptr<sdk::AgentClient> startAgent(const std::string& id,
                                                 std::function<void(sdk::AgentClient&)> setup,
                                                 const std::string& cert = "agent-a") {
        auto agent = std::make_unique<sdk::AgentClient>(agentConfig(server, id, cert));
        setup(*agent);
        EXPECT_TRUE(agent->Start().IsOk());
        EXPECT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
        return agent;
    }

    // The seed's player.ban descriptor served by a handler that echoes its params.
    std::unique_ptr<sdk::AgentClient> banAgent(const std::string& id) {
        return startAgent(id, [this](sdk::AgentClient& a) {
            a.RegisterFunction(sdk::Descriptor::FromJson(directBanDescriptor()),
                               [this](const sdk::Context& ctx, const json& params) {
                                   ++calls;
                                   if (params.value("player_id", "") == "ghost") {
                                       return sdk::Result::Error("PLAYER_NOT_FOUND",
                                                                 "玩家不存在",
                                                                 {{"player_id", "ghost"}});
                                   }
                                   if (params.value("reason", "") == "slow") {
                                       ctx.WaitForCancel(std::chrono::seconds(5));
                                       cancelSeen = ctx.IsCancelled();
                                   }
                                   return sdk::Result{{"success", true},
                                                      {"echo", params},
                                                      {"agent", ctx.FunctionId()}};
                               });
        });
    }

    TestServer server;
    OperatorClient op{server.operatorChannel()};
    std::atomic<int> calls{0};
    std::atomic<bool> cancelSeen{false};
};

TEST_F(InvokeTest, SeedDescriptorRunsAndDefaultsAreFilled) {
    auto agent = banAgent("a1");
    auto r = op.invoke("player.ban", {{"player_id", "p_123"}, {"reason", "作弊"}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_TRUE(r.response.success());
    EXPECT_EQ(r.response.agent_id(), "a1");
    const json result = toJson(r.response.result());
    EXPECT_EQ(result["echo"]["player_id"], "p_123");
    EXPECT_EQ(result["echo"]["duration"], 24) << "schema default filled for the absent field";
    EXPECT_TRUE(result["echo"]["duration"].is_number_integer());
    EXPECT_EQ(result["echo"]["reason"], "作弊");
}

TEST_F(InvokeTest, InvalidPayloadNamesEveryFailingField) {
    auto agent = banAgent("a1");
    auto r = op.invoke("player.ban", {{"duration", 0}, {"reason", ""}});
    ASSERT_EQ(r.status.code, grpc::StatusCode::INVALID_ARGUMENT);
    const auto v = violations(r.status);
    EXPECT_EQ(v.at("/player_id"), "required");
    EXPECT_EQ(v.at("/duration"), "minimum");
    EXPECT_EQ(v.at("/reason"), "minLength");
    EXPECT_EQ(calls.load(), 0) << "an invalid call never reaches the agent";

    auto wrongType = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1.5}});
    ASSERT_EQ(wrongType.status.code, grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(violations(wrongType.status).at("/duration"), "type");
}

TEST_F(InvokeTest, UnknownFunctionIsNotFound) {
    auto agent = banAgent("a1");
    auto r = op.invoke("player.explode", {});
    EXPECT_EQ(r.status.code, grpc::StatusCode::NOT_FOUND);
    EXPECT_NE(r.status.message.find("player.explode"), std::string::npos);
    auto otherScope = OperatorClient(server.operatorChannel(), "game", "prod")
                          .invoke("player.ban", {{"player_id", "p"}});
    EXPECT_EQ(otherScope.status.code, grpc::StatusCode::NOT_FOUND) << "env isolates functions";
}

TEST_F(InvokeTest, HandlerErrorComesBackInTheSeedShape) {
    auto agent = banAgent("a1");
    auto r = op.invoke("player.ban", {{"player_id", "ghost"}, {"duration", 1}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_FALSE(r.response.success());
    EXPECT_EQ(r.response.error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(r.response.error(), "玩家不存在");
}

TEST_F(InvokeTest, DisabledFunctionIsRefusedAndTheAgentIsTold) {
    auto agent = banAgent("a1");
    ASSERT_TRUE(op.setEnabled("player.ban", false).ok());
    auto r = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}});
    EXPECT_EQ(r.status.code, grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_TRUE(waitFor([&] { return !agent->IsFunctionEnabled("player.ban"); }))
        << "the agent hears of the kill switch over its stream";
    ASSERT_TRUE(op.setEnabled("player.ban", true).ok());
    EXPECT_TRUE(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}).ok());
    EXPECT_TRUE(waitFor([&] { return agent->IsFunctionEnabled("player.ban"); }));
}

TEST_F(InvokeTest, DisabledOnOneAgentRoutesToTheOther) {
    auto a1 = banAgent("a1");
    auto a2 = banAgent("a2");
    ASSERT_TRUE(op.setEnabled("player.ban", false, "a1").ok());
    for (int i = 0; i < 6; ++i) {
        auto r = op.invoke("player.ban", {{"player_id", "p" + std::to_string(i)}, {"duration", 1}},
                           [] {
                               function::v1::InvokeOptions o;
                               o.set_routing_mode("round_robin");
                               return o;
                           }());
        ASSERT_TRUE(r.ok()) << r.status.message;
        EXPECT_EQ(r.response.agent_id(), "a2");
    }
}

TEST_F(InvokeTest, TimeoutIsDeadlineExceededAndTheHandlerSeesCancel) {
    auto agent = banAgent("a1");
    function::v1::InvokeOptions o;
    o.set_timeout(1);
    auto r = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}, {"reason", "slow"}}, o);
    EXPECT_EQ(r.status.code, grpc::StatusCode::DEADLINE_EXCEEDED);
    EXPECT_TRUE(waitFor([&] { return cancelSeen.load(); })) << "the agent was told to stop";
}

TEST_F(InvokeTest, NoAgentOnlineIsUnavailable) {
    ASSERT_TRUE(op.registerFunction(directBanDescriptor()).ok());
    auto r = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}});
    EXPECT_EQ(r.status.code, grpc::StatusCode::UNAVAILABLE);

    auto agent = banAgent("a1");
    EXPECT_TRUE(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}).ok());
    agent->Stop();
    EXPECT_TRUE(waitFor([&] {
        return op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}).status.code ==
               grpc::StatusCode::UNAVAILABLE;
    }));
}

TEST_F(InvokeTest, RoundRobinAlternatesAndHashSticks) {
    auto a1 = banAgent("a1");
    auto a2 = banAgent("a2");
    std::map<std::string, int> seen;
    for (int i = 0; i < 10; ++i) {
        function::v1::InvokeOptions o;
        o.set_routing_mode("round_robin");
        auto r = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}, o);
        ASSERT_TRUE(r.ok());
        ++seen[r.response.agent_id()];
    }
    EXPECT_EQ(seen["a1"], 5);
    EXPECT_EQ(seen["a2"], 5);

    for (const std::string player : {"alice", "bob", "carol", "dave"}) {
        std::set<std::string> agents;
        for (int i = 0; i < 5; ++i) {
            function::v1::InvokeOptions o;
            o.set_routing_mode("hash");
            o.set_hash_key(player);
            agents.insert(op.invoke("player.ban", {{"player_id", player}, {"duration", 1}}, o)
                              .response.agent_id());
        }
        EXPECT_EQ(agents.size(), 1u) << player << " always lands on one agent";
    }
}

TEST_F(InvokeTest, TargetedCallsGoToTheNamedAgentOrFail) {
    auto a1 = banAgent("a1");
    auto a2 = banAgent("a2");
    function::v1::InvokeOptions o;
    o.set_target_agent("a2");
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}, o)
                      .response.agent_id(),
                  "a2");
    }
    o.set_target_agent("nobody");
    EXPECT_EQ(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}, o).status.code,
              grpc::StatusCode::NOT_FOUND);
    o.set_target_agent("");
    o.set_routing_mode("sideways");
    EXPECT_EQ(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 1}}, o).status.code,
              grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(InvokeTest, ManyConcurrentCallsEachGetTheirOwnAnswer) {
    auto a1 = banAgent("a1");
    auto a2 = banAgent("a2");
    constexpr int kCalls = 300;
    std::vector<std::string> echoed(kCalls);
    std::vector<grpc::Status> statuses(kCalls);
    std::vector<std::unique_ptr<grpc::ClientContext>> contexts;
    std::vector<std::unique_ptr<function::v1::InvokeFunctionRequest>> requests;
    std::vector<std::unique_ptr<function::v1::InvokeFunctionResponse>> responses;
    std::atomic<int> done{0};
    for (int i = 0; i < kCalls; ++i) {
        contexts.push_back(std::make_unique<grpc::ClientContext>());
        contexts.back()->set_deadline(deadlineIn(std::chrono::seconds(20)));
        auto req = std::make_unique<function::v1::InvokeFunctionRequest>();
        req->set_game_id("game");
        req->set_env("dev");
        req->set_function_id("player.ban");
        proto::toStruct(json{{"player_id", "p" + std::to_string(i)}, {"duration", 1}},
                        req->mutable_payload());
        requests.push_back(std::move(req));
        responses.push_back(std::make_unique<function::v1::InvokeFunctionResponse>());
    }
    for (int i = 0; i < kCalls; ++i) {
        op.functions().async()->InvokeFunction(
            contexts[i].get(), requests[i].get(), responses[i].get(), [&, i](grpc::Status s) {
                statuses[i] = s;
                echoed[i] = toJson(responses[i]->result())["echo"].value("player_id", "");
                ++done;
            });
    }
    ASSERT_TRUE(waitFor([&] { return done.load() == kCalls; }, std::chrono::seconds(30)));
    for (int i = 0; i < kCalls; ++i) {
        EXPECT_TRUE(statuses[i].ok()) << i << ": " << statuses[i].error_message();
        EXPECT_EQ(echoed[i], "p" + std::to_string(i)) << "answers are matched to their calls";
    }
    EXPECT_EQ(calls.load(), kCalls);
}

TEST_F(InvokeTest, RequestsWithoutAnAgentCertificateCannotActAsAgents) {
    auto stub = control::v1::ControlService::NewStub(server.operatorChannel());
    control::v1::RegisterAgentRequest req;
    req.set_agent_id("intruder");
    req.set_game_id("game");
    req.set_env("dev");
    control::v1::RegisterAgentResponse resp;
    grpc::ClientContext ctx;
    ctx.set_deadline(deadlineIn());
    auto s = stub->RegisterAgent(&ctx, req, &resp);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);

    // A certificate from another CA does not even complete the TLS handshake.
    const auto& foreign = foreignPki();
    sdk::AgentConfig config = agentConfig(server, "stranger")
                                  .set_cert_pem(foreign.agents.at("stranger").certPem)
                                  .set_key_pem(foreign.agents.at("stranger").keyPem);
    sdk::AgentClient stranger(config);
    stranger.RegisterFunction(sdk::Descriptor::FromJson(directBanDescriptor()),
                              [](const sdk::Context&, const json&) { return sdk::Result{}; });
    ASSERT_TRUE(stranger.Start().IsOk());
    EXPECT_FALSE(stranger.WaitUntilConnected(std::chrono::milliseconds(1500)));
    EXPECT_EQ(op.registrations().response.agents_size(), 0);
}

} // namespace
