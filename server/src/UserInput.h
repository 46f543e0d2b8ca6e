#pragma once
// Checks and parsing of what users type or send, for UserDirectory (not a public interface):
// usernames, passwords, roles, scopes, the `authorization` metadata and gRPC peer strings.
// Pure functions; any thread.

#include "croupier/core/Permissions.h"
#include "croupier/core/Result.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace croupier::server::detail {

using Scopes = std::vector<std::pair<std::string, std::string>>;

inline constexpr std::size_t kMinPasswordChars = 8;
inline constexpr std::size_t kMaxPasswordBytes = 1024;
inline constexpr std::size_t kMaxScopeChars = 128;

inline core::Error unauthenticated(std::string message, std::string reason) {
    return core::Error(core::ErrorCode::Unauthenticated, std::move(message),
                       {{"reason", std::move(reason)}});
}

inline core::Result<void> checkUsername(const std::string& username) {
    const bool ok = !username.empty() && username.size() <= 64 &&
                    std::all_of(username.begin(), username.end(), [](char c) {
                        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                               c == '.' || c == '-';
                    });
    if (!ok) {
        return core::Unexpected(core::ErrorCode::InvalidArgument,
                                "a username is 1 to 64 of a-z, 0-9, '_', '.' and '-'",
                                {{"field", "username"}});
    }
    return {};
}

inline core::Result<void> checkPasswordRules(const std::string& password) {
    // Characters, not bytes: UTF-8 continuation bytes do not count.
    const auto chars = std::count_if(password.begin(), password.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (static_cast<std::size_t>(chars) < kMinPasswordChars) {
        return core::Unexpected(core::ErrorCode::InvalidArgument,
                                "a password needs at least 8 characters", {{"field", "password"}});
    }
    if (password.size() > kMaxPasswordBytes) {
        return core::Unexpected(core::ErrorCode::InvalidArgument,
                                "a password may be at most 1024 bytes", {{"field", "password"}});
    }
    return {};
}

inline core::Result<std::vector<std::string>> checkRoles(const core::RoleTable& table,
                                                         const std::vector<std::string>& roles) {
    std::vector<std::string> out;
    for (const auto& role : roles) {
        if (table.roles.count(role) == 0) {
            std::string known;
            for (const auto& [name, patterns] : table.roles) {
                known += (known.empty() ? "" : ", ") + name;
            }
            return core::Unexpected(core::ErrorCode::InvalidArgument,
                                    "unknown role '" + role + "' (the config defines: " + known +
                                        ")",
                                    {{"role", role}});
        }
        if (std::find(out.begin(), out.end(), role) == out.end()) {
            out.push_back(role);
        }
    }
    return out;
}

inline core::Result<Scopes> checkScopes(const Scopes& scopes) {
    Scopes out;
    for (const auto& scope : scopes) {
        for (const auto* part : {&scope.first, &scope.second}) {
            const bool bad = part->empty() || part->size() > kMaxScopeChars ||
                             std::any_of(part->begin(), part->end(), [](char c) {
                                 return static_cast<unsigned char>(c) < 0x20 || c == '/';
                             });
            if (bad) {
                return core::Unexpected(core::ErrorCode::InvalidArgument,
                                        "a scope is a game id and an env, each 1 to 128 characters "
                                        "(no '/'), or \"*\" for any",
                                        {{"field", "scopes"}});
            }
        }
        if (std::find(out.begin(), out.end(), scope) == out.end()) {
            out.push_back(scope);
        }
    }
    return out;
}

// "Bearer <token>" (scheme case-insensitive) -> the token.
inline core::Result<std::string> parseBearer(std::string_view value) {
    const auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
            s.remove_prefix(1);
        }
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
            s.remove_suffix(1);
        }
        return s;
    };
    value = trim(value);
    if (value.empty()) {
        return core::Unexpected(
            unauthenticated("sign in first: this call needs a bearer token", "no_token"));
    }
    constexpr std::string_view kScheme = "bearer";
    const bool schemeOk = value.size() > kScheme.size() &&
                          std::equal(kScheme.begin(), kScheme.end(), value.begin(),
                                     [](char a, char b) {
                                         return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
                                     }) &&
                          (value[kScheme.size()] == ' ' || value[kScheme.size()] == '\t');
    const auto token = schemeOk ? trim(value.substr(kScheme.size())) : std::string_view();
    if (token.empty() || token.find_first_of(" \t") != std::string_view::npos) {
        return core::Unexpected(unauthenticated(
            "malformed authorization metadata: expected \"Bearer <token>\"; sign in again",
            "malformed"));
    }
    return std::string(token);
}

// "ipv4:127.0.0.1:5555" -> "127.0.0.1"; "ipv6:[::1]:5555" (or %5B..%5D) -> "::1".
inline std::string peerAddress(std::string_view peer) {
    for (std::string_view scheme : {"ipv4:", "ipv6:"}) {
        if (peer.substr(0, scheme.size()) == scheme) {
            peer.remove_prefix(scheme.size());
            const auto colon = peer.rfind(':');
            if (colon != std::string_view::npos) {
                peer = peer.substr(0, colon);
            }
            std::string host(peer);
            for (std::string_view bracket : {"[", "]", "%5B", "%5D", "%5b", "%5d"}) {
                for (auto at = host.find(bracket); at != std::string::npos;
                     at = host.find(bracket)) {
                    host.erase(at, bracket.size());
                }
            }
            return host;
        }
    }
    return std::string(peer);
}

} // namespace croupier::server::detail
