#include "croupier/server/ApprovalService.h"

#include "OutboxWatchStream.h"
#include "ServiceSupport.h"

#include "croupier/server/ApprovalManager.h"
#include "croupier/server/Guard.h"

namespace croupier::server {
namespace {

using approval::v1::ApprovalEvent;

// Authenticates on the reactor thread, then runs `work(principal)` on a worker.
template <class Resp, class Work>
grpc::ServerUnaryReactor* asCaller(grpc::CallbackServerContext* ctx, const ServiceContext& s,
                                   Resp* response, Work work) {
    auto caller = s.guard.op(ctx);
    if (!caller) {
        auto* reactor = ctx->DefaultReactor();
        reactor->Finish(toGrpcStatus(caller.error()));
        return reactor;
    }
    return detail::onWorker(ctx, s.workers, response,
                            [work = std::move(work), p = std::move(*caller)]() mutable {
                                return work(p);
                            });
}

// WatchApprovals: subscribes on a worker (the snapshot reads the store), then the manager
// pushes into the outbox. A watcher this far behind is ended and should watch again.
class WatchStream final : public OutboxWatchStream<ApprovalEvent> {
public:
    WatchStream(const ServiceContext& ctx, grpc::CallbackServerContext* rpc,
                const approval::v1::WatchApprovalsRequest& req)
        : OutboxWatchStream(kMaxQueued), m_approvals(ctx.approvals),
          m_state(std::make_shared<State>()) {
        auto caller = ctx.guard.op(rpc);
        if (!caller) {
            outbox()->finish(toGrpcStatus(caller.error()), false);
            return;
        }
        auto task = [out = outbox(), state = m_state, &approvals = m_approvals,
                     filter = ScopeKey{req.game_id(), req.env()}, p = std::move(*caller)] {
            auto id = approvals.watch(p, filter, pushTo(out));
            if (!id) {
                out->finish(toGrpcStatus(id.error()), false);
                return;
            }
            bool done = false;
            {
                std::lock_guard lock(state->mutex);
                done = state->done;
                state->watchId = *id;
            }
            if (done) {
                approvals.unwatch(*id);  // the call ended while we subscribed
            }
        };
        if (!ctx.workers.submit(std::move(task))) {
            outbox()->finish(
                errorStatus(core::ErrorCode::Unavailable, "the server is shutting down"), false);
        }
    }

private:
    // Shared with the subscribing worker task, which may finish after OnDone.
    struct State {
        std::mutex mutex;  // guards done, watchId
        bool done = false;
        std::uint64_t watchId = 0;
    };

    void unwatch() override {
        std::uint64_t id = 0;
        {
            std::lock_guard lock(m_state->mutex);
            m_state->done = true;
            id = m_state->watchId;
        }
        if (id != 0) {
            m_approvals.unwatch(id);
        }
    }

    static constexpr std::size_t kMaxQueued = 50'000;
    ApprovalManager& m_approvals;
    std::shared_ptr<State> m_state;
};

} // namespace

grpc::ServerUnaryReactor* ApprovalServiceImpl::ListApprovals(
    grpc::CallbackServerContext* ctx, const approval::v1::ListApprovalsRequest* req,
    approval::v1::ListApprovalsResponse* resp) {
    return asCaller(ctx, m_ctx, resp, [this, req](const Principal& p) {
        return m_ctx.approvals.list(p, *req);
    });
}

grpc::ServerUnaryReactor* ApprovalServiceImpl::GetApproval(
    grpc::CallbackServerContext* ctx, const approval::v1::GetApprovalRequest* req,
    approval::v1::Approval* resp) {
    return asCaller(ctx, m_ctx, resp, [this, req](const Principal& p) {
        return m_ctx.approvals.get(p, req->approval_id());
    });
}

grpc::ServerUnaryReactor* ApprovalServiceImpl::Approve(grpc::CallbackServerContext* ctx,
                                                       const approval::v1::ApproveRequest* req,
                                                       approval::v1::Approval* resp) {
    return asCaller(ctx, m_ctx, resp, [this, req](const Principal& p) {
        return m_ctx.approvals.approve(p, req->approval_id(), req->comment());
    });
}

grpc::ServerUnaryReactor* ApprovalServiceImpl::Reject(grpc::CallbackServerContext* ctx,
                                                      const approval::v1::RejectRequest* req,
                                                      approval::v1::Approval* resp) {
    return asCaller(ctx, m_ctx, resp, [this, req](const Principal& p) {
        return m_ctx.approvals.reject(p, req->approval_id(), req->reason());
    });
}

grpc::ServerUnaryReactor* ApprovalServiceImpl::Cancel(
    grpc::CallbackServerContext* ctx, const approval::v1::CancelApprovalRequest* req,
    approval::v1::Approval* resp) {
    return asCaller(ctx, m_ctx, resp, [this, req](const Principal& p) {
        return m_ctx.approvals.cancel(p, req->approval_id(), req->reason());
    });
}

grpc::ServerWriteReactor<ApprovalEvent>* ApprovalServiceImpl::WatchApprovals(
    grpc::CallbackServerContext* ctx, const approval::v1::WatchApprovalsRequest* req) {
    return new WatchStream(m_ctx, ctx, *req);
}

} // namespace croupier::server
