#include "croupier/server/JobManager.h"

#include "JobSubscription.h"

#include "croupier/core/Crypto.h"
#include "croupier/core/Duration.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/Invoker.h"
#include "croupier/server/Outcome.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using JobEventType = function::v1::EventType;

// Beyond this many events a job's further PROGRESS and LOG events are dropped (DONE/ERROR never).
constexpr std::int64_t kMaxEventsPerJob = 100'000;
constexpr std::size_t kMaxMessageBytes = 64 * 1024;
// How long CancelJob waits for the job to end before answering with its status then.
constexpr std::chrono::milliseconds kCancelReplyWait{5000};

std::string clip(const std::string& text) {
    return text.size() <= kMaxMessageBytes ? text : text.substr(0, kMaxMessageBytes);
}

// An ERROR update's details, masked like the params, as the event's data ("" = none). Agents
// that predate error details send seed 001's error shape instead; its details are taken.
std::string errorDetailsJson(const control::v1::JobUpdate& update,
                             const core::Descriptor& descriptor) {
    if (!update.has_data()) {
        return "";
    }
    nlohmann::json details = proto::toJson(update.data());
    const auto error = details.find("error");
    if (details.size() == 2 && details.value("success", true) == false &&
        error != details.end() && error->is_object() &&
        error->value("code", "") == update.error_code()) {
        details = error->value("details", nlohmann::json::object());
    }
    if (!details.is_object() || details.empty()) {
        return "";
    }
    return descriptor.maskSensitive(details).dump();
}

} // namespace

struct JobManager::CancelWaiter {
    std::atomic<bool> answered{false};
    Done<function::v1::CancelJobResponse> done;
    void answer(const std::string& status) {
        if (answered.exchange(true)) {
            return;
        }
        function::v1::CancelJobResponse r;
        r.set_success(true);
        r.set_status(status);
        done(r);
    }
};

JobManager::JobManager(Store& store, Registry& registry, Router& router, IdempotencyGate& gate,
                       AuditLog& audit, Scheduler& scheduler, core::ThreadPool& workers,
                       core::Clock& clock, const ServerConfig& config, core::Logger log)
    : m_store(store), m_registry(registry), m_router(router), m_gate(gate), m_audit(audit),
      m_scheduler(scheduler), m_workers(workers), m_clock(clock), m_config(config),
      m_log(std::move(log)),
      m_writer(store, m_log, [this](const auto& batch) { publish(batch); }) {}

JobManager::~JobManager() { stop(); }

void JobManager::stop() { m_writer.stop(); }

core::Result<int> JobManager::recover() {
    auto jobs = m_store.listUnfinishedJobs();
    if (!jobs) {
        return Unexpected(jobs.error());
    }
    const auto now = core::toUnixMs(m_clock.now());
    const std::string reason =
        "the server restarted while this job was running; its agent connection was lost";
    std::vector<JobEventRecord> events;
    for (auto& job : *jobs) {
        job.status = "failed";
        job.error = reason;
        job.errorCode = "SERVER_RESTARTED";
        job.updatedAtMs = now;
        events.push_back({job.jobId, ++job.lastSeq, JobEventType::ERROR, reason, job.progress, now,
                          "", job.errorCode, job.status});
    }
    if (!jobs->empty()) {
        if (auto r = m_store.appendJobEvents(events, *jobs); !r) {
            return Unexpected(r.error());
        }
        for (const auto& job : *jobs) {
            ActiveJob ended;
            ended.record = job;
            ended.startedAtMs = job.createdAtMs;
            m_audit.append(endAudit(ended));
        }
        m_log.warn("failed jobs interrupted by a restart", {{"jobs", std::to_string(jobs->size())}});
    }
    return static_cast<int>(jobs->size());
}

// ---------------------------------------------------------------- start

void JobManager::start(const function::v1::InvokeJobRequest& request,
                       Done<function::v1::InvokeJobResponse> done) {
    auto prepared = prepareCall(m_registry, m_config, CallKind::Job, request.game_id(),
                                request.env(), request.function_id(), request.payload(),
                                request.options());
    if (!prepared) {
        done(Unexpected(prepared.error()));
        return;
    }
    startPrepared(std::move(*prepared), JobStart{}, std::move(done));
}

