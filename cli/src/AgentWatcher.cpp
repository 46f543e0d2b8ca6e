#include "AgentWatcher.h"

#include "AgentChange.h"
#include "ExitCodes.h"
#include "Tables.h"
#include "TimeFormat.h"

#include <grpcpp/grpcpp.h>
#include <utility>

namespace croupier::cli {

using registry::v1::AgentInfo;
using registry::v1::EventType;
using registry::v1::RegistrationEvent;

namespace {

constexpr auto kStreamWorkedAfter = std::chrono::seconds(2);

} // namespace

int AgentWatcher::run() {
    Reconnector reconnector(m_context, std::nullopt);
    for (;;) {
        const StreamOutcome outcome = watchOnce(reconnector);
        if (m_context.interrupter().interrupted()) {
            return kExitInterrupted;
        }
        if (auto exit = reconnector.afterStreamEnded(outcome)) {
            return *exit;
        }
    }
}

StreamOutcome AgentWatcher::watchOnce(Reconnector& reconnector) {
    registry::v1::WatchRegistrationsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    grpc::ClientContext rpc;
    m_context.interrupter().setHandler([&rpc] { rpc.TryCancel(); });
    const auto opened = std::chrono::steady_clock::now();
    auto reader = m_context.connection().registry().WatchRegistrations(&rpc, request);
    std::map<std::string, AgentInfo> snapshot;
    bool inSnapshot = true;
    StreamOutcome outcome;
    RegistrationEvent event;
    while (reader->Read(&event)) {
        outcome.delivered = true;
        reconnector.onMessage();
        if (!inSnapshot) {
            onLiveEvent(event);
        } else if (event.type() == EventType::SYNCED) {
            inSnapshot = false;
            onSnapshot(std::exchange(snapshot, {}));
        } else if (event.has_agent()) {
            snapshot[event.agent().agent_id()] = event.agent();
        }
    }
    outcome.status = reader->Finish();
    m_context.interrupter().setHandler({});
    outcome.worked =
        outcome.delivered || std::chrono::steady_clock::now() - opened > kStreamWorkedAfter;
    return outcome;
}

void AgentWatcher::onSnapshot(std::map<std::string, AgentInfo> snapshot) {
    Output& output = m_context.output();
    if (!m_synced && !output.json()) {
        std::vector<AgentInfo> agents;
        for (const auto& [id, agent] : snapshot) {
            agents.push_back(agent);
        }
        output.out() << renderAgentsTable(agents, nowUnixMs());
        output.out().flush();
        output.notice("watching " + m_context.options().game + "/" + m_context.options().env +
                      " for changes (Ctrl-C to stop)");
    } else {
        for (const auto& [id, agent] : snapshot) {
            auto known = m_known.find(id);
            report(known == m_known.end() ? EventType::ADDED : EventType::UPDATED,
                   known == m_known.end() ? nullptr : &known->second, &agent);
        }
        for (const auto& [id, agent] : m_known) {
            if (!snapshot.count(id)) {
                report(EventType::REMOVED, &agent, nullptr);
            }
        }
    }
    if (output.json() && !m_synced) {
        RegistrationEvent synced;
        synced.set_type(EventType::SYNCED);
        output.message(synced, true);
    }
    m_synced = true;
    m_known = std::move(snapshot);
}

void AgentWatcher::onLiveEvent(const RegistrationEvent& event) {
    if (!event.has_agent()) {
        return;
    }
    const AgentInfo& agent = event.agent();
    auto known = m_known.find(agent.agent_id());
    const AgentInfo* before = known == m_known.end() ? nullptr : &known->second;
    if (event.type() == EventType::REMOVED) {
        report(EventType::REMOVED, before, nullptr);
        if (before != nullptr) {
            m_known.erase(known);
        }
        return;
    }
    report(before == nullptr ? EventType::ADDED : EventType::UPDATED, before, &agent);
    m_known[agent.agent_id()] = agent;
}

void AgentWatcher::report(EventType type, const AgentInfo* before, const AgentInfo* after) {
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
    output.out() << localClockTime(nowUnixMs()) << "  " << *line << "\n";
    output.out().flush();
}

} // namespace croupier::cli
