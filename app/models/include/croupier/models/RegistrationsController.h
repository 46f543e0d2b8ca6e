#pragma once
// The view-model of the Registrations page: binds a RegistryClient's live registry to the
// agents and functions tables (it owns both models), shows whether the view is live, and runs
// the kill switch.
// - Live events are coalesced for a few milliseconds and applied in batches (one insert for new
//   agents, dataChanged for changed rows only), newest revision winning; a reset (after every
//   (re)connect) replaces both tables at once.
// - The kill switch (setFunctionEnabled) needs assignment.write: without it, it is refused here
//   with the reason (the page disables its buttons with the same text); the server decides in
//   any case. Success and failure are reported as text for the page.
// GUI thread; `client` outlives this object.

#include "croupier/client/AgentInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/client/UserInfo.h"
#include "croupier/models/AgentsModel.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace croupier::client {
class RegistryClient;
}

namespace croupier::models {

class FunctionRegistrationsModel;

class RegistrationsController final : public QObject {
    Q_OBJECT
public:
    enum class Link { Idle, Connecting, Live, Failed };
    Q_ENUM(Link)
    static constexpr const char* kPermission = "assignment.write";

    explicit RegistrationsController(client::RegistryClient& client, QObject* parent = nullptr,
                                     AgentsModel::Now now = {});
    ~RegistrationsController() override;

    AgentsModel* agents() const { return m_agents; }
    FunctionRegistrationsModel* functions() const { return m_functions; }

    // Watches `scope` (empty game and env: every scope); the tables empty until the snapshot.
    void setScope(const client::Scope& scope);
    client::Scope scope() const { return m_scope; }
    void stop();
    void setUser(const client::UserInfo& user);

    Link link() const { return m_link; }
    QString linkText() const; // "Live", "Reconnecting…", ...
    // Whether this user may switch functions, and if not, why (human text).
    bool canSwitch() const;
    QString switchBlockedReason() const;
    bool busy() const { return m_busy; }

    // Disables or enables `functionId` globally (empty agentId) or on one agent, in the
    // watched scope (or `functionScope` when given, for a watch of every scope).
    void setFunctionEnabled(const QString& functionId, const QString& agentId, bool enabled,
                            const QString& reason, const client::Scope& functionScope = {});
    // Applies pending live events now (tests, benchmarks).
    void flush();

signals:
    void linkChanged(croupier::models::RegistrationsController::Link link);
    void permissionChanged(bool canSwitch);
    void busyChanged(bool busy);
    void assignmentSucceeded(const QString& message);
    void assignmentFailed(const croupier::client::CallError& error);

private:
    void onReset(const client::RegistrationsSnapshot& snapshot);
    void onAgent(const client::AgentInfo& agent);
    void onAgentRemoved(const client::AgentInfo& agent);
    void onFunction(const client::FunctionRegistrationInfo& function);
    void onFunctionRemoved(const client::FunctionRegistrationInfo& function);
    void onLive(bool live);
    void onFailed(const client::CallError& error);
    void setLink(Link link);
    void setBusy(bool busy);
    void schedule();
    QString successText(const QString& functionId, const QString& agentId, bool enabled) const;

    client::RegistryClient& m_client;
    AgentsModel* m_agents;
    FunctionRegistrationsModel* m_functions;
    client::Scope m_scope;
    client::UserInfo m_user;
    bool m_hasUser = false;
    Link m_link = Link::Idle;
    QString m_failure;
    bool m_busy = false;
    QTimer m_flush;
    QHash<QString, client::AgentInfo> m_pendingAgents; // newest state per agent id
    QHash<QString, client::FunctionRegistrationInfo> m_pendingFunctions; // per key
    QList<QString> m_agentOrder;    // ids of m_pendingAgents in arrival order
    QList<QString> m_functionOrder; // keys of m_pendingFunctions in arrival order
};

} // namespace croupier::models