void JobManager::startPrepared(PreparedCall prepared, JobStart start,
                               Done<function::v1::InvokeJobResponse> done) {
    auto routed = routeCall(m_registry, m_router, prepared);
    if (!routed) {
        done(Unexpected(routed.error()));
        return;
    }
    auto link = *routed;
    if (prepared.idempotencyKey.empty()) {
        auto task = [this, p = std::move(prepared), link, s = std::move(start), done] {
            done(createAndStart(p, link, s));
        };
        if (!m_workers.submit(std::move(task))) {
            done(Unexpected(ErrorCode::Unavailable, "the server is shutting down"));
        }
        return;
    }
    const IdempotencyKey key = idempotencyKeyOf(prepared);
    const std::string hash = prepared.payloadHash;
    m_gate.begin(key, hash, "job",
                 [this, p = std::move(prepared), link, s = std::move(start), key,
                  done](core::Result<IdempotencyGate::Begin> b) {
                     if (!b) {
                         done(Unexpected(b.error()));
                         return;
                     }
                     if (!b->run) {
                         answerExisting(b->outcome, done);
                         return;
                     }
                     auto started = createAndStart(p, link, s);
                     if (!started) {
                         m_gate.release(key);
                         done(started);
                         return;
                     }
                     m_gate.finish(key, encodeJobOutcome(started->job_id()),
                                   [done, started] { done(started); });
                 });
}

void JobManager::answerExisting(const std::string& outcome,
                                Done<function::v1::InvokeJobResponse> done) {
    auto jobId = decodeJobOutcome(outcome);
    if (!jobId) {
        done(Unexpected(jobId.error()));
        return;
    }
    auto job = getJob(*jobId);
    if (!job) {
        done(Unexpected(job.error()));
        return;
    }
    function::v1::InvokeJobResponse r;
    r.set_success(true);
    r.set_job_id(*jobId);
    r.set_status(job->status());
    done(r);
}

core::Result<function::v1::InvokeJobResponse> JobManager::createAndStart(
    const PreparedCall& prepared, std::shared_ptr<AgentLink> link, const JobStart& start) {
    const auto now = core::toUnixMs(m_clock.now());
    JobRecord rec;
    rec.jobId = core::randomId("job_");
    rec.gameId = prepared.scope.gameId;
    rec.env = prepared.scope.env;
    rec.functionId = prepared.functionId;
    rec.status = "pending";
    rec.payloadJson = prepared.resolution.descriptor->maskSensitive(prepared.payloadJson).dump();
    rec.agentId = link->agentId();
    rec.idempotencyKey = prepared.idempotencyKey;
    rec.timeoutMs = prepared.timeout.count();
    rec.createdAtMs = now;
    rec.updatedAtMs = now;
    rec.requester = start.requester;
    rec.approvalId = start.approvalId;
    if (auto r = m_store.createJob(rec); !r) {
        return Unexpected(r.error());
    }
    const std::string jobId = rec.jobId;
    const std::string status = launch(std::move(rec), prepared, link, start, "");
    function::v1::InvokeJobResponse r;
    r.set_success(true);
    r.set_job_id(jobId);
    r.set_status(status);
    return r;
}

std::string JobManager::launch(JobRecord rec, const PreparedCall& prepared,
                               const std::shared_ptr<AgentLink>& link, const JobStart& start,
                               const std::string& leaving) {
    const std::string jobId = rec.jobId;
    const auto timeout = prepared.timeout;
    {
        std::lock_guard lock(m_mutex);
        auto [it, inserted] = m_active.try_emplace(jobId);
        ActiveJob& job = it->second;
        job.record = std::move(rec);
        job.link = link;
        job.permit = start.permit;
        job.peer = start.peer;
        job.descriptor = prepared.resolution.descriptor;
        // Audit duration: from creation, or from the approval for a job that waited for one.
        job.startedAtMs = leaving.empty() ? job.record.createdAtMs
                                          : core::toUnixMs(m_clock.now());
        job.timeoutTimer = m_scheduler.scheduleAfter(timeout, [this, jobId, timeout] {
            std::shared_ptr<AgentLink> agent;
            {
                std::lock_guard lock(m_mutex);
                auto it = m_active.find(jobId);
                if (it == m_active.end()) {
                    return;
                }
                agent = it->second.link;
                endLocked(jobId, "DEADLINE_EXCEEDED",
                          "the job did not finish within " + core::formatDuration(timeout),
                          "failed");
            }
            sendCancel(*agent, 0, jobId, "deadline exceeded");
        });
        if (!leaving.empty()) {
            appendLocked(it, Event{JobEventType::LOG, leaving, 0, "", "", "pending"});
        }
    }
    control::v1::ServerFrame frame;
    auto* s = frame.mutable_start_job();
    s->set_job_id(jobId);
    s->set_function_id(prepared.functionId);
    *s->mutable_payload() = prepared.payload;
    s->set_timeout_ms(timeout.count());
    s->set_idempotency_key(prepared.idempotencyKey);
    s->set_game_id(prepared.scope.gameId);
    s->set_env(prepared.scope.env);
    std::string status = "pending";
    if (!link->send(std::move(frame))) {
        std::lock_guard lock(m_mutex);
        endLocked(jobId, "AGENT_LOST",
                  "agent " + link->agentId() + " disconnected before the job started", "failed");
        status = "failed";
    }
    m_log.info("job started", {{"job_id", jobId},
                               {"function_id", prepared.functionId},
                               {"agent_id", link->agentId()}});
    return status;
}

