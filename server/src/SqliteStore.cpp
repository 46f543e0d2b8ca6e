#include "croupier/server/SqliteStore.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <unordered_map>
#include <utility>

namespace croupier::server {

using core::Error;
using core::ErrorCode;
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
};
static_assert(std::size(kMigrations) == SqliteStore::kSchemaVersion);

// The Store contract's codes: corruption is INTERNAL, I/O and lock trouble UNAVAILABLE.
ErrorCode codeFor(int rc) {
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_ERROR:
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_SCHEMA:
        return ErrorCode::Internal;
    case SQLITE_CONSTRAINT:
        return ErrorCode::FailedPrecondition;
    case SQLITE_TOOBIG:
        return ErrorCode::InvalidArgument;
    default:
        return ErrorCode::Unavailable;
    }
}

// Says what failed and SQLite's generic reason; never the SQL text.
Error storeError(int rc, std::string_view what) {
    return Error(codeFor(rc), std::string(what) + " failed: " + sqlite3_errstr(rc),
                 {{"sqlite_code", std::to_string(rc)}});
}

// Errors while opening name the file; a file that is not a database is DATA_LOSS.
Error openError(int rc, const std::filesystem::path& file, std::string_view what) {
    const int primary = rc & 0xff;
    const ErrorCode code =
        (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            ? ErrorCode::DataLoss
            : (primary == SQLITE_MISUSE ? ErrorCode::Internal : ErrorCode::Unavailable);
    return Error(code, std::string(what) + " " + file.string() + " failed: " + sqlite3_errstr(rc),
                 {{"path", file.string()}, {"sqlite_code", std::to_string(rc)}});
}

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A cached prepared statement borrowed for one call. Reset on destruction, so a read snapshot
// never outlives the call. A failed prepare or bind is remembered and reported by step().
class Statement {
public:
    Statement(sqlite3_stmt* stmt, int rc)
        : m_stmt(stmt)
        , m_rc(rc) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() {
        if (m_stmt != nullptr) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }

    void bindText(int i, std::string_view v) {
        // data() of an empty view may be null, which SQLite would store as NULL.
        remember(sqlite3_bind_text(m_stmt, i, v.empty() ? "" : v.data(), static_cast<int>(v.size()),
                                   SQLITE_TRANSIENT));
    }
    void bindBlob(int i, std::string_view v) {
        remember(sqlite3_bind_blob(m_stmt, i, v.empty() ? "" : v.data(), static_cast<int>(v.size()),
                                   SQLITE_TRANSIENT));
    }
    void bindInt(int i, std::int64_t v) { remember(sqlite3_bind_int64(m_stmt, i, v)); }
    void bindReal(int i, double v) { remember(sqlite3_bind_double(m_stmt, i, v)); }

    int step() { return m_rc != SQLITE_OK ? m_rc : sqlite3_step(m_stmt); }

    std::string text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(m_stmt, col));
    }
    std::string blob(int col) const {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
        return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(m_stmt, col));
    }
    std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }

private:
    void remember(int rc) {
        if (m_rc == SQLITE_OK) {
            m_rc = rc;
        }
    }

    sqlite3_stmt* m_stmt;
    int m_rc;
};

// Runs a statement that returns no rows.
Result<void> run(Statement& st, std::string_view what) {
    const int rc = st.step();
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, what));
    }
    return {};
}

// Runs a query and converts each row with `read`.
template <class Row, class Read>
Result<std::vector<Row>> collect(Statement& st, Read read, std::string_view what) {
    std::vector<Row> rows;
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
        rows.push_back(read(st));
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, what));
    }
    return rows;
}

std::string mapToJson(const std::map<std::string, std::string>& map) {
    // Agents send these; replace invalid UTF-8 rather than throw.
    return nlohmann::json(map).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::map<std::string, std::string>> mapFromJson(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return Unexpected(ErrorCode::Internal, "reading agents failed: a stored map is corrupt");
    }
    std::map<std::string, std::string> map;
    for (const auto& [key, value] : json.items()) {
        if (!value.is_string()) {
            return Unexpected(ErrorCode::Internal,
                              "reading agents failed: a stored map is corrupt");
        }
        map.emplace(key, value.get<std::string>());
    }
    return map;
}

