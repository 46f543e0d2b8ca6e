#include "croupier/server/Invoker.h"

#include "croupier/core/Duration.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/Outcome.h"

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

// A handler error's details: error_details, or, from an agent that predates that field, the
// details inside seed 001's error shape in `result`.
json handlerErrorDetails(const control::v1::InvokeResult& r) {
    if (r.has_error_details()) {
        return proto::toJson(r.error_details());
    }
    if (r.has_result()) {
        const json body = proto::toJson(r.result());
        const auto error = body.find("error");
        if (error != body.end() && error->is_object()) {
            const auto details = error->find("details");
            if (details != error->end() && details->is_object()) {
                return *details;
            }
        }
    }
    return json::object();
}

// A handler error leaves with its details masked like the params (they may echo them): in
// error_details, and in the seed's error shape as the result, which replaces what the agent sent.
void setHandlerError(const control::v1::InvokeResult& r, const core::Descriptor& descriptor,
                     function::v1::InvokeFunctionResponse& out) {
    const json details = descriptor.maskSensitive(handlerErrorDetails(r));
    const json body{{"success", false},
                    {"error",
                     {{"code", r.error_code()}, {"message", r.error()}, {"details", details}}}};
    // Both came from a Struct, so they convert back.
    (void)proto::toStruct(details, out.mutable_error_details());
    (void)proto::toStruct(body, out.mutable_result());
}

function::v1::InvokeFunctionResponse toResponse(control::v1::InvokeResult&& r,
                                                const std::string& agentId,
                                                const core::Descriptor& descriptor) {
    function::v1::InvokeFunctionResponse out;
    out.set_success(r.success());
    if (!r.success()) {
        setHandlerError(r, descriptor, out);
    } else if (r.has_result()) {
        out.mutable_result()->Swap(r.mutable_result());
    }
    out.set_error(std::move(*r.mutable_error()));
    out.set_error_code(std::move(*r.mutable_error_code()));
    out.set_agent_id(agentId);
    return out;
}

bool undelivered(const core::Result<function::v1::InvokeFunctionResponse>& r) {
    return !r && r.error().details.count(kUndeliveredDetail) > 0;
}

} // namespace

void sendCancel(AgentLink& link, std::uint64_t requestId, const std::string& jobId,
                const std::string& reason) {
    control::v1::ServerFrame frame;
    auto* c = frame.mutable_cancel();
    c->set_request_id(requestId);
    c->set_job_id(jobId);
    c->set_reason(reason);
    link.send(std::move(frame));
}

void Invoker::Call::cancel() {
    std::shared_ptr<AgentLink> link;
    std::uint64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        link = m_link;
        id = m_requestId;
    }
    if (link && link->failInvoke(id, core::Error(ErrorCode::Cancelled, "the caller cancelled"))) {
        sendCancel(*link, id, "", "the caller cancelled");
    }
}

Invoker::Invoker(Registry& registry, Router& router, IdempotencyGate& gate, Scheduler& scheduler,
                 const ServerConfig& config, core::Logger log)
    : m_registry(registry), m_router(router), m_gate(gate), m_scheduler(scheduler),
      m_config(config), m_log(std::move(log)) {}

std::shared_ptr<Invoker::Call> Invoker::invokePrepared(PreparedCall prepared, Done done) {
    auto call = std::make_shared<Call>();
    if (prepared.idempotencyKey.empty()) {
        dispatch(call, std::move(prepared), std::move(done));
    } else {
        runKeyed(call, prepared, std::move(done));
    }
    return call;
}

void Invoker::runKeyed(const std::shared_ptr<Call>& call, const PreparedCall& prepared,
                       Done done) {
    const IdempotencyKey key = idempotencyKeyOf(prepared);
    m_gate.begin(key, prepared.payloadHash, "invoke",
                 [this, call, prepared, key, done](core::Result<IdempotencyGate::Begin> begin) {
                     if (!begin) {
                         done(Unexpected(begin.error()));
                         return;
                     }
                     if (!begin->run) {
                         done(decodeInvokeOutcome(begin->outcome));
                         return;
                     }
                     dispatch(call, prepared, [this, key, done](auto result) {
                         if (undelivered(result)) {
                             m_gate.release(key);
                             done(std::move(result));
                             return;
                         }
                         m_gate.finish(key, encodeInvokeOutcome(result),
                                       [done, result] { done(result); });
                     });
                 });
}

void Invoker::dispatch(const std::shared_ptr<Call>& call, PreparedCall prepared, Done done) {
    auto routed = routeCall(m_registry, m_router, prepared);
    if (!routed) {
        core::Error e = routed.error();
        e.details[kUndeliveredDetail] = "true";
        done(Unexpected(std::move(e)));
        return;
    }
    std::shared_ptr<AgentLink> link = *routed;
    const std::uint64_t id = m_nextRequestId.fetch_add(1, std::memory_order_relaxed);
    {
        std::lock_guard lock(call->m_mutex);
        if (call->m_cancelled) {
            done(Unexpected(ErrorCode::Cancelled, "the caller cancelled",
                            {{kUndeliveredDetail, "true"}}));
            return;
        }
        call->m_link = link;
        call->m_requestId = id;
    }
    control::v1::ServerFrame frame;
    auto* inv = frame.mutable_invoke();
    inv->set_request_id(id);
    inv->set_function_id(prepared.functionId);
    inv->mutable_payload()->Swap(&prepared.payload);
    inv->set_timeout_ms(prepared.timeout.count());
    inv->set_idempotency_key(prepared.idempotencyKey);
    inv->set_game_id(prepared.scope.gameId);
    inv->set_env(prepared.scope.env);

    const std::string functionId = prepared.functionId;
    const auto timeout = prepared.timeout;
    const auto timer = m_scheduler.scheduleAfter(timeout, [link, id, functionId, timeout] {
        const std::string msg = functionId + " did not answer within " +
                                core::formatDuration(timeout);
        if (link->failInvoke(id, core::Error(ErrorCode::DeadlineExceeded, msg,
                                             {{"agent_id", link->agentId()}}))) {
            sendCancel(*link, id, "", "deadline exceeded");
        }
    });
    {
        std::lock_guard lock(call->m_mutex);
        call->m_timer = timer;
    }
    const std::string agentId = link->agentId();
    link->startInvoke(id, std::move(frame),
                      [this, call, agentId, descriptor = prepared.resolution.descriptor,
                       done](core::Result<control::v1::InvokeResult> r) {
                          Scheduler::TimerId t = 0;
                          {
                              std::lock_guard lock(call->m_mutex);
                              t = call->m_timer;
                          }
                          m_scheduler.cancel(t);
                          if (!r) {
                              done(Unexpected(r.error()));
                          } else {
                              done(toResponse(std::move(*r), agentId, *descriptor));
                          }
                      });
}

} // namespace croupier::server
