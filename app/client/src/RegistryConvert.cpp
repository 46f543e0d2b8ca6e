#include "RegistryConvert.h"

#include "ProtoConvert.h"

namespace croupier::client {
namespace {

QMap<QString, QString> toMap(const google::protobuf::Map<std::string, std::string>& in) {
    QMap<QString, QString> out;
    for (const auto& [key, value] : in) {
        out.insert(qs(key), qs(value));
    }
    return out;
}

} // namespace

AgentInfo agentFromProto(const registry::v1::AgentInfo& agent, qint64 revision) {
    AgentInfo out;
    out.agentId = qs(agent.agent_id());
    out.gameId = qs(agent.game_id());
    out.env = qs(agent.env());
    out.version = qs(agent.version());
    out.addr = qs(agent.addr());
    out.labels = toMap(agent.labels());
    out.functions.reserve(agent.functions_size());
    for (const auto& f : agent.functions()) {
        out.functions.append(qs(f));
    }
    out.lastHeartbeatMs = agent.last_heartbeat();
    out.registeredAtMs = agent.registered_at();
    out.heartbeatStatus = toMap(agent.heartbeat_status());
    out.status = agentStatusFromString(qs(agent.status()));
    out.revision = revision;
    return out;
}

FunctionRegistrationInfo registrationFromProto(const registry::v1::FunctionRegistration& reg,
                                               qint64 revision) {
    FunctionRegistrationInfo out;
    out.functionId = qs(reg.function_id());
    out.gameId = qs(reg.game_id());
    out.env = qs(reg.env());
    out.version = qs(reg.version());
    out.descriptorHash = qs(reg.descriptor_hash());
    out.agentIds.reserve(reg.agents_size());
    for (const auto& a : reg.agents()) {
        out.agentIds.append(qs(a.agent_id()));
    }
    out.enabled = reg.enabled();
    for (const auto& agentId : reg.disabled_agents()) {
        out.disabledAgents.append(qs(agentId));
    }
    out.revision = revision;
    return out;
}

RegistrationsSnapshot snapshotFromProto(const registry::v1::GetRegistrationsResponse& response) {
    RegistrationsSnapshot out;
    out.agents.reserve(response.agents_size());
    for (const auto& a : response.agents()) {
        out.agents.append(agentFromProto(a, 0));
    }
    out.functions.reserve(response.registrations_size());
    for (const auto& r : response.registrations()) {
        out.functions.append(registrationFromProto(r, 0));
    }
    return out;
}

AssignmentInfo assignmentFromProto(const control::v1::SetAssignmentResponse& response) {
    const auto& a = response.assignment();
    AssignmentInfo out;
    out.functionId = qs(a.function_id());
    out.agentId = qs(a.agent_id());
    out.enabled = a.enabled();
    out.reason = qs(a.reason());
    out.updatedAtMs = a.updated_at();
    out.version = response.version();
    return out;
}

} // namespace croupier::client
