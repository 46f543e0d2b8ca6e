// FunctionService.InvokeFunction and InvokeJob: who may call (admitCall), approval instead of a
// run when the descriptor asks for it, rate and concurrency limits, the run itself, and one
// audit record per call. The answer is sent only once the audit record is durable, and no call
// starts while the audit trail cannot be written or is too far behind.

#include "ServiceSupport.h"

#include "croupier/proto/JsonStruct.h"
#include "croupier/server/ApprovalManager.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/CallLimiter.h"
#include "croupier/server/Guard.h"

namespace croupier::server {
namespace {

using detail::auditThenFinish;
using detail::finishWith;

constexpr const char* kApprovalRequired = "APPROVAL_REQUIRED";

// The audit record of one call before its outcome is known; params are added once known.
AuditEntry callEntry(const Principal& caller, const char* action, const std::string& gameId,
                     const std::string& env, const std::string& functionId) {
    AuditEntry e;
    e.actor = caller.username;
    e.action = action;
    e.gameId = gameId;
    e.env = env;
    e.functionId = functionId;
    e.peer = caller.peer;
    return e;
}

void setFailure(AuditEntry& e, const core::Error& error) {
    e.outcome = std::string(core::codeName(error.code));
    e.message = error.message;
}

// A call refused before it was prepared: its raw params, masked with the descriptor when one is
// known and left out when not (nothing says what is sensitive).
void setRefused(const ServiceContext& ctx, AuditEntry& e, const google::protobuf::Struct& payload,
                const core::Error& error) {
    setFailure(e, error);
    if (auto d = ctx.registry.descriptor({e.gameId, e.env}, e.functionId); d) {
        e.params = (*d)->maskSensitive(proto::toJson(payload));
    }
}

std::int64_t elapsedMs(const core::Clock& clock, core::TimePoint since) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.now() - since).count();
}

// InvokeFunction's reactor: finishes when the Invoker answers; cancels the call if the client
// goes away.
class InvokeReactor final : public grpc::ServerUnaryReactor {
public:
    InvokeReactor(const ServiceContext& ctx, function::v1::InvokeFunctionResponse* response)
        : m_ctx(ctx), m_response(response) {}

    void start(Principal caller, const function::v1::InvokeFunctionRequest& request);

    void OnCancel() override {
        std::shared_ptr<Invoker::Call> call;
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
            call = m_call;
        }
        if (call) {
            call->cancel();
        }
    }

    void OnDone() override { delete this; }

private:
    void requestApproval(PreparedCall call, Principal caller,
                         function::v1::InvokeOptions options);
    void run(PreparedCall call, std::shared_ptr<CallLimiter::Permit> permit, AuditEntry entry);

    const ServiceContext& m_ctx;
    function::v1::InvokeFunctionResponse* m_response;
    std::mutex m_mutex;  // guards m_call, m_cancelled (OnCancel may race start)
    std::shared_ptr<Invoker::Call> m_call;
    bool m_cancelled = false;
};

void InvokeReactor::start(Principal caller, const function::v1::InvokeFunctionRequest& request) {
    if (auto open = m_ctx.audit.accepting(); !open) { // nothing runs that cannot be audited
        finishWith(
            this,
            core::Result<function::v1::InvokeFunctionResponse>(core::Unexpected(open.error())),
            m_response);
        return;
    }
    AuditEntry entry = callEntry(caller, "function.invoke", request.game_id(), request.env(),
                                 request.function_id());
    auto call = admitCall(m_ctx.registry, m_ctx.config, caller, CallKind::Invoke,
                          request.game_id(), request.env(), request.function_id(),
                          request.payload(), request.options());
    if (!call) {
        setRefused(m_ctx, entry, request.payload(), call.error());
        auditThenFinish(m_ctx, std::move(entry), this,
                        core::Result<function::v1::InvokeFunctionResponse>(
                            core::Unexpected(call.error())),
                        m_response);
        return;
    }
    const core::Descriptor& d = *call->resolution.descriptor;
    if (d.auth().approval.enabled) {  // the ApprovalManager audits "approval.create"
        requestApproval(std::move(*call), std::move(caller), request.options());
        return;
    }
    entry.params = d.maskSensitive(call->payloadJson);
    auto permit = m_ctx.limits.acquire(request.game_id(), request.env(), d);
    if (!permit) {
        setFailure(entry, permit.error());
        auditThenFinish(m_ctx, std::move(entry), this,
                        core::Result<function::v1::InvokeFunctionResponse>(
                            core::Unexpected(permit.error())),
                        m_response);
        return;
    }
    run(std::move(*call), std::move(*permit), std::move(entry));
}

void InvokeReactor::run(PreparedCall prepared, std::shared_ptr<CallLimiter::Permit> permit,
                        AuditEntry entry) {
    const auto started = m_ctx.clock.now();
    auto call = m_ctx.invoker.invokePrepared(
        std::move(prepared),
        [this, permit = std::move(permit), entry = std::move(entry), started](auto result) mutable {
            permit.reset();  // the call is over: free the concurrency slot now
            entry.durationMs = elapsedMs(m_ctx.clock, started);
            if (!result) {
                setFailure(entry, result.error());
            } else {
                entry.target = result->agent_id();
                if (!result->success()) {
                    entry.outcome = "failed";
                    entry.message = result->error();
                    entry.details["error_code"] = result->error_code();
                    if (result->error_details().fields_size() > 0) {  // masked by the Invoker
                        entry.details["error_details"] =
                            proto::toJson(result->error_details()).dump();
                    }
                }
            }
            auditThenFinish(m_ctx, std::move(entry), this, std::move(result), m_response);
        });
    std::lock_guard lock(m_mutex);
    m_call = std::move(call);
    if (m_cancelled) {
        m_call->cancel();
    }
}

