// SqliteStore: approvals (schema 2; see SqliteStore.h for threads and durability).

#include "SqliteConnection.h"
#include "SqliteRecords.h"
#include "SqliteWhere.h"
#include "croupier/server/SqliteStore.h"

#include <algorithm>

namespace croupier::server {

using core::Unexpected;
using sqlite::run;

namespace {

// The largest page listApprovals returns.
constexpr int kMaxApprovalPage = 1000;

constexpr const char* kApprovalColumns =
    "approval_id, game_id, env, function_id, kind, state, payload_json, payload_hash, "
    "options_json, requester, threshold, approver_roles_json, decisions_json, job_id, reason, "
    "created_at_ms, expires_at_ms, updated_at_ms";

void bindApproval(SqliteStatement& st, const ApprovalRecord& a) {
    st.bindText(1, a.approvalId);
    st.bindText(2, a.gameId);
    st.bindText(3, a.env);
    st.bindText(4, a.functionId);
    st.bindText(5, a.kind);
    st.bindText(6, a.state);
    st.bindText(7, a.payloadJson);
    st.bindText(8, a.payloadHash);
    st.bindText(9, a.optionsJson);
    st.bindText(10, a.requester);
    st.bindInt(11, a.threshold);
    st.bindText(12, sqlite::stringsToJson(a.approverRoles));
    st.bindText(13, a.decisionsJson);
    st.bindText(14, a.jobId);
    st.bindText(15, a.reason);
    st.bindInt(16, a.createdAtMs);
    st.bindInt(17, a.expiresAtMs);
    st.bindInt(18, a.updatedAtMs);
}

Result<ApprovalRecord> readApproval(const SqliteStatement& st) {
    ApprovalRecord a;
    a.approvalId = st.text(0);
    a.gameId = st.text(1);
    a.env = st.text(2);
    a.functionId = st.text(3);
    a.kind = st.text(4);
    a.state = st.text(5);
    a.payloadJson = st.text(6);
    a.payloadHash = st.text(7);
    a.optionsJson = st.text(8);
    a.requester = st.text(9);
    a.threshold = static_cast<int>(st.integer(10));
    auto roles = sqlite::stringsFromJson(st.text(11), "the approver roles of " + a.approvalId);
    if (!roles) {
        return Unexpected(roles.error());
    }
    a.approverRoles = std::move(*roles);
    a.decisionsJson = st.text(12);
    a.jobId = st.text(13);
    a.reason = st.text(14);
    a.createdAtMs = st.integer(15);
    a.expiresAtMs = st.integer(16);
    a.updatedAtMs = st.integer(17);
    return a;
}

std::string selectApprovals(const std::string& rest) {
    return std::string("SELECT ") + kApprovalColumns + " FROM approvals" + rest;
}

} // namespace

Result<void> SqliteStore::putApproval(const ApprovalRecord& approval) {
    static const std::string sql = std::string("INSERT OR REPLACE INTO approvals (") +
                                   kApprovalColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                   "?13, ?14, ?15, ?16, ?17, ?18)";
    std::lock_guard lock(m_writeMutex);
    SqliteStatement st = m_write->prepare(sql.c_str());
    bindApproval(st, approval);
    return run(st, "storing approval " + approval.approvalId);
}

Result<std::optional<ApprovalRecord>> SqliteStore::getApproval(const std::string& approvalId) {
    static const std::string sql = selectApprovals(" WHERE approval_id = ?1");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    st.bindText(1, approvalId);
    auto rows = sqlite::collectChecked<ApprovalRecord>(st, readApproval, "reading an approval");
    if (!rows) {
        return Unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<ApprovalRecord>();
    }
    return std::optional<ApprovalRecord>(std::move(rows->front()));
}

Result<std::vector<ApprovalRecord>> SqliteStore::listApprovals(const ApprovalFilter& filter) {
    SqliteWhere where;
    where.equalsIfSet("state", filter.state);
    where.equalsIfSet("function_id", filter.functionId);
    where.equalsIfSet("requester", filter.requester);
    where.equalsIfSet("game_id", filter.gameId);
    where.equalsIfSet("env", filter.env);
    if (filter.before) {
        where.add("(created_at_ms, approval_id) < (?, ?)", filter.before->first,
                  filter.before->second);
    }
    const std::string sql =
        selectApprovals(where.sql() + " ORDER BY created_at_ms DESC, approval_id DESC LIMIT ?");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    const int limitIndex = where.bind(st);
    st.bindInt(limitIndex, std::clamp(filter.limit, 1, kMaxApprovalPage));
    return sqlite::collectChecked<ApprovalRecord>(st, readApproval, "listing approvals");
}

Result<std::vector<ApprovalRecord>> SqliteStore::listPendingApprovals() {
    static const std::string sql =
        selectApprovals(" WHERE state = 'pending' ORDER BY created_at_ms, approval_id");
    std::lock_guard lock(m_readMutex);
    SqliteStatement st = m_read->prepare(sql.c_str());
    return sqlite::collectChecked<ApprovalRecord>(st, readApproval, "listing pending approvals");
}

} // namespace croupier::server
