// ApprovalManager's write side: request, decisions, expiry, execution, recovery.
// (Reads, views and watchers are in ApprovalQueries.cpp; the pure rules in ApprovalRules.cpp.)
#include "croupier/server/ApprovalManager.h"

#include "ApprovalRules.h"

#include "croupier/core/Crypto.h"
#include "croupier/core/Duration.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/Outcome.h"

namespace croupier::server {
namespace {

using ApprovalEventType = approval::v1::EventType;
using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

constexpr const char* kPending = "pending";
// Executed approvals checked at startup for a job that never left awaiting_approval.
constexpr int kStalledScan = 100;
// Retry delay when an expiry could not be persisted.
constexpr std::chrono::minutes kExpiryRetry{1};

core::Error notPending(const ApprovalRecord& rec) {
    return core::Error(ErrorCode::FailedPrecondition,
                       "approval " + rec.approvalId + " is " + rec.state + ", no longer pending",
                       {{"approval_id", rec.approvalId}, {"state", rec.state}});
}

std::string lastApprover(const ApprovalRecord& rec) {
    const auto decisions = approvals::parseDecisions(rec.decisionsJson);
    for (auto it = decisions.rbegin(); it != decisions.rend(); ++it) {
        if (it->decision == "approve") {
            return it->approver;
        }
    }
    return "system";
}

} // namespace

ApprovalManager::ApprovalManager(Store& store, Registry& registry, JobManager& jobs,
                                 IdempotencyGate& gate, AuditLog& audit, CallLimiter& limits,
                                 Scheduler& scheduler, core::ThreadPool& workers,
                                 core::Clock& clock, const ServerConfig& config, core::Logger log,
                                 RequesterLookup requesterNow)
    : m_store(store)
    , m_registry(registry)
    , m_jobs(jobs)
    , m_gate(gate)
    , m_audit(audit)
    , m_limits(limits)
    , m_scheduler(scheduler)
    , m_workers(workers)
    , m_clock(clock)
    , m_config(config)
    , m_log(std::move(log))
    , m_requesterNow(std::move(requesterNow)) {}

ApprovalManager::~ApprovalManager() { stop(); }

void ApprovalManager::stop() {
    std::map<std::string, Scheduler::TimerId> timers;
    {
        std::lock_guard lock(m_timerMutex);
        m_stopped = true;
        timers.swap(m_timers);
    }
    for (const auto& [id, timer] : timers) {
        m_scheduler.cancel(timer);
    }
}

core::Result<int> ApprovalManager::recover() {
    auto pending = m_store.listPendingApprovals();
    if (!pending) {
        return Unexpected(pending.error());
    }
    const auto now = core::toUnixMs(m_clock.now());
    int waiting = 0;
    for (const auto& rec : *pending) {
        if (rec.expiresAtMs <= now) {
            expireDue(rec.approvalId);
        } else {
            arm(rec.approvalId, rec.expiresAtMs);
            ++waiting;
        }
    }
    if (auto r = failStalledJobs(); !r) {
        m_log.warn("could not check executed approvals", {{"error", r.error().message}});
    }
    if (waiting > 0) {
        m_log.info("approvals waiting", {{"pending", std::to_string(waiting)}});
    }
    return waiting;
}

core::Result<void> ApprovalManager::failStalledJobs() {
    // An approval persisted as executed whose job row still says awaiting_approval: the previous
    // process stopped in between. The StartJob frame may have left before the row was written,
    // so running it now could run it twice: fail it, as recover() fails interrupted jobs.
    ApprovalFilter filter;
    filter.state = "executed";
    filter.limit = kStalledScan;
    auto executed = m_store.listApprovals(filter);
    if (!executed) {
        return Unexpected(executed.error());
    }
    for (const auto& rec : *executed) {
        auto job = m_store.getJob(rec.jobId);
        if (!job || !job->has_value() || (*job)->status != "awaiting_approval") {
            continue;
        }
        auto ended = m_jobs.endAwaiting(rec.jobId, "failed",
                                        "the server stopped after this call was approved but "
                                        "before it started; request it again",
                                        "SERVER_RESTARTED");
        if (!ended) {
            m_log.warn("could not fail a stalled approved job",
                       {{"job_id", rec.jobId}, {"error", ended.error().message}});
        }
    }
    return {};
}

// ---------------------------------------------------------------- request

core::Result<ApprovalTicket> ApprovalManager::request(const PreparedCall& call, CallKind kind,
                                                      const function::v1::InvokeOptions& options,
                                                      const Principal& requester) {
    const core::Descriptor& d = *call.resolution.descriptor;
    const auto now = core::toUnixMs(m_clock.now());
    ApprovalRecord rec;
    rec.approvalId = core::randomId("apv_");
    rec.gameId = call.scope.gameId;
    rec.env = call.scope.env;
    rec.functionId = call.functionId;
    rec.kind = kind == CallKind::Invoke ? "invoke" : "job";
    rec.state = kPending;
    rec.payloadJson = call.payloadJson.dump();  // keys sorted: the canonical text
    rec.payloadHash = core::sha256Hex(rec.payloadJson);
    rec.optionsJson = approvals::encodeOptions(options);
    rec.requester = requester.username;
    rec.threshold = std::max(1, d.auth().approval.threshold);
    rec.approverRoles = d.auth().approval.approvers;
    rec.createdAtMs = now;
    rec.expiresAtMs = now + m_config.approvalExpiry.count();
    rec.updatedAtMs = now;
    auto jobId = m_jobs.createAwaiting(call, requester.username, rec.approvalId);
    if (!jobId) {
        return Unexpected(jobId.error());
    }
    rec.jobId = *jobId;
    auto stored = [&] {
        std::lock_guard lock(m_decideMutex);
        return commitLocked(rec, ApprovalEventType::ADDED);
    }();
    if (!stored) {
        (void)m_jobs.endAwaiting(rec.jobId, "failed",
                                 "the approval could not be stored: " + stored.error().message,
                                 std::string(core::codeName(stored.error().code)));
        return Unexpected(stored.error());
    }
    arm(rec.approvalId, rec.expiresAtMs);
    AuditEntry entry = auditFor(rec, "approval.create", requester.username);
    entry.params = d.maskSensitive(call.payloadJson);
    entry.peer = requester.peer;
    entry.details["threshold"] = std::to_string(rec.threshold);
    entry.details["kind"] = rec.kind;
    m_audit.append(std::move(entry));
    m_log.info("approval requested", {{"approval_id", rec.approvalId},
                                      {"function_id", rec.functionId},
                                      {"requester", rec.requester}});
    return ApprovalTicket{rec.approvalId, rec.state, rec.jobId, rec.expiresAtMs};
}

void ApprovalManager::requestOnce(PreparedCall call, CallKind kind,
                                  function::v1::InvokeOptions options, Principal requester,
                                  TicketDone done) {
    if (call.idempotencyKey.empty()) {
        auto work = [this, call = std::move(call), kind, options = std::move(options),
                     requester = std::move(requester), done] {
            done(request(call, kind, options, requester));
        };
        if (!m_workers.submit(std::move(work))) {
            done(Unexpected(ErrorCode::Unavailable, "the server is shutting down"));
        }
        return;
    }
    const IdempotencyKey key = idempotencyKeyOf(call);
    const std::string hash = call.payloadHash;
    m_gate.begin(key, hash, "approval",
                 [this, key, call = std::move(call), kind, options = std::move(options),
                  requester = std::move(requester),
                  done](const core::Result<IdempotencyGate::Begin>& begin) {
                     if (!begin) {
                         done(Unexpected(begin.error()));
                     } else if (begin->run) {
                         requestClaimed(key, call, kind, options, requester, done);
                     } else {
                         done(existingTicket(begin->outcome));
                     }
                 });
}

void ApprovalManager::requestClaimed(const IdempotencyKey& key, const PreparedCall& call,
                                     CallKind kind, const function::v1::InvokeOptions& options,
                                     const Principal& requester, const TicketDone& done) {
    auto ticket = request(call, kind, options, requester);
    if (!ticket) {
        m_gate.release(key);
        done(std::move(ticket));
        return;
    }
    m_gate.finish(key, encodeApprovalOutcome({ticket->approvalId, ticket->jobId}),
                  [done, ticket] { done(ticket); });
}

core::Result<ApprovalTicket> ApprovalManager::existingTicket(const std::string& outcome) {
    auto first = decodeApprovalOutcome(outcome);
    if (!first) { // the first call failed, or was not one waiting for approval
        return Unexpected(first.error());
    }
    auto rec = m_store.getApproval(first->approvalId);
    if (!rec) {
        return Unexpected(rec.error());
    }
    if (!*rec) {
        return Unexpected(ErrorCode::NotFound, "approval " + first->approvalId +
                                                   ", created by the first call with this "
                                                   "idempotency key, no longer exists");
    }
    return ApprovalTicket{(*rec)->approvalId, (*rec)->state, (*rec)->jobId, (*rec)->expiresAtMs};
}

// ---------------------------------------------------------------- decisions

core::Result<approval::v1::Approval> ApprovalManager::approve(const Principal& caller,
                                                              const std::string& approvalId,
                                                              const std::string& comment) {
    auto step = decide(
        approvalId, [&](const ApprovalRecord& rec) { return approvals::checkEligible(caller, rec); },
        [&](ApprovalRecord rec) { return approveLocked(caller, std::move(rec), comment); });
    if (!step) {
        return Unexpected(step.error());
    }
    return view(step->record, caller);
}

core::Result<approval::v1::Approval> ApprovalManager::reject(const Principal& caller,
                                                             const std::string& approvalId,
                                                             const std::string& reason) {
    if (reason.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "a rejection needs a reason",
                          {{"field", "reason"}});
    }
    auto step = decide(
        approvalId, [&](const ApprovalRecord& rec) { return approvals::checkEligible(caller, rec); },
        [&](ApprovalRecord rec) -> core::Result<Step> {
            const auto now = core::toUnixMs(m_clock.now());
            auto decisions = approvals::parseDecisions(rec.decisionsJson);
            decisions.push_back({caller.username, "reject", reason, now});
            rec.decisionsJson = approvals::encodeDecisions(decisions);
            rec.state = "rejected";
            rec.reason = reason;
            rec.updatedAtMs = now;
            if (auto r = commitLocked(rec, ApprovalEventType::UPDATED); !r) {
                return Unexpected(r.error());
            }
            Step out{rec, {auditFor(rec, "approval.reject", caller.username)}, "rejected", false};
            out.audits.back().message = reason;
            out.audits.back().peer = caller.peer;
            return out;
        });
    if (!step) {
        return Unexpected(step.error());
    }
    return view(step->record, caller);
}

