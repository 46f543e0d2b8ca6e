#pragma once
// croupier.audit.v1.AuditService: QueryAudit (newest first, paged by seq) and VerifyAudit over
// the AuditLog. Both need the audit.read permission; QueryAudit returns only records in the
// caller's game/env scopes plus server-wide records (empty game_id, e.g. logins).
//
// Threads: handlers run on gRPC reactor threads, authenticate there (Guard does no I/O) and move
// the store reads to ctx.workers. Holds only the ServiceContext (owned by the Server).

#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/Principal.h"
#include "croupier/server/Services.h"

namespace croupier::server {

class AuditServiceImpl final : public audit::v1::AuditService::CallbackService {
public:
    explicit AuditServiceImpl(ServiceContext ctx)
        : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* QueryAudit(grpc::CallbackServerContext* ctx,
                                         const audit::v1::QueryAuditRequest* req,
                                         audit::v1::QueryAuditResponse* resp) override;
    grpc::ServerUnaryReactor* VerifyAudit(grpc::CallbackServerContext* ctx,
                                          const audit::v1::VerifyAuditRequest* req,
                                          audit::v1::VerifyAuditResponse* resp) override;

private:
    ServiceContext m_ctx;
};

// The wire form of a stored row (params as a Struct, details as a map).
audit::v1::AuditRecord auditRecordToProto(const AuditRow& row);

// One QueryAudit page as `caller` may see it: INVALID_ARGUMENT for a bad page_token or time
// range, PERMISSION_DENIED when the request names a game and env outside the caller's scopes.
// Does store I/O (worker threads). The service's logic, callable without gRPC.
core::Result<audit::v1::QueryAuditResponse>
queryAuditPage(AuditLog& auditLog, const Principal& caller,
               const audit::v1::QueryAuditRequest& request);

} // namespace croupier::server
