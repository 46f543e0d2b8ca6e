// JobManager's approval side: jobs created in "awaiting_approval", and the one way each leaves
// that state (runApproved or endAwaiting); plus the "job.end" audit record every job gets.
#include "croupier/server/JobManager.h"

#include "croupier/core/Crypto.h"

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using JobEventType = function::v1::EventType;

constexpr const char* kAwaiting = "awaiting_approval";

std::string codeForEnd(const std::string& status) {
    if (status == "rejected") {
        return "REJECTED";
    }
    if (status == "expired") {
        return "EXPIRED";
    }
    if (status == "canceled") {
        return "CANCELLED";
    }
    return "FAILED_PRECONDITION";
}

} // namespace

core::Result<std::string> JobManager::createAwaiting(const PreparedCall& prepared,
                                                     const std::string& requester,
                                                     const std::string& approvalId) {
    const auto now = core::toUnixMs(m_clock.now());
    JobRecord rec;
    rec.jobId = core::randomId("job_");
    rec.gameId = prepared.scope.gameId;
    rec.env = prepared.scope.env;
    rec.functionId = prepared.functionId;
    rec.status = kAwaiting;
    rec.payloadJson = prepared.resolution.descriptor->maskSensitive(prepared.payloadJson).dump();
    rec.idempotencyKey = prepared.idempotencyKey;
    rec.timeoutMs = prepared.timeout.count();
    rec.createdAtMs = now;
    rec.updatedAtMs = now;
    rec.requester = requester;
    rec.approvalId = approvalId;
    if (auto r = m_store.createJob(rec); !r) {
        return Unexpected(r.error());
    }
    m_log.info("job awaiting approval", {{"job_id", rec.jobId},
                                         {"function_id", rec.functionId},
                                         {"approval_id", approvalId}});
    return rec.jobId;
}

core::Result<JobRecord> JobManager::awaitingRecord(const std::string& jobId) {
    // Memory first: a job that left awaiting_approval is in m_active or m_ending until its new
    // row is durable, so after this check the store read below cannot be stale.
    {
        std::lock_guard lock(m_mutex);
        if (const JobRecord* r = memoryRecordLocked(jobId)) {
            return Unexpected(ErrorCode::FailedPrecondition,
                              "job " + jobId + " is " + r->status + ", not awaiting approval",
                              {{"job_id", jobId}, {"status", r->status}});
        }
    }
    auto stored = m_store.getJob(jobId);
    if (!stored) {
        return Unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return Unexpected(ErrorCode::NotFound, "job " + jobId + " not found", {{"job_id", jobId}});
    }
    if ((*stored)->status != kAwaiting) {
        const std::string status = (*stored)->status;
        return Unexpected(ErrorCode::FailedPrecondition,
                          "job " + jobId + " is " + status + ", not awaiting approval",
                          {{"job_id", jobId}, {"status", status}});
    }
    return std::move(**stored);
}

void JobManager::runApproved(const std::string& jobId, PreparedCall prepared,
                             std::shared_ptr<CallLimiter::Permit> permit) {
    std::lock_guard await(m_awaitMutex);
    auto rec = awaitingRecord(jobId);
    if (!rec) {
        m_log.warn("approved job not started", {{"job_id", jobId}, {"error", rec.error().message}});
        return;
    }
    auto routed = routeCall(m_registry, m_router, prepared);
    if (!routed) {
        const core::Error& e = routed.error();
        std::lock_guard lock(m_mutex);
        endRecordLocked(std::move(*rec), std::string(core::codeName(e.code)),
                        "approved, but it could not start: " + e.message, "failed",
                        core::toUnixMs(m_clock.now()));
        return;
    }
    const auto link = *routed;
    rec->agentId = link->agentId();
    rec->timeoutMs = prepared.timeout.count();
    JobStart start{rec->requester, "", std::move(permit), rec->approvalId};
    launch(std::move(*rec), prepared, link, start,
           "approved; starting on agent " + link->agentId());
}

core::Result<void> JobManager::endAwaiting(const std::string& jobId, const std::string& status,
                                           const std::string& reason,
                                           const std::string& errorCode) {
    if (status != "rejected" && status != "expired" && status != "canceled" &&
        status != "failed") {
        return Unexpected(ErrorCode::InvalidArgument,
                          "an awaiting job cannot end as \"" + status + "\"");
    }
    std::lock_guard await(m_awaitMutex);
    auto rec = awaitingRecord(jobId);
    if (!rec) {
        return Unexpected(rec.error());
    }
    const std::int64_t created = rec->createdAtMs;
    std::lock_guard lock(m_mutex);
    endRecordLocked(std::move(*rec), errorCode.empty() ? codeForEnd(status) : errorCode, reason,
                    status, created);
    return {};
}

void JobManager::endRecordLocked(JobRecord rec, const std::string& code,
                                 const std::string& message, const std::string& status,
                                 std::int64_t startedAtMs) {
    const std::string jobId = rec.jobId;
    auto [it, inserted] = m_active.try_emplace(jobId);
    it->second.record = std::move(rec);
    it->second.startedAtMs = startedAtMs;
    // Terminal: appendLocked takes it out of m_active again before m_mutex is released, so no
    // other path ever sees this link-less entry.
    appendLocked(it, Event{JobEventType::ERROR, message, it->second.record.progress, "", code,
                           status});
}

AuditEntry JobManager::endAudit(const ActiveJob& job) const {
    const JobRecord& r = job.record;
    AuditEntry e;
    e.actor = r.requester.empty() ? "system" : r.requester;
    e.actorKind = r.requester.empty() ? "system" : "user";
    e.action = "job.end";
    e.gameId = r.gameId;
    e.env = r.env;
    e.functionId = r.functionId;
    e.target = r.jobId;
    auto params = nlohmann::json::parse(r.payloadJson, nullptr, false);
    if (!params.is_discarded()) {
        e.params = std::move(params);  // the stored payload is masked already
    }
    e.outcome = r.status;
    e.message = r.error;
    e.durationMs = std::max<std::int64_t>(0, r.updatedAtMs - job.startedAtMs);
    e.peer = job.peer;
    if (!r.errorCode.empty()) {
        e.details["error_code"] = r.errorCode;
    }
    if (!r.agentId.empty()) {
        e.details["agent_id"] = r.agentId;
    }
    if (!r.approvalId.empty()) {
        e.details["approval_id"] = r.approvalId;
    }
    if (!job.errorDetailsJson.empty()) {
        e.details["error_details"] = job.errorDetailsJson;  // masked already
    }
    return e;
}

} // namespace croupier::server
