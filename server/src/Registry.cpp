#include "croupier/server/AuditLog.h"
#include "croupier/server/GrpcStatus.h"
#include "croupier/server/Registry.h"


#include "RegistryDetail.h"

#include "croupier/core/Crypto.h"

#include <algorithm>
#include <optional>
#include <set>

namespace croupier::server {

using namespace registry_detail;

Registry::Registry(Store& store, core::Clock& clock, const ServerConfig& config,
                   core::Logger log)
    : m_store(store), m_clock(clock), m_config(config), m_log(std::move(log)) {}

core::Result<void> Registry::load() {
    std::unique_lock lock(m_mutex);
    if (auto r = m_store.markAllAgentsOffline(); !r) {
        return r;
    }
    auto descriptors = m_store.listDescriptors();
    if (!descriptors) {
        return Unexpected(descriptors.error());
    }
    for (const auto& rec : *descriptors) {
        auto parsed = core::Descriptor::parse(nlohmann::json::parse(rec.json, nullptr, false));
        if (!parsed) {
            m_log.warn("stored descriptor no longer valid; skipped",
                       {{"function_id", rec.functionId}, {"error", parsed.error().message}});
            continue;
        }
        auto& f = m_scopes[{rec.gameId, rec.env}].functions[rec.functionId];
        f.descriptor = std::make_shared<const core::Descriptor>(std::move(*parsed));
        f.record = rec;
    }
    auto agents = m_store.listAgents();
    if (!agents) {
        return Unexpected(agents.error());
    }
    for (auto& rec : *agents) {
        AgentState st;
        st.record = rec;
        st.record.online = false;
        st.lastHeartbeat = core::fromUnixMs(rec.lastHeartbeatMs);
        indexAgent(st, true);
        m_agents[rec.agentId] = std::move(st);
    }
    auto assignments = m_store.listAssignments();
    auto versions = m_store.assignmentVersions();
    if (!assignments || !versions) {
        return Unexpected(!assignments ? assignments.error() : versions.error());
    }
    for (const auto& a : *assignments) {
        auto& scope = m_scopes[{a.gameId, a.env}];
        if (a.agentId.empty()) {
            scope.global[a.functionId] = a;
        } else {
            scope.perAgent[{a.functionId, a.agentId}] = a;
        }
    }
    for (auto& [key, scope] : m_scopes) {
        auto it = versions->find(key.gameId + '\x1f' + key.env);
        scope.assignmentVersion = it == versions->end() ? 0 : it->second;
    }
    m_log.info("registry loaded", {{"descriptors", std::to_string(descriptors->size())},
                                   {"agents", std::to_string(m_agents.size())}});
    return {};
}

// ---------------------------------------------------------------- descriptors

core::Result<std::string> Registry::decideOutcome(const ScopeKey& scope,
                                                  const core::Descriptor& d,
                                                  const std::string& exceptAgent) const {
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt == m_scopes.end()) {
        return std::string("created");
    }
    auto it = scopeIt->second.functions.find(d.id());
    if (it == scopeIt->second.functions.end()) {
        return std::string("created");
    }
    const auto& current = *it->second.descriptor;
    if (current.hash() == d.hash()) {
        return std::string("unchanged");
    }
    if (core::compareVersions(d.version(), current.version()) > 0) {
        return std::string("replaced");
    }
    const int serving = onlineServing(scope, d.id(), current.hash(), exceptAgent);
    if (serving == 0) {
        return std::string("replaced");
    }
    return Unexpected(
        ErrorCode::AlreadyExists,
        d.id() + ": this descriptor (version \"" + d.version() +
            "\") differs from the registered one (version \"" + current.version() + "\") that " +
            std::to_string(serving) + " online agent(s) serve; raise `version` to replace it",
        {{"function_id", d.id()},
         {"registered_version", current.version()},
         {"registered_hash", current.hash()},
         {"hash", d.hash()}});
}

int Registry::onlineServing(const ScopeKey& scope, const std::string& functionId,
                            const std::string& hash, const std::string& exceptAgent) const {
    auto scopeIt = m_scopes.find(scope);
    if (scopeIt == m_scopes.end()) {
        return 0;
    }
    auto servers = scopeIt->second.servers.find(functionId);
    if (servers == scopeIt->second.servers.end()) {
        return 0;
    }
    int n = 0;
    for (const auto& agentId : servers->second) {
        auto a = m_agents.find(agentId);
        if (agentId == exceptAgent || a == m_agents.end() || !a->second.record.online) {
            continue;
        }
        const std::string& served = a->second.record.functions.at(functionId);
        if (served.empty() || served == hash) {
            ++n;
        }
    }
    return n;
}

