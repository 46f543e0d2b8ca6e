#include "croupier/server/AuthServices.h"

#include "ServiceSupport.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/Guard.h"
#include "croupier/server/UserDirectory.h"

#include <mutex>
#include <optional>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using Scopes = std::vector<std::pair<std::string, std::string>>;

// A username as the audit trail shows it: whatever was typed, but bounded.
std::string auditName(const std::string& username) {
    return username.substr(0, 128);
}

auth::v1::UserInfo toUserInfo(const UserRecord& user, const core::PermissionSet& permissions) {
    auth::v1::UserInfo info;
    info.set_username(user.username);
    info.set_display_name(user.displayName);
    for (const auto& role : user.roles) {
        info.add_roles(role);
    }
    for (const auto& pattern : permissions.patterns()) {
        info.add_permissions(pattern);
    }
    for (const auto& [game, env] : user.scopes) {
        auto* scope = info.add_scopes();
        scope->set_game_id(game);
        scope->set_env(env);
    }
    info.set_disabled(user.disabled);
    info.set_created_at(user.createdAtMs);
    info.set_last_login_at(user.lastLoginAtMs);
    return info;
}

Scopes fromProto(const google::protobuf::RepeatedPtrField<auth::v1::Scope>& scopes) {
    Scopes out;
    for (const auto& s : scopes) {
        out.emplace_back(s.game_id(), s.env());
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ",") + item;
    }
    return out;
}

std::string joined(const Scopes& scopes) {
    std::vector<std::string> items;
    for (const auto& [game, env] : scopes) {
        items.push_back(game + "/" + env);
    }
    return items.empty() ? "*/*" : joined(items);
}

// One Login call. The answer comes from a worker (after the KDF) or from a Scheduler timer
// (throttled); a cancel may race either. LoginAnswer::finish() finishes the reactor exactly once,
// under `mutex`; the answer state is shared, so it outlives the reactor (deleted in OnDone).
struct LoginAnswer {
    std::mutex mutex; // guards reactor and response (null once finished)
    grpc::ServerUnaryReactor* reactor;
    auth::v1::LoginResponse* response;

    void finish(const core::Result<auth::v1::LoginResponse>& result) {
        std::lock_guard lock(mutex);
        if (reactor == nullptr) {
            return;
        }
        auto* r = std::exchange(reactor, nullptr);
        if (result) {
            *std::exchange(response, nullptr) = *result;
            r->Finish(grpc::Status::OK);
        } else {
            response = nullptr;
            r->Finish(toGrpcStatus(result.error()));
        }
    }
};

class LoginReactor final : public grpc::ServerUnaryReactor {
public:
    explicit LoginReactor(auth::v1::LoginResponse* response)
        : m_answer(std::make_shared<LoginAnswer>()) {
        m_answer->reactor = this;
        m_answer->response = response;
    }
    std::shared_ptr<LoginAnswer> answer() const { return m_answer; }

    void OnCancel() override {
        auto answer = m_answer; // Finish may lead to OnDone, which deletes this
        answer->finish(Unexpected(ErrorCode::Cancelled, "the sign-in was cancelled"));
    }
    void OnDone() override { delete this; }

private:
    std::shared_ptr<LoginAnswer> m_answer;
};

void auditLogin(AuditLog& audit, const LoginAttempt& attempt, const std::string& username,
                const std::string& peer, const std::string& client) {
    AuditEntry entry;
    entry.actor = auditName(username);
    entry.action = "auth.login";
    entry.target = entry.actor;
    entry.outcome = attempt.result ? "ok" : "denied";
    entry.message = attempt.reason; // never the password
    entry.peer = peer;
    entry.details = {{"client", client.substr(0, 256)}};
    audit.append(std::move(entry));
}

core::Result<auth::v1::LoginResponse> loginResponse(const LoginAttempt& attempt) {
    if (!attempt.result) {
        return Unexpected(attempt.result.error());
    }
    auth::v1::LoginResponse response;
    response.set_token(attempt.result->token);
    response.set_expires_at(attempt.result->expiresAtMs);
    *response.mutable_user() =
        toUserInfo(attempt.result->user, attempt.result->principal.permissions);
    return response;
}

} // namespace

grpc::ServerUnaryReactor* AuthServiceImpl::Login(grpc::CallbackServerContext* ctx,
                                                 const auth::v1::LoginRequest* req,
                                                 auth::v1::LoginResponse* resp) {
    auto* reactor = new LoginReactor(resp);
    auto answer = reactor->answer();
    if (Guard::isAgentPeer(ctx)) {
        answer->finish(Unexpected(ErrorCode::PermissionDenied,
                                  "an agent certificate cannot sign in as an operator",
                                  {{"reason", "agent_certificate"}}));
        return reactor;
    }
    auto work = [this, answer, username = req->username(), password = req->password(),
                 client = req->client(), peer = ctx->peer()] {
        auto attempt = m_ctx.users.login(username, password, peer, client);
        auditLogin(m_ctx.audit, attempt, username, peer, client);
        auto result = loginResponse(attempt);
        if (attempt.delay.count() <= 0) {
            answer->finish(result);
            return;
        }
        m_scheduler.scheduleAfter(attempt.delay, [answer, result] { answer->finish(result); });
    };
    if (!m_ctx.workers.submit(std::move(work))) {
        answer->finish(Unexpected(ErrorCode::Unavailable, "the server is shutting down"));
    }
    return reactor;
}

