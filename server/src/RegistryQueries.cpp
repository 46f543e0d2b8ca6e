#include "RegistryDetail.h"

#include <set>

namespace croupier::server {

using namespace registry_detail;

// ---------------------------------------------------------------- routing queries

bool Registry::eligible(const AgentState& agent) const {
    return agent.record.online && agent.link && agent.link->isOpen();
}

bool Registry::servesCurrent(const AgentState& agent, const ScopeKey& scope,
                             const std::string& functionId) const {
    auto fn = agent.record.functions.find(functionId);
    if (fn == agent.record.functions.end()) {
        return false;
    }
    if (fn->second.empty()) {
        return true;
    }
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt == m_scopes.end()) {
        return false;
    }
    auto f = scopeIt->second.functions.find(functionId);
    return f != scopeIt->second.functions.end() && f->second.descriptor->hash() == fn->second;
}

bool Registry::enabledFor(const ScopeState& scope, const std::string& functionId,
                          const std::string& agentId, std::string* reason) const {
    if (auto g = scope.global.find(functionId); g != scope.global.end() && !g->second.enabled) {
        if (reason != nullptr) {
            *reason = g->second.reason;
        }
        return false;
    }
    if (agentId.empty()) {
        return true;
    }
    auto a = scope.perAgent.find({functionId, agentId});
    if (a != scope.perAgent.end() && !a->second.enabled) {
        if (reason != nullptr) {
            *reason = a->second.reason;
        }
        return false;
    }
    return true;
}

core::Result<std::shared_ptr<const core::Descriptor>> Registry::descriptor(
    const ScopeKey& scope, const std::string& functionId) const {
    std::shared_lock lock(m_mutex);
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt != m_scopes.end()) {
        if (auto f = scopeIt->second.functions.find(functionId);
            f != scopeIt->second.functions.end()) {
            return f->second.descriptor;
        }
    }
    return Unexpected(notRegistered("function", functionId, scope));
}

core::Result<Resolution> Registry::resolve(const ScopeKey& scope,
                                           const std::string& functionId) const {
    std::shared_lock lock(m_mutex);
    auto scopeIt = m_scopes.find(scope);
    const ScopeState* st = scopeIt == m_scopes.end() ? nullptr : &scopeIt->second;
    auto f = st ? st->functions.find(functionId) : decltype(st->functions.end()){};
    if (st == nullptr || f == st->functions.end()) {
        return Unexpected(notRegistered("function", functionId, scope));
    }
    std::string reason;
    if (!enabledFor(*st, functionId, "", &reason)) {
        return Unexpected(ErrorCode::FailedPrecondition,
                          "function " + functionId + " is disabled" +
                              (reason.empty() ? "" : ": " + reason),
                          {{"function_id", functionId}, {"reason", reason}});
    }
    Resolution res;
    res.descriptor = f->second.descriptor;
    if (auto servers = st->servers.find(functionId); servers != st->servers.end()) {
        for (const auto& agentId : servers->second) {
            auto a = m_agents.find(agentId);
            if (a != m_agents.end() && eligible(a->second) &&
                servesCurrent(a->second, scope, functionId) &&
                enabledFor(*st, functionId, agentId, nullptr)) {
                res.candidates.push_back(a->second.link);
            }
        }
    }
    if (res.candidates.empty()) {
        res.noCandidates = whyNoCandidates(scope, functionId);
    }
    return res;
}

core::Error Registry::whyNoCandidates(const ScopeKey& scope, const std::string& functionId) const {
    const auto& st = m_scopes.at(scope);
    int online = 0, disabled = 0, stale = 0;
    if (auto servers = st.servers.find(functionId); servers != st.servers.end()) {
        for (const auto& agentId : servers->second) {
            auto a = m_agents.find(agentId);
            if (a == m_agents.end() || !eligible(a->second)) {
                continue;
            }
            ++online;
            if (!enabledFor(st, functionId, agentId, nullptr)) {
                ++disabled;
            } else if (!servesCurrent(a->second, scope, functionId)) {
                ++stale;
            }
        }
    }
    const std::map<std::string, std::string> details{{"function_id", functionId}};
    if (online == 0) {
        return {ErrorCode::Unavailable, "no agent serving " + functionId + " is online", details};
    }
    if (disabled == online) {
        return {ErrorCode::FailedPrecondition,
                functionId + " is disabled on every online agent that serves it", details};
    }
    (void)stale;
    return {ErrorCode::Unavailable,
            "no online agent serves the current descriptor of " + functionId, details};
}

