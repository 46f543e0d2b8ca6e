#include "SqliteSchema.h"

#include <chrono>
#include <iterator>
#include <string>

namespace croupier::server::sqlite {

using core::ErrorCode;
using core::Result;
using core::Unexpected;

namespace {

// Forward-only migrations: entry i takes the schema from version i to i + 1. Append new entries
// (and bump SqliteStore::kSchemaVersion); never edit a released one.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE descriptors (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL,
    version TEXT NOT NULL, hash TEXT NOT NULL, json TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id)) WITHOUT ROWID;
CREATE TABLE agents (
    agent_id TEXT NOT NULL PRIMARY KEY, game_id TEXT NOT NULL, env TEXT NOT NULL,
    version TEXT NOT NULL, addr TEXT NOT NULL,
    labels_json TEXT NOT NULL, functions_json TEXT NOT NULL,
    registered_at_ms INTEGER NOT NULL, last_heartbeat_ms INTEGER NOT NULL,
    online INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE assignments (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL, agent_id TEXT NOT NULL,
    enabled INTEGER NOT NULL, reason TEXT NOT NULL, updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id, agent_id)) WITHOUT ROWID;
CREATE TABLE assignment_versions (
    game_id TEXT NOT NULL, env TEXT NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (game_id, env)) WITHOUT ROWID;
CREATE TABLE jobs (
    job_id TEXT NOT NULL PRIMARY KEY, game_id TEXT NOT NULL, env TEXT NOT NULL,
    function_id TEXT NOT NULL, status TEXT NOT NULL, payload_json TEXT NOT NULL,
    result_json TEXT NOT NULL, error TEXT NOT NULL, error_code TEXT NOT NULL,
    progress REAL NOT NULL, message TEXT NOT NULL, agent_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, timeout_ms INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL, last_seq INTEGER NOT NULL);
CREATE INDEX jobs_by_scope ON jobs (game_id, env, created_at_ms DESC, job_id DESC);
CREATE INDEX jobs_unfinished ON jobs (status) WHERE status IN ('pending', 'running');
CREATE TABLE job_events (
    job_id TEXT NOT NULL REFERENCES jobs (job_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, type INTEGER NOT NULL, message TEXT NOT NULL,
    progress REAL NOT NULL, timestamp_ms INTEGER NOT NULL, data_json TEXT NOT NULL,
    error_code TEXT NOT NULL, status TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)) WITHOUT ROWID;
CREATE TABLE idempotency (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL, key TEXT NOT NULL,
    payload_hash TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL, job_id TEXT NOT NULL,
    response BLOB NOT NULL, created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id, key)) WITHOUT ROWID;
CREATE INDEX idempotency_by_created ON idempotency (created_at_ms);
)sql",
    // 2: identity, approvals and the audit trail (issue 3). Vectors are JSON arrays; the audit
    // seq is the rowid, so a duplicate cannot be stored.
    R"sql(
