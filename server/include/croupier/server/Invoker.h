#pragma once
// Runs synchronous calls (InvokeFunction) that admitCall() prepared: the
// idempotency gate when a key is given, then one InvokeCall frame to the chosen agent and its
// InvokeResult back — or DEADLINE_EXCEEDED at the timeout (the agent is sent a cancel), or
// UNAVAILABLE if the agent goes away first.
//
// Threads: invokePrepared() is called on a reactor thread and never blocks; `done` runs exactly once,
// on a reactor, scheduler or worker thread. The returned Call lets the RPC cancel the call
// when its client goes away.

#include "croupier/function/v1/function.pb.h"
#include "croupier/server/CallPreparer.h"
#include "croupier/server/IdempotencyGate.h"
#include "croupier/server/Scheduler.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace croupier::server {

class Invoker {
public:
    using Done = std::function<void(core::Result<function::v1::InvokeFunctionResponse>)>;

    class Call {
    public:
        // The client went away: resolve with CANCELLED and tell the agent.
        void cancel();

    private:
        friend class Invoker;
        std::mutex m_mutex;  // guards the four below
        std::shared_ptr<AgentLink> m_link;
        std::uint64_t m_requestId = 0;
        bool m_cancelled = false;
        Scheduler::TimerId m_timer = 0;
    };

    Invoker(Registry& registry, Router& router, IdempotencyGate& gate, Scheduler& scheduler,
            const ServerConfig& config, core::Logger log);

    // Runs a call that admitCall() has prepared and checked (the idempotency gate first when
    // it has a key).
    std::shared_ptr<Call> invokePrepared(PreparedCall prepared, Done done);

private:
    void dispatch(const std::shared_ptr<Call>& call, PreparedCall prepared, Done done);
    void runKeyed(const std::shared_ptr<Call>& call, const PreparedCall& prepared, Done done);

    Registry& m_registry;
    Router& m_router;
    IdempotencyGate& m_gate;
    Scheduler& m_scheduler;
    const ServerConfig& m_config;
    core::Logger m_log;
    std::atomic<std::uint64_t> m_nextRequestId{1};
};

// Sends a CancelCall for a sync call (request_id) or a job (job_id).
void sendCancel(AgentLink& link, std::uint64_t requestId, const std::string& jobId,
                const std::string& reason);

} // namespace croupier::server
