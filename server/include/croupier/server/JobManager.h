#pragma once
// Jobs (InvokeJob): create the job durably, send StartJob to the routed agent, turn the agent's
// JobUpdate frames into numbered, persisted events (START, PROGRESS, LOG, DONE, ERROR) and
// status changes (pending -> running -> completed | failed | canceled), enforce the timeout,
// cancel on request, fail jobs whose agent goes away, and feed StreamJobEvents subscribers
// (replay from the store, then live, without gaps or duplicates).
//
// Threads: start()/cancel()/onUpdate()/onAgentLost() are called from reactor threads and never
// block on I/O (store work goes to the core::ThreadPool or the JobEventWriter); get/list/subscribe
// run on worker threads. m_mutex guards m_active and m_subscribers; it is never held while
// calling a sink, a callback, the Store, or an AgentLink.

#include "croupier/function/v1/function.pb.h"
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

function::v1::Job jobToProto(const JobRecord& record);
function::v1::JobEvent eventToProto(const JobEventRecord& record);
bool isTerminalStatus(const std::string& status);

class JobManager {
public:
    template <class T>
    using Done = std::function<void(core::Result<T>)>;

    JobManager(Store& store, Registry& registry, Router& router, IdempotencyGate& gate,
               Scheduler& scheduler, core::ThreadPool& workers, core::Clock& clock,
               const ServerConfig& config, core::Logger log);
    ~JobManager();

    // At startup: jobs left pending/running by a previous process end failed, with a reason.
    core::Result<int> recover();
    void stop();

    void start(const function::v1::InvokeJobRequest& request,
               Done<function::v1::InvokeJobResponse> done);
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
                                                                 std::shared_ptr<AgentLink> link);
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
    Scheduler& m_scheduler;
    core::ThreadPool& m_workers;
    core::Clock& m_clock;
    const ServerConfig& m_config;
    core::Logger m_log;

    // m_active or m_ending's record for `jobId` (m_mutex held).
    const JobRecord* memoryRecordLocked(const std::string& jobId) const;

    std::mutex m_mutex;  // guards m_active, m_ending, m_subscribers
    std::map<std::string, ActiveJob> m_active;
    // Jobs that ended but whose final row the JobEventWriter has not written yet: readers see
    // the final state from here instead of the store's stale "running".
    std::map<std::string, JobRecord> m_ending;
    std::map<std::string, std::vector<std::shared_ptr<JobSubscription>>> m_subscribers;
    JobEventWriter m_writer;  // last: its thread stops before the members above go away
};

} // namespace croupier::server
