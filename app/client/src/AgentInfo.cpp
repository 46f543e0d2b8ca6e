// The few behaviours of the registry values (AgentInfo.h).
#include "croupier/client/AgentInfo.h"

namespace croupier::client {

AgentStatus agentStatusFromString(const QString& status) {
    if (status == QLatin1String("online")) {
        return AgentStatus::Online;
    }
    if (status == QLatin1String("connecting")) {
        return AgentStatus::Connecting;
    }
    return AgentStatus::Offline;
}

bool AgentInfo::sameState(const AgentInfo& o) const {
    return agentId == o.agentId && gameId == o.gameId && env == o.env && version == o.version &&
           addr == o.addr && labels == o.labels && functions == o.functions &&
           lastHeartbeatMs == o.lastHeartbeatMs && registeredAtMs == o.registeredAtMs &&
           heartbeatStatus == o.heartbeatStatus && status == o.status;
}

bool FunctionRegistrationInfo::sameState(const FunctionRegistrationInfo& o) const {
    return functionId == o.functionId && gameId == o.gameId && env == o.env &&
           version == o.version && descriptorHash == o.descriptorHash && agentIds == o.agentIds &&
           enabled == o.enabled && disabledAgents == o.disabledAgents;
}

} // namespace croupier::client
