#pragma once
// Approvals: a call to a function whose descriptor has `auth.approval.enabled` does not run.
// request() freezes its full payload (and the SHA-256 of it), creates an awaiting job, and waits
// for `threshold` distinct eligible approvers; then the job runs exactly once (re-prepared from
// the frozen payload against the current descriptor and agents, under a CallLimiter permit).
// One rejection ends it, the requester may cancel it, and it expires after
// ServerConfig::approvalExpiry (a Scheduler timer on the core::Clock, re-armed by recover()).
//
// Eligible approver: holds approval.decide, holds one of the approval's approver roles (when it
// lists any), may act in its game/env, and is not the requester. A caller sees an approval when
// they hold approval.read in its scope, or requested it. Views mask sensitive payload values.
//
// Every change is persisted (Store::putApproval) before it is reported or acted on, audited
// (approval.create / approve / reject / cancel / expire / execute), and pushed to watchers.
//
// Threads: request/get/list/approve/reject/cancel/watch/recover do store I/O: worker threads only.
// unwatch() is non-blocking (reactor threads). m_decideMutex serialises every state change (held
// across the store read and write, so concurrent approvals execute once) and watch snapshots; it
// is taken on worker threads only. m_watchMutex guards m_watchers and m_timerMutex m_timers; both
// are leaves, never held while calling a sink, the Scheduler or the Store. Watch sinks run on the
// deciding worker thread, in change order, and must only queue. Lock order: m_decideMutex, then
// the JobManager's locks.
// Ownership: the Server owns this and everything it references. Timers and worker tasks hold
// `this`: stop the Scheduler and the worker pool (or call stop()) before destroying it.

#include "croupier/approval/v1/approval.pb.h"
#include "croupier/core/Clock.h"
#include "croupier/core/Log.h"
#include "croupier/core/ThreadPool.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/CallLimiter.h"
#include "croupier/server/CallPreparer.h"
#include "croupier/server/IdempotencyGate.h"
#include "croupier/server/JobManager.h"
#include "croupier/server/Principal.h"
#include "croupier/server/Registry.h"
#include "croupier/server/Scheduler.h"
#include "croupier/server/ServerConfig.h"
#include "croupier/server/Store.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace croupier::server {

// Where a call that needs approval waits (what InvokeFunction / InvokeJob answer).
struct ApprovalTicket {
    std::string approvalId;
    std::string state;     // "pending"
    std::string jobId;     // status "awaiting_approval" until it runs
    std::int64_t expiresAtMs = 0;
};

class ApprovalManager {
public:
    using WatchSink = std::function<void(const approval::v1::ApprovalEvent&)>;
    // A user as they are now (UserDirectory::currentPrincipal): an approved call runs only if
    // its requester may still make it.
    using RequesterLookup = std::function<core::Result<Principal>(const std::string& username)>;

    ApprovalManager(Store& store, Registry& registry, JobManager& jobs, IdempotencyGate& gate,
                    AuditLog& audit, CallLimiter& limits, Scheduler& scheduler,
                    core::ThreadPool& workers, core::Clock& clock, const ServerConfig& config,
                    core::Logger log, RequesterLookup requesterNow);
    ~ApprovalManager();
    ApprovalManager(const ApprovalManager&) = delete;
    ApprovalManager& operator=(const ApprovalManager&) = delete;

    // At startup (after the Registry is loaded and the AuditLog recovered): expires overdue
    // pending approvals, re-arms the others' expiry, and fails approved jobs a previous process
    // stopped before starting. Returns how many approvals are pending.
    core::Result<int> recover();
    // Cancels the expiry timers; later timer or worker callbacks do nothing.
    void stop();

    // A call admitted for `requester` (permission, allow_if, scope checked) whose descriptor
    // needs approval: stores the approval and its awaiting job, audits, notifies watchers.
    core::Result<ApprovalTicket> request(const PreparedCall& call, CallKind kind,
                                         const function::v1::InvokeOptions& options,
                                         const Principal& requester);
    // request() for InvokeFunction / InvokeJob, once per idempotency key: a repeated key (same
    // function and scope) answers with the first request's approval as it is now instead of
    // creating another, across restarts too; with other parameters it is INVALID_ARGUMENT.
    // `done` runs on a worker thread, or at once for an error found without store I/O.
    using TicketDone = std::function<void(core::Result<ApprovalTicket>)>;
    void requestOnce(PreparedCall call, CallKind kind, function::v1::InvokeOptions options,
                     Principal requester, TicketDone done);

    // NOT_FOUND, or PERMISSION_DENIED when the caller may not see it.
    core::Result<approval::v1::Approval> get(const Principal& caller,
                                             const std::string& approvalId);
    // Newest first; only approvals the caller may see (see the class comment); `actionable`:
    // those the caller may approve or reject now.
    core::Result<approval::v1::ListApprovalsResponse> list(
        const Principal& caller, const approval::v1::ListApprovalsRequest& request);

