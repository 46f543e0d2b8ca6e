// SqliteStore: opening and migrating the file, descriptors, agents, assignments and idempotency
// keys. Jobs are in SqliteJobs.cpp; the connection, statement, schema and row mapping helpers in
// the other Sqlite*.{h,cpp} files.

#include "croupier/server/SqliteStore.h"

#include "SqliteConnection.h"
#include "SqliteRecords.h"
#include "SqliteSchema.h"

#include <utility>

namespace croupier::server {

using core::ErrorCode;
using core::Unexpected;
using sqlite::bindIdempotencyKey;
using sqlite::collect;
using sqlite::mapFromJson;
using sqlite::mapToJson;
using sqlite::readAssignment;
using sqlite::readDescriptor;
using sqlite::readIdempotency;
using sqlite::run;
using sqlite::storeError;

SqliteStore::SqliteStore(std::filesystem::path path, std::unique_ptr<SqliteConnection> write,
                         std::unique_ptr<SqliteConnection> read)
    : m_path(std::move(path))
    , m_write(std::move(write))
    , m_read(std::move(read)) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file,
                                                       const SqliteOptions& options) {
    if (options.readOnly) {
        return openReadOnly(file, options);
    }
    if (auto created = sqlite::createPrivateFile(file); !created) {
        return Unexpected(created.error());
    }
    auto write = SqliteConnection::open(file, options);
    if (!write) {
        return Unexpected(write.error());
    }
    if (auto wal = (*write)->enableWal(file); !wal) {
        return Unexpected(wal.error());
    }
    if (auto migrated = sqlite::migrate(**write, file); !migrated) {
        return Unexpected(migrated.error());
    }
    auto read = SqliteConnection::open(file, options);
    if (!read) {
        return Unexpected(read.error());
    }
    if (auto readOnly = (*read)->pragma("PRAGMA query_only = ON", file); !readOnly) {
        return Unexpected(readOnly.error());
    }
    return std::unique_ptr<SqliteStore>(new SqliteStore(file, std::move(*write), std::move(*read)));
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::openReadOnly(const std::filesystem::path& file,
                                                               const SqliteOptions& options) {
    std::unique_ptr<SqliteConnection> connections[2];
    for (auto& c : connections) {
        auto opened = SqliteConnection::open(file, options);
        if (!opened) {
            return Unexpected(opened.error());
        }
        if (auto readOnly = (*opened)->pragma("PRAGMA query_only = ON", file); !readOnly) {
            return Unexpected(readOnly.error());
        }
        c = std::move(*opened);
    }
    if (auto current = sqlite::requireCurrent(*connections[1], file); !current) {
        return Unexpected(current.error());
    }
    return std::unique_ptr<SqliteStore>(
        new SqliteStore(file, std::move(connections[0]), std::move(connections[1])));
}

Result<int> SqliteStore::schemaVersion() {
    std::lock_guard lock(m_readMutex);
    auto version = sqlite::storedVersion(*m_read);
    if (!version) {
        return Unexpected(version.error());
    }
    return static_cast<int>(*version);
}

// --- descriptors ---

Result<void> SqliteStore::putDescriptor(const DescriptorRecord& r) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(
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
    SqliteStatement st = m_read->prepare(
        "SELECT game_id, env, function_id, version, hash, json, updated_at_ms FROM descriptors "
        "ORDER BY game_id, env, function_id");
    return collect<DescriptorRecord>(st, readDescriptor, "listing descriptors");
}

// --- agents ---

Result<void> SqliteStore::putAgent(const AgentRecord& r) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(
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
    SqliteStatement st = m_write->prepare(
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
    SqliteStatement st = m_read->prepare(
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
    SqliteStatement st = m_write->prepare("UPDATE agents SET online = 0 WHERE online <> 0");
    return run(st, "marking agents offline");
}

// --- assignments ---

Result<std::int64_t> SqliteStore::putAssignment(const AssignmentRecord& r) {
    std::lock_guard lock(m_writeMutex);
    std::int64_t version = 0;
    auto stored = m_write->transaction("storing an assignment", [&]() -> Result<void> {
        SqliteStatement put = m_write->prepare(
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
        SqliteStatement bump = m_write->prepare(
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
    SqliteStatement st = m_read->prepare(
        "SELECT game_id, env, function_id, agent_id, enabled, reason, updated_at_ms "
        "FROM assignments ORDER BY game_id, env, function_id, agent_id");
    return collect<AssignmentRecord>(st, readAssignment, "listing assignments");
}

Result<std::map<std::string, std::int64_t>> SqliteStore::assignmentVersions() {
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare("SELECT game_id, env, version FROM assignment_versions");
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

// --- idempotency ---

Result<IdempotencyClaim> SqliteStore::claimIdempotency(const IdempotencyRecord& candidate) {
    std::lock_guard lock(m_writeMutex);
    IdempotencyClaim claim;
    // INSERT ... DO NOTHING then read, in one IMMEDIATE transaction: atomic against other
    // connections and processes too, not only against this object's mutex.
    auto done = m_write->transaction("claiming an idempotency key", [&]() -> Result<void> {
        SqliteStatement insert = m_write->prepare(
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
        SqliteStatement select = m_write->prepare(
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
    SqliteStatement st =
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
    SqliteStatement st = m_read->prepare(
        "SELECT game_id, env, function_id, key, payload_hash, kind, state, job_id, response, "
        "created_at_ms FROM idempotency WHERE state = 'running' ORDER BY created_at_ms");
    return collect<IdempotencyRecord>(st, readIdempotency, "listing idempotency keys");
}

Result<void> SqliteStore::releaseIdempotency(const IdempotencyRecord& record) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st =
        m_write->prepare("DELETE FROM idempotency "
                         "WHERE game_id = ?1 AND env = ?2 AND function_id = ?3 AND key = ?4");
    bindIdempotencyKey(st, record);
    return run(st, "releasing an idempotency key");
}

Result<int> SqliteStore::purgeIdempotency(std::int64_t cutoffMs) {
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare("DELETE FROM idempotency WHERE created_at_ms < ?1");
    st.bindInt(1, cutoffMs);
    if (auto deleted = run(st, "purging idempotency keys"); !deleted) {
        return Unexpected(deleted.error());
    }
    return static_cast<int>(m_write->changes());
}

} // namespace croupier::server
