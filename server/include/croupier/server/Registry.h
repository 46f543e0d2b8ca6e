#pragma once
// The live registry: which agents exist, which descriptors each scope (game_id + env) has, which
// functions are disabled, and which agent streams are attached. Emits registration events to
// watchers in the order changes happen.
//
// Threads: mutations that write to the Store (registerAgent, registerFunction, setAssignment,
// sweep, load) run on worker threads and hold the exclusive lock across the store write, so
// memory and disk change in one order. resolve()/list*/assignmentsFor() take the shared lock
// and are called from reactor threads on the hot path; heartbeat()/attachStream()/
// streamClosed() are short in-memory updates from reactor threads.
// Watch sinks are called under the lock and must only queue.
//
// Descriptor conflict rule (one descriptor per function id per scope):
//   same content -> unchanged; different content is accepted ("replaced") when its version is
//   higher than the registered one, or when no other online agent serves the registered one;
//   otherwise ALREADY_EXISTS. Agents still on a replaced descriptor stay listed but get no calls
//   for that function until they register the current one.

#include "croupier/control/v1/control.pb.h"
#include "croupier/core/Clock.h"
#include "croupier/core/Descriptor.h"
#include "croupier/core/Log.h"
#include "croupier/function/v1/function.pb.h"
#include "croupier/registry/v1/registry.pb.h"
#include "croupier/server/AgentLink.h"
#include "croupier/server/ServerConfig.h"
#include "croupier/server/Store.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <shared_mutex>
#include <string>
#include <vector>

namespace croupier::server {

class AuditLog;

struct ScopeKey {
    std::string gameId;
    std::string env;
    auto operator<=>(const ScopeKey&) const = default;
};

struct RegisterAgentResult {
    std::string sessionId;
    std::chrono::milliseconds heartbeatInterval{0};
};

struct RegisterFunctionResult {
    std::string outcome;  // created, unchanged, replaced
    std::string hash;
};

// What the invoke/job paths need to route one call.
struct Resolution {
    std::shared_ptr<const core::Descriptor> descriptor;
    std::vector<std::shared_ptr<AgentLink>> candidates;  // eligible, sorted by agent id
    core::Error noCandidates;  // why candidates is empty (UNAVAILABLE / FAILED_PRECONDITION)
};

class Registry {
public:
    using WatchSink = std::function<void(const registry::v1::RegistrationEvent&)>;

    Registry(Store& store, core::Clock& clock, const ServerConfig& config, core::Logger log);
    // Where agent registrations and offline changes are audited; call before load().
    void setAudit(AuditLog* audit) { m_audit = audit; }

    // Loads descriptors, agents (all offline) and assignments from the store.
    core::Result<void> load();

    // --- agent side ---
    core::Result<RegisterAgentResult> registerAgent(const control::v1::RegisterAgentRequest& req,
                                                    const std::string& peerAddr);
    // Binds a Connect stream to the agent's current session and sends ConnectAccepted (with
    // the agent's assignments) on it before any other frame can be.
    core::Result<void> attachStream(const std::shared_ptr<AgentLink>& link);
    void streamClosed(const std::shared_ptr<AgentLink>& link);
    // False: the session is unknown (the agent should register again).
    bool heartbeat(const control::v1::HeartbeatRequest& req);
    // Marks agents offline that missed heartbeats or lost their stream past the grace period.
    void sweep();
    // Ends every agent stream with UNAVAILABLE (server shutdown): agents re-dial at once.
    void closeAllStreams(const std::string& reason);

    // --- functions ---
    core::Result<RegisterFunctionResult> registerFunction(const ScopeKey& scope,
                                                          const function::v1::FunctionDescriptor& d);
    core::Result<Resolution> resolve(const ScopeKey& scope, const std::string& functionId) const;
    // The descriptor only (no agent checks); NOT_FOUND when unknown.
    core::Result<std::shared_ptr<const core::Descriptor>> descriptor(
        const ScopeKey& scope, const std::string& functionId) const;
    std::vector<function::v1::FunctionInfo> listFunctions(const ScopeKey& scope,
                                                          const std::string& category) const;
    core::Result<function::v1::FunctionInfo> getFunction(const ScopeKey& scope,
                                                         const std::string& functionId) const;
    // Whether `agentId` is attached, online and not disabled for the function.
    core::Result<std::shared_ptr<AgentLink>> target(const ScopeKey& scope,
                                                    const std::string& functionId,
                                                    const std::string& agentId) const;

