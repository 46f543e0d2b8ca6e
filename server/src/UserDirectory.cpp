#include "croupier/server/UserDirectory.h"

#include "LoginThrottle.h"
#include "UserInput.h"
#include "croupier/core/Crypto.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using detail::checkPasswordRules;
using detail::checkRoles;
using detail::checkScopes;
using detail::checkUsername;
using detail::parseBearer;
using detail::peerAddress;
using detail::Scopes;
using detail::unauthenticated;

// Expired tokens still answer "token expired" for this long, then are forgotten.
constexpr std::chrono::hours kKeepExpiredTokens{24};
constexpr std::chrono::hours kTokenSweepEvery{1};
constexpr const char* kWrongCredentials = "wrong username or password";

core::Error noSuchUser(const std::string& username) {
    return core::Error(ErrorCode::NotFound, "no user named '" + username + "'",
                       {{"username", username}});
}

// The answer while the failure counters of a user or a peer are locked.
core::Error lockedOut(std::chrono::milliseconds retryAfter) {
    const auto retry = std::max<std::int64_t>(1, retryAfter.count());
    const auto seconds = std::to_string((retry + 999) / 1000);
    return core::Error(ErrorCode::ResourceExhausted,
                       "too many failed sign-ins; try again in " + seconds + " s",
                       {{"retry_after_ms", std::to_string(retry)}});
}

} // namespace

// Lock order: writeMutex, then mutex; throttle has its own. `mutex` is held only for in-memory
// reads and swaps, never across the KDF or the store. `writeMutex` serialises the
// read-modify-write of user records, store write included, so two admins changing one user
// cannot lose an update and a login cannot issue a token to a user just disabled.
struct UserDirectory::State {
    struct UserEntry {
        UserRecord record;
        Principal principal; // built from the record; token fields empty
    };

    explicit State(const ServerConfig& config)
        : throttle(config) {}

    mutable std::shared_mutex mutex; // guards users, tokens, lastSweepMs
    std::map<std::string, UserEntry> users;
    std::unordered_map<std::string, TokenRecord> tokens; // by hash
    std::int64_t lastSweepMs = 0;

    std::mutex writeMutex;
    detail::LoginThrottle throttle;
    core::ScryptCost cost; // set before use; read-only afterwards
    std::once_flag dummyOnce;
    std::string dummyHash; // verified against for unknown users, so timing does not tell
};

UserDirectory::UserDirectory(Store& store, const ServerConfig& config, core::Clock& clock,
                             core::Logger log)
    : m_store(store)
    , m_config(config)
    , m_clock(clock)
    , m_log(std::move(log))
    , m_state(std::make_unique<State>(config)) {}

UserDirectory::~UserDirectory() = default;

void UserDirectory::setPasswordCost(const core::ScryptCost& cost) {
    m_state->cost = cost;
}

core::Result<void> UserDirectory::load() {
    auto users = m_store.listUsers();
    if (!users) {
        return Unexpected(users.error());
    }
    const auto nowMs = core::toUnixMs(m_clock.now());
    auto tokens = m_store.listLiveTokens(nowMs);
    if (!tokens) {
        return Unexpected(tokens.error());
    }
    std::unique_lock lock(m_state->mutex);
    m_state->users.clear();
    m_state->tokens.clear();
    for (auto& user : *users) {
        for (const auto& role : m_config.roles.unknownRoles(user.roles)) {
            m_log.warn("user has a role the config does not define; it grants nothing",
                       {{"username", user.username}, {"role", role}});
        }
        auto principal = principalFor(user);
        const std::string name = user.username;
        m_state->users[name] = State::UserEntry{std::move(user), std::move(principal)};
    }
    for (auto& token : *tokens) {
        if (m_state->users.count(token.username) > 0) {
            m_state->tokens[token.tokenHash] = std::move(token);
        }
    }
    m_state->lastSweepMs = nowMs;
    m_log.info("users loaded", {{"users", std::to_string(m_state->users.size())},
                                {"live_tokens", std::to_string(m_state->tokens.size())}});
    return {};
}

Principal UserDirectory::principalFor(const UserRecord& user) const {
    Principal p;
    p.username = user.username;
    p.roles = user.roles;
    p.permissions = m_config.roles.permissionsFor(user.roles);
    p.scopes = user.scopes;
    return p;
}

