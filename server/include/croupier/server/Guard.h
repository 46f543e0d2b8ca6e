#pragma once
// The one place RPCs decide who is calling. Operator RPCs need `authorization: Bearer <token>`
// (UNAUTHENTICATED otherwise), the permission the action needs (PERMISSION_DENIED naming it in
// details "permission") and, for scoped calls, the game/env among the user's scopes
// (PERMISSION_DENIED, details "game_id"/"env"). A peer presenting an agent certificate
// (subject OU=croupier-agent) is refused as an operator; agent RPCs need that certificate (or
// a server running --insecure on loopback), and a bearer token alone does not make an agent.
//
// Threads: const and lock-free apart from UserDirectory::authenticate(); call from any thread,
// reactor threads included.

#include "croupier/core/Result.h"
#include "croupier/server/DevPki.h"
#include "croupier/server/Principal.h"
#include "croupier/server/ServerConfig.h"

#include <grpcpp/grpcpp.h>

#include <string>
#include <string_view>

namespace croupier::server {

class UserDirectory;

class Guard {
public:
    Guard(const UserDirectory& users, const ServerConfig& config)
        : m_users(users), m_config(config) {}

    // An authenticated operator holding `permission` ("" = any signed-in user).
    core::Result<Principal> op(const grpc::ServerContextBase* ctx,
                               std::string_view permission = {}) const;
    // The same, and allowed in gameId/env.
    core::Result<Principal> op(const grpc::ServerContextBase* ctx, std::string_view permission,
                               std::string_view gameId, std::string_view env) const;
    // PERMISSION_DENIED unless `p` holds `permission` (or UNAUTHENTICATED-free checks later on).
    static core::Result<void> require(const Principal& p, std::string_view permission);
    static core::Result<void> requireScope(const Principal& p, std::string_view gameId,
                                           std::string_view env);

    // OK for an agent peer; UNAUTHENTICATED otherwise.
    core::Result<void> agent(const grpc::ServerContextBase* ctx) const;

    // True when the peer presented a CA-verified certificate with OU=croupier-agent.
    static bool isAgentPeer(const grpc::ServerContextBase* ctx);

private:
    const UserDirectory& m_users;
    const ServerConfig& m_config;
};

} // namespace croupier::server