void InvokeReactor::requestApproval(PreparedCall call, Principal caller,
                                    function::v1::InvokeOptions options) {
    const std::string functionId = call.functionId;
    m_ctx.approvals.requestOnce(
        std::move(call), CallKind::Invoke, std::move(options), std::move(caller),
        [this, functionId](core::Result<ApprovalTicket> ticket) {
            if (!ticket) {
                finishWith(this,
                           core::Result<function::v1::InvokeFunctionResponse>(
                               core::Unexpected(ticket.error())),
                           m_response);
                return;
            }
            function::v1::InvokeFunctionResponse out;
            out.set_success(false);
            out.set_error_code(kApprovalRequired);
            out.set_error(functionId + " needs approval; request " + ticket->approvalId + " is " +
                          (ticket->state == "pending" ? std::string("waiting for approvers")
                                                      : ticket->state));
            out.set_approval_id(ticket->approvalId);
            out.set_approval_state(ticket->state);
            out.set_job_id(ticket->jobId);
            finishWith(this, core::Result<function::v1::InvokeFunctionResponse>(std::move(out)),
                       m_response);
        });
}

// The status of the job an approval waits with: awaiting_approval while it is pending, else what
// the job has become since (a repeated idempotency key finds it later).
std::string jobStatusNow(const ServiceContext& ctx, const ApprovalTicket& ticket) {
    if (ticket.state == "pending") {
        return "awaiting_approval";
    }
    auto job = ctx.jobs.getJob(ticket.jobId);
    return job ? job->status() : ticket.state;
}

// InvokeJob, after authentication.
void startJob(const ServiceContext& ctx, grpc::ServerUnaryReactor* reactor, Principal caller,
              const function::v1::InvokeJobRequest& request,
              function::v1::InvokeJobResponse* response) {
    using Response = core::Result<function::v1::InvokeJobResponse>;
    if (auto open = ctx.audit.accepting(); !open) { // nothing runs that cannot be audited
        finishWith(reactor, Response(core::Unexpected(open.error())), response);
        return;
    }
    AuditEntry entry =
        callEntry(caller, "job.start", request.game_id(), request.env(), request.function_id());
    auto call = admitCall(ctx.registry, ctx.config, caller, CallKind::Job, request.game_id(),
                          request.env(), request.function_id(), request.payload(),
                          request.options());
    if (!call) {
        setRefused(ctx, entry, request.payload(), call.error());
        auditThenFinish(ctx, std::move(entry), reactor, Response(core::Unexpected(call.error())),
                        response);
        return;
    }
    const core::Descriptor& d = *call->resolution.descriptor;
    if (d.auth().approval.enabled) {  // the ApprovalManager audits "approval.create"
        ctx.approvals.requestOnce(
            std::move(*call), CallKind::Job, request.options(), std::move(caller),
            [&ctx, reactor, response](core::Result<ApprovalTicket> ticket) {
                if (!ticket) {
                    finishWith(reactor, Response(core::Unexpected(ticket.error())), response);
                    return;
                }
                function::v1::InvokeJobResponse out;
                out.set_success(true);
                out.set_job_id(ticket->jobId);
                out.set_status(jobStatusNow(ctx, *ticket));
                out.set_approval_id(ticket->approvalId);
                finishWith(reactor, Response(std::move(out)), response);
            });
        return;
    }
    entry.params = d.maskSensitive(call->payloadJson);
    auto permit = ctx.limits.acquire(request.game_id(), request.env(), d);
    if (!permit) {
        setFailure(entry, permit.error());
        auditThenFinish(ctx, std::move(entry), reactor, Response(core::Unexpected(permit.error())),
                        response);
        return;
    }
    JobStart start;
    start.requester = caller.username;
    start.peer = caller.peer;
    start.permit = std::move(*permit);
    ctx.jobs.startPrepared(std::move(*call), std::move(start),
                           [&ctx, reactor, response, entry = std::move(entry)](Response r) mutable {
                               if (!r) {
                                   setFailure(entry, r.error());
                               } else {
                                   entry.target = r->job_id();
                               }
                               auditThenFinish(ctx, std::move(entry), reactor, std::move(r),
                                               response);
                           });
}

} // namespace

grpc::ServerUnaryReactor* FunctionServiceImpl::InvokeFunction(
    grpc::CallbackServerContext* ctx, const function::v1::InvokeFunctionRequest* req,
    function::v1::InvokeFunctionResponse* resp) {
    auto* reactor = new InvokeReactor(m_ctx, resp);
    auto caller = m_ctx.guard.op(ctx);
    if (!caller) {
        reactor->Finish(toGrpcStatus(caller.error()));
        return reactor;
    }
    reactor->start(std::move(*caller), *req);
    return reactor;
}

grpc::ServerUnaryReactor* FunctionServiceImpl::InvokeJob(grpc::CallbackServerContext* ctx,
                                                         const function::v1::InvokeJobRequest* req,
                                                         function::v1::InvokeJobResponse* resp) {
    auto* reactor = ctx->DefaultReactor();
    auto caller = m_ctx.guard.op(ctx);
    if (!caller) {
        reactor->Finish(toGrpcStatus(caller.error()));
        return reactor;
    }
    startJob(m_ctx, reactor, std::move(*caller), *req, resp);
    return reactor;
}

} // namespace croupier::server
