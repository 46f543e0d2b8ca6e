#include "AgentWatch.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "RegistryConvert.h"
#include "StreamRetry.h"

#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcAgents, "croupier.client.agents")

using namespace std::chrono_literals;

} // namespace

AgentWatch::AgentWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                       Hooks hooks)
    : m_core(core)
    , m_guard(std::move(guard))
    , m_context(context)
    , m_hooks(std::move(hooks))
    , m_backoff(500ms, 15s) {}

void AgentWatch::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max) {
    m_backoff = core::Backoff(initial, max);
}

void AgentWatch::start(const Scope& scope) {
    stop();
    m_scope = scope;
    m_active = true;
    m_backoff.reset();
    open();
}

void AgentWatch::stop() {
    closeCall();
    m_active = false;
    m_paused = false;
    setLive(false);
}

void AgentWatch::pause() {
    if (!m_active) {
        return;
    }
    closeCall();
    m_paused = true;
    setLive(false);
}

void AgentWatch::resumePaused() {
    if (m_active && m_paused) {
        open();
    }
}

void AgentWatch::closeCall() {
    ++m_attempt; // every callback of the current stream is now stale
    if (m_callId != 0) {
        m_guard->cancel(m_callId);
        m_callId = 0;
    }
    m_synced = false;
    m_pending = {};
}

void AgentWatch::open() {
    closeCall();
    m_paused = false;
    m_attempt = m_nextAttempt++;
    const std::uint64_t attempt = m_attempt;
    registry::v1::WatchRegistrationsRequest request;
    request.set_game_id(ss(m_scope.gameId));
    request.set_env(ss(m_scope.env));
    m_callId =
        m_core.stream<registry::v1::WatchRegistrationsRequest, registry::v1::RegistrationEvent>(
            m_guard, std::move(request),
            [stub = m_core.registry()](auto* ctx, auto* req, auto* reactor) {
                stub->async()->WatchRegistrations(ctx, req, reactor);
            },
            [this, attempt](registry::v1::RegistrationEvent& e) { onEvent(attempt, e); },
            [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void AgentWatch::onEvent(std::uint64_t attempt, const registry::v1::RegistrationEvent& event) {
    if (attempt != m_attempt) {
        return;
    }
    if (event.type() == registry::v1::SYNCED) {
        m_synced = true;
        m_backoff.reset();
        const RegistrationsSnapshot snapshot = std::exchange(m_pending, {});
        m_hooks.reset(snapshot);
        setLive(true);
    } else if (m_synced) {
        forward(event);
    } else {
        collect(event);
    }
}

void AgentWatch::collect(const registry::v1::RegistrationEvent& event) {
    if (event.has_agent()) {
        m_pending.agents.append(agentFromProto(event.agent(), event.revision()));
    } else if (event.has_registration()) {
        m_pending.functions.append(registrationFromProto(event.registration(), event.revision()));
    }
}

void AgentWatch::forward(const registry::v1::RegistrationEvent& event) {
    const bool removed = event.type() == registry::v1::REMOVED;
    if (event.has_agent()) {
        const AgentInfo agent = agentFromProto(event.agent(), event.revision());
        removed ? m_hooks.agentRemoved(agent) : m_hooks.agentChanged(agent);
    } else if (event.has_registration()) {
        const FunctionRegistrationInfo f =
            registrationFromProto(event.registration(), event.revision());
        removed ? m_hooks.functionRemoved(f) : m_hooks.functionChanged(f);
    }
}

void AgentWatch::onEnd(std::uint64_t attempt, const CallError* error) {
    if (attempt != m_attempt) {
        return;
    }
    m_callId = 0;
    ++m_attempt;
    m_synced = false;
    m_pending = {};
    setLive(false);
    CallError dropped;
    dropped.kind = CallError::Kind::Unavailable;
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
    qCInfo(lcAgents) << "agent watch dropped (" << why.code << "); again in" << delay.count()
                     << "ms";
    const std::uint64_t waiting = m_attempt;
    QTimer::singleShot(delay, m_context, [this, waiting] {
        if (m_active && !m_paused && m_attempt == waiting) {
            open();
        }
    });
}

void AgentWatch::setLive(bool live) {
    if (m_live != live) {
        m_live = live;
        m_hooks.live(live);
    }
}

} // namespace croupier::client