core::Result<Principal> UserDirectory::currentPrincipal(const std::string& username) const {
    auto user = getUser(username);
    if (!user) {
        return Unexpected(ErrorCode::PermissionDenied, "user '" + username + "' no longer exists",
                          {{"username", username}});
    }
    if (user->disabled) {
        return Unexpected(ErrorCode::PermissionDenied, "user '" + username + "' is disabled",
                          {{"username", username}});
    }
    return principalFor(*user);
}

core::Result<Principal> UserDirectory::authenticate(std::string_view bearerToken,
                                                    const std::string& peer) const {
    auto token = parseBearer(bearerToken);
    if (!token) {
        return Unexpected(token.error());
    }
    const auto hash = core::sha256Hex(*token);
    const auto nowMs = core::toUnixMs(m_clock.now());
    std::shared_lock lock(m_state->mutex);
    const auto it = m_state->tokens.find(hash);
    if (it == m_state->tokens.end()) {
        return Unexpected(unauthenticated("unknown token; sign in again", "unknown_token"));
    }
    const TokenRecord& record = it->second;
    if (record.revoked) {
        return Unexpected(unauthenticated("token revoked; sign in again", "revoked"));
    }
    if (record.expiresAtMs <= nowMs) {
        return Unexpected(unauthenticated("token expired; sign in again", "expired"));
    }
    const auto user = m_state->users.find(record.username);
    if (user == m_state->users.end() || user->second.record.disabled) {
        return Unexpected(unauthenticated("this account is disabled", "disabled"));
    }
    Principal p = user->second.principal;
    p.tokenHash = hash;
    p.tokenExpiresAtMs = record.expiresAtMs;
    p.peer = peer;
    return p;
}

LoginAttempt UserDirectory::login(const std::string& username, const std::string& password,
                                  const std::string& peer, const std::string& client) {
    const auto peerKey = peerAddress(peer);
    const auto verdict = m_state->throttle.begin(username, peerKey, m_clock.now());
    if (verdict.locked) {
        return {Unexpected(lockedOut(verdict.retryAfter)), std::chrono::milliseconds(0),
                "locked out"};
    }
    std::string reason;
    const auto verifiedHash = verifyCredentials(username, password, reason);
    if (!reason.empty()) {
        return {Unexpected(unauthenticated(kWrongCredentials, "credentials")), verdict.delay,
                std::move(reason)};
    }
    auto issued = issueToken(username, verifiedHash, peer, client);
    if (issued) {
        m_state->throttle.succeeded(username, peerKey);
    }
    std::string why = issued ? "" : issued.error().message;
    return {std::move(issued), verdict.delay, std::move(why)};
}

// The user's password hash when `password` is right and the account enabled; otherwise sets
// `reason`. Runs the KDF once either way (a dummy hash for unknown users), so the time taken
// does not tell whether a username exists.
std::string UserDirectory::verifyCredentials(const std::string& username,
                                             const std::string& password,
                                             std::string& reason) const {
    std::string hash;
    bool disabled = false;
    {
        std::shared_lock lock(m_state->mutex);
        if (const auto it = m_state->users.find(username); it != m_state->users.end()) {
            hash = it->second.record.passwordHash;
            disabled = it->second.record.disabled;
        }
    }
    if (hash.empty()) {
        std::call_once(m_state->dummyOnce, [this] {
            m_state->dummyHash = core::hashPassword("not a password", m_state->cost).value_or("");
        });
        (void)core::verifyPassword(password, m_state->dummyHash);
        reason = "unknown user";
    } else if (!core::verifyPassword(password, hash)) {
        reason = "wrong password";
    } else if (disabled) {
        reason = "disabled";
    }
    return hash;
}

core::Result<LoginResult> UserDirectory::issueToken(const std::string& username,
                                                    const std::string& verifiedHash,
                                                    const std::string& peer,
                                                    const std::string& client) {
    std::lock_guard write(m_state->writeMutex);
    const auto nowMs = core::toUnixMs(m_clock.now());
    UserRecord user;
    {
        std::shared_lock lock(m_state->mutex);
        const auto it = m_state->users.find(username);
        // Changed (password, disabled) while the KDF ran: the old password no longer counts.
        if (it == m_state->users.end() || it->second.record.passwordHash != verifiedHash ||
            it->second.record.disabled) {
            return Unexpected(unauthenticated(kWrongCredentials, "credentials"));
        }
        user = it->second.record;
    }
    LoginResult result;
    result.token = core::randomId("tok_", 32);
    TokenRecord token{core::sha256Hex(result.token),
                      username,
                      nowMs,
                      nowMs + m_config.tokenTtl.count(),
                      false,
                      client,
                      peer};
    if (auto r = m_store.putToken(token); !r) {
        return Unexpected(r.error());
    }
    user.lastLoginAtMs = nowMs;
    if (auto r = m_store.putUser(user); !r) {
        m_log.warn("cannot record the last sign-in time",
                   {{"username", username}, {"error", r.error().message}});
    }
    result.expiresAtMs = token.expiresAtMs;
    result.principal = principalFor(user);
    result.principal.tokenHash = token.tokenHash;
    result.principal.tokenExpiresAtMs = token.expiresAtMs;
    result.principal.peer = peer;
    result.user = user;
    {
        std::unique_lock lock(m_state->mutex);
        m_state->users[username].record = std::move(user);
        m_state->tokens[token.tokenHash] = std::move(token);
    }
    sweepTokens(nowMs);
    return result;
}

