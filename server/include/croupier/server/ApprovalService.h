#pragma once
// croupier.approval.v1.ApprovalService over the ApprovalManager. Every RPC needs a signed-in
// operator (Guard::op); the manager decides the rest: List/Get/Watch show what the caller may
// see (approval.read in scope, or their own requests), Approve/Reject need an eligible approver,
// Cancel the requester.
//
// Threads: handlers run on gRPC reactor threads, authenticate there (Guard does no I/O) and move
// the manager's store work to ctx.workers. WatchApprovals is a write reactor fed through a
// StreamOutbox; it owns itself and unwatches in OnDone. Holds only the ServiceContext (owned by
// the Server, outliving the service).

#include "croupier/approval/v1/approval.grpc.pb.h"
#include "croupier/server/Services.h"

namespace croupier::server {

class ApprovalServiceImpl final : public approval::v1::ApprovalService::CallbackService {
public:
    explicit ApprovalServiceImpl(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* ListApprovals(grpc::CallbackServerContext* ctx,
                                            const approval::v1::ListApprovalsRequest* req,
                                            approval::v1::ListApprovalsResponse* resp) override;
    grpc::ServerUnaryReactor* GetApproval(grpc::CallbackServerContext* ctx,
                                          const approval::v1::GetApprovalRequest* req,
                                          approval::v1::Approval* resp) override;
    grpc::ServerUnaryReactor* Approve(grpc::CallbackServerContext* ctx,
                                      const approval::v1::ApproveRequest* req,
                                      approval::v1::Approval* resp) override;
    grpc::ServerUnaryReactor* Reject(grpc::CallbackServerContext* ctx,
                                     const approval::v1::RejectRequest* req,
                                     approval::v1::Approval* resp) override;
    grpc::ServerUnaryReactor* Cancel(grpc::CallbackServerContext* ctx,
                                     const approval::v1::CancelApprovalRequest* req,
                                     approval::v1::Approval* resp) override;
    grpc::ServerWriteReactor<approval::v1::ApprovalEvent>* WatchApprovals(
        grpc::CallbackServerContext* ctx, const approval::v1::WatchApprovalsRequest* req) override;

private:
    ServiceContext m_ctx;
};

} // namespace croupier::server