    // --- assignments ---
    core::Result<control::v1::SetAssignmentResponse> setAssignment(
        const control::v1::SetAssignmentRequest& req);
    core::Result<control::v1::GetAssignmentsResponse> getAssignments(
        const control::v1::GetAssignmentsRequest& req) const;

    // --- registrations ---
    registry::v1::GetRegistrationsResponse getRegistrations(
        const registry::v1::GetRegistrationsRequest& req) const;
    // Sends the snapshot (ADDED..., SYNCED) to `sink` at once, then live events. Empty
    // gameId/env match every scope.
    std::uint64_t watch(const ScopeKey& filter, WatchSink sink);
    void unwatch(std::uint64_t id);

    std::chrono::milliseconds heartbeatInterval() const { return m_config.heartbeatInterval; }

private:
    struct AgentState {
        AgentRecord record;
        std::string sessionId;
        std::shared_ptr<AgentLink> link;
        core::TimePoint lastHeartbeat;
        core::TimePoint streamLostAt;
        std::map<std::string, std::string> heartbeatStatus;
    };
    struct FunctionState {
        std::shared_ptr<const core::Descriptor> descriptor;
        DescriptorRecord record;
    };
    struct ScopeState {
        std::map<std::string, FunctionState> functions;
        std::map<std::string, AssignmentRecord> global;  // by function id
        std::map<std::pair<std::string, std::string>, AssignmentRecord> perAgent;
        std::int64_t assignmentVersion = 0;
        // function id -> ids of agents (of this scope) that list it; the hot-path index.
        std::map<std::string, std::set<std::string>> servers;
    };
    struct Watcher {
        ScopeKey filter;
        WatchSink sink;
    };
    struct PlannedDescriptor {
        std::shared_ptr<const core::Descriptor> descriptor;
        std::string outcome;
    };

    // Applies the conflict rule (see the class comment); returns the outcome.
    core::Result<std::string> decideOutcome(const ScopeKey& scope, const core::Descriptor& d,
                                            const std::string& exceptAgent) const;
    void applyDescriptor(const ScopeKey& scope, const PlannedDescriptor& plan, std::int64_t now);
    void markOffline(AgentState& agent, const std::string& reason);
    void indexAgent(const AgentState& agent, bool add);
    core::Error whyNoCandidates(const ScopeKey& scope, const std::string& functionId) const;
    bool servesCurrent(const AgentState& agent, const ScopeKey& scope,
                       const std::string& functionId) const;
    bool enabledFor(const ScopeState& scope, const std::string& functionId,
                    const std::string& agentId, std::string* reason) const;
    bool eligible(const AgentState& agent) const;
    int onlineServing(const ScopeKey& scope, const std::string& functionId,
                      const std::string& hash, const std::string& exceptAgent) const;

    registry::v1::AgentInfo agentInfo(const AgentState& agent) const;
    registry::v1::FunctionRegistration functionRegistration(const ScopeKey& scope,
                                                            const std::string& functionId) const;
    function::v1::FunctionInfo functionInfo(const ScopeKey& scope, const std::string& id,
                                            const FunctionState& f) const;
    control::v1::GetAssignmentsResponse assignmentsForLocked(const AgentState& agent) const;
    void pushAssignments(const ScopeKey& scope);

    void emitAgent(registry::v1::EventType type, const AgentState& agent);
    // Appends an agent.* audit record (no-op without an AuditLog). Never blocks.
    void auditAgent(const char* action, const AgentRecord& agent, const std::string& peer,
                    std::map<std::string, std::string> details);
    void emitFunction(registry::v1::EventType type, const ScopeKey& scope,
                      const std::string& functionId);
    void emit(const ScopeKey& scope, registry::v1::RegistrationEvent event);

    Store& m_store;
    core::Clock& m_clock;
    const ServerConfig& m_config;
    core::Logger m_log;
    AuditLog* m_audit = nullptr;  // set once before load(); appends never block

    mutable std::shared_mutex m_mutex;  // guards everything below
    std::map<ScopeKey, ScopeState> m_scopes;
    std::map<std::string, AgentState> m_agents;
    std::map<std::uint64_t, Watcher> m_watchers;
    std::uint64_t m_nextWatcher = 1;
    std::int64_t m_revision = 0;
};

} // namespace croupier::server
