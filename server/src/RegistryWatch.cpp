#include "RegistryDetail.h"

#include <set>

namespace croupier::server {

using namespace registry_detail;

// ---------------------------------------------------------------- assignments

control::v1::GetAssignmentsResponse Registry::assignmentsForLocked(const AgentState& agent) const {
    control::v1::GetAssignmentsResponse out;
    auto scopeIt = m_scopes.find(scopeOf(agent.record));
    if (scopeIt == m_scopes.end()) {
        return out;
    }
    const ScopeState& st = scopeIt->second;
    out.set_version(st.assignmentVersion);
    for (const auto& [fn, hash] : agent.record.functions) {
        auto* a = out.add_assignments();
        a->set_function_id(fn);
        a->set_enabled(true);
        auto g = st.global.find(fn);
        auto p = st.perAgent.find({fn, agent.record.agentId});
        const AssignmentRecord* deciding = nullptr;
        if (g != st.global.end() && !g->second.enabled) {
            deciding = &g->second;
        } else if (p != st.perAgent.end()) {
            deciding = &p->second;
        } else if (g != st.global.end()) {
            deciding = &g->second;
        }
        if (deciding != nullptr) {
            a->set_enabled(deciding->enabled);
            a->set_agent_id(deciding->agentId);
            a->set_reason(deciding->reason);
            a->set_updated_at(deciding->updatedAtMs);
        }
    }
    return out;
}

core::Result<control::v1::SetAssignmentResponse> Registry::setAssignment(
    const control::v1::SetAssignmentRequest& req) {
    for (auto [field, value] : {std::pair{"game_id", &req.game_id()},
                                {"env", &req.env()},
                                {"function_id", &req.function_id()}}) {
        if (auto r = checkName(field, *value); !r) {
            return Unexpected(r.error());
        }
    }
    const ScopeKey scope{req.game_id(), req.env()};
    std::vector<std::pair<std::shared_ptr<AgentLink>, control::v1::ServerFrame>> frames;
    control::v1::SetAssignmentResponse response;
    {
        std::unique_lock lock(m_mutex);
        auto scopeIt = m_scopes.find(scope);
        if (scopeIt == m_scopes.end() || !scopeIt->second.functions.count(req.function_id())) {
            return Unexpected(notRegistered("function", req.function_id(), scope));
        }
        if (!req.agent_id().empty()) {
            auto a = m_agents.find(req.agent_id());
            if (a == m_agents.end() || scopeOf(a->second.record) != scope) {
                return Unexpected(notRegistered("agent", req.agent_id(), scope));
            }
        }
        AssignmentRecord rec{scope.gameId, scope.env, req.function_id(), req.agent_id(),
                             req.enabled(), req.reason(), core::toUnixMs(m_clock.now())};
        auto version = m_store.putAssignment(rec);
        if (!version) {
            return Unexpected(version.error());
        }
        ScopeState& st = scopeIt->second;
        st.assignmentVersion = *version;
        if (rec.agentId.empty()) {
            st.global[rec.functionId] = rec;
        } else {
            st.perAgent[{rec.functionId, rec.agentId}] = rec;
        }
        auto* a = response.mutable_assignment();
        a->set_function_id(rec.functionId);
        a->set_enabled(rec.enabled);
        a->set_agent_id(rec.agentId);
        a->set_reason(rec.reason);
        a->set_updated_at(rec.updatedAtMs);
        response.set_version(*version);
        emitFunction(RegistryEventType::UPDATED, scope, rec.functionId);
        if (auto servers = st.servers.find(rec.functionId); servers != st.servers.end()) {
            for (const auto& agentId : servers->second) {
                auto agent = m_agents.find(agentId);
                if (agent != m_agents.end() && agent->second.link) {
                    control::v1::ServerFrame frame;
                    *frame.mutable_assignments() = assignmentsForLocked(agent->second);
                    frames.emplace_back(agent->second.link, std::move(frame));
                }
            }
        }
        m_log.info("assignment changed", {{"function_id", rec.functionId},
                                          {"agent_id", rec.agentId},
                                          {"enabled", rec.enabled ? "true" : "false"},
                                          {"reason", rec.reason}});
    }
    for (auto& [link, frame] : frames) {
        link->send(std::move(frame));
    }
    return response;
}

core::Result<control::v1::GetAssignmentsResponse> Registry::getAssignments(
    const control::v1::GetAssignmentsRequest& req) const {
    std::shared_lock lock(m_mutex);
    if (!req.agent_id().empty()) {
        auto a = m_agents.find(req.agent_id());
        if (a == m_agents.end()) {
            return Unexpected(ErrorCode::NotFound, "agent " + req.agent_id() + " is not registered",
                              {{"agent_id", req.agent_id()}});
        }
        return assignmentsForLocked(a->second);
    }
    control::v1::GetAssignmentsResponse out;
    auto scopeIt = m_scopes.find({req.game_id(), req.env()});
    if (scopeIt == m_scopes.end()) {
        return out;
    }
    const ScopeState& st = scopeIt->second;
    out.set_version(st.assignmentVersion);
    auto add = [&out](const AssignmentRecord& r) {
        auto* a = out.add_assignments();
        a->set_function_id(r.functionId);
        a->set_enabled(r.enabled);
        a->set_agent_id(r.agentId);
        a->set_reason(r.reason);
        a->set_updated_at(r.updatedAtMs);
    };
    for (const auto& [fn, r] : st.global) {
        add(r);
    }
    for (const auto& [key, r] : st.perAgent) {
        add(r);
    }
    return out;
}

// ---------------------------------------------------------------- registrations and events

registry::v1::AgentInfo Registry::agentInfo(const AgentState& agent) const {
    registry::v1::AgentInfo info;
    const auto& r = agent.record;
    info.set_agent_id(r.agentId);
    info.set_addr(r.addr);
    info.set_last_heartbeat(r.online ? core::toUnixMs(agent.lastHeartbeat) : r.lastHeartbeatMs);
    info.mutable_labels()->insert(r.labels.begin(), r.labels.end());
    info.set_version(r.version);
    // online: routable; connecting: registered, its stream not (or no longer) attached, within
    // the reconnect grace; offline: gone.
    info.set_status(eligible(agent) ? "online" : r.online ? "connecting" : "offline");
    info.set_game_id(r.gameId);
    info.set_env(r.env);
    for (const auto& [fn, hash] : r.functions) {
        info.add_functions(fn);
    }
    info.set_registered_at(r.registeredAtMs);
    info.mutable_heartbeat_status()->insert(agent.heartbeatStatus.begin(),
                                            agent.heartbeatStatus.end());
    return info;
}

registry::v1::FunctionRegistration Registry::functionRegistration(
    const ScopeKey& scope, const std::string& functionId) const {
    registry::v1::FunctionRegistration reg;
    reg.set_function_id(functionId);
    reg.set_game_id(scope.gameId);
    reg.set_env(scope.env);
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt == m_scopes.end()) {
        return reg;
    }
    const ScopeState& st = scopeIt->second;
    if (auto f = st.functions.find(functionId); f != st.functions.end()) {
        reg.set_descriptor_hash(f->second.descriptor->hash());
        reg.set_version(f->second.descriptor->version());
    }
    reg.set_enabled(enabledFor(st, functionId, "", nullptr));
    for (auto it = st.perAgent.lower_bound({functionId, ""});
         it != st.perAgent.end() && it->first.first == functionId; ++it) {
        if (!it->second.enabled) {
            reg.add_disabled_agents(it->first.second);
        }
    }
    if (auto servers = st.servers.find(functionId); servers != st.servers.end()) {
        for (const auto& agentId : servers->second) {
            if (auto a = m_agents.find(agentId); a != m_agents.end()) {
                *reg.add_agents() = agentInfo(a->second);
            }
        }
    }
    return reg;
}