void bindJob(Statement& st, const JobRecord& job) {
    st.bindText(1, job.jobId);
    st.bindText(2, job.gameId);
    st.bindText(3, job.env);
    st.bindText(4, job.functionId);
    st.bindText(5, job.status);
    st.bindText(6, job.payloadJson);
    st.bindText(7, job.resultJson);
    st.bindText(8, job.error);
    st.bindText(9, job.errorCode);
    st.bindReal(10, job.progress);
    st.bindText(11, job.message);
    st.bindText(12, job.agentId);
    st.bindText(13, job.idempotencyKey);
    st.bindInt(14, job.timeoutMs);
    st.bindInt(15, job.createdAtMs);
    st.bindInt(16, job.updatedAtMs);
    st.bindInt(17, job.lastSeq);
}

JobRecord readJob(const Statement& st) {
    JobRecord job;
    job.jobId = st.text(0);
    job.gameId = st.text(1);
    job.env = st.text(2);
    job.functionId = st.text(3);
    job.status = st.text(4);
    job.payloadJson = st.text(5);
    job.resultJson = st.text(6);
    job.error = st.text(7);
    job.errorCode = st.text(8);
    job.progress = st.real(9);
    job.message = st.text(10);
    job.agentId = st.text(11);
    job.idempotencyKey = st.text(12);
    job.timeoutMs = st.integer(13);
    job.createdAtMs = st.integer(14);
    job.updatedAtMs = st.integer(15);
    job.lastSeq = st.integer(16);
    return job;
}

void bindEvent(Statement& st, const JobEventRecord& event) {
    st.bindText(1, event.jobId);
    st.bindInt(2, event.seq);
    st.bindInt(3, event.type);
    st.bindText(4, event.message);
    st.bindReal(5, event.progress);
    st.bindInt(6, event.timestampMs);
    st.bindText(7, event.dataJson);
    st.bindText(8, event.errorCode);
    st.bindText(9, event.status);
}

JobEventRecord readEvent(const Statement& st) {
    JobEventRecord event;
    event.jobId = st.text(0);
    event.seq = st.integer(1);
    event.type = static_cast<int>(st.integer(2));
    event.message = st.text(3);
    event.progress = st.real(4);
    event.timestampMs = st.integer(5);
    event.dataJson = st.text(6);
    event.errorCode = st.text(7);
    event.status = st.text(8);
    return event;
}

void bindIdempotencyKey(Statement& st, const IdempotencyRecord& r) {
    st.bindText(1, r.gameId);
    st.bindText(2, r.env);
    st.bindText(3, r.functionId);
    st.bindText(4, r.key);
}

IdempotencyRecord readIdempotency(const Statement& st) {
    IdempotencyRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.key = st.text(3);
    r.payloadHash = st.text(4);
    r.kind = st.text(5);
    r.state = st.text(6);
    r.jobId = st.text(7);
    r.response = st.blob(8);
    r.createdAtMs = st.integer(9);
    return r;
}

AssignmentRecord readAssignment(const Statement& st) {
    AssignmentRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.agentId = st.text(3);
    r.enabled = st.integer(4) != 0;
    r.reason = st.text(5);
    r.updatedAtMs = st.integer(6);
    return r;
}

DescriptorRecord readDescriptor(const Statement& st) {
    DescriptorRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.version = st.text(3);
    r.hash = st.text(4);
    r.json = st.text(5);
    r.updatedAtMs = st.integer(6);
    return r;
}

} // namespace

// One connection and its statement cache. Not thread-safe: the owner's mutex guards it.
class SqliteStore::Connection {
public:
    explicit Connection(sqlite3* db)
        : m_db(db) {}
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() {
        for (auto& [sql, stmt] : m_cache) {
            sqlite3_finalize(stmt);
        }
        sqlite3_close(m_db);
    }

    static Result<std::unique_ptr<Connection>> open(const std::filesystem::path& file,
                                                    const SqliteOptions& options);

