#include "croupier/server/Guard.h"

#include "croupier/server/UserDirectory.h"

#include <grpc/grpc_security_constants.h>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

// The value of the first `authorization` metadata entry, or "".
std::string_view authorizationHeader(const grpc::ServerContextBase* ctx) {
    const auto& md = ctx->client_metadata();
    auto it = md.find("authorization");
    if (it == md.end()) {
        return {};
    }
    return std::string_view(it->second.data(), it->second.size());
}

// True when a comma-separated RFC 2253 subject holds OU=<ou> as one attribute.
bool subjectHasOu(std::string_view subject, std::string_view ou) {
    const std::string wanted = "OU=" + std::string(ou);
    std::size_t start = 0;
    while (start <= subject.size()) {
        const std::size_t comma = subject.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? subject.size() : comma;
        if (subject.substr(start, end - start) == wanted) {
            return true;
        }
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 1;
    }
    return false;
}

} // namespace

bool Guard::isAgentPeer(const grpc::ServerContextBase* ctx) {
    auto auth = ctx->auth_context();
    if (!auth || !auth->IsPeerAuthenticated()) {
        return false;
    }
    for (const auto& value : auth->FindPropertyValues(GRPC_X509_SUBJECT_PROPERTY_NAME)) {
        if (subjectHasOu(std::string_view(value.data(), value.size()), kAgentCertOu)) {
            return true;
        }
    }
    return false;
}

core::Result<Principal> Guard::op(const grpc::ServerContextBase* ctx,
                                  std::string_view permission) const {
    if (isAgentPeer(ctx)) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "an agent certificate cannot act as an operator; sign in with a token",
                          {{"reason", "agent_certificate"}});
    }
    auto principal = m_users.authenticate(authorizationHeader(ctx), ctx->peer());
    if (!principal) {
        return principal;
    }
    if (!permission.empty()) {
        if (auto ok = require(*principal, permission); !ok) {
            return Unexpected(ok.error());
        }
    }
    return principal;
}

core::Result<Principal> Guard::op(const grpc::ServerContextBase* ctx, std::string_view permission,
                                  std::string_view gameId, std::string_view env) const {
    auto principal = op(ctx, permission);
    if (!principal) {
        return principal;
    }
    if (auto ok = requireScope(*principal, gameId, env); !ok) {
        return Unexpected(ok.error());
    }
    return principal;
}

core::Result<void> Guard::require(const Principal& p, std::string_view permission) {
    if (p.can(permission)) {
        return {};
    }
    return Unexpected(ErrorCode::PermissionDenied,
                      "permission " + std::string(permission) + " required (user " + p.username +
                          " does not have it)",
                      {{"permission", std::string(permission)}, {"user", p.username}});
}

core::Result<void> Guard::requireScope(const Principal& p, std::string_view gameId,
                                       std::string_view env) {
    if (p.inScope(gameId, env)) {
        return {};
    }
    return Unexpected(ErrorCode::PermissionDenied,
                      "user " + p.username + " may not act in " + std::string(gameId) + "/" +
                          std::string(env),
                      {{"game_id", std::string(gameId)}, {"env", std::string(env)},
                       {"user", p.username}});
}

core::Result<void> Guard::agent(const grpc::ServerContextBase* ctx) const {
    if (m_config.insecure || isAgentPeer(ctx)) {
        return {};
    }
    return Unexpected(ErrorCode::Unauthenticated,
                      "agent calls need an agent certificate (OU=croupier-agent) signed by the "
                      "server's CA; a bearer token cannot act as an agent");
}

} // namespace croupier::server