// ---------------------------------------------------------------- events

void JobManager::appendLocked(std::map<std::string, ActiveJob>::iterator it, Event ev) {
    ActiveJob& job = it->second;
    const bool terminal = ev.type == JobEventType::DONE || ev.type == JobEventType::ERROR;
    if (!terminal && job.record.lastSeq >= kMaxEventsPerJob) {
        if (job.droppedEvents++ == 0) {
            m_log.warn("job sends too many events; dropping progress and log events",
                       {{"job_id", job.record.jobId}});
        }
        return;
    }
    const auto now = core::toUnixMs(m_clock.now());
    JobRecord& r = job.record;
    r.status = ev.status;
    r.updatedAtMs = now;
    if (ev.type == JobEventType::PROGRESS) {
        r.progress = ev.progress;
        r.message = ev.message;
    } else if (ev.type == JobEventType::DONE) {
        r.resultJson = ev.dataJson;
        r.progress = 1.0;
    } else if (ev.type == JobEventType::ERROR) {
        r.error = ev.message;
        r.errorCode = ev.errorCode;
        job.errorDetailsJson = ev.dataJson;
    }
    JobEventWriter::Item item;
    item.event = {r.jobId, ++r.lastSeq, ev.type, ev.message, ev.progress, now,
                  ev.dataJson, ev.errorCode, ev.status};
    item.job = r;
    if (terminal) {
        m_scheduler.cancel(job.timeoutTimer);
        m_scheduler.cancel(job.graceTimer);
        for (auto& w : job.waiters) {
            item.after.push_back([w, status = ev.status] { w->answer(status); });
        }
        item.after.push_back([this, entry = endAudit(job)]() mutable {
            m_audit.append(std::move(entry));
        });
        m_log.info("job ended", {{"job_id", r.jobId}, {"status", r.status},
                                 {"error_code", r.errorCode}});
        m_ending[r.jobId] = r;
        m_active.erase(it);
    }
    m_writer.enqueue(std::move(item));
}

void JobManager::endLocked(const std::string& jobId, const std::string& code,
                           const std::string& message, const std::string& status) {
    auto it = m_active.find(jobId);
    if (it != m_active.end()) {
        appendLocked(it, Event{JobEventType::ERROR, message, it->second.record.progress, "", code,
                               status});
    }
}

void JobManager::onUpdate(const std::string& agentId, const control::v1::JobUpdate& update) {
    std::lock_guard lock(m_mutex);
    auto it = m_active.find(update.job_id());
    if (it == m_active.end() || it->second.link->agentId() != agentId) {
        return; // ended already (timeout, cancel) or not this agent's job
    }
    const bool started = it->second.record.status != "pending";
    Event ev{update.type(), clip(update.message()), 0, "", "", "running"};
    switch (update.type()) {
    case JobEventType::START:
        if (started) {
            return;
        }
        break;
    case JobEventType::PROGRESS: {
        const double p = update.progress();
        ev.progress = std::isfinite(p) ? std::clamp(p, 0.0, 1.0) : 0.0;
        break;
    }
    case JobEventType::LOG:
        ev.progress = it->second.record.progress;
        break;
    case JobEventType::DONE:
        ev.status = "completed";
        ev.progress = 1.0;
        ev.dataJson = update.has_data() ? proto::toJson(update.data()).dump() : "{}";
        break;
    case JobEventType::ERROR:
        ev.status = update.error_code() == "CANCELLED" ? "canceled" : "failed";
        ev.errorCode = update.error_code().empty() ? "UNKNOWN" : update.error_code();
        ev.progress = it->second.record.progress;
        ev.dataJson = errorDetailsJson(update, *it->second.descriptor);
        break;
    default:
        return;
    }
    appendLocked(it, std::move(ev));
}