    // Returns the cached statement for `sql`, preparing it on first use.
    Statement prepare(const char* sql) {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            sqlite3_stmt* stmt = nullptr;
            const int rc =
                sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
            if (rc != SQLITE_OK) {
                return Statement(nullptr, rc);
            }
            it = m_cache.emplace(sql, stmt).first;
        }
        return Statement(it->second, SQLITE_OK);
    }

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when anything fails.
    template <class Body> Result<void> transaction(std::string_view what, Body&& body) {
        {
            Statement begin = prepare("BEGIN IMMEDIATE");
            if (auto started = run(begin, what); !started) {
                return started;
            }
        }
        Result<void> result = body();
        if (result) {
            Statement commit = prepare("COMMIT");
            result = run(commit, what);
        }
        if (!result && sqlite3_get_autocommit(m_db) == 0) {
            Statement rollback = prepare("ROLLBACK");
            (void)rollback.step();
        }
        return result;
    }

    std::int64_t changes() const { return sqlite3_changes64(m_db); }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

namespace {

// Runs one pragma (or other statement) at open time, ignoring any row it returns.
Result<void> pragma(SqliteStore::Connection& c, const char* sql,
                    const std::filesystem::path& file) {
    Statement st = c.prepare(sql);
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(openError(rc, file, "opening database"));
    }
    return {};
}

Result<void> enableWal(SqliteStore::Connection& c, const std::filesystem::path& file) {
    // The first statement that reads the file: a non-database file fails here.
    Statement st = c.prepare("PRAGMA journal_mode = WAL");
    const int rc = st.step();
    if (rc != SQLITE_ROW) {
        return Unexpected(openError(rc, file, "opening database"));
    }
    if (st.text(0) != "wal") {
        return Unexpected(ErrorCode::Unavailable,
                          "opening database " + file.string() + " failed: WAL mode unavailable",
                          {{"path", file.string()}});
    }
    return {};
}

Result<std::int64_t> storedVersion(SqliteStore::Connection& c) {
    Statement st = c.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    if (const int rc = st.step(); rc != SQLITE_ROW) {
        return Unexpected(storeError(rc, "reading the schema version"));
    }
    return st.integer(0);
}

Result<void> applyMigration(SqliteStore::Connection& c, std::int64_t toVersion) {
    char* message = nullptr;
    const int rc = sqlite3_exec(c.handle(), kMigrations[toVersion - 1], nullptr, nullptr, &message);
    sqlite3_free(message); // may contain SQL details; the code says enough
    if (rc != SQLITE_OK) {
        return Unexpected(storeError(rc, "migrating to schema " + std::to_string(toVersion)));
    }
    Statement st = c.prepare("INSERT INTO schema_version (version, applied_at_ms) VALUES (?1, ?2)");
    st.bindInt(1, toVersion);
    st.bindInt(2, nowMs());
    return run(st, "recording the schema version");
}

// One transaction: concurrent openers of a fresh file cannot both migrate.
Result<void> migrate(SqliteStore::Connection& c, const std::filesystem::path& file) {
    return c.transaction("migrating database " + file.string(), [&]() -> Result<void> {
        Statement create = c.prepare("CREATE TABLE IF NOT EXISTS schema_version ("
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

// Creates the directory and, when missing, an empty database file readable by the owner only
// (SQLite gives its -wal and -shm files the same mode): it holds payloads and call results.
Result<void> createPrivateFile(const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) {
            return Unexpected(ErrorCode::Unavailable,
                              "creating directory " + file.parent_path().string() +
                                  " failed: " + ec.message(),
                              {{"path", file.parent_path().string()}});
        }
    }
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        return Unexpected(ErrorCode::Unavailable,
                          "creating database " + file.string() +
                              " failed: " + std::generic_category().message(errno),
                          {{"path", file.string()}});
    }
    return {};
}

} // namespace

Result<std::unique_ptr<SqliteStore::Connection>>
SqliteStore::Connection::open(const std::filesystem::path& file, const SqliteOptions& options) {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(file.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(db); // allocated even on failure
        return Unexpected(openError(rc, file, "opening database"));
    }
    auto conn = std::make_unique<Connection>(db);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, std::max(0, options.busyTimeoutMs));
    for (const char* sql :
         {"PRAGMA foreign_keys = ON",
          options.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"}) {
        if (auto set = pragma(*conn, sql, file); !set) {
            return Unexpected(set.error());
        }
    }
    return conn;
}

