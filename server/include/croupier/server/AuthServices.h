#pragma once
// croupier.auth.v1.AuthService (Login, Logout, WhoAmI) and UserService (admin user management)
// as gRPC callback services over the UserDirectory.
//
// Threads: handlers run on gRPC's threads and never block. Login runs the KDF on ctx.workers
// and, when the UserDirectory asks for a throttling delay, answers from a Scheduler timer rather
// than sleeping a thread; the store and KDF work of Logout and UserService runs on ctx.workers.
// The Server owns both services, the ServiceContext objects and the Scheduler; they outlive the
// services (stop the gRPC server, then the scheduler, before destroying them).

#include "croupier/auth/v1/auth.grpc.pb.h"
#include "croupier/server/Scheduler.h"
#include "croupier/server/Services.h"

namespace croupier::server {

class AuthServiceImpl final : public auth::v1::AuthService::CallbackService {
public:
    AuthServiceImpl(ServiceContext ctx, Scheduler& scheduler)
        : m_ctx(std::move(ctx))
        , m_scheduler(scheduler) {}

    // No token needed. UNAUTHENTICATED "wrong username or password" whatever was wrong;
    // RESOURCE_EXHAUSTED with details retry_after_ms while locked out. Audits "auth.login".
    grpc::ServerUnaryReactor* Login(grpc::CallbackServerContext* ctx,
                                    const auth::v1::LoginRequest* req,
                                    auth::v1::LoginResponse* resp) override;
    // Revokes the calling token. Audits "auth.logout".
    grpc::ServerUnaryReactor* Logout(grpc::CallbackServerContext* ctx,
                                     const auth::v1::LogoutRequest* req,
                                     auth::v1::LogoutResponse* resp) override;
    grpc::ServerUnaryReactor* WhoAmI(grpc::CallbackServerContext* ctx,
                                     const auth::v1::WhoAmIRequest* req,
                                     auth::v1::WhoAmIResponse* resp) override;

private:
    ServiceContext m_ctx;
    Scheduler& m_scheduler;
};

// Every RPC needs perm::kUserAdmin, except SetPassword on one's own account with the right
// current_password. Audits "user.create", "user.password", "user.roles", "user.scopes",
// "user.disable" / "user.enable" with the target username (never a password).
class UserServiceImpl final : public auth::v1::UserService::CallbackService {
public:
    explicit UserServiceImpl(ServiceContext ctx)
        : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* ListUsers(grpc::CallbackServerContext* ctx,
                                        const auth::v1::ListUsersRequest* req,
                                        auth::v1::ListUsersResponse* resp) override;
    grpc::ServerUnaryReactor* CreateUser(grpc::CallbackServerContext* ctx,
                                         const auth::v1::CreateUserRequest* req,
                                         auth::v1::UserInfo* resp) override;
    grpc::ServerUnaryReactor* SetPassword(grpc::CallbackServerContext* ctx,
                                          const auth::v1::SetPasswordRequest* req,
                                          auth::v1::SetPasswordResponse* resp) override;
    grpc::ServerUnaryReactor* SetRoles(grpc::CallbackServerContext* ctx,
                                       const auth::v1::SetRolesRequest* req,
                                       auth::v1::UserInfo* resp) override;
    grpc::ServerUnaryReactor* SetScopes(grpc::CallbackServerContext* ctx,
                                        const auth::v1::SetScopesRequest* req,
                                        auth::v1::UserInfo* resp) override;
    grpc::ServerUnaryReactor* SetDisabled(grpc::CallbackServerContext* ctx,
                                          const auth::v1::SetDisabledRequest* req,
                                          auth::v1::UserInfo* resp) override;

private:
    ServiceContext m_ctx;
};

} // namespace croupier::server
