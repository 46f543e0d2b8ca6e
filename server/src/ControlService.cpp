#include "ServiceSupport.h"

#include "croupier/server/AuditLog.h"
#include "croupier/server/Guard.h"

namespace croupier::server {
namespace {

using control::v1::AgentFrame;
using control::v1::ServerFrame;

// One agent's Connect stream. Reads frames and hands them on; writes go through the AgentLink's
// outbox. Deletes itself in OnDone after detaching the link, so nothing writes to it after.
class AgentStream final : public grpc::ServerBidiReactor<AgentFrame, ServerFrame>,
                          public FrameWriter {
public:
    AgentStream(const ServiceContext& ctx, std::string peer)
        : m_ctx(ctx), m_peer(std::move(peer)) {
        StartRead(&m_in);
    }

    // FrameWriter (called by the outbox, under its call mutex)
    void startWrite(const ServerFrame* frame, bool moreQueued) override {
        grpc::WriteOptions options;
        if (moreQueued) {
            options.set_buffer_hint(); // coalesce while a backlog drains
        }
        StartWrite(frame, options);
    }
    void finish(const grpc::Status& status) override { Finish(status); }

    void OnWriteDone(bool ok) override { m_link->onWriteDone(ok); }

    void OnReadDone(bool ok) override {
        if (!ok) {
            end(grpc::Status::OK); // the agent closed its side or went away
            return;
        }
        if (!m_link) {
            if (!hello()) {
                return;
            }
        } else if (m_in.has_batch()) {
            for (auto& frame : *m_in.mutable_batch()->mutable_frames()) {
                handle(frame);
            }
        } else {
            handle(m_in);
        }
        StartRead(&m_in);
    }

    void OnCancel() override { end(errorStatus(core::ErrorCode::Cancelled, "stream cancelled")); }

    void OnDone() override {
        if (m_link) {
            m_link->detach("agent " + m_link->agentId() + " disconnected");
            m_ctx.registry.streamClosed(m_link);
            m_ctx.jobs.onAgentLost(m_link);
        }
        delete this;
    }

private:
    void handle(AgentFrame& frame) {
        if (frame.has_result()) {
            m_link->onResult(std::move(*frame.mutable_result()));
        } else if (frame.has_job_update()) {
            m_ctx.jobs.onUpdate(m_link->agentId(), frame.job_update());
        }
    }

    bool hello() {
        if (!m_in.has_hello()) {
            end(errorStatus(core::ErrorCode::FailedPrecondition, "the first frame on Connect must be ConnectHello"));
            return false;
        }
        // The link exists before anything is written, so OnWriteDone always finds it.
        auto link = std::make_shared<AgentLink>(m_in.hello().agent_id(),
                                                m_in.hello().session_id(), this,
                                                m_in.hello().accepts_batches());
        {
            std::lock_guard lock(m_mutex);
            m_link = link;
        }
        if (auto r = m_ctx.registry.attachStream(link); !r) {
            {
                std::lock_guard lock(m_mutex);
                m_link.reset();
            }
            link->detach("refused");
            end(toGrpcStatus(r.error()));
            return false;
        }
        return true;
    }

    // Finish exactly once: through the link's outbox once there is one.
    void end(const grpc::Status& status) {
        std::shared_ptr<AgentLink> link;
        {
            std::lock_guard lock(m_mutex);
            link = m_link;
        }
        if (link) {
            link->close(status);
        } else if (!m_finished.exchange(true)) {
            Finish(status);
        }
    }

    const ServiceContext& m_ctx;
    std::string m_peer;
    AgentFrame m_in;
    std::mutex m_mutex;  // guards m_link against OnCancel racing the read path
    std::shared_ptr<AgentLink> m_link;  // set on the read path before the first write
    std::atomic<bool> m_finished{false};
};

} // namespace

namespace {

// OK for an agent peer (Guard::agent), else the status to refuse with.
grpc::Status requireAgent(grpc::CallbackServerContext* ctx, const ServiceContext& sc) {
    auto ok = sc.guard.agent(ctx);
    return ok ? grpc::Status::OK : toGrpcStatus(ok.error());
}

} // namespace

using detail::inline_;
using detail::onWorker;

grpc::ServerUnaryReactor* ControlServiceImpl::RegisterAgent(
    grpc::CallbackServerContext* ctx, const control::v1::RegisterAgentRequest* req,
    control::v1::RegisterAgentResponse* resp) {
    if (auto s = requireAgent(ctx, m_ctx); !s.ok()) {
        auto* r = ctx->DefaultReactor();
        r->Finish(s);
        return r;
    }
    return onWorker(ctx, m_ctx.workers, resp,
                    [this, req, peer = ctx->peer()]() -> core::Result<control::v1::RegisterAgentResponse> {
                        auto r = m_ctx.registry.registerAgent(*req, peer);
                        if (!r) {
                            return core::Unexpected(r.error());
                        }
                        control::v1::RegisterAgentResponse out;
                        out.set_success(true);
                        out.set_agent_id(req->agent_id());
                        const auto ms = r->heartbeatInterval.count();
                        out.set_heartbeat_interval((ms + 999) / 1000);
                        out.set_heartbeat_interval_ms(ms);
                        out.set_session_id(r->sessionId);
                        return out;
                    });
}

grpc::ServerUnaryReactor* ControlServiceImpl::Heartbeat(grpc::CallbackServerContext* ctx,
                                                        const control::v1::HeartbeatRequest* req,
                                                        control::v1::HeartbeatResponse* resp) {
    auto* r = ctx->DefaultReactor();
    if (auto s = requireAgent(ctx, m_ctx); !s.ok()) {
        r->Finish(s);
        return r;
    }
    const bool known = m_ctx.registry.heartbeat(*req);
    resp->set_success(known);
    resp->set_reregister(!known);
    r->Finish(grpc::Status::OK);
    return r;
}

grpc::ServerUnaryReactor* ControlServiceImpl::GetAssignments(
    grpc::CallbackServerContext* ctx, const control::v1::GetAssignmentsRequest* req,
    control::v1::GetAssignmentsResponse* resp) {
    if (auto s = requireAgent(ctx, m_ctx); !s.ok()) {
        auto* r = ctx->DefaultReactor();
        r->Finish(s);
        return r;
    }
    return inline_(ctx, resp, [this, req] { return m_ctx.registry.getAssignments(*req); });
}

grpc::ServerBidiReactor<AgentFrame, ServerFrame>* ControlServiceImpl::Connect(
    grpc::CallbackServerContext* ctx) {
    if (auto s = requireAgent(ctx, m_ctx); !s.ok()) {
        class Refused final : public grpc::ServerBidiReactor<AgentFrame, ServerFrame> {
        public:
            explicit Refused(const grpc::Status& s) { Finish(s); }
            void OnDone() override { delete this; }
        };
        return new Refused(s);
    }
    return new AgentStream(m_ctx, ctx->peer());
}

grpc::ServerUnaryReactor* ControlServiceImpl::SetAssignment(
    grpc::CallbackServerContext* ctx, const control::v1::SetAssignmentRequest* req,
    control::v1::SetAssignmentResponse* resp) {
    auto caller = m_ctx.guard.op(ctx, perm::kAssignmentWrite, req->game_id(), req->env());
    if (!caller) {
        return detail::rejected(ctx, caller.error());
    }
    return onWorker(ctx, m_ctx.workers, resp, [this, req, caller = std::move(*caller)] {
        auto r = m_ctx.registry.setAssignment(*req);
        AuditEntry entry{.actor = caller.username,
                         .action = req->enabled() ? "assignment.enable" : "assignment.disable",
                         .gameId = req->game_id(), .env = req->env(),
                         .functionId = req->function_id(), .target = req->agent_id(),
                         .message = req->reason(), .peer = caller.peer};
        if (!r) {
            entry.outcome = std::string(core::codeName(r.error().code));
        }
        (void)m_ctx.audit.appendSync(std::move(entry));
        return r;
    });
}

} // namespace croupier::server
