#pragma once
// ApprovalWatch: the live approvals of one scope for ApprovalsClient, over
// ApprovalService.WatchApprovals. The server's snapshot (ADDED events) is collected, and at its
// SYNCED marker handed over in one reset() with the full list, replacing whatever the UI had, so
// a reconnect never duplicates; later ADDED / UPDATED events go to changed(). A dropped stream
// is reopened with exponential backoff; while no one is signed in it waits; a refusal that
// retrying cannot fix (permission denied) ends it through failed().
// GUI thread; owned by ApprovalsClient.

#include "SnapshotWatch.h"
#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/CallError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace croupier::approval::v1 {
class ApprovalEvent;
}

namespace croupier::client {

class CallGuard;
class ConnectionCore;

class ApprovalWatch final : public SnapshotWatch {
public:
    struct Hooks {
        std::function<void(const QList<ApprovalInfo>&)> reset;
        std::function<void(const ApprovalInfo&)> changed;
        std::function<void(bool)> live;
        std::function<void(const CallError&)> failed;
    };

    ApprovalWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                  Hooks hooks);

private:
    std::uint64_t openStream(std::uint64_t attempt) override;
    void clearSnapshot() override;
    void onEvent(std::uint64_t attempt, const approval::v1::ApprovalEvent& event);

    ConnectionCore& m_core;
    std::shared_ptr<CallGuard> m_guard;
    Hooks m_hooks;
    QList<ApprovalInfo> m_snapshot; // before SYNCED
    QHash<QString, qsizetype> m_snapshotRows;
};

} // namespace croupier::client