void Registry::applyDescriptor(const ScopeKey& scope, const PlannedDescriptor& plan,
                               std::int64_t now) {
    if (plan.outcome == "unchanged") {
        return;
    }
    auto& f = m_scopes[scope].functions[plan.descriptor->id()];
    f.descriptor = plan.descriptor;
    f.record = recordFor(scope, *plan.descriptor, now);
    if (plan.outcome == "replaced") {
        m_log.warn("descriptor replaced", {{"function_id", plan.descriptor->id()},
                                           {"game_id", scope.gameId},
                                           {"env", scope.env},
                                           {"version", plan.descriptor->version()}});
    }
}

core::Result<RegisterFunctionResult> Registry::registerFunction(
    const ScopeKey& scope, const function::v1::FunctionDescriptor& d) {
    for (auto [field, value] : {std::pair{"game_id", &scope.gameId}, {"env", &scope.env}}) {
        if (auto r = checkName(field, *value); !r) {
            return Unexpected(r.error());
        }
    }
    auto parsed = parseDescriptor(d);
    if (!parsed) {
        return Unexpected(parsed.error());
    }
    const auto now = core::toUnixMs(m_clock.now());
    std::unique_lock lock(m_mutex);
    auto outcome = decideOutcome(scope, **parsed, "");
    if (!outcome) {
        return Unexpected(outcome.error());
    }
    if (*outcome != "unchanged") {
        if (auto r = m_store.putDescriptor(recordFor(scope, **parsed, now)); !r) {
            return Unexpected(r.error());
        }
    }
    applyDescriptor(scope, {*parsed, *outcome}, now);
    if (*outcome != "unchanged") {
        emitFunction(*outcome == "created" ? RegistryEventType::ADDED : RegistryEventType::UPDATED, scope,
                     (*parsed)->id());
    }
    return RegisterFunctionResult{*outcome, (*parsed)->hash()};
}

// ---------------------------------------------------------------- agents

