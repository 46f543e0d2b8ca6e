#pragma once
// Hand-driven agents for the registry tests: register (with labels, in a scope), open their
// Connect stream, heartbeat with a status map, disconnect, each on demand. Blocking gRPC calls
// on the test thread over the agent certificate's channel; header-only (the folder's test
// executable globs *Test.cpp only).

#include "RawAgent.h"
#include "TestEnv.h"
#include "croupier/control/v1/control.grpc.pb.h"
#include "croupier/proto/DescriptorJson.h"

#include <QString>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace croupier::testing {

class RegistryTestAgents {
public:
    using Labels = std::vector<std::pair<std::string, std::string>>;

    explicit RegistryTestAgents(const TestServer& server)
        : m_channel(server.agentChannel("agent-a"))
        , m_stub(control::v1::ControlService::NewStub(m_channel)) {}

    // Registers (or re-registers) `id` in game/`env` serving `functions`, then connects it.
    bool add(const QString& id, const Labels& labels, const std::vector<std::string>& functions,
             const std::string& env = "dev") {
        control::v1::RegisterAgentRequest req;
        req.set_agent_id(id.toStdString());
        req.set_game_id("game");
        req.set_env(env);
        req.set_version("2.1.0");
        for (const auto& [key, value] : labels) {
            (*req.mutable_labels())[key] = value;
        }
        for (const auto& f : functions) {
            proto::descriptorFromJson(descriptor(f), req.add_descriptors());
            req.add_functions(f);
        }
        control::v1::RegisterAgentResponse resp;
        grpc::ClientContext ctx;
        ctx.set_deadline(deadlineIn());
        const grpc::Status s = m_stub->RegisterAgent(&ctx, req, &resp);
        EXPECT_TRUE(s.ok()) << s.error_message();
        if (!s.ok()) {
            return false;
        }
        Agent& agent = m_agents[id.toStdString()];
        agent.session = resp.session_id();
        agent.stream.reset(); // a new session: the old stream is superseded anyway
        agent.stream = std::make_unique<RawAgent>(m_channel, id.toStdString(), "game", env);
        agent.stream->connect(agent.session);
        return agent.stream->next().has_value(); // ConnectAccepted
    }

    bool heartbeat(const QString& id, const std::map<std::string, std::string>& status = {}) {
        const Agent& agent = m_agents.at(id.toStdString());
        control::v1::HeartbeatRequest req;
        req.set_agent_id(id.toStdString());
        req.set_session_id(agent.session);
        for (const auto& [key, value] : status) {
            (*req.mutable_status())[key] = value;
        }
        control::v1::HeartbeatResponse resp;
        grpc::ClientContext ctx;
        ctx.set_deadline(deadlineIn());
        return m_stub->Heartbeat(&ctx, req, &resp).ok() && resp.success();
    }

    // Closes the agent's Connect stream (as a crashed or restarting game server would).
    void disconnect(const QString& id) {
        Agent& agent = m_agents.at(id.toStdString());
        if (agent.stream) {
            agent.stream->close();
            agent.stream.reset();
        }
    }

    static nlohmann::json descriptor(const std::string& id) {
        return {{"id", id},
                {"name", id},
                {"category", id.substr(0, id.find('.'))},
                {"version", "1.0.0"},
                {"params", {{"type", "object"}}}};
    }

private:
    struct Agent {
        std::string session;
        std::unique_ptr<RawAgent> stream;
    };
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<control::v1::ControlService::Stub> m_stub;
    std::map<std::string, Agent> m_agents;
};

} // namespace croupier::testing
