#pragma once
// The server's durable state behind a small interface (SQLite now, PostgreSQL later).
// Contract for every implementation:
// - Every method is thread-safe and synchronous; callers run it on a worker thread, never on a
//   gRPC reactor callback. A method that returned success has made its change durable against a
//   process crash (kill -9); writes inside one call are atomic.
// - Failures come back as Error (UNAVAILABLE for I/O trouble, INTERNAL for corruption), never as
//   exceptions. Times are unix milliseconds. JSON columns hold compact JSON text.

#include "croupier/core/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace croupier::server {

using core::Result;

struct DescriptorRecord {
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string version;
    std::string hash;      // core::Descriptor::hash()
    std::string json;      // the full descriptor JSON
    std::int64_t updatedAtMs = 0;
};

struct AgentRecord {
    std::string agentId;   // unique server-wide
    std::string gameId;
    std::string env;
    std::string version;
    std::string addr;
    std::map<std::string, std::string> labels;
    // function id -> descriptor hash the agent registered ("" = none given)
    std::map<std::string, std::string> functions;
    std::int64_t registeredAtMs = 0;
    std::int64_t lastHeartbeatMs = 0;
    bool online = false;
};

struct AssignmentRecord {
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string agentId;   // "" = global
    bool enabled = true;
    std::string reason;
    std::int64_t updatedAtMs = 0;
};

struct JobRecord {
    std::string jobId;
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string status;        // pending, running, completed, failed, canceled; awaiting_approval,
                               // rejected, expired
    std::string payloadJson;   // sensitive fields already masked
    std::string resultJson;    // "" until completed
    std::string error;
    std::string errorCode;
    double progress = 0;
    std::string message;       // last progress message
    std::string agentId;
    std::string idempotencyKey;
    std::int64_t timeoutMs = 0;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::int64_t lastSeq = 0;
    std::string requester;     // username that asked for it ("" before issue 3)
    std::string approvalId;    // set when it needed approval
};

struct JobEventRecord {
    std::string jobId;
    std::int64_t seq = 0;      // 1, 2, 3, ... per job
    int type = 0;              // croupier.function.v1.EventType value
    std::string message;
    double progress = 0;
    std::int64_t timestampMs = 0;
    std::string dataJson;      // "" = none
    std::string errorCode;
    std::string status;        // job status after the event
};

struct JobFilter {
    std::string gameId;        // required
    std::string env;           // required
    std::string functionId;    // "" = any
    std::string status;        // "" = any
    int limit = 50;
    // Paging: jobs strictly older than this (createdAtMs, jobId) pair, newest first.
    std::optional<std::pair<std::int64_t, std::string>> before;
};

// Key: (gameId, env, functionId, key).
struct IdempotencyRecord {
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string key;
    std::string payloadHash;
    std::string kind;          // "invoke", "job" or "approval"
    std::string state;         // "running" or "done"
    std::string jobId;         // kind == "job"
    std::string response;      // opaque bytes (serialized outcome) once done
    std::int64_t createdAtMs = 0;
};

struct IdempotencyClaim {
    bool claimed = false;              // true: the candidate was inserted, caller runs the call
    IdempotencyRecord existing;        // when !claimed: the first call's record
};

// --- identity (issue 3) ---

struct UserRecord {
    std::string username;      // unique
    std::string displayName;
    std::string passwordHash;  // core::hashPassword() output; never the password
    std::vector<std::string> roles;
    // Allowed game/env scopes as (gameId, env) pairs, "*" matching any; empty = every scope.
    std::vector<std::pair<std::string, std::string>> scopes;
    bool disabled = false;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::int64_t lastLoginAtMs = 0;
};

struct TokenRecord {
    std::string tokenHash;     // lower-case hex SHA-256 of the bearer token; the token is not kept
    std::string username;
    std::int64_t createdAtMs = 0;
    std::int64_t expiresAtMs = 0;
    bool revoked = false;
    std::string client;        // LoginRequest.client
    std::string peer;          // address it was issued to
};

// --- approvals (issue 3) ---

struct ApprovalRecord {
    std::string approvalId;
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string kind;          // "invoke", "job" or "approval": which RPC asked
    std::string state;         // pending, executed, rejected, expired, canceled
    // The frozen payload, in full (it is what runs once approved; masked when shown).
    std::string payloadJson;
    std::string payloadHash;   // SHA-256 hex of payloadJson
    std::string optionsJson;   // the InvokeOptions that apply when it runs, as JSON
    std::string requester;
    int threshold = 1;
    std::vector<std::string> approverRoles;
    // [{"approver","decision":"approve"|"reject","comment","at"}...] in decision order
    std::string decisionsJson = "[]";
    std::string jobId;
    std::string reason;        // why it was rejected, canceled or expired
    std::int64_t createdAtMs = 0;
    std::int64_t expiresAtMs = 0;
    std::int64_t updatedAtMs = 0;
};

struct ApprovalFilter {
    std::string state;         // "" = any
    std::string functionId;
    std::string requester;
    std::string gameId;
    std::string env;
    int limit = 50;
    // Paging: approvals strictly older than this (createdAtMs, approvalId), newest first.
    std::optional<std::pair<std::int64_t, std::string>> before;
};

// --- audit (issue 3) ---

struct AuditRow {
    std::int64_t seq = 0;      // 1, 2, 3, ... server-wide, no gaps
    std::int64_t timestampMs = 0;
    std::string actor;
    std::string actorKind;     // user, agent, system
    std::string action;
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string target;
    std::string paramsJson;    // masked; "" = none
    std::string outcome;
    std::string message;
    std::int64_t durationMs = 0;
    std::string peer;
    std::string detailsJson;   // JSON object of strings; "" = none
    std::string prevHash;
    std::string hash;
};

