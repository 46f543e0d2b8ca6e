#pragma once
// RegistrationWatch: the live function catalog of one scope for FunctionsClient. It watches
// RegistryService.WatchRegistrations; the snapshot before the SYNCED marker is only counted,
// then one ListFunctions gives the full catalog (functionsReset replaces whatever the UI had,
// so a reconnect never duplicates), and each live function event refetches that function
// (GetFunction: descriptors and agent counts as the server computes them; NOT_FOUND removes
// it). Fetches of one function never overlap, so an older answer cannot overwrite a newer one.
// A dropped stream is reopened with exponential backoff; while no one is signed in it waits.
// GUI thread; owned by FunctionsClient.

#include "croupier/client/CallError.h"
#include "croupier/client/FunctionInfo.h"
#include "croupier/client/UserInfo.h"

#include "croupier/core/Backoff.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace croupier::registry::v1 {
class RegistrationEvent;
}

namespace croupier::client {

class CallGuard;
class ConnectionCore;

class RegistrationWatch {
public:
    struct Hooks {
        std::function<void(const QList<FunctionInfo>&)> reset;
        std::function<void(const FunctionInfo&)> changed;
        std::function<void(const QString&)> removed;
        std::function<void(bool)> live;
        std::function<void(const CallError&)> failed;
    };

    RegistrationWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
                      Hooks hooks);

    void start(const Scope& scope);
    void stop();
    void pause();
    void resumePaused();
    bool active() const { return m_active; }
    bool live() const { return m_live; }
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

    // ListFunctions for `scope`, parsing each descriptor (unparsable ones are logged, skipped).
    static void listFunctions(ConnectionCore& core, const std::shared_ptr<CallGuard>& guard,
                              const Scope& scope,
                              std::function<void(const CallError*, QList<FunctionInfo>)> done);

private:
    void open();
    void onEvent(std::uint64_t attempt, const registry::v1::RegistrationEvent& event);
    void onEnd(std::uint64_t attempt, const CallError* error);
    void fetchAll();
    void onListFailed(const CallError& error);
    void fetchOne(const QString& functionId);
    void onFetched(const QString& functionId, const CallError* error, const FunctionInfo* info);
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
    bool m_synced = false;    // SYNCED seen on the current stream
    bool m_resetting = false; // the ListFunctions after SYNCED is in flight
    bool m_live = false;
    std::uint64_t m_callId = 0;
    std::uint64_t m_attempt = 0;
    std::uint64_t m_nextAttempt = 1;
    QSet<QString> m_known;    // ids the UI has
    QSet<QString> m_fetching; // GetFunction in flight
    QSet<QString> m_dirty;    // changed again while fetching or resetting
};

} // namespace croupier::client
