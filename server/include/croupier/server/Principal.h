#pragma once
// Who is calling an operator RPC, as the server decided from a bearer token: the user, their
// roles, the permissions those roles grant and the game/env scopes they may act in.
// A value: built per call by UserDirectory::authenticate(), then read-only on any thread.

#include "croupier/core/Permissions.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace croupier::server {

struct Principal {
    std::string username;
    std::vector<std::string> roles;
    core::PermissionSet permissions;
    // (gameId, env) pairs; "*" matches any; empty = every scope.
    std::vector<std::pair<std::string, std::string>> scopes;
    std::string tokenHash;            // identifies the token (for Logout)
    std::int64_t tokenExpiresAtMs = 0;
    std::string peer;                 // the caller's address, for the audit trail

    bool hasRole(std::string_view role) const {
        return std::find(roles.begin(), roles.end(), role) != roles.end();
    }
    bool can(std::string_view permission) const { return permissions.grants(permission); }
    bool inScope(std::string_view gameId, std::string_view env) const {
        if (scopes.empty()) {
            return true;
        }
        return std::any_of(scopes.begin(), scopes.end(), [&](const auto& s) {
            return (s.first == "*" || s.first == gameId) && (s.second == "*" || s.second == env);
        });
    }
};

} // namespace croupier::server