core::Result<RegisterAgentResult> Registry::registerAgent(
    const control::v1::RegisterAgentRequest& req, const std::string& peerAddr) {
    for (auto [field, value] : {std::pair{"agent_id", &req.agent_id()},
                                {"game_id", &req.game_id()},
                                {"env", &req.env()}}) {
        if (auto r = checkName(field, *value); !r) {
            return Unexpected(r.error());
        }
    }
    const ScopeKey scope{req.game_id(), req.env()};
    // Compile schemas before taking the lock: it is the slow part.
    std::map<std::string, PlannedDescriptor> plans;
    for (const auto& d : req.descriptors()) {
        auto parsed = parseDescriptor(d);
        if (!parsed) {
            return Unexpected(parsed.error());
        }
        if (!plans.emplace(d.id(), PlannedDescriptor{*parsed, ""}).second) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "descriptor " + d.id() + " is sent twice", {{"function_id", d.id()}});
        }
    }
    const auto nowTp = m_clock.now();
    const auto now = core::toUnixMs(nowTp);

    AgentRecord rec;
    rec.agentId = req.agent_id();
    rec.gameId = scope.gameId;
    rec.env = scope.env;
    rec.version = req.version();
    rec.addr = peerAddr;
    rec.labels.insert(req.labels().begin(), req.labels().end());
    for (const auto& id : req.functions()) {
        rec.functions[id] = "";
    }
    rec.registeredAtMs = now;
    rec.lastHeartbeatMs = now;
    rec.online = true;

    std::vector<std::shared_ptr<AgentLink>> toClose;
    std::unique_lock lock(m_mutex);
    for (auto& [id, plan] : plans) {
        auto outcome = decideOutcome(scope, *plan.descriptor, req.agent_id());
        if (!outcome) {
            return Unexpected(outcome.error());
        }
        plan.outcome = *outcome;
        rec.functions[id] = plan.descriptor->hash();
    }
    for (const auto& [id, plan] : plans) {
        if (plan.outcome != "unchanged") {
            if (auto r = m_store.putDescriptor(recordFor(scope, *plan.descriptor, now)); !r) {
                return Unexpected(r.error());
            }
        }
    }
    if (auto r = m_store.putAgent(rec); !r) {
        return Unexpected(r.error());
    }

    std::set<std::string> touched;
    std::set<std::string> created;
    std::optional<ScopeKey> oldScope;
    std::vector<std::string> oldFunctions;
    auto existing = m_agents.find(rec.agentId);
    const bool existed = existing != m_agents.end();
    bool sameScope = false;
    if (existed) {
        AgentState& old = existing->second;
        sameScope = scopeOf(old.record) == scope;
        if (old.link) {
            toClose.push_back(old.link);
        }
        indexAgent(old, false);
        for (const auto& [fn, hash] : old.record.functions) {
            if (sameScope) {
                touched.insert(fn);
            } else {
                oldFunctions.push_back(fn);
            }
        }
        if (!sameScope) {
            oldScope = scopeOf(old.record);
            emitAgent(RegistryEventType::REMOVED, old);
        }
    }
    for (const auto& [id, plan] : plans) {
        applyDescriptor(scope, plan, now);
        if (plan.outcome == "created") {
            created.insert(id);
        }
    }
    AgentState st;
    st.record = rec;
    st.sessionId = core::randomId("ses_");
    st.lastHeartbeat = nowTp;
    st.streamLostAt = nowTp;
    m_agents[rec.agentId] = st;
    const AgentState& now_ = m_agents[rec.agentId];
    indexAgent(now_, true);
    for (const auto& fn : oldFunctions) {
        emitFunction(RegistryEventType::UPDATED, *oldScope, fn);
    }
    emitAgent(existed && sameScope ? RegistryEventType::UPDATED : RegistryEventType::ADDED, now_);
    for (const auto& [fn, hash] : rec.functions) {
        touched.insert(fn);
    }
    for (const auto& fn : touched) {
        emitFunction(created.count(fn) ? RegistryEventType::ADDED : RegistryEventType::UPDATED, scope, fn);
    }
    m_log.info("agent registered", {{"agent_id", rec.agentId},
                                    {"game_id", scope.gameId},
                                    {"env", scope.env},
                                    {"functions", std::to_string(rec.functions.size())},
                                    {"addr", peerAddr}});
    auditAgent("agent.register", rec, peerAddr,
               {{"functions", std::to_string(rec.functions.size())},
                {"version", rec.version},
                {"created", std::to_string(created.size())}});
    RegisterAgentResult result{now_.sessionId, m_config.heartbeatInterval};
    lock.unlock();
    for (auto& link : toClose) {
        link->close(errorStatus(core::ErrorCode::Aborted, "superseded by a new registration of this agent"));
    }
    return result;
}

core::Result<void> Registry::attachStream(const std::shared_ptr<AgentLink>& link) {
    const std::string& agentId = link->agentId();
    std::shared_ptr<AgentLink> previous;
    {
        std::unique_lock lock(m_mutex);
        auto it = m_agents.find(agentId);
        if (it == m_agents.end() || it->second.sessionId != link->sessionId() ||
            !it->second.record.online) {
            return Unexpected(ErrorCode::FailedPrecondition,
                              "unknown or expired session for agent " + agentId +
                                  "; call RegisterAgent again",
                              {{"agent_id", agentId}});
        }
        AgentState& agent = it->second;
        previous = std::move(agent.link);
        control::v1::ServerFrame accepted;
        accepted.mutable_accepted()->set_agent_id(agentId);
        accepted.mutable_accepted()->set_accepts_batches(true);
        *accepted.mutable_accepted()->mutable_assignments() = assignmentsForLocked(agent);
        link->send(std::move(accepted)); // first frame, before the link is visible to callers
        agent.link = link;
        agent.lastHeartbeat = m_clock.now();
        emitAgent(RegistryEventType::UPDATED, agent);
        for (const auto& [fn, hash] : agent.record.functions) {
            emitFunction(RegistryEventType::UPDATED, scopeOf(agent.record), fn);
        }
    }
    if (previous) {
        previous->close(errorStatus(core::ErrorCode::Aborted, "superseded by a newer stream of this session"));
    }
    m_log.info("agent connected", {{"agent_id", agentId}});
    return {};
}

