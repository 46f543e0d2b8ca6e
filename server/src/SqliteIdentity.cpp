// SqliteStore: users and bearer tokens (schema 2; see SqliteStore.h for threads and durability).

#include "SqliteConnection.h"
#include "SqliteRecords.h"
#include "croupier/server/SqliteStore.h"

namespace croupier::server {

using core::Unexpected;
using sqlite::collect;
using sqlite::run;
using sqlite::storeError;

namespace {

constexpr const char* kUserColumns =
    "username, display_name, password_hash, roles_json, scopes_json, disabled, created_at_ms, "
    "updated_at_ms, last_login_at_ms";

Result<UserRecord> readUser(const SqliteStatement& st) {
    UserRecord user;
    user.username = st.text(0);
    user.displayName = st.text(1);
    user.passwordHash = st.text(2);
    auto roles = sqlite::stringsFromJson(st.text(3), "the roles of user " + user.username);
    if (!roles) {
        return Unexpected(roles.error());
    }
    auto scopes = sqlite::scopesFromJson(st.text(4), "the scopes of user " + user.username);
    if (!scopes) {
        return Unexpected(scopes.error());
    }
    user.roles = std::move(*roles);
    user.scopes = std::move(*scopes);
    user.disabled = st.integer(5) != 0;
    user.createdAtMs = st.integer(6);
    user.updatedAtMs = st.integer(7);
    user.lastLoginAtMs = st.integer(8);
    return user;
}

constexpr const char* kTokenColumns =
    "token_hash, username, created_at_ms, expires_at_ms, revoked, client, peer";

TokenRecord readToken(const SqliteStatement& st) {
    TokenRecord token;
    token.tokenHash = st.text(0);
    token.username = st.text(1);
    token.createdAtMs = st.integer(2);
    token.expiresAtMs = st.integer(3);
    token.revoked = st.integer(4) != 0;
    token.client = st.text(5);
    token.peer = st.text(6);
    return token;
}

} // namespace

// --- users ---

Result<void> SqliteStore::putUser(const UserRecord& user) {
    static const std::string sql = std::string("INSERT OR REPLACE INTO users (") + kUserColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(sql.c_str());
    st.bindText(1, user.username);
    st.bindText(2, user.displayName);
    st.bindText(3, user.passwordHash);
    st.bindText(4, sqlite::stringsToJson(user.roles));
    st.bindText(5, sqlite::scopesToJson(user.scopes));
    st.bindInt(6, user.disabled ? 1 : 0);
    st.bindInt(7, user.createdAtMs);
    st.bindInt(8, user.updatedAtMs);
    st.bindInt(9, user.lastLoginAtMs);
    return run(st, "storing user " + user.username);
}

Result<std::vector<UserRecord>> SqliteStore::listUsers() {
    static const std::string sql =
        std::string("SELECT ") + kUserColumns + " FROM users ORDER BY username";
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    return sqlite::collectChecked<UserRecord>(st, readUser, "listing users");
}

// --- tokens ---

Result<void> SqliteStore::putToken(const TokenRecord& token) {
    static const std::string sql = std::string("INSERT OR REPLACE INTO tokens (") + kTokenColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(sql.c_str());
    st.bindText(1, token.tokenHash);
    st.bindText(2, token.username);
    st.bindInt(3, token.createdAtMs);
    st.bindInt(4, token.expiresAtMs);
    st.bindInt(5, token.revoked ? 1 : 0);
    st.bindText(6, token.client);
    st.bindText(7, token.peer);
    return run(st, "storing a token");
}

Result<std::vector<TokenRecord>> SqliteStore::listLiveTokens(std::int64_t nowMs) {
    static const std::string sql =
        std::string("SELECT ") + kTokenColumns +
        " FROM tokens WHERE revoked = 0 AND expires_at_ms > ?1 ORDER BY created_at_ms, token_hash";
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    st.bindInt(1, nowMs);
    return collect<TokenRecord>(st, readToken, "listing tokens");
}

Result<void> SqliteStore::revokeToken(const std::string& tokenHash) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare("UPDATE tokens SET revoked = 1 WHERE token_hash = ?1");
    st.bindText(1, tokenHash);
    return run(st, "revoking a token");
}

Result<void> SqliteStore::revokeUserTokens(const std::string& username) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st =
        m_write->prepare("UPDATE tokens SET revoked = 1 WHERE username = ?1 AND revoked = 0");
    st.bindText(1, username);
    return run(st, "revoking the tokens of user " + username);
}

Result<int> SqliteStore::purgeTokens(std::int64_t cutoffMs) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare("DELETE FROM tokens WHERE expires_at_ms < ?1");
    st.bindInt(1, cutoffMs);
    if (auto deleted = run(st, "purging tokens"); !deleted) {
        return Unexpected(deleted.error());
    }
    return static_cast<int>(m_write->changes());
}

} // namespace croupier::server
