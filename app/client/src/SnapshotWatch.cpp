#include "SnapshotWatch.h"

#include "CallGuard.h"
#include "StreamRetry.h"

#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcWatch, "croupier.client.watch")

using namespace std::chrono_literals;

} // namespace

SnapshotWatch::SnapshotWatch(std::shared_ptr<CallGuard> guard, QObject* context, const char* name,
                             Status status)
    : m_guard(std::move(guard))
    , m_context(context)
    , m_name(name)
    , m_status(std::move(status))
    , m_backoff(500ms, 15s) {}

void SnapshotWatch::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max) {
    m_backoff = core::Backoff(initial, max);
}

void SnapshotWatch::start(const Scope& scope) {
    stop();
    m_scope = scope;
    m_active = true;
    m_backoff.reset();
    open();
}

void SnapshotWatch::stop() {
    closeCall();
    m_active = false;
    m_paused = false;
    setLive(false);
}

void SnapshotWatch::pause() {
    if (!m_active) {
        return;
    }
    closeCall();
    m_paused = true;
    setLive(false);
}

void SnapshotWatch::resumePaused() {
    if (m_active && m_paused) {
        open();
    }
}

void SnapshotWatch::closeCall() {
    ++m_attempt; // every callback of the current stream is now stale
    if (m_callId != 0) {
        m_guard->cancel(m_callId);
        m_callId = 0;
    }
    m_synced = false;
    clearSnapshot();
}

void SnapshotWatch::open() {
    closeCall();
    m_paused = false;
    m_callId = openStream(m_attempt);
}

void SnapshotWatch::markSynced() {
    m_synced = true;
    m_backoff.reset();
}

void SnapshotWatch::onEnd(std::uint64_t attempt, const CallError* error) {
    if (!current(attempt)) {
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
        m_status.failed(why);
        return;
    case StreamVerdict::Retry:
        break;
    }
    const auto delay = std::max(m_backoff.next(), std::chrono::milliseconds(why.retryAfterMs));
    qCInfo(lcWatch) << m_name << "dropped (" << why.code << "); again in" << delay.count() << "ms";
    const std::uint64_t waiting = m_attempt;
    QTimer::singleShot(delay, m_context, [this, waiting] {
        if (m_active && !m_paused && m_attempt == waiting) {
            open();
        }
    });
}

void SnapshotWatch::onDependentCallFailed(const CallError& error) {
    switch (verdictFor(error)) {
    case StreamVerdict::WaitForSignIn:
        pause();
        break;
    case StreamVerdict::Stop:
        closeCall();
        m_active = false;
        m_status.failed(error);
        break;
    case StreamVerdict::Retry:
        m_guard->cancel(m_callId); // the stream's end schedules the retry
        break;
    }
}

void SnapshotWatch::setLive(bool live) {
    if (m_live != live) {
        m_live = live;
        m_status.live(live);
    }
}

} // namespace croupier::client