grpc::ServerUnaryReactor* AuthServiceImpl::Logout(grpc::CallbackServerContext* ctx,
                                                  const auth::v1::LogoutRequest* /*req*/,
                                                  auth::v1::LogoutResponse* resp) {
    auto principal = m_ctx.guard.op(ctx);
    if (!principal) {
        auto* reactor = ctx->DefaultReactor();
        reactor->Finish(toGrpcStatus(principal.error()));
        return reactor;
    }
    return detail::onWorker(
        ctx, m_ctx.workers, resp,
        [this, p = std::move(*principal)]() -> core::Result<auth::v1::LogoutResponse> {
            auto done = m_ctx.users.logout(p);
            AuditEntry entry;
            entry.actor = p.username;
            entry.action = "auth.logout";
            entry.target = p.username;
            entry.outcome = done ? "ok" : std::string(core::codeName(done.error().code));
            entry.peer = p.peer;
            m_ctx.audit.append(std::move(entry));
            if (!done) {
                return Unexpected(done.error());
            }
            return auth::v1::LogoutResponse();
        });
}

grpc::ServerUnaryReactor* AuthServiceImpl::WhoAmI(grpc::CallbackServerContext* ctx,
                                                  const auth::v1::WhoAmIRequest* /*req*/,
                                                  auth::v1::WhoAmIResponse* resp) {
    return detail::inline_(ctx, resp, [&]() -> core::Result<auth::v1::WhoAmIResponse> {
        auto p = m_ctx.guard.op(ctx);
        if (!p) {
            return Unexpected(p.error());
        }
        auto user = m_ctx.users.getUser(p->username);
        if (!user) {
            return Unexpected(user.error());
        }
        auth::v1::WhoAmIResponse response;
        *response.mutable_user() = toUserInfo(*user, p->permissions);
        response.set_token_expires_at(p->tokenExpiresAtMs);
        return response;
    });
}

// --- UserService ---

namespace {

// Audits one user change made through the RPC and converts its result.
core::Result<auth::v1::UserInfo> recordChange(const ServiceContext& ctx, const Principal& actor,
                                              const std::string& action, const std::string& target,
                                              const core::Result<UserRecord>& result,
                                              std::map<std::string, std::string> details = {}) {
    AuditEntry entry;
    entry.actor = actor.username;
    entry.action = action;
    entry.target = auditName(target);
    entry.outcome = result ? "ok" : std::string(core::codeName(result.error().code));
    entry.message = result ? "" : result.error().message;
    entry.peer = actor.peer;
    entry.details = std::move(details);
    ctx.audit.append(std::move(entry));
    if (!result) {
        return Unexpected(result.error());
    }
    return toUserInfo(*result, ctx.users.principalFor(*result).permissions);
}

// Runs `work(principal)` on a worker once the caller is known to hold user.admin.
template <class Resp, class Work>
grpc::ServerUnaryReactor* asAdmin(const ServiceContext& c, grpc::CallbackServerContext* ctx,
                                  Resp* resp, Work work) {
    auto p = c.guard.op(ctx, perm::kUserAdmin);
    if (!p) {
        auto* reactor = ctx->DefaultReactor();
        reactor->Finish(toGrpcStatus(p.error()));
        return reactor;
    }
    return detail::onWorker(ctx, c.workers, resp,
                            [work = std::move(work), p = std::move(*p)] { return work(p); });
}

} // namespace

grpc::ServerUnaryReactor* UserServiceImpl::ListUsers(grpc::CallbackServerContext* ctx,
                                                     const auth::v1::ListUsersRequest* /*req*/,
                                                     auth::v1::ListUsersResponse* resp) {
    return detail::inline_(ctx, resp, [&]() -> core::Result<auth::v1::ListUsersResponse> {
        if (auto p = m_ctx.guard.op(ctx, perm::kUserAdmin); !p) {
            return Unexpected(p.error());
        }
        auth::v1::ListUsersResponse response;
        for (const auto& user : m_ctx.users.listUsers()) {
            *response.add_users() = toUserInfo(user, m_ctx.users.principalFor(user).permissions);
        }
        return response;
    });
}

