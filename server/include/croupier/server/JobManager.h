#pragma once
// Jobs (InvokeJob): create the job durably, send StartJob to the routed agent, turn the agent's
// JobUpdate frames into numbered, persisted events (START, PROGRESS, LOG, DONE, ERROR) and
// status changes (pending -> running -> completed | failed | canceled), enforce the timeout,
// cancel on request, fail jobs whose agent goes away, and feed StreamJobEvents subscribers
// (replay from the store, then live, without gaps or duplicates).
//
// Jobs that need approval start as "awaiting_approval" (createAwaiting: durable, no agent) and
// leave that state once, through runApproved() (-> pending -> ...) or endAwaiting() (rejected,
// expired, canceled, failed). The ApprovalManager decides which; this class only makes sure a
// job leaves awaiting_approval at most once.
//
// Every job that reaches a terminal state gets one "job.end" audit record (after its final row
// is durable), and drops the CallLimiter permit it held.
//
// Threads: start()/startPrepared()/cancel()/onUpdate()/onAgentLost() are called from reactor
// threads and never block on I/O (store work goes to the core::ThreadPool or the
// JobEventWriter); get/list/subscribe and the awaiting-job methods run on worker threads.
// m_mutex guards m_active, m_ending and m_subscribers; it is never held while calling a sink, a
// callback, the Store, or an AgentLink. m_awaitMutex (worker threads only, held across store
// reads) serialises jobs leaving awaiting_approval; lock order m_awaitMutex, then m_mutex.
// Ownership: the Server owns this and everything it references; the AuditLog, Scheduler and
// worker pool must outlive it (stop the scheduler first, as for every timer owner).

#include "croupier/function/v1/function.pb.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/CallLimiter.h"
#include "croupier/server/CallPreparer.h"
#include "croupier/server/IdempotencyGate.h"
#include "croupier/server/JobEventWriter.h"
#include "croupier/server/Scheduler.h"
#include "croupier/core/ThreadPool.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace croupier::server {

// A StreamJobEvents consumer. deliver() is called in seq order, possibly with a seq it has seen
// (replay and live overlap): skip those. Must not block.
class JobEventSink {
public:
    virtual ~JobEventSink() = default;
    virtual void deliver(const function::v1::JobEvent& event) = 0;
};

class JobSubscription;

// Who started a job and what it holds while it runs (InvokeJob after authorisation and limits).
struct JobStart {
    std::string requester;  // username; "" for trusted in-process callers
    std::string peer;       // the caller's address, for the audit trail
    std::shared_ptr<CallLimiter::Permit> permit;  // held until the job ends
    std::string approvalId; // the approval it ran under, if any
};

function::v1::Job jobToProto(const JobRecord& record);
function::v1::JobEvent eventToProto(const JobEventRecord& record);
bool isTerminalStatus(const std::string& status);

class JobManager {
public:
    template <class T>
    using Done = std::function<void(core::Result<T>)>;

    JobManager(Store& store, Registry& registry, Router& router, IdempotencyGate& gate,
               AuditLog& audit, Scheduler& scheduler, core::ThreadPool& workers,
               core::Clock& clock, const ServerConfig& config, core::Logger log);
    ~JobManager();

    // At startup: jobs left pending/running by a previous process end failed, with a reason.
    core::Result<int> recover();
    void stop();

    // Prepares (no permission checks, no limits) and starts: for tests and trusted callers.
    void start(const function::v1::InvokeJobRequest& request,
               Done<function::v1::InvokeJobResponse> done);
    // Starts a call that was prepared (and authorised, and admitted by the CallLimiter): the
    // idempotency gate, the durable job row, routing and StartJob. Reactor threads.
    void startPrepared(PreparedCall prepared, JobStart start,
                       Done<function::v1::InvokeJobResponse> done);

    // --- jobs waiting for approval (worker threads) ---
    // A durable job in status "awaiting_approval" holding the masked payload; no agent yet.
    core::Result<std::string> createAwaiting(const PreparedCall& prepared,
                                             const std::string& requester,
                                             const std::string& approvalId);
    // Leaves awaiting_approval: routes and starts the job with `prepared` (prepared again from
    // the frozen payload). When no agent can take it the job fails with that reason (an ERROR
    // event). Does nothing (logs) if the job is not awaiting approval.
    void runApproved(const std::string& jobId, PreparedCall prepared,
                     std::shared_ptr<CallLimiter::Permit> permit);
    // Ends an awaiting job: status rejected, expired, canceled or failed, with `reason` as the
    // ERROR event's message (errorCode: "" = derived from the status). FAILED_PRECONDITION when
    // the job is not awaiting approval.
    core::Result<void> endAwaiting(const std::string& jobId, const std::string& status,
                                   const std::string& reason, const std::string& errorCode = "");
    // Answers once the job has ended, or after a few seconds with its status then.
    void cancel(const function::v1::CancelJobRequest& request,
                Done<function::v1::CancelJobResponse> done);

