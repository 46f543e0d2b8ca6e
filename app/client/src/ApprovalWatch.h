#pragma once
// ApprovalWatch: the live approvals of one scope for ApprovalsClient, over
// ApprovalService.WatchApprovals. The server's snapshot (ADDED events) is collected, and at its
// SYNCED marker handed over in one reset() with the full list, replacing whatever the UI had, so
// a reconnect never duplicates; later ADDED / UPDATED events go to changed(). A dropped stream
// is reopened with exponential backoff; while no one is signed in it waits; a refusal that
// retrying cannot fix (permission denied) ends it through failed().
// GUI thread; owned by ApprovalsClient.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/core/Backoff.h"

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

class ApprovalWatch {
public:
    struct Hooks {
        std::function<void(const QList<ApprovalInfo>&)> reset;
        std::function<void(const ApprovalInfo&)> changed;
        std::function<void(bool)> live;
        std::function<void(const CallError&)> failed;
    };

    ApprovalWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                  Hooks hooks);

    void start(const Scope& scope);
    void stop();
    void pause();
    void resumePaused();
    bool active() const { return m_active; }
    bool live() const { return m_live; }
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

private:
    void open();
    void onEvent(std::uint64_t attempt, const approval::v1::ApprovalEvent& event);
    void onEnd(std::uint64_t attempt, const CallError* error);
    void setLive(bool live);
    void closeCall();

    ConnectionCore& m_core;
    std::shared_ptr<CallGuard> m_guard;
    QObject* m_context;
    Hooks m_hooks;
    core::Backoff m_backoff;
    Scope m_scope;
    bool m_active = false;
    bool m_paused = false;
    bool m_synced = false; // SYNCED seen on the current stream
    bool m_live = false;
    std::uint64_t m_callId = 0;
    std::uint64_t m_attempt = 0;    // callbacks of an older stream are dropped
    QList<ApprovalInfo> m_snapshot; // before SYNCED
    QHash<QString, qsizetype> m_snapshotRows;
};

} // namespace croupier::client