CREATE TABLE users (
    username TEXT NOT NULL PRIMARY KEY, display_name TEXT NOT NULL, password_hash TEXT NOT NULL,
    roles_json TEXT NOT NULL, scopes_json TEXT NOT NULL, disabled INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL,
    last_login_at_ms INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE tokens (
    token_hash TEXT NOT NULL PRIMARY KEY, username TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL, revoked INTEGER NOT NULL,
    client TEXT NOT NULL, peer TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens (username);
CREATE INDEX tokens_by_expiry ON tokens (expires_at_ms);
CREATE TABLE approvals (
    approval_id TEXT NOT NULL PRIMARY KEY, game_id TEXT NOT NULL, env TEXT NOT NULL,
    function_id TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL,
    payload_json TEXT NOT NULL, payload_hash TEXT NOT NULL, options_json TEXT NOT NULL,
    requester TEXT NOT NULL, threshold INTEGER NOT NULL, approver_roles_json TEXT NOT NULL,
    decisions_json TEXT NOT NULL, job_id TEXT NOT NULL, reason TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX approvals_by_created ON approvals (created_at_ms DESC, approval_id DESC);
CREATE INDEX approvals_by_state ON approvals (state, created_at_ms DESC, approval_id DESC);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY CHECK (seq > 0), timestamp_ms INTEGER NOT NULL,
    actor TEXT NOT NULL, actor_kind TEXT NOT NULL, action TEXT NOT NULL,
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL, target TEXT NOT NULL,
    params_json TEXT NOT NULL, outcome TEXT NOT NULL, message TEXT NOT NULL,
    duration_ms INTEGER NOT NULL, peer TEXT NOT NULL, details_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_by_actor ON audit_log (actor, seq);
CREATE INDEX audit_by_action ON audit_log (action, seq);
CREATE INDEX audit_by_function ON audit_log (function_id, seq);
CREATE INDEX audit_by_scope ON audit_log (game_id, env, seq);
CREATE INDEX audit_by_time ON audit_log (timestamp_ms);
ALTER TABLE jobs ADD COLUMN requester TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN approval_id TEXT NOT NULL DEFAULT '';
)sql",
};
static_assert(std::size(kMigrations) == SqliteStore::kSchemaVersion);

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Result<void> applyMigration(SqliteConnection& c, std::int64_t toVersion) {
    char* message = nullptr;
    const int rc = sqlite3_exec(c.handle(), kMigrations[toVersion - 1], nullptr, nullptr, &message);
    sqlite3_free(message); // may contain SQL details; the code says enough
    if (rc != SQLITE_OK) {
        return Unexpected(storeError(rc, "migrating to schema " + std::to_string(toVersion)));
    }
    SqliteStatement st =
        c.prepare("INSERT INTO schema_version (version, applied_at_ms) VALUES (?1, ?2)");
    st.bindInt(1, toVersion);
    st.bindInt(2, nowMs());
    return run(st, "recording the schema version");
}

} // namespace

Result<std::int64_t> storedVersion(SqliteConnection& c) {
    SqliteStatement st = c.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    if (const int rc = st.step(); rc != SQLITE_ROW) {
        return Unexpected(storeError(rc, "reading the schema version"));
    }
    return st.integer(0);
}

Result<void> requireCurrent(SqliteConnection& c, const std::filesystem::path& file) {
    auto version = storedVersion(c);
    const std::int64_t want = SqliteStore::kSchemaVersion;
    std::string problem;
    if (!version) {
        problem = "is not a Croupier database (" + version.error().message + ")";
    } else if (*version < want) {
        problem = "has schema version " + std::to_string(*version) + ", older than this " +
                  "server's " + std::to_string(want) +
                  ": start croupier-server on it once to upgrade it";
    } else if (*version > want) {
        problem = "has schema version " + std::to_string(*version) + ", newer than this " +
                  "server's " + std::to_string(want) + ": use the croupier-server that wrote it";
    }
    if (problem.empty()) {
        return {};
    }
    return Unexpected(ErrorCode::FailedPrecondition, "database " + file.string() + " " + problem,
                      {{"path", file.string()}});
}

Result<void> migrate(SqliteConnection& c, const std::filesystem::path& file) {
    return c.transaction("migrating database " + file.string(), [&]() -> Result<void> {
        SqliteStatement create =
            c.prepare("CREATE TABLE IF NOT EXISTS schema_version ("
                      "version INTEGER NOT NULL, applied_at_ms INTEGER NOT NULL)");
        if (auto made = run(create, "creating the schema version table"); !made) {
            return made;
        }
        auto current = storedVersion(c);
        if (!current) {
            return Unexpected(current.error());
        }
        if (*current > SqliteStore::kSchemaVersion) {
            return Unexpected(ErrorCode::FailedPrecondition,
                              "database " + file.string() + " has schema version " +
                                  std::to_string(*current) + ", newer than this server's " +
                                  std::to_string(SqliteStore::kSchemaVersion),
                              {{"path", file.string()}});
        }
        for (std::int64_t v = *current + 1; v <= SqliteStore::kSchemaVersion; ++v) {
            if (auto applied = applyMigration(c, v); !applied) {
                return applied;
            }
        }
        return {};
    });
}

} // namespace croupier::server::sqlite