grpc::ServerUnaryReactor* UserServiceImpl::CreateUser(grpc::CallbackServerContext* ctx,
                                                      const auth::v1::CreateUserRequest* req,
                                                      auth::v1::UserInfo* resp) {
    return asAdmin(m_ctx, ctx, resp, [this, req](const Principal& p) {
        const std::vector<std::string> roles(req->roles().begin(), req->roles().end());
        const auto scopes = fromProto(req->scopes());
        auto created = m_ctx.users.createUser(req->username(), req->password(), req->display_name(),
                                              roles, scopes);
        return recordChange(m_ctx, p, "user.create", req->username(), created,
                            {{"roles", joined(roles)}, {"scopes", joined(scopes)}});
    });
}

grpc::ServerUnaryReactor* UserServiceImpl::SetPassword(grpc::CallbackServerContext* ctx,
                                                       const auth::v1::SetPasswordRequest* req,
                                                       auth::v1::SetPasswordResponse* resp) {
    auto p = m_ctx.guard.op(ctx);
    const bool admin = p && p->can(perm::kUserAdmin);
    const std::string target = p && req->username().empty() ? p->username : req->username();
    std::optional<core::Error> refused;
    if (!p) {
        refused = p.error();
    } else if (!admin && target != p->username) {
        refused = Guard::require(*p, perm::kUserAdmin).error();
    } else if (!admin && req->current_password().empty()) {
        refused = core::Error(ErrorCode::InvalidArgument,
                              "changing your own password needs current_password",
                              {{"field", "current_password"}});
    }
    if (refused) {
        auto* reactor = ctx->DefaultReactor();
        reactor->Finish(toGrpcStatus(*refused));
        return reactor;
    }
    return detail::onWorker(
        ctx, m_ctx.workers, resp,
        [this, req, target, p = std::move(*p)]() -> core::Result<auth::v1::SetPasswordResponse> {
            const bool self = target == p.username && !req->current_password().empty();
            auto current = self ? m_ctx.users.verifyCurrentPassword(p.username,
                                                                    req->current_password(), p.peer)
                                : core::Result<void>();
            core::Result<UserRecord> changed =
                current ? m_ctx.users.setPassword(target, req->new_password())
                        : core::Result<UserRecord>(Unexpected(current.error()));
            if (auto r = recordChange(m_ctx, p, "user.password", target, changed); !r) {
                return Unexpected(r.error());
            }
            return auth::v1::SetPasswordResponse();
        });
}

grpc::ServerUnaryReactor* UserServiceImpl::SetRoles(grpc::CallbackServerContext* ctx,
                                                    const auth::v1::SetRolesRequest* req,
                                                    auth::v1::UserInfo* resp) {
    return asAdmin(m_ctx, ctx, resp, [this, req](const Principal& p) {
        const std::vector<std::string> roles(req->roles().begin(), req->roles().end());
        core::Result<UserRecord> changed = Unexpected(core::Error());
        // An admin cannot take user.admin from themselves: someone must be left to undo it.
        if (req->username() == p.username &&
            !m_ctx.config.roles.permissionsFor(roles).grants(perm::kUserAdmin)) {
            changed = Unexpected(ErrorCode::FailedPrecondition,
                                 "you cannot remove your own user.admin permission; ask another "
                                 "admin",
                                 {{"username", p.username}});
        } else {
            changed = m_ctx.users.setRoles(req->username(), roles);
        }
        return recordChange(m_ctx, p, "user.roles", req->username(), changed,
                            {{"roles", joined(roles)}});
    });
}

grpc::ServerUnaryReactor* UserServiceImpl::SetScopes(grpc::CallbackServerContext* ctx,
                                                     const auth::v1::SetScopesRequest* req,
                                                     auth::v1::UserInfo* resp) {
    return asAdmin(m_ctx, ctx, resp, [this, req](const Principal& p) {
        const auto scopes = fromProto(req->scopes());
        auto changed = m_ctx.users.setScopes(req->username(), scopes);
        return recordChange(m_ctx, p, "user.scopes", req->username(), changed,
                            {{"scopes", joined(scopes)}});
    });
}

grpc::ServerUnaryReactor* UserServiceImpl::SetDisabled(grpc::CallbackServerContext* ctx,
                                                       const auth::v1::SetDisabledRequest* req,
                                                       auth::v1::UserInfo* resp) {
    return asAdmin(m_ctx, ctx, resp, [this, req](const Principal& p) {
        core::Result<UserRecord> changed = Unexpected(core::Error());
        if (req->disabled() && req->username() == p.username) {
            changed = Unexpected(ErrorCode::FailedPrecondition,
                                 "you cannot disable your own account", {{"username", p.username}});
        } else {
            changed = m_ctx.users.setDisabled(req->username(), req->disabled());
        }
        return recordChange(m_ctx, p, req->disabled() ? "user.disable" : "user.enable",
                            req->username(), changed);
    });
}

} // namespace croupier::server