void Registry::streamClosed(const std::shared_ptr<AgentLink>& link) {
    std::unique_lock lock(m_mutex);
    auto it = m_agents.find(link->agentId());
    if (it == m_agents.end() || it->second.link != link) {
        return; // a superseded stream
    }
    AgentState& agent = it->second;
    agent.link.reset();
    agent.streamLostAt = m_clock.now();
    emitAgent(RegistryEventType::UPDATED, agent);
    for (const auto& [fn, hash] : agent.record.functions) {
        emitFunction(RegistryEventType::UPDATED, scopeOf(agent.record), fn);
    }
    m_log.info("agent stream closed", {{"agent_id", agent.record.agentId}});
}

bool Registry::heartbeat(const control::v1::HeartbeatRequest& req) {
    std::unique_lock lock(m_mutex);
    auto it = m_agents.find(req.agent_id());
    if (it == m_agents.end() || !it->second.record.online ||
        (!req.session_id().empty() && req.session_id() != it->second.sessionId)) {
        return false;
    }
    AgentState& agent = it->second;
    agent.lastHeartbeat = m_clock.now();
    agent.record.lastHeartbeatMs = core::toUnixMs(agent.lastHeartbeat);
    agent.heartbeatStatus.clear();
    agent.heartbeatStatus.insert(req.status().begin(), req.status().end());
    emitAgent(RegistryEventType::UPDATED, agent);
    return true;
}

void Registry::sweep() {
    std::vector<std::shared_ptr<AgentLink>> toClose;
    {
        std::unique_lock lock(m_mutex);
        const auto now = m_clock.now();
        const auto silentLimit = m_config.heartbeatInterval * m_config.missedHeartbeats;
        for (auto& [id, agent] : m_agents) {
            if (!agent.record.online) {
                continue;
            }
            std::string reason;
            if (now - agent.lastHeartbeat > silentLimit) {
                reason = "missed " + std::to_string(m_config.missedHeartbeats) + " heartbeats";
            } else if (!agent.link && now - agent.streamLostAt > m_config.reconnectGrace) {
                reason = "no Connect stream";
            }
            if (reason.empty()) {
                continue;
            }
            if (agent.link) {
                toClose.push_back(agent.link);
            }
            markOffline(agent, reason);
        }
    }
    for (auto& link : toClose) {
        link->close(errorStatus(core::ErrorCode::Unavailable, "agent considered offline: missed heartbeats"));
    }
}

void Registry::closeAllStreams(const std::string& reason) {
    std::vector<std::shared_ptr<AgentLink>> links;
    {
        std::shared_lock lock(m_mutex);
        for (const auto& [id, agent] : m_agents) {
            if (agent.link) {
                links.push_back(agent.link);
            }
        }
    }
    for (auto& link : links) {
        link->close(errorStatus(core::ErrorCode::Unavailable, reason));
    }
}

void Registry::auditAgent(const char* action, const AgentRecord& agent, const std::string& peer,
                          std::map<std::string, std::string> details) {
    if (m_audit == nullptr) {
        return;
    }
    AuditEntry e;
    e.actor = agent.agentId;
    e.actorKind = "agent";
    e.action = action;
    e.gameId = agent.gameId;
    e.env = agent.env;
    e.target = agent.agentId;
    e.peer = peer;
    e.details = std::move(details);
    m_audit->append(std::move(e));
}

void Registry::markOffline(AgentState& agent, const std::string& reason) {
    agent.record.online = false;
    agent.link.reset();
    agent.record.lastHeartbeatMs = core::toUnixMs(agent.lastHeartbeat);
    if (auto r = m_store.setAgentOnline(agent.record.agentId, false, agent.record.lastHeartbeatMs);
        !r) {
        m_log.warn("could not persist agent offline state",
                   {{"agent_id", agent.record.agentId}, {"error", r.error().message}});
    }
    m_log.info("agent offline", {{"agent_id", agent.record.agentId}, {"reason", reason}});
    auditAgent("agent.offline", agent.record, agent.record.addr, {{"reason", reason}});
    emitAgent(RegistryEventType::UPDATED, agent);
    for (const auto& [fn, hash] : agent.record.functions) {
        emitFunction(RegistryEventType::UPDATED, scopeOf(agent.record), fn);
    }
}

void Registry::indexAgent(const AgentState& agent, bool add) {
    auto& servers = m_scopes[scopeOf(agent.record)].servers;
    for (const auto& [fn, hash] : agent.record.functions) {
        if (add) {
            servers[fn].insert(agent.record.agentId);
        } else if (auto it = servers.find(fn); it != servers.end()) {
            it->second.erase(agent.record.agentId);
        }
    }
}

} // namespace croupier::server
