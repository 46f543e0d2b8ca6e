#include "AgentWatcher.h"

#include "AgentChange.h"
#include "Tables.h"

namespace croupier::cli {

using registry::v1::AgentInfo;
using RegistryEventType = registry::v1::EventType;
using registry::v1::RegistrationEvent;

std::unique_ptr<grpc::ClientReaderInterface<RegistrationEvent>>
AgentWatcher::open(grpc::ClientContext& rpc) {
    registry::v1::WatchRegistrationsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    return m_context.connection().registry().WatchRegistrations(&rpc, request);
}

const AgentInfo* AgentWatcher::itemOf(const RegistrationEvent& event) const {
    return event.has_agent() ? &event.agent() : nullptr;
}

std::string AgentWatcher::keyOf(const AgentInfo& agent) const {
    return agent.agent_id();
}

void AgentWatcher::showFirst(const Snapshot& snapshot) {
    std::vector<AgentInfo> agents;
    for (const auto& [id, agent] : snapshot) {
        agents.push_back(agent);
    }
    Output& output = m_context.output();
    output.out() << renderAgentsTable(agents, nowUnixMs());
    output.out().flush();
    output.notice("watching " + m_context.options().game + "/" + m_context.options().env +
                  " for changes (Ctrl-C to stop)");
}

void AgentWatcher::reportResync(const Snapshot& snapshot) {
    for (const auto& [id, agent] : snapshot) {
        auto known = m_known.find(id);
        report(known == m_known.end() ? RegistryEventType::ADDED : RegistryEventType::UPDATED,
               known == m_known.end() ? nullptr : &known->second, &agent);
    }
    for (const auto& [id, agent] : m_known) {
        if (!snapshot.count(id)) {
            report(RegistryEventType::REMOVED, &agent, nullptr);
        }
    }
}

void AgentWatcher::onLiveEvent(const RegistrationEvent& event) {
    if (!event.has_agent()) {
        return;
    }
    const AgentInfo& agent = event.agent();
    auto known = m_known.find(agent.agent_id());
    const AgentInfo* before = known == m_known.end() ? nullptr : &known->second;
    if (event.type() == RegistryEventType::REMOVED) {
        report(RegistryEventType::REMOVED, before, nullptr);
        if (before != nullptr) {
            m_known.erase(known);
        }
        return;
    }
    report(before == nullptr ? RegistryEventType::ADDED : RegistryEventType::UPDATED, before, &agent);
    m_known[agent.agent_id()] = agent;
}

void AgentWatcher::report(RegistryEventType type, const AgentInfo* before, const AgentInfo* after) {
    const AgentInfo* shown = after != nullptr ? after : before;
    const auto line = describeAgentChange(before, after);
    if (!line || shown == nullptr) {
        return;
    }
    Output& output = m_context.output();
    if (output.json()) {
        RegistrationEvent event;
        event.set_type(type);
        *event.mutable_agent() = *shown;
        output.message(event, true);
        return;
    }
    printChange(*line);
}

} // namespace croupier::cli
