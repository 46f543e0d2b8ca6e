// SqliteStore: jobs and their events (see SqliteStore.h for threads and durability).

#include "SqliteConnection.h"
#include "SqliteRecords.h"
#include "croupier/server/SqliteStore.h"

#include <algorithm>
#include <utility>

namespace croupier::server {

using core::ErrorCode;
using core::Unexpected;
using sqlite::bindEvent;
using sqlite::bindJob;
using sqlite::collect;
using sqlite::kJobColumns;
using sqlite::readEvent;
using sqlite::readJob;
using sqlite::run;
using sqlite::storeError;

namespace {

constexpr const char* kJobValues = "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                   "?13, ?14, ?15, ?16, ?17, ?18, ?19)";

std::string selectJobs(const char* rest) {
    return std::string("SELECT ") + kJobColumns + " FROM jobs" + rest;
}

} // namespace

Result<void> SqliteStore::createJob(const JobRecord& job) {
    static const std::string sql =
        std::string("INSERT INTO jobs (") + kJobColumns + ") " + kJobValues;
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(sql.c_str());
    bindJob(st, job);
    const int rc = st.step();
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        return Unexpected(ErrorCode::AlreadyExists, "job " + job.jobId + " already exists",
                          {{"job_id", job.jobId}});
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, "creating a job"));
    }
    return {};
}

Result<void> SqliteStore::appendJobEvents(const std::vector<JobEventRecord>& events,
                                          const std::vector<JobRecord>& jobs) {
    static const std::string upsert =
        std::string("INSERT INTO jobs (") + kJobColumns + ") " + kJobValues +
        " ON CONFLICT (job_id) DO UPDATE SET game_id = excluded.game_id, "
        "env = excluded.env, function_id = excluded.function_id, "
        "status = excluded.status, payload_json = excluded.payload_json, "
        "result_json = excluded.result_json, error = excluded.error, "
        "error_code = excluded.error_code, progress = excluded.progress, "
        "message = excluded.message, agent_id = excluded.agent_id, "
        "idempotency_key = excluded.idempotency_key, timeout_ms = excluded.timeout_ms, "
        "created_at_ms = excluded.created_at_ms, updated_at_ms = excluded.updated_at_ms, "
        "last_seq = excluded.last_seq, requester = excluded.requester, "
        "approval_id = excluded.approval_id";
    if (events.empty() && jobs.empty()) {
        return {};
    }
    std::lock_guard lock(m_writeMutex);
    // Jobs first, so one batch may carry a job's row and its first events.
    auto stored = m_write->transaction("storing job events", [&]() -> Result<void> {
        for (const JobRecord& job : jobs) {
            SqliteStatement st = m_write->prepare(upsert.c_str());
            bindJob(st, job);
            if (auto done = run(st, "storing a job"); !done) {
                return done;
            }
        }
        for (const JobEventRecord& event : events) {
            SqliteStatement st = m_write->prepare(
                "INSERT INTO job_events (job_id, seq, type, message, progress, timestamp_ms, "
                "data_json, error_code, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            bindEvent(st, event);
            if (const int rc = st.step(); rc != SQLITE_DONE) {
                return Unexpected(storeError(rc, "storing event " + std::to_string(event.seq) +
                                                     " of job " + event.jobId));
            }
        }
        return {};
    });
    if (!stored && stored.error().code == ErrorCode::FailedPrecondition) {
        stored.error().message += " (unknown job or sequence number already stored)";
    }
    return stored;
}

Result<std::optional<JobRecord>> SqliteStore::getJob(const std::string& jobId) {
    static const std::string sql = selectJobs(" WHERE job_id = ?1");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    st.bindText(1, jobId);
    auto rows = collect<JobRecord>(st, readJob, "reading a job");
    if (!rows) {
        return Unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<JobRecord>();
    }
    return std::optional<JobRecord>(std::move(rows->front()));
}

Result<std::vector<JobRecord>> SqliteStore::listJobs(const JobFilter& filter) {
    if (filter.gameId.empty() || filter.env.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "listing jobs needs a game_id and an env");
    }
    static const std::string sql =
        selectJobs(" WHERE game_id = ?1 AND env = ?2 "
                   "AND (?3 = '' OR function_id = ?3) AND (?4 = '' OR status = ?4) "
                   "AND (?5 = 0 OR (created_at_ms, job_id) < (?6, ?7)) "
                   "ORDER BY created_at_ms DESC, job_id DESC LIMIT ?8");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    st.bindText(1, filter.gameId);
    st.bindText(2, filter.env);
    st.bindText(3, filter.functionId);
    st.bindText(4, filter.status);
    st.bindInt(5, filter.before ? 1 : 0);
    st.bindInt(6, filter.before ? filter.before->first : 0);
    st.bindText(7, filter.before ? std::string_view(filter.before->second) : "");
    st.bindInt(8, std::clamp(filter.limit, 1, 500));
    return collect<JobRecord>(st, readJob, "listing jobs");
}

Result<std::vector<JobEventRecord>> SqliteStore::listJobEvents(const std::string& jobId,
                                                               std::int64_t fromSeq) {
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(
        "SELECT job_id, seq, type, message, progress, timestamp_ms, data_json, error_code, status "
        "FROM job_events WHERE job_id = ?1 AND seq >= ?2 ORDER BY seq");
    st.bindText(1, jobId);
    st.bindInt(2, fromSeq);
    return collect<JobEventRecord>(st, readEvent, "listing job events");
}

Result<std::vector<JobRecord>> SqliteStore::listUnfinishedJobs() {
    static const std::string sql =
        selectJobs(" WHERE status IN ('pending', 'running') ORDER BY created_at_ms, job_id");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    return collect<JobRecord>(st, readJob, "listing unfinished jobs");
}

} // namespace croupier::server