void JobManager::onAgentLost(const std::shared_ptr<AgentLink>& link) {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> lost;
    for (const auto& [id, job] : m_active) {
        if (job.link == link) {
            lost.push_back(id);
        }
    }
    for (const auto& id : lost) {
        endLocked(id, "AGENT_LOST",
                  "agent " + link->agentId() + " disconnected while running the job", "failed");
    }
}

void JobManager::publish(const std::vector<JobEventWriter::Item>& batch) {
    for (const auto& item : batch) {
        const auto event = eventToProto(item.event);
        const bool terminal = isTerminalStatus(item.event.status);
        std::vector<std::shared_ptr<JobSubscription>> subs;
        {
            std::lock_guard lock(m_mutex);
            if (terminal) {
                m_ending.erase(item.event.jobId); // the store has the final row now
            }
            auto it = m_subscribers.find(item.event.jobId);
            if (it == m_subscribers.end()) {
                continue;
            }
            subs = it->second;
            if (terminal) {
                m_subscribers.erase(it);
            }
        }
        for (const auto& s : subs) {
            s->live(event);
        }
    }
}

// ---------------------------------------------------------------- cancel

void JobManager::cancel(const function::v1::CancelJobRequest& request,
                        Done<function::v1::CancelJobResponse> done) {
    const std::string jobId = request.job_id();
    if (jobId.empty()) {
        done(Unexpected(ErrorCode::InvalidArgument, "job_id is required", {{"field", "job_id"}}));
        return;
    }
    const std::string reason = request.reason().empty() ? "canceled by request" : request.reason();
    auto waiter = std::make_shared<CancelWaiter>();
    waiter->done = done;
    std::shared_ptr<AgentLink> link;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_active.find(jobId);
        if (auto ended = m_ending.find(jobId); ended != m_ending.end()) {
            const std::string status = ended->second.status;
            done(Unexpected(ErrorCode::FailedPrecondition,
                            "job " + jobId + " has already ended (" + status + ")",
                            {{"job_id", jobId}, {"status", status}}));
            return;
        }
        if (it == m_active.end()) {
            m_workers.submit([this, jobId, done] {
                auto job = getJob(jobId);
                if (!job) {
                    done(Unexpected(job.error()));
                    return;
                }
                if (job->status() == "awaiting_approval") {
                    done(Unexpected(ErrorCode::FailedPrecondition,
                                    "job " + jobId + " is waiting for approval " +
                                        job->approval_id() +
                                        "; its requester can cancel the approval",
                                    {{"job_id", jobId},
                                     {"status", job->status()},
                                     {"approval_id", job->approval_id()}}));
                    return;
                }
                done(Unexpected(ErrorCode::FailedPrecondition,
                                "job " + jobId + " has already ended (" + job->status() + ")",
                                {{"job_id", jobId}, {"status", job->status()}}));
            });
            return;
        }
        ActiveJob& job = it->second;
        job.waiters.push_back(waiter);
        if (!job.cancelRequested) {
            job.cancelRequested = true;
            link = job.link;
            const auto grace = m_config.jobCancelGrace;
            job.graceTimer = m_scheduler.scheduleAfter(grace, [this, jobId, grace] {
                std::lock_guard lock(m_mutex);
                endLocked(jobId, "CANCELLED",
                          "canceled; the agent did not confirm within " +
                              core::formatDuration(grace),
                          "canceled");
            });
        }
        m_scheduler.scheduleAfter(std::min(kCancelReplyWait, m_config.jobCancelGrace * 2),
                                  [this, jobId, waiter] {
                                      std::string status;
                                      {
                                          std::lock_guard lock(m_mutex);
                                          auto j = m_active.find(jobId);
                                          if (j == m_active.end()) {
                                              return; // the end of the job answers
                                          }
                                          status = j->second.record.status;
                                      }
                                      waiter->answer(status);
                                  });
    }
    if (link) {
        m_log.info("job cancel requested", {{"job_id", jobId}, {"reason", reason}});
        sendCancel(*link, 0, jobId, reason);
    }
}

} // namespace croupier::server
