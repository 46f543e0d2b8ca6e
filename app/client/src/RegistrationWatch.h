#pragma once
// RegistrationWatch: the live function catalog of one scope for FunctionsClient. It watches
// RegistryService.WatchRegistrations; the snapshot before the SYNCED marker is only counted,
// then one ListFunctions gives the full catalog (functionsReset replaces whatever the UI had,
// so a reconnect never duplicates), and each live function event refetches that function
// (GetFunction: descriptors and agent counts as the server computes them; NOT_FOUND removes
// it). Fetches of one function never overlap, so an older answer cannot overwrite a newer one.
// A dropped stream is reopened with exponential backoff; while no one is signed in it waits.
// GUI thread; owned by FunctionsClient.

#include "SnapshotWatch.h"
#include "croupier/client/CallError.h"
#include "croupier/client/FunctionInfo.h"
#include "croupier/client/UserInfo.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace croupier::registry::v1 {
class RegistrationEvent;
}

namespace croupier::client {

class CallGuard;
class ConnectionCore;

class RegistrationWatch final : public SnapshotWatch {
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

    // ListFunctions for `scope`, parsing each descriptor (unparsable ones are logged, skipped).
    static void listFunctions(ConnectionCore& core, const std::shared_ptr<CallGuard>& guard,
                              const Scope& scope,
                              std::function<void(const CallError*, QList<FunctionInfo>)> done);

private:
    std::uint64_t openStream(std::uint64_t attempt) override;
    void clearSnapshot() override;
    void onEvent(std::uint64_t attempt, const registry::v1::RegistrationEvent& event);
    void fetchAll();
    void fetchOne(const QString& functionId);
    void onFetched(const QString& functionId, const CallError* error, const FunctionInfo* info);

    ConnectionCore& m_core;
    std::shared_ptr<CallGuard> m_guard;
    Hooks m_hooks;
    bool m_resetting = false; // the ListFunctions after SYNCED is in flight
    QSet<QString> m_known;    // ids the UI has
    QSet<QString> m_fetching; // GetFunction in flight
    QSet<QString> m_dirty;    // changed again while fetching or resetting
};

} // namespace croupier::client