SqliteStore::SqliteStore(std::filesystem::path path, std::unique_ptr<Connection> write,
                         std::unique_ptr<Connection> read)
    : m_path(std::move(path))
    , m_write(std::move(write))
    , m_read(std::move(read)) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file,
                                                       const SqliteOptions& options) {
    if (auto created = createPrivateFile(file); !created) {
        return Unexpected(created.error());
    }
    auto write = Connection::open(file, options);
    if (!write) {
        return Unexpected(write.error());
    }
    if (auto wal = enableWal(**write, file); !wal) {
        return Unexpected(wal.error());
    }
    if (auto migrated = migrate(**write, file); !migrated) {
        return Unexpected(migrated.error());
    }
    auto read = Connection::open(file, options);
    if (!read) {
        return Unexpected(read.error());
    }
    if (auto readOnly = pragma(**read, "PRAGMA query_only = ON", file); !readOnly) {
        return Unexpected(readOnly.error());
    }
    return std::unique_ptr<SqliteStore>(new SqliteStore(file, std::move(*write), std::move(*read)));
}

Result<int> SqliteStore::schemaVersion() {
    std::lock_guard lock(m_readMutex);
    auto version = storedVersion(*m_read);
    if (!version) {
        return Unexpected(version.error());
    }
    return static_cast<int>(*version);
}

// --- descriptors ---

Result<void> SqliteStore::putDescriptor(const DescriptorRecord& r) {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare(
        "INSERT OR REPLACE INTO descriptors (game_id, env, function_id, version, hash, json, "
        "updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bindText(1, r.gameId);
    st.bindText(2, r.env);
    st.bindText(3, r.functionId);
    st.bindText(4, r.version);
    st.bindText(5, r.hash);
    st.bindText(6, r.json);
    st.bindInt(7, r.updatedAtMs);
    return run(st, "storing a descriptor");
}

Result<std::vector<DescriptorRecord>> SqliteStore::listDescriptors() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT game_id, env, function_id, version, hash, json, updated_at_ms FROM descriptors "
        "ORDER BY game_id, env, function_id");
    return collect<DescriptorRecord>(st, readDescriptor, "listing descriptors");
}

// --- agents ---

Result<void> SqliteStore::putAgent(const AgentRecord& r) {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare(
        "INSERT OR REPLACE INTO agents (agent_id, game_id, env, version, addr, labels_json, "
        "functions_json, registered_at_ms, last_heartbeat_ms, online) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bindText(1, r.agentId);
    st.bindText(2, r.gameId);
    st.bindText(3, r.env);
    st.bindText(4, r.version);
    st.bindText(5, r.addr);
    st.bindText(6, mapToJson(r.labels));
    st.bindText(7, mapToJson(r.functions));
    st.bindInt(8, r.registeredAtMs);
    st.bindInt(9, r.lastHeartbeatMs);
    st.bindInt(10, r.online ? 1 : 0);
    return run(st, "storing an agent");
}

Result<void> SqliteStore::setAgentOnline(const std::string& agentId, bool online,
                                         std::int64_t lastHeartbeatMs) {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare(
        "UPDATE agents SET online = ?2, last_heartbeat_ms = ?3 WHERE agent_id = ?1");
    st.bindText(1, agentId);
    st.bindInt(2, online ? 1 : 0);
    st.bindInt(3, lastHeartbeatMs);
    if (auto updated = run(st, "updating an agent"); !updated) {
        return updated;
    }
    if (m_write->changes() == 0) {
        return Unexpected(ErrorCode::NotFound, "agent " + agentId + " is not registered",
                          {{"agent_id", agentId}});
    }
    return {};
}

Result<std::vector<AgentRecord>> SqliteStore::listAgents() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT agent_id, game_id, env, version, addr, labels_json, functions_json, "
        "registered_at_ms, last_heartbeat_ms, online FROM agents ORDER BY agent_id");
    std::vector<AgentRecord> agents;
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
        AgentRecord& a = agents.emplace_back();
        a.agentId = st.text(0);
        a.gameId = st.text(1);
        a.env = st.text(2);
        a.version = st.text(3);
        a.addr = st.text(4);
        auto labels = mapFromJson(st.text(5));
        auto functions = mapFromJson(st.text(6));
        if (!labels || !functions) {
            return Unexpected(!labels ? labels.error() : functions.error());
        }
        a.labels = std::move(*labels);
        a.functions = std::move(*functions);
        a.registeredAtMs = st.integer(7);
        a.lastHeartbeatMs = st.integer(8);
        a.online = st.integer(9) != 0;
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, "listing agents"));
    }
    return agents;
}

