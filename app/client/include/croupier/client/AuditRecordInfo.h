#pragma once
// The audit trail as the console sees it (audit.proto): one record (AuditRecordInfo), a
// QueryAudit filter (AuditQuery), one page of its answer (AuditPage) and the outcome of
// VerifyAudit (AuditVerifyResult). Plain values, copied freely; any thread.

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <nlohmann/json.hpp>

namespace croupier::client {

struct AuditRecordInfo {
    qint64 seq = 0;         // 1, 2, 3, ... server-wide
    qint64 timestampMs = 0; // unix milliseconds
    QString actor;          // username, agent id or "system"
    QString actorKind;      // user, agent, system
    QString action;         // "auth.login", "function.invoke", "approval.approve", ...
    QString gameId;         // "" for records outside any scope (logins, user changes)
    QString env;
    QString functionId;
    QString target;                                   // job id, approval id, user, agent ...
    nlohmann::json params = nlohmann::json::object(); // sensitive values masked by the server
    QString outcome;                                  // "ok", "denied", or an error code
    QString message;
    qint64 durationMs = 0;
    QString peer; // the caller's address
    QMap<QString, QString> details;
    QString prevHash;
    QString hash;
};

// A QueryAudit filter; empty fields and zero times do not filter.
struct AuditQuery {
    QString actor;
    QString action; // exact ("auth.login") or a prefix ending in '.' ("approval.")
    QString functionId;
    QString gameId;
    QString env;
    QString outcome;   // "ok", "denied", or an error code
    qint64 fromMs = 0; // inclusive, unix milliseconds
    qint64 toMs = 0;   // exclusive

    bool operator==(const AuditQuery&) const = default;
};

struct AuditPage {
    QList<AuditRecordInfo> records; // newest first
    QString nextPageToken;          // "" on the last page
};

struct AuditVerifyResult {
    bool ok = false;
    qint64 records = 0;        // how many were checked
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString problem;           // the server's description of what is wrong (English)
};

} // namespace croupier::client

Q_DECLARE_METATYPE(croupier::client::AuditRecordInfo)
