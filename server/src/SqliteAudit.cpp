// SqliteStore: the append-only audit trail (schema 2; see SqliteStore.h for threads and
// durability). There is deliberately no statement here that updates or deletes an audit row.

#include "SqliteConnection.h"
#include "SqliteWhere.h"
#include "croupier/server/SqliteStore.h"

#include <algorithm>

namespace croupier::server {

using core::Error;
using core::ErrorCode;
using core::Unexpected;
using sqlite::collect;
using sqlite::run;
using sqlite::storeError;

namespace {

// The largest page queryAudit and scanAudit return.
constexpr int kMaxAuditPage = 10000;

constexpr const char* kAuditColumns =
    "seq, timestamp_ms, actor, actor_kind, action, game_id, env, function_id, target, "
    "params_json, outcome, message, duration_ms, peer, details_json, prev_hash, hash";

void bindAudit(SqliteStatement& st, const AuditRow& r) {
    st.bindInt(1, r.seq);
    st.bindInt(2, r.timestampMs);
    st.bindText(3, r.actor);
    st.bindText(4, r.actorKind);
    st.bindText(5, r.action);
    st.bindText(6, r.gameId);
    st.bindText(7, r.env);
    st.bindText(8, r.functionId);
    st.bindText(9, r.target);
    st.bindText(10, r.paramsJson);
    st.bindText(11, r.outcome);
    st.bindText(12, r.message);
    st.bindInt(13, r.durationMs);
    st.bindText(14, r.peer);
    st.bindText(15, r.detailsJson);
    st.bindText(16, r.prevHash);
    st.bindText(17, r.hash);
}

AuditRow readAudit(const SqliteStatement& st) {
    AuditRow r;
    r.seq = st.integer(0);
    r.timestampMs = st.integer(1);
    r.actor = st.text(2);
    r.actorKind = st.text(3);
    r.action = st.text(4);
    r.gameId = st.text(5);
    r.env = st.text(6);
    r.functionId = st.text(7);
    r.target = st.text(8);
    r.paramsJson = st.text(9);
    r.outcome = st.text(10);
    r.message = st.text(11);
    r.durationMs = st.integer(12);
    r.peer = st.text(13);
    r.detailsJson = st.text(14);
    r.prevHash = st.text(15);
    r.hash = st.text(16);
    return r;
}

std::string selectAudit(const std::string& rest) {
    return std::string("SELECT ") + kAuditColumns + " FROM audit_log" + rest;
}

// The highest stored seq, 0 for an empty trail.
Result<std::int64_t> lastSeq(SqliteConnection& c) {
    SqliteStatement st = c.prepare("SELECT COALESCE(MAX(seq), 0) FROM audit_log");
    if (const int rc = st.step(); rc != SQLITE_ROW) {
        return Unexpected(storeError(rc, "reading the last audit seq"));
    }
    return st.integer(0);
}

Error seqError(std::int64_t seq, std::int64_t expected) {
    return Error(ErrorCode::FailedPrecondition,
                 "audit record seq " + std::to_string(seq) +
                     " does not continue the trail (next "
                     "is " +
                     std::to_string(expected) + "); nothing of the batch was stored",
                 {{"seq", std::to_string(seq)}, {"expected_seq", std::to_string(expected)}});
}

// An action filter ending in "." matches every action with that prefix; as a range on the
// action index: "approval." <= action < "approval/" ('/' follows '.').
void addActionFilter(SqliteWhere& where, const std::string& action) {
    if (action.empty()) {
        return;
    }
    if (action.back() != '.') {
        where.add("action = ?", action);
        return;
    }
    where.add("action >= ?", action);
    where.add("action < ?", action.substr(0, action.size() - 1) + '/');
}

SqliteWhere auditWhere(const AuditFilter& filter) {
    SqliteWhere where;
    where.equalsIfSet("actor", filter.actor);
    addActionFilter(where, filter.action);
    where.equalsIfSet("function_id", filter.functionId);
    where.equalsIfSet("game_id", filter.gameId);
    where.equalsIfSet("env", filter.env);
    where.equalsIfSet("outcome", filter.outcome);
    if (filter.fromMs != 0) {
        where.add("timestamp_ms >= ?", filter.fromMs);
    }
    if (filter.toMs != 0) {
        where.add("timestamp_ms < ?", filter.toMs);
    }
    if (filter.beforeSeq != 0) {
        where.add("seq < ?", filter.beforeSeq);
    }
    return where;
}

} // namespace

Result<void> SqliteStore::appendAudit(const std::vector<AuditRow>& rows) {
    static const std::string sql = std::string("INSERT INTO audit_log (") + kAuditColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                   "?12, ?13, ?14, ?15, ?16, ?17)";
    if (rows.empty()) {
        return {};
    }
    std::lock_guard lock(m_writeMutex);
    return m_write->transaction("appending audit records", [&]() -> Result<void> {
        auto last = lastSeq(*m_write);
        if (!last) {
            return Unexpected(last.error());
        }
        std::int64_t expected = *last + 1;
        for (const AuditRow& row : rows) {
            if (row.seq != expected) {
                return Unexpected(seqError(row.seq, expected));
            }
            SqliteStatement st = m_write->prepare(sql.c_str());
            bindAudit(st, row);
            if (auto stored = run(st, "appending audit record " + std::to_string(row.seq));
                !stored) {
                return stored;
            }
            ++expected;
        }
        return {};
    });
}

Result<std::optional<AuditRow>> SqliteStore::lastAudit() {
    static const std::string sql = selectAudit(" ORDER BY seq DESC LIMIT 1");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    auto rows = collect<AuditRow>(st, readAudit, "reading the last audit record");
    if (!rows) {
        return Unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<AuditRow>();
    }
    return std::optional<AuditRow>(std::move(rows->front()));
}

Result<std::vector<AuditRow>> SqliteStore::queryAudit(const AuditFilter& filter) {
    const SqliteWhere where = auditWhere(filter);
    const std::string sql = selectAudit(where.sql() + " ORDER BY seq DESC LIMIT ?");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    const int limitIndex = where.bind(st);
    st.bindInt(limitIndex, std::clamp(filter.limit, 1, kMaxAuditPage));
    return collect<AuditRow>(st, readAudit, "querying the audit trail");
}

Result<std::vector<AuditRow>> SqliteStore::scanAudit(std::int64_t fromSeq, int limit) {
    static const std::string sql = selectAudit(" WHERE seq >= ?1 ORDER BY seq LIMIT ?2");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    st.bindInt(1, fromSeq);
    st.bindInt(2, std::clamp(limit, 1, kMaxAuditPage));
    return collect<AuditRow>(st, readAudit, "reading the audit trail");
}

} // namespace croupier::server