core::Result<approval::v1::Approval> ApprovalManager::cancel(const Principal& caller,
                                                             const std::string& approvalId,
                                                             const std::string& reason) {
    auto onlyRequester = [&](const ApprovalRecord& rec) -> core::Result<void> {
        if (caller.username != rec.requester) {
            return Unexpected(ErrorCode::PermissionDenied,
                              "only its requester (" + rec.requester + ") can cancel an approval",
                              {{"requester", rec.requester}});
        }
        return {};
    };
    auto step = decide(approvalId, onlyRequester, [&](ApprovalRecord rec) -> core::Result<Step> {
        rec.state = "canceled";
        rec.reason = reason.empty() ? "canceled by the requester" : reason;
        rec.updatedAtMs = core::toUnixMs(m_clock.now());
        if (auto r = commitLocked(rec, ApprovalEventType::UPDATED); !r) {
            return Unexpected(r.error());
        }
        Step out{rec, {auditFor(rec, "approval.cancel", caller.username)}, "canceled", false};
        out.audits.back().message = rec.reason;
        out.audits.back().peer = caller.peer;
        return out;
    });
    if (!step) {
        return Unexpected(step.error());
    }
    return view(step->record, caller);
}

core::Result<ApprovalManager::Step> ApprovalManager::decide(const std::string& approvalId,
                                                            const Check& allowed,
                                                            const Change& change) {
    std::optional<Step> expired;
    auto step = [&]() -> core::Result<Step> {
        std::lock_guard lock(m_decideMutex);
        auto rec = loadLocked(approvalId);
        if (!rec) {
            return Unexpected(rec.error());
        }
        if (auto ok = allowed(*rec); !ok) {
            return Unexpected(ok.error());
        }
        if (rec->state == kPending && core::toUnixMs(m_clock.now()) >= rec->expiresAtMs) {
            auto e = expireLocked(*rec);  // its timer has not run yet: expire it now
            if (!e) {
                return Unexpected(e.error());
            }
            expired = *e;
            *rec = e->record;
        }
        if (rec->state != kPending) {
            return Unexpected(notPending(*rec));
        }
        return change(std::move(*rec));
    }();
    if (expired) {
        apply(*expired);
    }
    if (step) {
        apply(*step);
    }
    return step;
}