Result<void> SqliteStore::markAllAgentsOffline() {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare("UPDATE agents SET online = 0 WHERE online <> 0");
    return run(st, "marking agents offline");
}

// --- assignments ---

Result<std::int64_t> SqliteStore::putAssignment(const AssignmentRecord& r) {
    std::lock_guard lock(m_writeMutex);
    std::int64_t version = 0;
    auto stored = m_write->transaction("storing an assignment", [&]() -> Result<void> {
        Statement put = m_write->prepare(
            "INSERT OR REPLACE INTO assignments (game_id, env, function_id, agent_id, enabled, "
            "reason, updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        put.bindText(1, r.gameId);
        put.bindText(2, r.env);
        put.bindText(3, r.functionId);
        put.bindText(4, r.agentId);
        put.bindInt(5, r.enabled ? 1 : 0);
        put.bindText(6, r.reason);
        put.bindInt(7, r.updatedAtMs);
        if (auto done = run(put, "storing an assignment"); !done) {
            return done;
        }
        Statement bump = m_write->prepare(
            "INSERT INTO assignment_versions (game_id, env, version) VALUES (?1, ?2, 1) "
            "ON CONFLICT (game_id, env) DO UPDATE SET version = version + 1 RETURNING version");
        bump.bindText(1, r.gameId);
        bump.bindText(2, r.env);
        if (const int rc = bump.step(); rc != SQLITE_ROW) {
            return Unexpected(storeError(rc, "bumping the assignment version"));
        }
        version = bump.integer(0);
        return run(bump, "bumping the assignment version");
    });
    if (!stored) {
        return Unexpected(stored.error());
    }
    return version;
}

Result<std::vector<AssignmentRecord>> SqliteStore::listAssignments() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT game_id, env, function_id, agent_id, enabled, reason, updated_at_ms "
        "FROM assignments ORDER BY game_id, env, function_id, agent_id");
    return collect<AssignmentRecord>(st, readAssignment, "listing assignments");
}

Result<std::map<std::string, std::int64_t>> SqliteStore::assignmentVersions() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare("SELECT game_id, env, version FROM assignment_versions");
    std::map<std::string, std::int64_t> versions;
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
        versions[st.text(0) + '\x1f' + st.text(1)] = st.integer(2);
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, "listing assignment versions"));
    }
    return versions;
}

// --- jobs ---

Result<void> SqliteStore::createJob(const JobRecord& job) {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare(
        "INSERT INTO jobs (job_id, game_id, env, function_id, status, payload_json, result_json, "
        "error, error_code, progress, message, agent_id, idempotency_key, timeout_ms, "
        "created_at_ms, updated_at_ms, last_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    bindJob(st, job);
    const int rc = st.step();
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        return Unexpected(ErrorCode::AlreadyExists, "job " + job.jobId + " already exists",
                          {{"job_id", job.jobId}});
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(storeError(rc, "creating a job"));
    }
    return {};
}