registry::v1::GetRegistrationsResponse Registry::getRegistrations(
    const registry::v1::GetRegistrationsRequest& req) const {
    std::shared_lock lock(m_mutex);
    registry::v1::GetRegistrationsResponse out;
    const ScopeKey filter{req.game_id(), req.env()};
    for (const auto& [scope, st] : m_scopes) {
        if (!matches(filter, scope)) {
            continue;
        }
        std::set<std::string> ids;
        for (const auto& [id, f] : st.functions) {
            ids.insert(id);
        }
        for (const auto& [id, agents] : st.servers) {
            if (!agents.empty()) {
                ids.insert(id);
            }
        }
        for (const auto& id : ids) {
            if (req.function_id().empty() || req.function_id() == id) {
                *out.add_registrations() = functionRegistration(scope, id);
            }
        }
    }
    for (const auto& [id, agent] : m_agents) {
        if (matches(filter, scopeOf(agent.record))) {
            *out.add_agents() = agentInfo(agent);
        }
    }
    return out;
}

std::uint64_t Registry::watch(const ScopeKey& filter, WatchSink sink) {
    std::unique_lock lock(m_mutex);
    for (const auto& [id, agent] : m_agents) {
        if (matches(filter, scopeOf(agent.record))) {
            registry::v1::RegistrationEvent e;
            e.set_type(RegistryEventType::ADDED);
            *e.mutable_agent() = agentInfo(agent);
            e.set_revision(m_revision);
            sink(e);
        }
    }
    for (const auto& [scope, st] : m_scopes) {
        if (!matches(filter, scope)) {
            continue;
        }
        for (const auto& [id, f] : st.functions) {
            registry::v1::RegistrationEvent e;
            e.set_type(RegistryEventType::ADDED);
            *e.mutable_registration() = functionRegistration(scope, id);
            e.set_revision(m_revision);
            sink(e);
        }
    }
    registry::v1::RegistrationEvent synced;
    synced.set_type(RegistryEventType::SYNCED);
    synced.set_revision(m_revision);
    sink(synced);
    const std::uint64_t id = m_nextWatcher++;
    m_watchers.emplace(id, Watcher{filter, std::move(sink)});
    return id;
}

void Registry::unwatch(std::uint64_t id) {
    std::unique_lock lock(m_mutex);
    m_watchers.erase(id);
}

void Registry::emit(const ScopeKey& scope, registry::v1::RegistrationEvent event) {
    event.set_revision(++m_revision);
    for (const auto& [id, w] : m_watchers) {
        if (matches(w.filter, scope)) {
            w.sink(event);
        }
    }
}

void Registry::emitAgent(RegistryEventType type, const AgentState& agent) {
    if (m_watchers.empty()) {
        ++m_revision;
        return;
    }
    registry::v1::RegistrationEvent e;
    e.set_type(type);
    *e.mutable_agent() = agentInfo(agent);
    emit(scopeOf(agent.record), std::move(e));
}

void Registry::emitFunction(RegistryEventType type, const ScopeKey& scope, const std::string& functionId) {
    if (m_watchers.empty()) {
        ++m_revision;
        return;
    }
    registry::v1::RegistrationEvent e;
    e.set_type(type);
    *e.mutable_registration() = functionRegistration(scope, functionId);
    emit(scope, std::move(e));
}

} // namespace croupier::server