core::Result<ApprovalManager::Step> ApprovalManager::approveLocked(const Principal& caller,
                                                                   ApprovalRecord rec,
                                                                   const std::string& comment) {
    auto decisions = approvals::parseDecisions(rec.decisionsJson);
    if (approvals::hasApproved(decisions, caller.username)) {
        return Unexpected(ErrorCode::AlreadyExists, "already approved by you",
                          {{"approval_id", rec.approvalId},
                           {"approvals", std::to_string(approvals::countApprovals(decisions))}});
    }
    const auto now = core::toUnixMs(m_clock.now());
    decisions.push_back({caller.username, "approve", comment, now});
    const int count = approvals::countApprovals(decisions);
    rec.decisionsJson = approvals::encodeDecisions(decisions);
    rec.updatedAtMs = now;
    const bool reached = count >= rec.threshold;
    if (reached) {
        rec.state = "executed";  // decided here, once: only this thread executes it
    }
    if (auto r = commitLocked(rec, ApprovalEventType::UPDATED); !r) {
        return Unexpected(r.error());
    }
    AuditEntry entry = auditFor(rec, "approval.approve", caller.username);
    entry.message = comment;
    entry.peer = caller.peer;
    entry.details["approvals"] = std::to_string(count);
    entry.details["threshold"] = std::to_string(rec.threshold);
    return Step{rec, {std::move(entry)}, "", reached};
}

