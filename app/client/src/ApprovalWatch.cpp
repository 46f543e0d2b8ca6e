#include "ApprovalWatch.h"

#include "ApprovalConvert.h"
#include "ConnectionCore.h"
#include "ProtoConvert.h"

#include <utility>

namespace croupier::client {

ApprovalWatch::ApprovalWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard,
                             QObject* context, Hooks hooks)
    : SnapshotWatch(guard, context, "approval watch", {hooks.live, hooks.failed})
    , m_core(core)
    , m_guard(std::move(guard))
    , m_hooks(std::move(hooks)) {}

void ApprovalWatch::clearSnapshot() {
    m_snapshot.clear();
    m_snapshotRows.clear();
}

std::uint64_t ApprovalWatch::openStream(std::uint64_t attempt) {
    approval::v1::WatchApprovalsRequest request;
    request.set_game_id(ss(scope().gameId));
    request.set_env(ss(scope().env));
    return m_core.stream<approval::v1::WatchApprovalsRequest, approval::v1::ApprovalEvent>(
        m_guard, std::move(request),
        [stub = m_core.approvals()](auto* ctx, auto* req, auto* reactor) {
            stub->async()->WatchApprovals(ctx, req, reactor);
        },
        [this, attempt](approval::v1::ApprovalEvent& e) { onEvent(attempt, e); },
        [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void ApprovalWatch::onEvent(std::uint64_t attempt, const approval::v1::ApprovalEvent& event) {
    if (!current(attempt)) {
        return;
    }
    if (event.type() == approval::v1::SYNCED) {
        markSynced();
        const QList<ApprovalInfo> all = std::exchange(m_snapshot, {});
        m_snapshotRows.clear();
        m_hooks.reset(all);
        setLive(true);
        return;
    }
    if (!event.has_approval()) {
        return;
    }
    ApprovalInfo info = approvalFromProto(event.approval());
    if (synced()) {
        m_hooks.changed(info);
        return;
    }
    // A snapshot names each approval once; should one come twice, the later view wins.
    if (const auto row = m_snapshotRows.constFind(info.approvalId); row != m_snapshotRows.cend()) {
        m_snapshot[*row] = std::move(info);
    } else {
        m_snapshotRows.insert(info.approvalId, m_snapshot.size());
        m_snapshot.append(std::move(info));
    }
}

} // namespace croupier::client
