#pragma once
// AgentWatch: the live registry of one scope (agents and the functions they serve) for
// RegistryClient. It watches RegistryService.WatchRegistrations: the snapshot before the SYNCED
// marker is collected, then handed over in one reset (replacing whatever the UI had, so a
// reconnect never duplicates an agent nor leaves one that is gone), then every live event is
// passed on as it comes, with the server's revision. A dropped stream (including the server
// ending a consumer that fell behind) is reopened with exponential backoff; while no one is
// signed in it waits; a permission error stops it for good.
// Unlike RegistrationWatch (the catalog) it never refetches: the events carry the whole state.
// GUI thread; owned by RegistryClient.

#include "SnapshotWatch.h"

#include "croupier/client/AgentInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/client/UserInfo.h"

#include <QObject>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace croupier::registry::v1 {
class RegistrationEvent;
}

namespace croupier::client {

class CallGuard;
class ConnectionCore;

class AgentWatch final : public SnapshotWatch {
public:
    struct Hooks {
        std::function<void(const RegistrationsSnapshot&)> reset;
        std::function<void(const AgentInfo&)> agentChanged;
        std::function<void(const AgentInfo&)> agentRemoved;
        std::function<void(const FunctionRegistrationInfo&)> functionChanged;
        std::function<void(const FunctionRegistrationInfo&)> functionRemoved;
        std::function<void(bool)> live;
        std::function<void(const CallError&)> failed;
    };

    AgentWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
               Hooks hooks);

private:
    std::uint64_t openStream(std::uint64_t attempt) override;
    void clearSnapshot() override;
    void onEvent(std::uint64_t attempt, const registry::v1::RegistrationEvent& event);
    void collect(const registry::v1::RegistrationEvent& event);
    void forward(const registry::v1::RegistrationEvent& event);

    ConnectionCore& m_core;
    std::shared_ptr<CallGuard> m_guard;
    Hooks m_hooks;
    RegistrationsSnapshot m_pending; // the snapshot being received
};

} // namespace croupier::client