core::Result<ApprovalManager::Step> ApprovalManager::expireLocked(ApprovalRecord rec) {
    rec.state = "expired";
    rec.reason = "no decision within " +
                 core::formatDuration(std::chrono::milliseconds(rec.expiresAtMs - rec.createdAtMs));
    rec.updatedAtMs = core::toUnixMs(m_clock.now());
    if (auto r = commitLocked(rec, ApprovalEventType::UPDATED); !r) {
        return Unexpected(r.error());
    }
    AuditEntry entry = auditFor(rec, "approval.expire", "system");
    entry.message = rec.reason;
    return Step{rec, {std::move(entry)}, "expired", false};
}

core::Result<ApprovalRecord> ApprovalManager::loadLocked(const std::string& approvalId) {
    return approvals::findApproval(m_store, approvalId);
}

core::Result<void> ApprovalManager::commitLocked(const ApprovalRecord& rec, ApprovalEventType type) {
    if (auto r = m_store.putApproval(rec); !r) {
        return r;
    }
    notifyLocked(rec, type);
    return {};
}

void ApprovalManager::apply(const Step& step) {
    const ApprovalRecord& rec = step.record;
    if (rec.state != kPending) {
        disarm(rec.approvalId);
    }
    for (const auto& entry : step.audits) {
        m_audit.append(entry);
    }
    if (!step.endJob.empty()) {
        const std::string why = rec.state == "rejected" ? "rejected: " + rec.reason : rec.reason;
        if (auto r = m_jobs.endAwaiting(rec.jobId, step.endJob, why); !r) {
            m_log.warn("could not end the approval's job",
                       {{"job_id", rec.jobId}, {"error", r.error().message}});
        }
    }
    if (step.execute) {
        execute(rec);
    }
}

// ---------------------------------------------------------------- execution

void ApprovalManager::execute(const ApprovalRecord& rec) {
    AuditEntry entry = auditFor(rec, "approval.execute", lastApprover(rec));
    entry.params = maskedPayload(rec);
    auto fail = [&](const core::Error& e) {
        (void)m_jobs.endAwaiting(rec.jobId, "failed", "approved, but it could not start: " +
                                                          e.message,
                                 std::string(core::codeName(e.code)));
        entry.outcome = std::string(core::codeName(e.code));
        entry.message = e.message;
        m_audit.append(std::move(entry));
        m_log.warn("approved call not started",
                   {{"approval_id", rec.approvalId}, {"error", e.message}});
    };
    if (core::sha256Hex(rec.payloadJson) != rec.payloadHash) {
        fail(core::Error(ErrorCode::DataLoss, "the frozen payload does not match its hash"));
        return;
    }
    const json frozen = json::parse(rec.payloadJson, nullptr, false);
    google::protobuf::Struct payload;
    if (!frozen.is_object() || proto::toStruct(frozen, &payload)) {
        fail(core::Error(ErrorCode::DataLoss, "the frozen payload is not a JSON object"));
        return;
    }
    // Approvers vouch for the parameters, not for the requester: the call runs only if the
    // requester still exists, is enabled and may still make it (scope, permission, allow_if).
    auto requester = m_requesterNow(rec.requester);
    if (!requester) {
        fail(requester.error());
        return;
    }
    auto prepared = admitCall(m_registry, m_config, *requester, CallKind::Job, rec.gameId,
                              rec.env, rec.functionId, payload,
                              approvals::decodeOptions(rec.optionsJson));
    if (!prepared) {
        fail(prepared.error());
        return;
    }
    if (prepared->payloadJson != frozen) {  // e.g. a new descriptor adds defaults
        fail(core::Error(ErrorCode::FailedPrecondition,
                         rec.functionId + " changed since the request: running it now would "
                                          "change the approved parameters"));
        return;
    }
    auto permit = m_limits.acquire(rec.gameId, rec.env, *prepared->resolution.descriptor);
    if (!permit) {
        fail(permit.error());
        return;
    }
    m_jobs.runApproved(rec.jobId, std::move(*prepared), std::move(*permit));
    entry.message = "started as job " + rec.jobId;
    m_audit.append(std::move(entry));
    m_log.info("approved call started", {{"approval_id", rec.approvalId}, {"job_id", rec.jobId}});
}

