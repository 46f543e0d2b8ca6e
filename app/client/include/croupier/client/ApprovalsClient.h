#pragma once
// ApprovalsClient: the approvals the signed-in user may see, over a ServerConnection. One-shot
// calls (list, get, approve, reject, cancel) answer through callbacks, each with a deadline;
// the live inbox (watch) answers through signals and reconnects by itself with exponential
// backoff: after every (re)connect the server's snapshot ends in one approvalsReset() with the
// full list (replacing what the UI had, so nothing is ever duplicated), then approvalChanged()
// for each approval added or changed live. The watch pauses while no one is signed in and
// resumes, with a fresh snapshot for the new user, after the next sign-in; going offline stops
// it. Callbacks and signals arrive on the owner's (GUI) thread, never after destruction.
// `connection` must outlive this object.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/client/Reply.h"

#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

namespace croupier::client {

class ApprovalWatch;
class CallGuard;
class ServerConnection;

class ApprovalsClient : public QObject {
    Q_OBJECT
public:
    explicit ApprovalsClient(ServerConnection& connection, QObject* parent = nullptr);
    ~ApprovalsClient() override;

    void list(const ApprovalQuery& query, ReplyCallback<ApprovalPage> done);
    void get(const QString& approvalId, ReplyCallback<ApprovalInfo> done);
    // Each answers the approval as it is after the decision. `comment` may be empty.
    void approve(const QString& approvalId, const QString& comment,
                 ReplyCallback<ApprovalInfo> done);
    // A reason is required: an empty one fails (InvalidArgument) without asking the server.
    void reject(const QString& approvalId, const QString& reason, ReplyCallback<ApprovalInfo> done);
    // By the requester only.
    void cancel(const QString& approvalId, const QString& reason, ReplyCallback<ApprovalInfo> done);

    // The live approvals of `scope` (empty fields: every scope); replaces any earlier watch.
    void watch(const Scope& scope);
    void stopWatching();
    bool watching() const;
    bool live() const; // synchronised and streaming

    // Reconnect delays of the watch (default 500 ms growing to 15 s).
    void setReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

signals:
    void approvalsReset(const QList<croupier::client::ApprovalInfo>& approvals);
    void approvalChanged(const croupier::client::ApprovalInfo& approval);
    // True once the inbox is synchronised; false while it reconnects.
    void liveChanged(bool live);
    // The watch stopped for good (e.g. permission denied); watch() to try again.
    void watchFailed(const croupier::client::CallError& error);

private:
    void onSignedInChanged(bool signedIn);

    ServerConnection& m_connection;
    std::shared_ptr<CallGuard> m_guard;
    std::unique_ptr<ApprovalWatch> m_watch;
};

} // namespace croupier::client