Result<void> SqliteStore::appendJobEvents(const std::vector<JobEventRecord>& events,
                                          const std::vector<JobRecord>& jobs) {
    if (events.empty() && jobs.empty()) {
        return {};
    }
    std::lock_guard lock(m_writeMutex);
    // Jobs first, so one batch may carry a job's row and its first events.
    auto stored = m_write->transaction("storing job events", [&]() -> Result<void> {
        for (const JobRecord& job : jobs) {
            Statement st = m_write->prepare(
                "INSERT INTO jobs (job_id, game_id, env, function_id, status, payload_json, "
                "result_json, error, error_code, progress, message, agent_id, idempotency_key, "
                "timeout_ms, created_at_ms, updated_at_ms, last_seq) VALUES (?1, ?2, ?3, ?4, "
                "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
                "ON CONFLICT (job_id) DO UPDATE SET game_id = excluded.game_id, "
                "env = excluded.env, function_id = excluded.function_id, "
                "status = excluded.status, payload_json = excluded.payload_json, "
                "result_json = excluded.result_json, error = excluded.error, "
                "error_code = excluded.error_code, progress = excluded.progress, "
                "message = excluded.message, agent_id = excluded.agent_id, "
                "idempotency_key = excluded.idempotency_key, timeout_ms = excluded.timeout_ms, "
                "created_at_ms = excluded.created_at_ms, updated_at_ms = excluded.updated_at_ms, "
                "last_seq = excluded.last_seq");
            bindJob(st, job);
            if (auto done = run(st, "storing a job"); !done) {
                return done;
            }
        }
        for (const JobEventRecord& event : events) {
            Statement st = m_write->prepare(
                "INSERT INTO job_events (job_id, seq, type, message, progress, timestamp_ms, "
                "data_json, error_code, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            bindEvent(st, event);
            if (const int rc = st.step(); rc != SQLITE_DONE) {
                return Unexpected(storeError(rc, "storing event " + std::to_string(event.seq) +
                                                     " of job " + event.jobId));
            }
        }
        return {};
    });
    if (!stored && stored.error().code == ErrorCode::FailedPrecondition) {
        stored.error().message += " (unknown job or sequence number already stored)";
    }
    return stored;
}

Result<std::optional<JobRecord>> SqliteStore::getJob(const std::string& jobId) {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT job_id, game_id, env, function_id, status, payload_json, result_json, error, "
        "error_code, progress, message, agent_id, idempotency_key, timeout_ms, created_at_ms, "
        "updated_at_ms, last_seq FROM jobs WHERE job_id = ?1");
    st.bindText(1, jobId);
    auto rows = collect<JobRecord>(st, readJob, "reading a job");
    if (!rows) {
        return Unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<JobRecord>();
    }
    return std::optional<JobRecord>(std::move(rows->front()));
}

Result<std::vector<JobRecord>> SqliteStore::listJobs(const JobFilter& filter) {
    if (filter.gameId.empty() || filter.env.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "listing jobs needs a game_id and an env");
    }
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT job_id, game_id, env, function_id, status, payload_json, result_json, error, "
        "error_code, progress, message, agent_id, idempotency_key, timeout_ms, created_at_ms, "
        "updated_at_ms, last_seq FROM jobs WHERE game_id = ?1 AND env = ?2 "
        "AND (?3 = '' OR function_id = ?3) AND (?4 = '' OR status = ?4) "
        "AND (?5 = 0 OR (created_at_ms, job_id) < (?6, ?7)) "
        "ORDER BY created_at_ms DESC, job_id DESC LIMIT ?8");
    st.bindText(1, filter.gameId);
    st.bindText(2, filter.env);
    st.bindText(3, filter.functionId);
    st.bindText(4, filter.status);
    st.bindInt(5, filter.before ? 1 : 0);
    st.bindInt(6, filter.before ? filter.before->first : 0);
    st.bindText(7, filter.before ? std::string_view(filter.before->second) : "");
    st.bindInt(8, std::clamp(filter.limit, 1, 500));
    return collect<JobRecord>(st, readJob, "listing jobs");
}

Result<std::vector<JobEventRecord>> SqliteStore::listJobEvents(const std::string& jobId,
                                                               std::int64_t fromSeq) {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT job_id, seq, type, message, progress, timestamp_ms, data_json, error_code, status "
        "FROM job_events WHERE job_id = ?1 AND seq >= ?2 ORDER BY seq");
    st.bindText(1, jobId);
    st.bindInt(2, fromSeq);
    return collect<JobEventRecord>(st, readEvent, "listing job events");
}