    // PERMISSION_DENIED (with the reason) for an ineligible caller, ALREADY_EXISTS when the
    // caller approved already (the count does not change), FAILED_PRECONDITION naming the
    // state when it is no longer pending. Reaching the threshold executes it (state "executed").
    core::Result<approval::v1::Approval> approve(const Principal& caller,
                                                 const std::string& approvalId,
                                                 const std::string& comment);
    // INVALID_ARGUMENT without a reason; otherwise as approve(). Ends it (job "rejected").
    core::Result<approval::v1::Approval> reject(const Principal& caller,
                                                const std::string& approvalId,
                                                const std::string& reason);
    // By the requester only (PERMISSION_DENIED otherwise). Ends it (job "canceled").
    core::Result<approval::v1::Approval> cancel(const Principal& caller,
                                                const std::string& approvalId,
                                                const std::string& reason);

    // Sends the pending approvals `caller` may see in `filter` (empty gameId/env = all) as
    // ADDED, then SYNCED, then live ADDED/UPDATED events, each viewed as `caller` sees it.
    core::Result<std::uint64_t> watch(const Principal& caller, const ScopeKey& filter,
                                      WatchSink sink);
    void unwatch(std::uint64_t id);

private:
    struct Watcher {
        Principal caller;
        ScopeKey filter;
        WatchSink sink;
    };
    // What a decision does once m_decideMutex is released.
    struct Step {
        ApprovalRecord record;         // as persisted
        std::vector<AuditEntry> audits;
        std::string endJob;            // "" or the job's end status (rejected, expired, ...)
        bool execute = false;
    };

    using Check = std::function<core::Result<void>(const ApprovalRecord&)>;
    using Change = std::function<core::Result<Step>(ApprovalRecord)>;

    // One decision on a pending approval, under m_decideMutex: load it, `allowed` (the caller's
    // right to decide, checked before the state), expire it if overdue, refuse it unless
    // pending, then `change` (which persists via commitLocked). Applies the resulting Steps
    // after the lock.
    core::Result<Step> decide(const std::string& approvalId, const Check& allowed,
                              const Change& change);
    // requestOnce() after the key was claimed: request(), then record the outcome under the key
    // (or release it when nothing was created).
    void requestClaimed(const IdempotencyKey& key, const PreparedCall& call, CallKind kind,
                        const function::v1::InvokeOptions& options, const Principal& requester,
                        const TicketDone& done);
    // The ticket of the approval a first request with the same idempotency key stored.
    core::Result<ApprovalTicket> existingTicket(const std::string& outcome);
    // m_decideMutex held. The stored approval; NOT_FOUND when there is none.
    core::Result<ApprovalRecord> loadLocked(const std::string& approvalId);
    // m_decideMutex held. Persists `rec` as changed and notifies watchers.
    core::Result<void> commitLocked(const ApprovalRecord& rec, approval::v1::EventType type);
    core::Result<Step> expireLocked(ApprovalRecord rec);
    core::Result<Step> approveLocked(const Principal& caller, ApprovalRecord rec,
                                     const std::string& comment);
    void apply(const Step& step);
    void execute(const ApprovalRecord& rec);
    void expireDue(const std::string& approvalId);
    core::Result<void> failStalledJobs();

    void arm(const std::string& approvalId, std::int64_t expiresAtMs);
    void disarm(const std::string& approvalId);

    // m_decideMutex held (keeps events in change order).
    void notifyLocked(const ApprovalRecord& rec, approval::v1::EventType type);
    approval::v1::Approval view(const ApprovalRecord& rec, const Principal& caller) const;
    AuditEntry auditFor(const ApprovalRecord& rec, const std::string& action,
                        const std::string& actor) const;
    nlohmann::json maskedPayload(const ApprovalRecord& rec) const;

    Store& m_store;
    Registry& m_registry;
    JobManager& m_jobs;
    IdempotencyGate& m_gate;
    AuditLog& m_audit;
    CallLimiter& m_limits;
    Scheduler& m_scheduler;
    core::ThreadPool& m_workers;
    core::Clock& m_clock;
    const ServerConfig& m_config;
    core::Logger m_log;
    RequesterLookup m_requesterNow;

    std::mutex m_decideMutex;  // serialises state changes and watch snapshots (workers only)
    std::mutex m_watchMutex;   // guards m_watchers, m_nextWatcher
    std::map<std::uint64_t, std::shared_ptr<const Watcher>> m_watchers;
    std::uint64_t m_nextWatcher = 1;
    std::mutex m_timerMutex;   // guards m_timers, m_stopped
    std::map<std::string, Scheduler::TimerId> m_timers;  // pending approval id -> expiry timer
    bool m_stopped = false;
};

} // namespace croupier::server
