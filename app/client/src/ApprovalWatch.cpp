#include "ApprovalWatch.h"

#include "ApprovalConvert.h"
#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "StreamRetry.h"

#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcApprovals, "croupier.client.approvals")

using namespace std::chrono_literals;

} // namespace

ApprovalWatch::ApprovalWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard,
                             QObject* context, Hooks hooks)
    : m_core(core)
    , m_guard(std::move(guard))
    , m_context(context)
    , m_hooks(std::move(hooks))
    , m_backoff(500ms, 15s) {}

void ApprovalWatch::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max) {
    m_backoff = core::Backoff(initial, max);
}

void ApprovalWatch::start(const Scope& scope) {
    stop();
    m_scope = scope;
    m_active = true;
    m_backoff.reset();
    open();
}

void ApprovalWatch::stop() {
    closeCall();
    m_active = false;
    m_paused = false;
    setLive(false);
}

void ApprovalWatch::pause() {
    if (!m_active) {
        return;
    }
    closeCall();
    m_paused = true;
    setLive(false);
}

void ApprovalWatch::resumePaused() {
    if (m_active && m_paused) {
        open();
    }
}

void ApprovalWatch::closeCall() {
    ++m_attempt;
    if (m_callId != 0) {
        m_guard->cancel(m_callId);
        m_callId = 0;
    }
    m_synced = false;
    m_snapshot.clear();
    m_snapshotRows.clear();
}

void ApprovalWatch::open() {
    closeCall();
    m_paused = false;
    const std::uint64_t attempt = m_attempt;
    approval::v1::WatchApprovalsRequest request;
    request.set_game_id(ss(m_scope.gameId));
    request.set_env(ss(m_scope.env));
    m_callId = m_core.stream<approval::v1::WatchApprovalsRequest, approval::v1::ApprovalEvent>(
        m_guard, std::move(request),
        [stub = m_core.approvals()](auto* ctx, auto* req, auto* reactor) {
            stub->async()->WatchApprovals(ctx, req, reactor);
        },
        [this, attempt](approval::v1::ApprovalEvent& e) { onEvent(attempt, e); },
        [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void ApprovalWatch::onEvent(std::uint64_t attempt, const approval::v1::ApprovalEvent& event) {
    if (attempt != m_attempt) {
        return;
    }
    if (event.type() == approval::v1::SYNCED) {
        m_synced = true;
        m_backoff.reset();
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
    if (m_synced) {
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

void ApprovalWatch::onEnd(std::uint64_t attempt, const CallError* error) {
    if (attempt != m_attempt) {
        return;
    }
    m_callId = 0;
    closeCall();
    setLive(false);
    CallError dropped;
    dropped.kind = CallError::Kind::Unavailable;
    dropped.code = QStringLiteral("UNAVAILABLE");
    const CallError& why = error != nullptr ? *error : dropped;
    switch (verdictFor(why)) {
    case StreamVerdict::WaitForSignIn:
        m_paused = true;
        return;
    case StreamVerdict::Stop:
        m_active = false;
        m_hooks.failed(why);
        return;
    case StreamVerdict::Retry:
        break;
    }
    const auto delay = std::max(m_backoff.next(), std::chrono::milliseconds(why.retryAfterMs));
    qCInfo(lcApprovals) << "approval watch dropped (" << why.code << "); again in" << delay.count()
                        << "ms";
    const std::uint64_t waiting = m_attempt;
    QTimer::singleShot(delay, m_context, [this, waiting] {
        if (m_active && !m_paused && m_attempt == waiting) {
            open();
        }
    });
}

void ApprovalWatch::setLive(bool live) {
    if (m_live != live) {
        m_live = live;
        m_hooks.live(live);
    }
}

} // namespace croupier::client
