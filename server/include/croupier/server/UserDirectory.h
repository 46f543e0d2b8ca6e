#pragma once
// Users and bearer tokens: log in (slow KDF, throttled per user and per peer), turn a bearer
// token into a Principal on every operator call, log out, and the admin operations behind
// UserService and `croupier-server user ...`.
//
// Users and live tokens are loaded from the Store at start and kept in memory, so authenticate()
// is a hash lookup; every change is written to the Store before the method returns. Tokens are
// random ("tok_" + 32 random bytes hex), kept only as their SHA-256.
//
// Threads: every method is thread-safe. login() and the admin methods do store I/O and run the
// KDF: call them on a worker thread. authenticate() does no I/O and may run on a reactor thread.
// m_mutex is never held while hashing a password or writing to the store... except where a
// write must be atomic with the in-memory change (documented per method in the .cpp).

#include "croupier/core/Clock.h"
#include "croupier/core/Log.h"
#include "croupier/core/PasswordHash.h"
#include "croupier/server/Principal.h"
#include "croupier/server/ServerConfig.h"
#include "croupier/server/Store.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::server {

struct LoginResult {
    std::string token;             // the bearer token (shown once, never stored)
    std::int64_t expiresAtMs = 0;
    Principal principal;
    UserRecord user;
};

// What login() decided about throttling, so the RPC can delay its answer without a thread.
struct LoginAttempt {
    core::Result<LoginResult> result;
    std::chrono::milliseconds delay{0};  // answer only after this long (slowed peer or user)
    // Why it failed, for the audit trail only ("unknown user", "wrong password", "disabled",
    // "locked out"); never shown to the caller, who must not learn which. "" on success.
    std::string reason;
};

class UserDirectory {
public:
    UserDirectory(Store& store, const ServerConfig& config, core::Clock& clock, core::Logger log);
    ~UserDirectory();

    // Loads users and live tokens.
    core::Result<void> load();

    // The scrypt cost for new password hashes (default: core::ScryptCost{}, the production
    // cost). Tests lower it; call before the directory is in use.
    void setPasswordCost(const core::ScryptCost& cost);

    // UNAUTHENTICATED "wrong username or password" for an unknown user, a wrong password or a
    // disabled user alike (never which); RESOURCE_EXHAUSTED with details "retry_after_ms" while
    // the user or peer is locked out. Success resets both counters.
    LoginAttempt login(const std::string& username, const std::string& password,
                       const std::string& peer, const std::string& client);

    // UNAUTHENTICATED for a missing, malformed, unknown, expired or revoked token or a disabled
    // user, with a message saying which ("token expired", "token revoked", ...).
    core::Result<Principal> authenticate(std::string_view bearerToken, const std::string& peer) const;

    core::Result<void> logout(const Principal& principal);

    // --- admin operations (UserService and `croupier-server user`) ---
    // INVALID_ARGUMENT for a bad username ([a-z0-9_.-], 1..64), a password under 8 characters,
    // or a role the config does not define; ALREADY_EXISTS / NOT_FOUND as fits.
    core::Result<UserRecord> createUser(const std::string& username, const std::string& password,
                                        const std::string& displayName,
                                        const std::vector<std::string>& roles,
                                        const std::vector<std::pair<std::string, std::string>>& scopes);
    // Changing a password revokes the user's tokens.
    core::Result<UserRecord> setPassword(const std::string& username, const std::string& password);
    // True when `password` is the user's current password (no throttling: for tools and tests).
    bool checkPassword(const std::string& username, const std::string& password) const;
    // For a self-service password change from `peer`: ok when `password` is the user's current
    // one, else PERMISSION_DENIED. Counted with sign-ins, in the same failure counters per user
    // and per peer, so a stolen token cannot guess the password faster than a sign-in form:
    // while either is locked out it is RESOURCE_EXHAUSTED (retry_after_ms) before the KDF runs.
    core::Result<void> verifyCurrentPassword(const std::string& username,
                                             const std::string& password, const std::string& peer);
    core::Result<UserRecord> setRoles(const std::string& username,
                                      const std::vector<std::string>& roles);
    core::Result<UserRecord> setScopes(const std::string& username,
                                       const std::vector<std::pair<std::string, std::string>>& scopes);
    // Disabling revokes the user's tokens.
    core::Result<UserRecord> setDisabled(const std::string& username, bool disabled);
    std::vector<UserRecord> listUsers() const;
    core::Result<UserRecord> getUser(const std::string& username) const;

    // The Principal a user would have (roles -> permissions from the config).
    Principal principalFor(const UserRecord& user) const;
    // The user's Principal as the directory has them now: PERMISSION_DENIED when they are
    // disabled or no longer exist (an approved call re-checks its requester with it).
    core::Result<Principal> currentPrincipal(const std::string& username) const;

private:
    struct State;
    // Edits a copy of the user's record (nullopt: no such user yet); see UserDirectory.cpp.
    using UserChange = std::function<core::Result<void>(std::optional<UserRecord>&)>;

    std::string verifyCredentials(const std::string& username, const std::string& password,
                                  std::string& reason) const;
    core::Result<LoginResult> issueToken(const std::string& username,
                                         const std::string& verifiedHash, const std::string& peer,
                                         const std::string& client);
    void sweepTokens(std::int64_t nowMs);
    core::Result<UserRecord> updateUser(const std::string& username, const UserChange& change,
                                        bool revokeTokens = false);

    Store& m_store;
    const ServerConfig& m_config;
    core::Clock& m_clock;
    core::Logger m_log;
    std::unique_ptr<State> m_state;
};

} // namespace croupier::server
