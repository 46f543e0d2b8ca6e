#pragma once
// Small helpers shared by the service implementations (not a public interface).

#include "croupier/server/AuditLog.h"
#include "croupier/server/GrpcStatus.h"
#include "croupier/server/Services.h"

#include <grpcpp/grpcpp.h>

namespace croupier::server::detail {

// Finishes `reactor` with `result`, copying the value into `*response` on success.
template <class T, class Resp>
void finishWith(grpc::ServerUnaryReactor* reactor, core::Result<T> result, Resp* response) {
    if (!result) {
        reactor->Finish(toGrpcStatus(result.error()));
        return;
    }
    *response = std::move(*result);
    reactor->Finish(grpc::Status::OK);
}

// Appends `entry`, then finishes `reactor` with `result` once the record is durable. A failed
// audit write is logged; the caller still gets the call's outcome (it has happened).
template <class T, class Resp>
void auditThenFinish(const ServiceContext& ctx, AuditEntry entry,
                     grpc::ServerUnaryReactor* reactor, core::Result<T> result, Resp* response) {
    auto shared = std::make_shared<core::Result<T>>(std::move(result));
    const core::Logger& log = ctx.log;
    ctx.audit.append(std::move(entry), [reactor, shared, response, &log](auto seq) {
        if (!seq) {
            log.error("audit append failed", {{"error", seq.error().message}});
        }
        finishWith(reactor, std::move(*shared), response);
    });
}

// Runs `work` (returning core::Result<T>) on the worker pool and finishes with its result.
template <class Resp, class Work>
grpc::ServerUnaryReactor* onWorker(grpc::CallbackServerContext* ctx, core::ThreadPool& workers,
                                   Resp* response, Work work) {
    auto* reactor = ctx->DefaultReactor();
    if (!workers.submit([reactor, response, work = std::move(work)]() mutable {
            finishWith(reactor, work(), response);
        })) {
        reactor->Finish(errorStatus(core::ErrorCode::Unavailable, "the server is shutting down"));
    }
    return reactor;
}

// Finishes at once with the result of `work`.
template <class Resp, class Work>
grpc::ServerUnaryReactor* inline_(grpc::CallbackServerContext* ctx, Resp* response, Work work) {
    auto* reactor = ctx->DefaultReactor();
    finishWith(reactor, work(), response);
    return reactor;
}

// Finishes at once with `error` (a refused call).
inline grpc::ServerUnaryReactor* rejected(grpc::CallbackServerContext* ctx,
                                          const core::Error& error) {
    auto* reactor = ctx->DefaultReactor();
    reactor->Finish(toGrpcStatus(error));
    return reactor;
}


} // namespace croupier::server::detail