// Forgets tokens long expired (memory and store), at most once per kTokenSweepEvery.
void UserDirectory::sweepTokens(std::int64_t nowMs) {
    const auto cutoffMs =
        nowMs - std::chrono::duration_cast<std::chrono::milliseconds>(kKeepExpiredTokens).count();
    {
        std::unique_lock lock(m_state->mutex);
        if (nowMs - m_state->lastSweepMs <
            std::chrono::duration_cast<std::chrono::milliseconds>(kTokenSweepEvery).count()) {
            return;
        }
        m_state->lastSweepMs = nowMs;
        std::erase_if(m_state->tokens,
                      [&](const auto& entry) { return entry.second.expiresAtMs < cutoffMs; });
    }
    if (auto r = m_store.purgeTokens(cutoffMs); !r) {
        m_log.warn("cannot purge expired tokens", {{"error", r.error().message}});
    }
}

core::Result<void> UserDirectory::logout(const Principal& principal) {
    if (principal.tokenHash.empty()) {
        return Unexpected(ErrorCode::FailedPrecondition, "not signed in with a token");
    }
    if (auto r = m_store.revokeToken(principal.tokenHash); !r) {
        return r;
    }
    std::unique_lock lock(m_state->mutex);
    if (auto it = m_state->tokens.find(principal.tokenHash); it != m_state->tokens.end()) {
        it->second.revoked = true;
    }
    return {};
}

core::Result<void> UserDirectory::verifyCurrentPassword(const std::string& username,
                                                        const std::string& password,
                                                        const std::string& peer) {
    const auto peerKey = peerAddress(peer);
    const auto verdict = m_state->throttle.begin(username, peerKey, m_clock.now());
    if (verdict.locked) {
        return Unexpected(lockedOut(verdict.retryAfter));
    }
    if (!checkPassword(username, password)) {
        return Unexpected(ErrorCode::PermissionDenied, "the current password is wrong",
                          {{"field", "current_password"}});
    }
    m_state->throttle.succeeded(username, peerKey);
    return {};
}

bool UserDirectory::checkPassword(const std::string& username, const std::string& password) const {
    std::string hash;
    {
        std::shared_lock lock(m_state->mutex);
        const auto it = m_state->users.find(username);
        if (it == m_state->users.end() || it->second.record.disabled) {
            return false;
        }
        hash = it->second.record.passwordHash;
    }
    return core::verifyPassword(password, hash);
}

std::vector<UserRecord> UserDirectory::listUsers() const {
    std::shared_lock lock(m_state->mutex);
    std::vector<UserRecord> out;
    out.reserve(m_state->users.size());
    for (const auto& [name, entry] : m_state->users) {
        out.push_back(entry.record);
    }
    return out;
}

core::Result<UserRecord> UserDirectory::getUser(const std::string& username) const {
    std::shared_lock lock(m_state->mutex);
    const auto it = m_state->users.find(username);
    if (it == m_state->users.end()) {
        return Unexpected(noSuchUser(username));
    }
    return it->second.record;
}

