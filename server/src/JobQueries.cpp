// JobManager's read side: job lookups, listings, and StreamJobEvents subscriptions.
#include "croupier/server/JobManager.h"

#include "JobSubscription.h"
#include "PageTokens.h"

#include "croupier/proto/JsonStruct.h"

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 500;

void jsonTextToStruct(const std::string& text, google::protobuf::Struct* out) {
    if (text.empty()) {
        return;
    }
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_object()) {
        proto::toStruct(j, out);
    }
}

} // namespace

bool isTerminalStatus(const std::string& status) {
    return status == "completed" || status == "failed" || status == "canceled" ||
           status == "rejected" || status == "expired";
}

function::v1::Job jobToProto(const JobRecord& r) {
    function::v1::Job job;
    job.set_job_id(r.jobId);
    job.set_game_id(r.gameId);
    job.set_env(r.env);
    job.set_function_id(r.functionId);
    job.set_status(r.status);
    jsonTextToStruct(r.payloadJson, job.mutable_payload());
    jsonTextToStruct(r.resultJson, job.mutable_result());
    job.set_error(r.error);
    job.set_error_code(r.errorCode);
    job.set_progress(r.progress);
    job.set_message(r.message);
    job.set_agent_id(r.agentId);
    job.set_created_at(r.createdAtMs);
    job.set_updated_at(r.updatedAtMs);
    job.set_last_seq(r.lastSeq);
    job.set_idempotency_key(r.idempotencyKey);
    job.set_requester(r.requester);
    job.set_approval_id(r.approvalId);
    return job;
}

function::v1::JobEvent eventToProto(const JobEventRecord& r) {
    function::v1::JobEvent e;
    e.set_job_id(r.jobId);
    e.set_type(static_cast<function::v1::EventType>(r.type));
    e.set_message(r.message);
    e.set_progress(r.progress);
    e.set_timestamp(r.timestampMs);
    jsonTextToStruct(r.dataJson, e.mutable_data());
    e.set_seq(r.seq);
    e.set_error_code(r.errorCode);
    e.set_status(r.status);
    return e;
}

const JobRecord* JobManager::memoryRecordLocked(const std::string& jobId) const {
    if (auto it = m_active.find(jobId); it != m_active.end()) {
        return &it->second.record;
    }
    if (auto it = m_ending.find(jobId); it != m_ending.end()) {
        return &it->second;
    }
    return nullptr;
}

core::Result<function::v1::Job> JobManager::getJob(const std::string& jobId) {
    {
        std::lock_guard lock(m_mutex);
        if (const JobRecord* r = memoryRecordLocked(jobId)) {
            return jobToProto(*r);
        }
    }
    auto stored = m_store.getJob(jobId);
    if (!stored) {
        return Unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return Unexpected(ErrorCode::NotFound, "job " + jobId + " not found", {{"job_id", jobId}});
    }
    return jobToProto(**stored);
}

core::Result<function::v1::ListJobsResponse> JobManager::listJobs(
    const function::v1::ListJobsRequest& r) {
    if (r.game_id().empty() || r.env().empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "game_id and env are required",
                          {{"field", r.game_id().empty() ? "game_id" : "env"}});
    }
    auto before = paging::parseKeysetToken(r.page_token());
    if (!before) {
        return Unexpected(before.error());
    }
    JobFilter filter;
    filter.gameId = r.game_id();
    filter.env = r.env();
    filter.functionId = r.function_id();
    filter.status = r.status();
    const int size = paging::pageSize(r.page_size(), kDefaultPageSize, kMaxPageSize);
    filter.limit = size + 1;
    filter.before = *before;
    auto jobs = m_store.listJobs(filter);
    if (!jobs) {
        return Unexpected(jobs.error());
    }
    function::v1::ListJobsResponse out;
    std::lock_guard lock(m_mutex); // a running job's row may lag its events by one batch
    for (int i = 0; i < static_cast<int>(jobs->size()) && i < size; ++i) {
        const JobRecord& row = (*jobs)[i];
        const JobRecord* fresher = memoryRecordLocked(row.jobId);
        *out.add_jobs() = jobToProto(fresher != nullptr ? *fresher : row);
    }
    if (static_cast<int>(jobs->size()) > size) {
        const JobRecord& last = (*jobs)[size - 1];
        out.set_next_page_token(paging::keysetToken(last.createdAtMs, last.jobId));
    }
    return out;
}

core::Result<bool> JobManager::subscribe(const std::string& jobId, std::int64_t fromSeq,
                                         const std::shared_ptr<JobEventSink>& sink) {
    auto subscription = std::make_shared<JobSubscription>(sink);
    {
        std::lock_guard lock(m_mutex);
        m_subscribers[jobId].push_back(subscription); // first: nothing slips between replay
    }                                                 // and live
    // Read the row before the events: a job row and its events are written in one transaction,
    // so if the row says the job ended, the replay below holds the final event.
    auto stored = m_store.getJob(jobId);
    if (!stored || !stored->has_value()) {
        unsubscribe(jobId, sink.get());
        if (!stored) {
            return Unexpected(stored.error());
        }
        return Unexpected(ErrorCode::NotFound, "job " + jobId + " not found", {{"job_id", jobId}});
    }
    const bool ended = isTerminalStatus((*stored)->status);
    auto events = m_store.listJobEvents(jobId, std::max<std::int64_t>(fromSeq, 1));
    if (!events) {
        unsubscribe(jobId, sink.get());
        return Unexpected(events.error());
    }
    for (const auto& e : *events) {
        subscription->replayed(eventToProto(e));
    }
    subscription->replayDone();
    if (ended) {
        unsubscribe(jobId, sink.get());
    }
    return ended;
}

void JobManager::unsubscribe(const std::string& jobId, const JobEventSink* sink) {
    std::lock_guard lock(m_mutex);
    auto it = m_subscribers.find(jobId);
    if (it == m_subscribers.end()) {
        return;
    }
    auto& subs = it->second;
    subs.erase(std::remove_if(subs.begin(), subs.end(),
                              [sink](const auto& s) { return s->sink() == sink; }),
               subs.end());
    if (subs.empty()) {
        m_subscribers.erase(it);
    }
}

} // namespace croupier::server