core::Result<std::shared_ptr<AgentLink>> Registry::target(const ScopeKey& scope,
                                                          const std::string& functionId,
                                                          const std::string& agentId) const {
    std::shared_lock lock(m_mutex);
    const std::map<std::string, std::string> details{{"agent_id", agentId},
                                                     {"function_id", functionId}};
    auto a = m_agents.find(agentId);
    if (a == m_agents.end() || scopeOf(a->second.record) != scope) {
        return Unexpected(notRegistered("agent", agentId, scope));
    }
    if (!a->second.record.functions.count(functionId)) {
        return Unexpected(ErrorCode::FailedPrecondition,
                          "agent " + agentId + " does not serve " + functionId, details);
    }
    if (!eligible(a->second)) {
        return Unexpected(ErrorCode::Unavailable, "agent " + agentId + " is offline", details);
    }
    std::string reason;
    if (!enabledFor(m_scopes.at(scope), functionId, agentId, &reason)) {
        return Unexpected(ErrorCode::FailedPrecondition,
                          functionId + " is disabled on agent " + agentId +
                              (reason.empty() ? "" : ": " + reason),
                          details);
    }
    if (!servesCurrent(a->second, scope, functionId)) {
        return Unexpected(ErrorCode::Unavailable,
                          "agent " + agentId + " serves an older descriptor of " + functionId,
                          details);
    }
    return a->second.link;
}

// ---------------------------------------------------------------- function listings

function::v1::FunctionInfo Registry::functionInfo(const ScopeKey& scope, const std::string& id,
                                                  const FunctionState& f) const {
    function::v1::FunctionInfo info;
    proto::descriptorFromJson(f.descriptor->json(), info.mutable_function_descriptor());
    info.set_game_id(scope.gameId);
    info.set_env(scope.env);
    const auto& st = m_scopes.at(scope);
    info.set_enabled(enabledFor(st, id, "", nullptr));
    int online = 0, total = 0;
    if (auto servers = st.servers.find(id); servers != st.servers.end()) {
        for (const auto& agentId : servers->second) {
            ++total;
            auto a = m_agents.find(agentId);
            if (a != m_agents.end() && eligible(a->second) && servesCurrent(a->second, scope, id)) {
                ++online;
            }
        }
    }
    info.set_agents_online(online);
    info.set_agents_total(total);
    info.set_descriptor_hash(f.descriptor->hash());
    info.set_updated_at(f.record.updatedAtMs);
    return info;
}

std::vector<function::v1::FunctionInfo> Registry::listFunctions(const ScopeKey& scope,
                                                                const std::string& category) const {
    std::shared_lock lock(m_mutex);
    std::vector<function::v1::FunctionInfo> out;
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt == m_scopes.end()) {
        return out;
    }
    for (const auto& [id, f] : scopeIt->second.functions) {
        if (category.empty() || f.descriptor->category() == category) {
            out.push_back(functionInfo(scope, id, f));
        }
    }
    return out;
}

core::Result<function::v1::FunctionInfo> Registry::getFunction(
    const ScopeKey& scope, const std::string& functionId) const {
    std::shared_lock lock(m_mutex);
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt != m_scopes.end()) {
        if (auto f = scopeIt->second.functions.find(functionId);
            f != scopeIt->second.functions.end()) {
            return functionInfo(scope, functionId, f->second);
        }
    }
    return Unexpected(notRegistered("function", functionId, scope));
}

} // namespace croupier::server