Result<std::vector<JobRecord>> SqliteStore::listUnfinishedJobs() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT job_id, game_id, env, function_id, status, payload_json, result_json, error, "
        "error_code, progress, message, agent_id, idempotency_key, timeout_ms, created_at_ms, "
        "updated_at_ms, last_seq FROM jobs WHERE status IN ('pending', 'running') "
        "ORDER BY created_at_ms, job_id");
    return collect<JobRecord>(st, readJob, "listing unfinished jobs");
}

// --- idempotency ---

Result<IdempotencyClaim> SqliteStore::claimIdempotency(const IdempotencyRecord& candidate) {
    std::lock_guard lock(m_writeMutex);
    IdempotencyClaim claim;
    // INSERT ... DO NOTHING then read, in one IMMEDIATE transaction: atomic against other
    // connections and processes too, not only against this object's mutex.
    auto done = m_write->transaction("claiming an idempotency key", [&]() -> Result<void> {
        Statement insert = m_write->prepare(
            "INSERT INTO idempotency (game_id, env, function_id, key, payload_hash, kind, state, "
            "job_id, response, created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT DO NOTHING");
        bindIdempotencyKey(insert, candidate);
        insert.bindText(5, candidate.payloadHash);
        insert.bindText(6, candidate.kind);
        insert.bindText(7, candidate.state);
        insert.bindText(8, candidate.jobId);
        insert.bindBlob(9, candidate.response);
        insert.bindInt(10, candidate.createdAtMs);
        if (auto inserted = run(insert, "claiming an idempotency key"); !inserted) {
            return inserted;
        }
        claim.claimed = m_write->changes() == 1;
        if (claim.claimed) {
            return {};
        }
        Statement select = m_write->prepare(
            "SELECT game_id, env, function_id, key, payload_hash, kind, state, job_id, response, "
            "created_at_ms FROM idempotency "
            "WHERE game_id = ?1 AND env = ?2 AND function_id = ?3 AND key = ?4");
        bindIdempotencyKey(select, candidate);
        if (const int rc = select.step(); rc != SQLITE_ROW) {
            return Unexpected(storeError(rc, "reading an idempotency key"));
        }
        claim.existing = readIdempotency(select);
        return {};
    });
    if (!done) {
        return Unexpected(done.error());
    }
    return claim;
}

Result<void> SqliteStore::completeIdempotency(const IdempotencyRecord& record) {
    std::lock_guard lock(m_writeMutex);
    Statement st =
        m_write->prepare("UPDATE idempotency SET state = 'done', response = ?5 "
                         "WHERE game_id = ?1 AND env = ?2 AND function_id = ?3 AND key = ?4");
    bindIdempotencyKey(st, record);
    st.bindBlob(5, record.response);
    if (auto updated = run(st, "completing an idempotency key"); !updated) {
        return updated;
    }
    if (m_write->changes() == 0) {
        return Unexpected(ErrorCode::NotFound, "idempotency key " + record.key + " is unknown",
                          {{"key", record.key}});
    }
    return {};
}

Result<std::vector<IdempotencyRecord>> SqliteStore::listRunningIdempotency() {
    std::lock_guard lock(m_readMutex);
    Statement st = m_read->prepare(
        "SELECT game_id, env, function_id, key, payload_hash, kind, state, job_id, response, "
        "created_at_ms FROM idempotency WHERE state = 'running' ORDER BY created_at_ms");
    return collect<IdempotencyRecord>(st, readIdempotency, "listing idempotency keys");
}

Result<void> SqliteStore::releaseIdempotency(const IdempotencyRecord& record) {
    std::lock_guard lock(m_writeMutex);
    Statement st =
        m_write->prepare("DELETE FROM idempotency "
                         "WHERE game_id = ?1 AND env = ?2 AND function_id = ?3 AND key = ?4");
    bindIdempotencyKey(st, record);
    return run(st, "releasing an idempotency key");
}

Result<int> SqliteStore::purgeIdempotency(std::int64_t cutoffMs) {
    std::lock_guard lock(m_writeMutex);
    Statement st = m_write->prepare("DELETE FROM idempotency WHERE created_at_ms < ?1");
    st.bindInt(1, cutoffMs);
    if (auto deleted = run(st, "purging idempotency keys"); !deleted) {
        return Unexpected(deleted.error());
    }
    return static_cast<int>(m_write->changes());
}

} // namespace croupier::server
