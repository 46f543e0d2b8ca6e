#include "AgentWatch.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "RegistryConvert.h"

#include <utility>

namespace croupier::client {

AgentWatch::AgentWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                       Hooks hooks)
    : SnapshotWatch(guard, context, "agent watch", {hooks.live, hooks.failed})
    , m_core(core)
    , m_guard(std::move(guard))
    , m_hooks(std::move(hooks)) {}

void AgentWatch::clearSnapshot() {
    m_pending = {};
}

std::uint64_t AgentWatch::openStream(std::uint64_t attempt) {
    return m_core.watchRegistrations(
        m_guard, scope(),
        [this, attempt](registry::v1::RegistrationEvent& e) { onEvent(attempt, e); },
        [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void AgentWatch::onEvent(std::uint64_t attempt, const registry::v1::RegistrationEvent& event) {
    if (!current(attempt)) {
        return;
    }
    if (event.type() == registry::v1::SYNCED) {
        markSynced();
        const RegistrationsSnapshot snapshot = std::exchange(m_pending, {});
        m_hooks.reset(snapshot);
        setLive(true);
    } else if (synced()) {
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

} // namespace croupier::client
