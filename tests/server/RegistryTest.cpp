// Registration, liveness, watch streams, assignments and the descriptor conflict rule, over real
// TLS against an in-process server.
#include "OperatorClient.h"
#include "RawAgent.h"
#include "TestEnv.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;
using registry::v1::RegistrationEvent;

namespace {

std::string agentStatus(OperatorClient& op, const std::string& agentId) {
    const auto regs = op.registrations();
    for (const auto& a : regs.response.agents()) {
        if (a.agent_id() == agentId) {
            return a.status();
        }
    }
    return "absent";
}

// Collects a WatchRegistrations stream on a thread.
class Watcher {
public:
    explicit Watcher(OperatorClient& op) {
        registry::v1::WatchRegistrationsRequest req;
        req.set_game_id("game");
        req.set_env("dev");
        m_reader = op.registry().WatchRegistrations(&m_ctx, req);
        m_thread = std::thread([this] {
            RegistrationEvent e;
            while (m_reader->Read(&e)) {
                std::lock_guard lock(m_mutex);
                m_events.push_back(e);
            }
        });
    }
    ~Watcher() {
        m_ctx.TryCancel();
        m_thread.join();
    }
    std::vector<RegistrationEvent> events() {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    bool sawAgent(const std::string& id, const std::string& status) {
        for (const auto& e : events()) {
            if (e.has_agent() && e.agent().agent_id() == id && e.agent().status() == status) {
                return true;
            }
        }
        return false;
    }

private:
    grpc::ClientContext m_ctx;
    std::unique_ptr<grpc::ClientReader<RegistrationEvent>> m_reader;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<RegistrationEvent> m_events;
};

TEST(RegistryTest, WatchGivesSnapshotThenLiveChangesInOrder) {
    TestServer server;
    OperatorClient op(server.operatorChannel());
    RawAgent first(server.agentChannel("agent-a"), "first");
    ASSERT_TRUE(first.registerWith({directBanDescriptor()}).ok());
    first.connect();
    ASSERT_TRUE(first.next().has_value()); // ConnectAccepted

    Watcher watch(op);
    ASSERT_TRUE(waitFor([&] {
        auto ev = watch.events();
        return !ev.empty() && ev.back().type() == registry::v1::SYNCED;
    }));
    auto snapshot = watch.events();
    ASSERT_GE(snapshot.size(), 3u);
    EXPECT_EQ(snapshot[0].type(), registry::v1::ADDED);
    EXPECT_EQ(snapshot[0].agent().agent_id(), "first");
    EXPECT_EQ(snapshot[0].agent().status(), "online");
    EXPECT_EQ(snapshot[1].registration().function_id(), "player.ban");

    sdk::AgentClient second(agentConfig(server, "second", "agent-b"));
    second.RegisterFunction(sdk::Descriptor::FromJson(directBanDescriptor()),
                            [](const sdk::Context&, const json&) { return sdk::Result{}; });
    ASSERT_TRUE(second.Start().IsOk());
    ASSERT_TRUE(waitFor([&] { return watch.sawAgent("second", "online"); }));
    second.Stop();
    ASSERT_TRUE(waitFor([&] { return watch.sawAgent("second", "offline"); }));

    std::int64_t last = -1;
    bool synced = false;
    for (const auto& e : watch.events()) {
        if (e.type() == registry::v1::SYNCED) {
            synced = true;
            continue;
        }
        if (synced) {
            EXPECT_GT(e.revision(), last) << "live events come in revision order";
            last = e.revision();
        }
    }
}

TEST(RegistryTest, AnAgentThatStopsHeartbeatingGoesOfflineAndLeavesRouting) {
    TestServer server({.fakeClock = true, .heartbeat = std::chrono::milliseconds(1000)});
    OperatorClient op(server.operatorChannel());
    RawAgent agent(server.agentChannel(), "quiet");
    ASSERT_TRUE(agent.registerWith({directBanDescriptor()}).ok());
    EXPECT_EQ(agent.heartbeatMs(), 1000);
    agent.connect();
    ASSERT_TRUE(agent.next().has_value());
    ASSERT_EQ(agentStatus(op, "quiet"), "online");

    server.fakeClock()->advance(std::chrono::milliseconds(2500));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(agentStatus(op, "quiet"), "online") << "two missed heartbeats are tolerated";
    EXPECT_TRUE(agent.heartbeat());

    server.fakeClock()->advance(std::chrono::milliseconds(3100));
    ASSERT_TRUE(waitFor([&] { return agentStatus(op, "quiet") == "offline"; }));
    auto ended = agent.ended();
    ASSERT_TRUE(ended.has_value()) << "the server closes the silent agent's stream";
    EXPECT_EQ(ended->error_code(), grpc::StatusCode::UNAVAILABLE);
    EXPECT_EQ(op.invoke("player.ban", {{"player_id", "p"}}).status.code,
              grpc::StatusCode::UNAVAILABLE);
    bool reregister = false;
    EXPECT_FALSE(agent.heartbeat(&reregister));
    EXPECT_TRUE(reregister) << "a heartbeat after going offline asks the agent to register again";
}

TEST(RegistryTest, ReconnectingAgentIsNotDuplicated) {
    TestServer server;
    OperatorClient op(server.operatorChannel());
    for (int round = 0; round < 3; ++round) {
        sdk::AgentClient agent(agentConfig(server, "same-id"));
        agent.RegisterFunction(sdk::Descriptor::FromJson(directBanDescriptor()),
                               [](const sdk::Context&, const json&) { return sdk::Result{}; });
        ASSERT_TRUE(agent.Start().IsOk());
        ASSERT_TRUE(agent.WaitUntilConnected(std::chrono::seconds(10)));
        auto regs = op.registrations("player.ban").response;
        ASSERT_EQ(regs.agents_size(), 1);
        ASSERT_EQ(regs.registrations_size(), 1);
        EXPECT_EQ(regs.registrations(0).agents_size(), 1);
        EXPECT_EQ(regs.agents(0).status(), "online");
    }
}

TEST(RegistryTest, ConnectNeedsAHelloWithTheRegisteredSession) {
    TestServer server;
    RawAgent agent(server.agentChannel(), "a1");
    ASSERT_TRUE(agent.registerWith({directBanDescriptor()}).ok());
    agent.connect("ses_forged");
    auto status = agent.ended();
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(status->error_code(), grpc::StatusCode::FAILED_PRECONDITION);

    RawAgent fresh(server.agentChannel(), "a1");
    ASSERT_TRUE(fresh.registerWith({directBanDescriptor()}).ok());
    fresh.connect();
    auto accepted = fresh.next();
    ASSERT_TRUE(accepted.has_value());
    EXPECT_TRUE(accepted->has_accepted());
    EXPECT_EQ(accepted->accepted().agent_id(), "a1");
}

TEST(RegistryTest, BadDescriptorsAreRefusedWithTheReason) {
    TestServer server;
    RawAgent agent(server.agentChannel(), "a1");
    json bad = directBanDescriptor();
    bad["params"]["properties"]["duration"]["minimum"] = "one";
    auto s = agent.registerWith({bad});
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(s.error_message().find("player.ban"), std::string::npos) << s.error_message();
    EXPECT_NE(s.error_message().find("minimum"), std::string::npos) << s.error_message();

    json badName = directBanDescriptor();
    badName["id"] = "BanPlayer";
    EXPECT_EQ(agent.registerWith({badName}).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(RegistryTest, ConflictingDescriptorsFollowTheVersionRule) {
    TestServer server;
    OperatorClient op(server.operatorChannel());
    RawAgent oldAgent(server.agentChannel("agent-a"), "old");
    ASSERT_TRUE(oldAgent.registerWith({directBanDescriptor()}).ok());
    oldAgent.connect();
    ASSERT_TRUE(oldAgent.next().has_value());

    json changed = directBanDescriptor();
    changed["params"]["properties"]["duration"]["maximum"] = 100;
    RawAgent newAgent(server.agentChannel("agent-b"), "new");
    auto sameVersion = newAgent.registerWith({changed});
    EXPECT_EQ(sameVersion.error_code(), grpc::StatusCode::ALREADY_EXISTS)
        << "same version, different content, still served: refused";

    changed["version"] = "1.1.0";
    ASSERT_TRUE(newAgent.registerWith({changed}).ok());
    newAgent.connect();
    ASSERT_TRUE(newAgent.next().has_value());
    auto f = op.getFunction("player.ban");
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f.response.function().function_descriptor().version(), "1.1.0");
    EXPECT_EQ(f.response.function().agents_online(), 1) << "the old agent serves a stale version";

    // Calls validate against the new schema and go to the agent that has it.
    EXPECT_EQ(op.invoke("player.ban", {{"player_id", "p"}, {"duration", 500}}).status.code,
              grpc::StatusCode::INVALID_ARGUMENT);
    std::thread answer([&] {
        auto frame = newAgent.next();
        ASSERT_TRUE(frame.has_value() && frame->has_invoke());
        control::v1::AgentFrame result;
        result.mutable_result()->set_request_id(frame->invoke().request_id());
        result.mutable_result()->set_success(true);
        newAgent.send(result);
    });
    auto r = op.invoke("player.ban", {{"player_id", "p"}, {"duration", 5}});
    answer.join();
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_EQ(r.response.agent_id(), "new");
}

TEST(RegistryTest, AssignmentsHaveVersionsAndReachAgents) {
    TestServer server;
    OperatorClient op(server.operatorChannel());
    RawAgent agent(server.agentChannel(), "a1");
    ASSERT_TRUE(agent.registerWith({directBanDescriptor()}).ok());
    agent.connect();
    auto accepted = agent.next();
    ASSERT_TRUE(accepted.has_value() && accepted->has_accepted());
    ASSERT_EQ(accepted->accepted().assignments().assignments_size(), 1);
    EXPECT_TRUE(accepted->accepted().assignments().assignments(0).enabled());

    auto off = op.setEnabled("player.ban", false, "a1");
    ASSERT_TRUE(off.ok()) << off.status.message;
    auto pushed = agent.next();
    ASSERT_TRUE(pushed.has_value() && pushed->has_assignments());
    EXPECT_FALSE(pushed->assignments().assignments(0).enabled());
    EXPECT_EQ(pushed->assignments().version(), off.response.version());

    control::v1::GetAssignmentsRequest req;
    req.set_agent_id("a1");
    control::v1::GetAssignmentsResponse resp;
    grpc::ClientContext ctx;
    ctx.set_deadline(deadlineIn());
    auto agentStub = control::v1::ControlService::NewStub(server.agentChannel());
    ASSERT_TRUE(agentStub->GetAssignments(&ctx, req, &resp).ok());
    EXPECT_EQ(resp.version(), off.response.version());
    EXPECT_FALSE(resp.assignments(0).enabled());

    EXPECT_EQ(op.setEnabled("player.nothing", false).status.code, grpc::StatusCode::NOT_FOUND);
}

} // namespace
