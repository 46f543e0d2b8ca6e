#include "croupier/models/ApprovalsController.h"

namespace croupier::models {
namespace {

// Whether `b` says something about the approval that `a` did not.
bool changedSince(const client::ApprovalInfo& a, const client::ApprovalInfo& b) {
    return a.updatedAtMs != b.updatedAtMs || a.state != b.state || a.approvals != b.approvals ||
           a.canDecide != b.canDecide || a.jobId != b.jobId;
}

} // namespace

ApprovalsController::ApprovalsController(client::ApprovalsClient& client, QObject* parent,
                                         ApprovalsModel::Now now)
    : QObject(parent)
    , m_client(client)
    , m_model(new ApprovalsModel(this, std::move(now))) {
    using C = client::ApprovalsClient;
    connect(&client, &C::approvalsReset, this, &ApprovalsController::onReset);
    connect(&client, &C::approvalChanged, this, &ApprovalsController::onChanged);
    connect(&client, &C::liveChanged, this, &ApprovalsController::liveChanged);
    connect(&client, &C::watchFailed, this, [this](const client::CallError& error) {
        emit watchFailed(tr("The approvals inbox stopped: %1").arg(error.message));
    });
}

void ApprovalsController::setUser(const client::UserInfo& user) {
    const bool another = user.username != m_user.username;
    m_user = user;
    if (another) {
        m_synced = false;
        m_model->clear(); // the views read username() on the reset
        updateCount();
    }
}

void ApprovalsController::watch(const client::Scope& scope) {
    m_synced = false;
    m_client.watch(scope);
}

void ApprovalsController::stop() {
    m_client.stopWatching();
    m_synced = false;
    m_model->clear();
    updateCount();
}

std::optional<client::ApprovalInfo> ApprovalsController::approval(const QString& approvalId) const {
    return m_model->approval(approvalId);
}

QString ApprovalsController::cannotDecideText(const client::ApprovalInfo& approval) const {
    return ApprovalsModel::cannotDecideText(approval, m_user.username);
}

bool ApprovalsController::canCancel(const client::ApprovalInfo& approval) const {
    return approval.pending() && !m_user.username.isEmpty() &&
           approval.requester == m_user.username;
}

void ApprovalsController::onReset(const QList<client::ApprovalInfo>& approvals) {
    const bool resync = m_synced; // approvals new since the last snapshot are news
    QList<client::ApprovalInfo> updated;
    QList<client::ApprovalInfo> arrived;
    for (const auto& a : approvals) {
        const auto known = m_model->approval(a.approvalId);
        if (!known || changedSince(*known, a)) {
            updated.append(a);
        }
        if (resync && !known && notifies(a)) {
            arrived.append(a);
        }
    }
    m_model->setApprovals(approvals);
    m_synced = true;
    updateCount();
    for (const auto& a : updated) {
        emit approvalUpdated(a);
    }
    for (const auto& a : arrived) {
        emit approvalArrived(a);
    }
}

void ApprovalsController::onChanged(const client::ApprovalInfo& approval) {
    const bool isNew = m_model->upsertApproval(approval);
    updateCount();
    emit approvalUpdated(approval);
    if (isNew && m_synced && notifies(approval)) {
        emit approvalArrived(approval);
    }
}

bool ApprovalsController::notifies(const client::ApprovalInfo& approval) const {
    return ApprovalsModel::actionable(approval) && approval.requester != m_user.username;
}

void ApprovalsController::approve(const QString& approvalId, const QString& comment) {
    setRunning(m_running + 1);
    m_client.approve(approvalId, comment,
                     client::guarded<client::Reply<client::ApprovalInfo>>(
                         this, [this](client::Reply<client::ApprovalInfo> reply) {
                             finish(Action::Approve, reply);
                         }));
}

void ApprovalsController::reject(const QString& approvalId, const QString& reason) {
    setRunning(m_running + 1);
    m_client.reject(approvalId, reason,
                    client::guarded<client::Reply<client::ApprovalInfo>>(
                        this, [this](client::Reply<client::ApprovalInfo> reply) {
                            finish(Action::Reject, reply);
                        }));
}

void ApprovalsController::cancel(const QString& approvalId, const QString& reason) {
    setRunning(m_running + 1);
    m_client.cancel(approvalId, reason,
                    client::guarded<client::Reply<client::ApprovalInfo>>(
                        this, [this](client::Reply<client::ApprovalInfo> reply) {
                            finish(Action::Cancel, reply);
                        }));
}

void ApprovalsController::finish(Action action, const client::Reply<client::ApprovalInfo>& reply) {
    setRunning(m_running - 1);
    if (!reply) {
        const QString& why = reply.error().message;
        switch (action) {
        case Action::Approve:
            emit actionFinished(false, tr("Could not approve: %1").arg(why));
            return;
        case Action::Reject:
            emit actionFinished(false, tr("Could not reject: %1").arg(why));
            return;
        case Action::Cancel:
            emit actionFinished(false, tr("Could not cancel the request: %1").arg(why));
            return;
        }
    }
    const client::ApprovalInfo& a = *reply;
    // The watch says the same (maybe already, maybe newer); the row need not wait for it.
    if (const auto known = m_model->approval(a.approvalId);
        !known || known->updatedAtMs <= a.updatedAtMs) {
        onChanged(a);
    }
    QString text;
    switch (action) {
    case Action::Approve:
        text = a.state == client::ApprovalState::Executed && !a.jobId.isEmpty()
                   ? tr("Approved. %1 now runs as job %2.").arg(a.title(), a.jobId)
                   : tr("Approved %1 (%2 of %3 approvals).")
                         .arg(a.title())
                         .arg(a.approvals)
                         .arg(a.threshold);
        break;
    case Action::Reject:
        text = tr("Rejected %1.").arg(a.title());
        break;
    case Action::Cancel:
        text = tr("Your request for %1 was canceled.").arg(a.title());
        break;
    }
    emit actionFinished(true, text);
}

void ApprovalsController::setRunning(int running) {
    const bool was = busy();
    m_running = running;
    if (busy() != was) {
        emit busyChanged(busy());
    }
}

void ApprovalsController::updateCount() {
    const int count = m_model->actionableCount();
    if (count != m_actionable) {
        m_actionable = count;
        emit actionableCountChanged(count);
    }
}

} // namespace croupier::models