    // Worker thread.
    core::Result<function::v1::Job> getJob(const std::string& jobId);
    core::Result<function::v1::ListJobsResponse> listJobs(const function::v1::ListJobsRequest& r);
    // Subscribes, then replays stored events with seq >= fromSeq. Returns true when the job had
    // already ended and everything was replayed (the caller ends the stream after the replay).
    core::Result<bool> subscribe(const std::string& jobId, std::int64_t fromSeq,
                                 const std::shared_ptr<JobEventSink>& sink);
    void unsubscribe(const std::string& jobId, const JobEventSink* sink);

    // From agent streams.
    void onUpdate(const std::string& agentId, const control::v1::JobUpdate& update);
    void onAgentLost(const std::shared_ptr<AgentLink>& link);

private:
    struct CancelWaiter;
    struct ActiveJob {
        JobRecord record;
        std::shared_ptr<AgentLink> link;
        Scheduler::TimerId timeoutTimer = 0;
        Scheduler::TimerId graceTimer = 0;
        bool cancelRequested = false;
        std::vector<std::shared_ptr<CancelWaiter>> waiters;
        std::int64_t droppedEvents = 0;
        std::shared_ptr<CallLimiter::Permit> permit;  // released when the job ends
        std::string peer;
        std::int64_t startedAtMs = 0;  // creation, or approval for approved jobs (audit duration)
        std::shared_ptr<const core::Descriptor> descriptor;  // masks a handler error's details
        std::string errorDetailsJson;  // the ERROR event's masked details, for the audit
    };
    struct Event {
        int type = 0;
        std::string message;
        double progress = 0;
        std::string dataJson;
        std::string errorCode;
        std::string status;
    };

    core::Result<function::v1::InvokeJobResponse> createAndStart(const PreparedCall& prepared,
                                                                 std::shared_ptr<AgentLink> link,
                                                                 const JobStart& start);
    // Puts the job in m_active with its timeout armed and sends StartJob; `leaving` is the LOG
    // event recorded when an awaiting job leaves that state ("" for new jobs). Returns the status.
    std::string launch(JobRecord rec, const PreparedCall& prepared,
                       const std::shared_ptr<AgentLink>& link, const JobStart& start,
                       const std::string& leaving);
    // The stored row of an awaiting job that has not left that state (m_awaitMutex held).
    core::Result<JobRecord> awaitingRecord(const std::string& jobId);
    // m_mutex held: ends `rec` (not in m_active) with an ERROR event of `status`.
    void endRecordLocked(JobRecord rec, const std::string& code, const std::string& message,
                         const std::string& status, std::int64_t startedAtMs);
    AuditEntry endAudit(const ActiveJob& job) const;
    void answerExisting(const std::string& outcome, Done<function::v1::InvokeJobResponse> done);
    // m_mutex held. Numbers and queues the event; when it ends the job, removes it from
    // m_active and arranges for cancel waiters to be answered after the write.
    void appendLocked(std::map<std::string, ActiveJob>::iterator it, Event event);
    void endLocked(const std::string& jobId, const std::string& code, const std::string& message,
                   const std::string& status);
    void publish(const std::vector<JobEventWriter::Item>& batch);

    Store& m_store;
    Registry& m_registry;
    Router& m_router;
    IdempotencyGate& m_gate;
    AuditLog& m_audit;
    Scheduler& m_scheduler;
    core::ThreadPool& m_workers;
    core::Clock& m_clock;
    const ServerConfig& m_config;
    core::Logger m_log;

    // m_active or m_ending's record for `jobId` (m_mutex held).
    const JobRecord* memoryRecordLocked(const std::string& jobId) const;

    std::mutex m_awaitMutex;  // serialises leaving awaiting_approval (worker threads only)
    std::mutex m_mutex;  // guards m_active, m_ending, m_subscribers
    std::map<std::string, ActiveJob> m_active;
    // Jobs that ended but whose final row the JobEventWriter has not written yet: readers see
    // the final state from here instead of the store's stale "running".
    std::map<std::string, JobRecord> m_ending;
    std::map<std::string, std::vector<std::shared_ptr<JobSubscription>>> m_subscribers;
    JobEventWriter m_writer;  // last: its thread stops before the members above go away
};

} // namespace croupier::server
