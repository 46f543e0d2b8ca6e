#pragma once
// AuditClient: the audit trail of the server (AuditService), over a ServerConnection: pages of
// records matching a filter, one record by its sequence number, and the hash chain's
// verification. Both RPCs need the audit.read permission; a user without it gets a
// CallError of kind PermissionDenied naming it. Every call has a deadline (the connection's
// call timeout; verification, which walks the whole chain, gets kVerifyTimeout).
//
// GUI thread: methods return at once; callbacks arrive later on this object's thread, never
// inside the call and never after destruction (calls still running are cancelled).
// `connection` must outlive this object.

#include "croupier/client/AuditRecordInfo.h"
#include "croupier/client/Reply.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace croupier::client {

class CallGuard;
class ServerConnection;

class AuditClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 1000; // the server's cap
    static constexpr std::chrono::seconds kVerifyTimeout{120};

    explicit AuditClient(ServerConnection& connection, QObject* parent = nullptr);
    ~AuditClient() override;

    // Records matching `query`, newest first, starting after `pageToken` ("" = the newest).
    // `pageSize` 0 means the server's default (100); larger than kMaxPageSize is capped.
    void query(const AuditQuery& query, const QString& pageToken, int pageSize,
               ReplyCallback<AuditPage> done);
    // The record with sequence number `seq`, or none when it does not exist or lies outside
    // the scopes this user may see.
    void record(qint64 seq, ReplyCallback<std::optional<AuditRecordInfo>> done);
    // Walks the whole chain on the server.
    void verify(ReplyCallback<AuditVerifyResult> done);

private:
    ServerConnection& m_connection;
    std::shared_ptr<CallGuard> m_guard;
};

} // namespace croupier::client