core::Result<UserRecord> UserDirectory::createUser(const std::string& username,
                                                   const std::string& password,
                                                   const std::string& displayName,
                                                   const std::vector<std::string>& roles,
                                                   const Scopes& scopes) {
    auto checkedRoles = checkRoles(m_config.roles, roles);
    auto checkedScopes = checkScopes(scopes);
    for (const auto& r : {checkUsername(username), checkPasswordRules(password)}) {
        if (!r) {
            return Unexpected(r.error());
        }
    }
    if (!checkedRoles || !checkedScopes) {
        return Unexpected(!checkedRoles ? checkedRoles.error() : checkedScopes.error());
    }
    if (getUser(username)) { // before the slow hash; checked again under the write lock
        return Unexpected(ErrorCode::AlreadyExists, "a user named '" + username + "' exists",
                          {{"username", username}});
    }
    auto hash = core::hashPassword(password, m_state->cost);
    if (!hash) {
        return Unexpected(hash.error());
    }
    UserRecord user;
    user.username = username;
    user.displayName = displayName;
    user.passwordHash = std::move(*hash);
    user.roles = std::move(*checkedRoles);
    user.scopes = std::move(*checkedScopes);
    user.createdAtMs = user.updatedAtMs = core::toUnixMs(m_clock.now());
    return updateUser(username, [&](std::optional<UserRecord>& record) -> core::Result<void> {
        if (record) {
            return Unexpected(ErrorCode::AlreadyExists, "a user named '" + username + "' exists",
                              {{"username", username}});
        }
        record = std::move(user);
        return {};
    });
}

core::Result<UserRecord> UserDirectory::setPassword(const std::string& username,
                                                    const std::string& password) {
    if (auto r = checkPasswordRules(password); !r) {
        return Unexpected(r.error());
    }
    if (auto user = getUser(username); !user) {
        return user;
    }
    auto hash = core::hashPassword(password, m_state->cost);
    if (!hash) {
        return Unexpected(hash.error());
    }
    return updateUser(
        username,
        [&](std::optional<UserRecord>& record) -> core::Result<void> {
            if (!record) {
                return Unexpected(noSuchUser(username));
            }
            record->passwordHash = std::move(*hash);
            return {};
        },
        true);
}

core::Result<UserRecord> UserDirectory::setRoles(const std::string& username,
                                                 const std::vector<std::string>& roles) {
    auto checked = checkRoles(m_config.roles, roles);
    if (!checked) {
        return Unexpected(checked.error());
    }
    return updateUser(username, [&](std::optional<UserRecord>& record) -> core::Result<void> {
        if (!record) {
            return Unexpected(noSuchUser(username));
        }
        record->roles = std::move(*checked);
        return {};
    });
}

core::Result<UserRecord> UserDirectory::setScopes(const std::string& username,
                                                  const Scopes& scopes) {
    auto checked = checkScopes(scopes);
    if (!checked) {
        return Unexpected(checked.error());
    }
    return updateUser(username, [&](std::optional<UserRecord>& record) -> core::Result<void> {
        if (!record) {
            return Unexpected(noSuchUser(username));
        }
        record->scopes = std::move(*checked);
        return {};
    });
}

core::Result<UserRecord> UserDirectory::setDisabled(const std::string& username, bool disabled) {
    return updateUser(
        username,
        [&](std::optional<UserRecord>& record) -> core::Result<void> {
            if (!record) {
                return Unexpected(noSuchUser(username));
            }
            record->disabled = disabled;
            return {};
        },
        disabled);
}

// The one write path for user records (see State for the locking). `change` edits a copy
// (nullopt for a new user); the copy is stored, then swapped in with a fresh Principal. With
// `revokeTokens` every token of the user is revoked too; in memory even if the store fails.
core::Result<UserRecord> UserDirectory::updateUser(const std::string& username,
                                                   const UserChange& change, bool revokeTokens) {
    std::lock_guard write(m_state->writeMutex);
    std::optional<UserRecord> record;
    {
        std::shared_lock lock(m_state->mutex);
        if (auto it = m_state->users.find(username); it != m_state->users.end()) {
            record = it->second.record;
        }
    }
    if (auto r = change(record); !r) {
        return Unexpected(r.error());
    }
    record->updatedAtMs = core::toUnixMs(m_clock.now());
    if (auto r = m_store.putUser(*record); !r) {
        return Unexpected(r.error());
    }
    core::Result<void> revoked;
    if (revokeTokens) {
        revoked = m_store.revokeUserTokens(username);
    }
    {
        std::unique_lock lock(m_state->mutex);
        m_state->users[username] = State::UserEntry{*record, principalFor(*record)};
        for (auto& [hash, token] : m_state->tokens) {
            token.revoked = token.revoked || (revokeTokens && token.username == username);
        }
    }
    if (!revoked) {
        m_log.error("user changed but the store did not revoke the user's tokens",
                    {{"username", username}, {"error", revoked.error().message}});
        return Unexpected(revoked.error());
    }
    return *record;
}

} // namespace croupier::server