struct AuditFilter {
    std::string actor;         // "" = any
    std::string action;        // exact, or a prefix when it ends in "."
    std::string functionId;
    std::string gameId;
    std::string env;
    std::string outcome;
    std::int64_t fromMs = 0;   // inclusive; 0 = no bound
    std::int64_t toMs = 0;     // exclusive; 0 = no bound
    std::int64_t beforeSeq = 0;  // paging: seq strictly below this; 0 = from the newest
    int limit = 100;
};

class Store {
public:
    virtual ~Store() = default;

    // --- descriptors (one per gameId/env/functionId) ---
    virtual Result<void> putDescriptor(const DescriptorRecord& record) = 0;
    virtual Result<std::vector<DescriptorRecord>> listDescriptors() = 0;

    // --- agents ---
    virtual Result<void> putAgent(const AgentRecord& record) = 0;  // insert or replace
    virtual Result<void> setAgentOnline(const std::string& agentId, bool online,
                                        std::int64_t lastHeartbeatMs) = 0;
    virtual Result<std::vector<AgentRecord>> listAgents() = 0;
    // Marks every agent offline (at startup: no agent has a stream to a fresh process).
    virtual Result<void> markAllAgentsOffline() = 0;

    // --- assignments (one per gameId/env/functionId/agentId) ---
    // Stores the record and bumps the scope's version; returns the new version.
    virtual Result<std::int64_t> putAssignment(const AssignmentRecord& record) = 0;
    virtual Result<std::vector<AssignmentRecord>> listAssignments() = 0;
    // Current version per "gameId\x1f" + env scope key; missing scopes are version 0.
    virtual Result<std::map<std::string, std::int64_t>> assignmentVersions() = 0;

    // --- jobs ---
    virtual Result<void> createJob(const JobRecord& job) = 0;
    // Appends events (seq already assigned by the caller, contiguous per job) and replaces the
    // given jobs' rows, in one transaction. Either list may be empty.
    virtual Result<void> appendJobEvents(const std::vector<JobEventRecord>& events,
                                         const std::vector<JobRecord>& jobs) = 0;
    virtual Result<std::optional<JobRecord>> getJob(const std::string& jobId) = 0;
    virtual Result<std::vector<JobRecord>> listJobs(const JobFilter& filter) = 0;
    // Events with seq >= fromSeq in seq order.
    virtual Result<std::vector<JobEventRecord>> listJobEvents(const std::string& jobId,
                                                              std::int64_t fromSeq) = 0;
    // Jobs in pending or running state.
    virtual Result<std::vector<JobRecord>> listUnfinishedJobs() = 0;

    // --- idempotency ---
    // Inserts `candidate` unless a record with its key exists; returns which happened.
    virtual Result<IdempotencyClaim> claimIdempotency(const IdempotencyRecord& candidate) = 0;
    // Sets state "done" and the response of an existing record.
    virtual Result<void> completeIdempotency(const IdempotencyRecord& record) = 0;
    virtual Result<std::vector<IdempotencyRecord>> listRunningIdempotency() = 0;
    // Deletes the record with this key (a claimed call that provably never reached an agent).
    virtual Result<void> releaseIdempotency(const IdempotencyRecord& record) = 0;
    // Deletes records created before `cutoffMs`; returns how many.
    virtual Result<int> purgeIdempotency(std::int64_t cutoffMs) = 0;
    // --- users and tokens ---
    virtual Result<void> putUser(const UserRecord& user) = 0;  // insert or replace by username
    virtual Result<std::vector<UserRecord>> listUsers() = 0;
    virtual Result<void> putToken(const TokenRecord& token) = 0;  // insert or replace by hash
    // Tokens not revoked that expire after `nowMs`.
    virtual Result<std::vector<TokenRecord>> listLiveTokens(std::int64_t nowMs) = 0;
    // Marks one token (by hash) or every token of a user revoked.
    virtual Result<void> revokeToken(const std::string& tokenHash) = 0;
    virtual Result<void> revokeUserTokens(const std::string& username) = 0;
    // Deletes tokens that expired before `cutoffMs`; returns how many.
    virtual Result<int> purgeTokens(std::int64_t cutoffMs) = 0;

    // --- approvals ---
    virtual Result<void> putApproval(const ApprovalRecord& approval) = 0;  // insert or replace
    virtual Result<std::optional<ApprovalRecord>> getApproval(const std::string& approvalId) = 0;
    virtual Result<std::vector<ApprovalRecord>> listApprovals(const ApprovalFilter& filter) = 0;
    // Approvals in state "pending" (oldest first), to re-arm expiry timers at startup.
    virtual Result<std::vector<ApprovalRecord>> listPendingApprovals() = 0;

    // --- audit (append-only) ---
    // Appends rows whose seq continue the chain, in one transaction.
    virtual Result<void> appendAudit(const std::vector<AuditRow>& rows) = 0;
    // The row with the highest seq, if any.
    virtual Result<std::optional<AuditRow>> lastAudit() = 0;
    // Newest first.
    virtual Result<std::vector<AuditRow>> queryAudit(const AuditFilter& filter) = 0;
    // Rows with seq >= fromSeq in seq order, at most `limit` (for chain verification).
    virtual Result<std::vector<AuditRow>> scanAudit(std::int64_t fromSeq, int limit) = 0;
};

} // namespace croupier::server
