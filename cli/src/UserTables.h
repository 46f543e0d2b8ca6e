#pragma once
// What croupierctl prints about users, as pure functions so the layout is unit-tested: the
// `login` line, the `whoami` block, the `user list` table and the one-line form the other
// `user` commands print; and the GAME/ENV scope syntax they accept. Thread-safe.

#include "croupier/auth/v1/auth.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace croupier::cli {

using Scopes = google::protobuf::RepeatedPtrField<auth::v1::Scope>;

// "game/dev, */prod"; "every scope" when empty.
std::string scopesText(const Scopes& scopes);

// "GAME/ENV" ("*" for any) as a Scope; nullopt unless both parts are non-empty.
std::optional<auth::v1::Scope> parseScope(const std::string& text);

// "signed in as alice (roles gm, lead), token expires 2024-05-01 20:00:00 (in 12h)".
std::string signedInLine(const auth::v1::UserInfo& user, std::int64_t expiresAtMs,
                         std::int64_t nowMs);

// user, roles, permissions, scopes, token expiry, last login: one "key  value" line each.
std::string renderWhoAmI(const auth::v1::WhoAmIResponse& who, std::int64_t nowMs);

// USER, NAME, ROLES, SCOPES, STATUS (enabled/disabled), LAST LOGIN.
std::string renderUsersTable(const std::vector<auth::v1::UserInfo>& users, std::int64_t nowMs);

// "alice: roles gm, lead; scopes game/dev; enabled".
std::string describeUser(const auth::v1::UserInfo& user);

} // namespace croupier::cli
