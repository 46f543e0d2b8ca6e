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
    std::string status;        // pending, running, completed, failed, canceled
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
    std::string kind;          // "invoke" or "job"
    std::string state;         // "running" or "done"
    std::string jobId;         // kind == "job"
    std::string response;      // opaque bytes (serialized outcome) once done
    std::int64_t createdAtMs = 0;
};

struct IdempotencyClaim {
    bool claimed = false;              // true: the candidate was inserted, caller runs the call
    IdempotencyRecord existing;        // when !claimed: the first call's record
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
};

} // namespace croupier::server
