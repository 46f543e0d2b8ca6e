#pragma once
// RegistryClient: the live registry of a scope for the ops' Registrations page, and the kill
// switch, over a ServerConnection.
// - watch(scope) follows RegistryService.WatchRegistrations: after every (re)connect one
//   registrationsReset() with the whole state of the scope (replacing what the UI had: no
//   duplicates, no ghosts), then agentChanged() / agentRemoved() / functionChanged() /
//   functionRemoved() as things happen, each carrying the server's revision so a consumer can
//   drop a state older than the one it has. A dropped stream reconnects by itself with
//   exponential backoff (liveChanged(false) meanwhile); while no one is signed in it waits and
//   resumes after the next sign-in; watchFailed() when it stops for good (no permission).
// - setAssignment() enables or disables a function globally (empty agentId) or for one agent
//   (ControlService.SetAssignment; the server checks assignment.write).
// - getRegistrations() is the one-shot query (tests, benchmarks).
// Callbacks and signals arrive on the owner's (GUI) thread, never after destruction. Every unary
// call has the connection's deadline. `connection` must outlive this object.

#include "croupier/client/AgentInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/client/Reply.h"
#include "croupier/client/UserInfo.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

namespace croupier::client {

class AgentWatch;
class CallGuard;
class ServerConnection;

class RegistryClient : public QObject {
    Q_OBJECT
public:
    explicit RegistryClient(ServerConnection& connection, QObject* parent = nullptr);
    ~RegistryClient() override;

    // Watches `scope` (empty game and env: every scope the user may see); replaces any watch.
    void watch(const Scope& scope);
    void stopWatching();
    bool watching() const;
    bool live() const; // synchronised and streaming
    Scope watchedScope() const;

    void getRegistrations(const Scope& scope, ReplyCallback<RegistrationsSnapshot> done);
    void setAssignment(const Scope& scope, const QString& functionId, const QString& agentId,
                       bool enabled, const QString& reason, ReplyCallback<AssignmentInfo> done);

    // Reconnect delays of the watch (default 500 ms growing to 15 s).
    void setReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

signals:
    void registrationsReset(const croupier::client::RegistrationsSnapshot& snapshot);
    void agentChanged(const croupier::client::AgentInfo& agent); // added or updated
    void agentRemoved(const croupier::client::AgentInfo& agent); // its last state
    void functionChanged(const croupier::client::FunctionRegistrationInfo& function);
    void functionRemoved(const croupier::client::FunctionRegistrationInfo& function);
    // True once synchronised; false while it (re)connects or when stopped.
    void liveChanged(bool live);
    // The watch stopped for good (e.g. permission denied); watch() to try again.
    void watchFailed(const croupier::client::CallError& error);

private:
    void onSignedInChanged(bool signedIn);

    ServerConnection& m_connection;
    std::shared_ptr<CallGuard> m_guard;
    std::unique_ptr<AgentWatch> m_watch;
};

} // namespace croupier::client
