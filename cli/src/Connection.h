#pragma once
// The one gRPC channel of a croupierctl run, with stubs for the operator services, the bearer
// token on every call (options.token, see BearerToken.h), and the deadline rule: every unary call
// gets now + --timeout; streams get none but the channel sends keepalive pings, so a dead server
// ends a stream with UNAVAILABLE instead of hanging. Created by CommandContext when a command first
// needs the server; used from the command's thread (and TryCancel from the interrupt thread, which
// gRPC allows).

#include "GlobalOptions.h"
#include "croupier/approval/v1/approval.grpc.pb.h"
#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/auth/v1/auth.grpc.pb.h"
#include "croupier/control/v1/control.grpc.pb.h"
#include "croupier/core/Result.h"
#include "croupier/function/v1/function.grpc.pb.h"
#include "croupier/registry/v1/registry.grpc.pb.h"

#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>

namespace croupier::cli {

class Connection {
public:
    // Sends options.token (when set) on every call. Fails (INVALID_ARGUMENT, for the user) when
    // --ca cannot be read or holds no PEM.
    static core::Result<std::unique_ptr<Connection>> open(const GlobalOptions& options);

    function::v1::FunctionService::Stub& functions() { return *m_functions; }
    registry::v1::RegistryService::Stub& registry() { return *m_registry; }
    control::v1::ControlService::Stub& control() { return *m_control; }
    auth::v1::AuthService::Stub& auth() { return *m_auth; }
    auth::v1::UserService::Stub& users() { return *m_users; }
    approval::v1::ApprovalService::Stub& approvals() { return *m_approvals; }
    audit::v1::AuditService::Stub& audit() { return *m_audit; }

    // Waits up to `timeout` for the channel to be connected (asking it to connect); true when
    // it is. Used before re-opening a stream, so it does not fail fast on a stale failure.
    bool waitForConnected(std::chrono::milliseconds timeout);

    // GetFunction for `functionId` in the scope of `options`, with the usual deadline.
    grpc::Status getFunction(const GlobalOptions& options, const std::string& functionId,
                             function::v1::GetFunctionResponse* response);

    // Deadline for a unary call: now + --timeout, or now + `atLeast` when that is later.
    void setDeadline(grpc::ClientContext& context,
                     std::chrono::milliseconds atLeast = std::chrono::milliseconds(0)) const;

private:
    Connection(std::shared_ptr<grpc::Channel> channel, std::chrono::milliseconds timeout);

    std::shared_ptr<grpc::Channel> m_channel;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<function::v1::FunctionService::Stub> m_functions;
    std::unique_ptr<registry::v1::RegistryService::Stub> m_registry;
    std::unique_ptr<control::v1::ControlService::Stub> m_control;
    std::unique_ptr<auth::v1::AuthService::Stub> m_auth;
    std::unique_ptr<auth::v1::UserService::Stub> m_users;
    std::unique_ptr<approval::v1::ApprovalService::Stub> m_approvals;
    std::unique_ptr<audit::v1::AuditService::Stub> m_audit;
};

} // namespace croupier::cli
