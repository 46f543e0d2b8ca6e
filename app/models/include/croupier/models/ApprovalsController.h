#pragma once
// The view-model of the Approvals inbox: binds an ApprovalsClient's live watch to an
// ApprovalsModel (which it owns), counts what the user may act on (the navigation badge), tells
// when a new approval arrives that the user may act on (the tray notification), and runs the
// user's decisions (approve, reject, cancel), reporting each outcome as one human sentence.
// approvalUpdated() repeats every change it sees so others can follow one approval (the Invoke
// page follows the GM's own request). GUI thread; `client` outlives this object.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/ApprovalsClient.h"
#include "croupier/client/UserInfo.h"
#include "croupier/models/ApprovalsModel.h"

#include <QObject>
#include <optional>

namespace croupier::models {

class ApprovalsController final : public QObject {
    Q_OBJECT
public:
    explicit ApprovalsController(client::ApprovalsClient& client, QObject* parent = nullptr,
                                 ApprovalsModel::Now now = {});

    ApprovalsModel* model() const { return m_model; }

    // The signed-in user. Another user empties the inbox until the next snapshot.
    void setUser(const client::UserInfo& user);
    QString username() const { return m_user.username; }
    // Starts the live inbox of `scope` (empty fields: every scope the user may see).
    void watch(const client::Scope& scope);
    void stop();
    bool live() const { return m_client.live(); }

    int actionableCount() const { return m_actionable; }
    std::optional<client::ApprovalInfo> approval(const QString& approvalId) const;
    // Empty when the user may approve or reject `approval` now; else why not.
    QString cannotDecideText(const client::ApprovalInfo& approval) const;
    // The requester may cancel their own pending request.
    bool canCancel(const client::ApprovalInfo& approval) const;

    // Each ends in actionFinished(); the comment is optional, the reasons required.
    void approve(const QString& approvalId, const QString& comment);
    void reject(const QString& approvalId, const QString& reason);
    void cancel(const QString& approvalId, const QString& reason);
    bool busy() const { return m_running > 0; }

signals:
    void actionableCountChanged(int count);
    // A new pending approval the user may decide and did not request (never during a snapshot
    // that starts the inbox, nor twice for one approval).
    void approvalArrived(const croupier::client::ApprovalInfo& approval);
    void approvalUpdated(const croupier::client::ApprovalInfo& approval);
    void liveChanged(bool live);
    void watchFailed(const QString& message);
    void busyChanged(bool busy);
    void actionFinished(bool ok, const QString& message);

private:
    enum class Action { Approve, Reject, Cancel };
    void onReset(const QList<client::ApprovalInfo>& approvals);
    void onChanged(const client::ApprovalInfo& approval);
    bool notifies(const client::ApprovalInfo& approval) const;
    void finish(Action action, const client::Reply<client::ApprovalInfo>& reply);
    void setRunning(int running);
    void updateCount();

    client::ApprovalsClient& m_client;
    ApprovalsModel* m_model;
    client::UserInfo m_user;
    bool m_synced = false; // the first snapshot since watch() / the user changed is in
    int m_actionable = 0;
    int m_running = 0;
};

} // namespace croupier::models