// ---------------------------------------------------------------- expiry

void ApprovalManager::expireDue(const std::string& approvalId) {
    {
        std::lock_guard lock(m_timerMutex);
        if (m_stopped) {
            return;
        }
    }
    std::optional<Step> step;
    std::int64_t rearmAt = 0;
    {
        std::lock_guard lock(m_decideMutex);
        auto rec = loadLocked(approvalId);
        if (!rec || rec->state != kPending) {
            return;
        }
        const auto now = core::toUnixMs(m_clock.now());
        if (now < rec->expiresAtMs) {
            rearmAt = rec->expiresAtMs;
        } else if (auto expired = expireLocked(*rec); expired) {
            step = std::move(*expired);
        } else {
            m_log.warn("could not expire an approval",
                       {{"approval_id", approvalId}, {"error", expired.error().message}});
            rearmAt = now + std::chrono::milliseconds(kExpiryRetry).count();
        }
    }
    if (rearmAt != 0) {
        arm(approvalId, rearmAt);
    }
    if (step) {
        apply(*step);
        m_log.info("approval expired", {{"approval_id", approvalId}});
    }
}

void ApprovalManager::arm(const std::string& approvalId, std::int64_t expiresAtMs) {
    {
        std::lock_guard lock(m_timerMutex);
        if (m_stopped) {
            return;
        }
    }
    const auto timer = m_scheduler.scheduleAt(core::fromUnixMs(expiresAtMs), [this, approvalId] {
        m_workers.submit([this, approvalId] { expireDue(approvalId); });
    });
    Scheduler::TimerId previous = 0;
    {
        std::lock_guard lock(m_timerMutex);
        auto& slot = m_timers[approvalId];
        previous = slot;
        slot = timer;
    }
    if (previous != 0) {
        m_scheduler.cancel(previous);
    }
}

void ApprovalManager::disarm(const std::string& approvalId) {
    Scheduler::TimerId timer = 0;
    {
        std::lock_guard lock(m_timerMutex);
        auto it = m_timers.find(approvalId);
        if (it == m_timers.end()) {
            return;
        }
        timer = it->second;
        m_timers.erase(it);
    }
    m_scheduler.cancel(timer);
}

// ---------------------------------------------------------------- helpers

AuditEntry ApprovalManager::auditFor(const ApprovalRecord& rec, const std::string& action,
                                     const std::string& actor) const {
    AuditEntry e;
    e.actor = actor;
    e.actorKind = actor == "system" ? "system" : "user";
    e.action = action;
    e.gameId = rec.gameId;
    e.env = rec.env;
    e.functionId = rec.functionId;
    e.target = rec.approvalId;
    e.details["job_id"] = rec.jobId;
    e.details["state"] = rec.state;
    e.details["requester"] = rec.requester;
    return e;
}

json ApprovalManager::maskedPayload(const ApprovalRecord& rec) const {
    const json payload = json::parse(rec.payloadJson, nullptr, false);
    if (payload.is_discarded()) {
        return json::object();
    }
    auto d = m_registry.descriptor({rec.gameId, rec.env}, rec.functionId);
    return d ? (*d)->maskSensitive(payload) : approvals::maskAll(payload);
}

} // namespace croupier::server
