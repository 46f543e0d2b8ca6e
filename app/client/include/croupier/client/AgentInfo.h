#pragma once
// What the registry knows about agents and the functions they serve in a scope, as
// RegistryService reports it (WatchRegistrations events, GetRegistrations). Plain values, copied
// freely between threads. `revision` is the server's change counter when this state was sent:
// it increases with every registry change server-wide, so of two states of the same agent or
// function the one with the higher revision is the newer (0: unknown, e.g. GetRegistrations).

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace croupier::client {

// The server's view: online (routable), connecting (registered, its stream not attached yet or
// lost within the reconnect grace), offline.
enum class AgentStatus { Online, Connecting, Offline };

struct AgentInfo {
    QString agentId;
    QString gameId;
    QString env;
    QString version;
    QString addr;
    QMap<QString, QString> labels;
    QStringList functions;
    qint64 lastHeartbeatMs = 0; // unix milliseconds; 0 = never
    qint64 registeredAtMs = 0;
    QMap<QString, QString> heartbeatStatus; // the last heartbeat's status map
    AgentStatus status = AgentStatus::Offline;
    qint64 revision = 0;

    // Same state, whatever the revision.
    bool sameState(const AgentInfo& other) const;
};

// One function of one scope and the agents serving it.
struct FunctionRegistrationInfo {
    QString functionId;
    QString gameId;
    QString env;
    QString version;
    QString descriptorHash;
    QStringList agentIds; // in the server's order
    bool enabled = true;  // false: disabled globally (kill switch)
    QStringList disabledAgents; // switched off on these agents only (per-agent kill switch)
    qint64 revision = 0;

    // Unique across scopes (a watch of every scope sees the same id in several).
    QString key() const { return gameId + QLatin1Char('/') + env + QLatin1Char('/') + functionId; }
    bool sameState(const FunctionRegistrationInfo& other) const;
};

// Every agent and function of a scope at one moment.
struct RegistrationsSnapshot {
    QList<AgentInfo> agents;
    QList<FunctionRegistrationInfo> functions;
};

// A function's switch as the server recorded it after SetAssignment.
struct AssignmentInfo {
    QString functionId;
    QString agentId; // empty: global
    bool enabled = true;
    QString reason;
    qint64 updatedAtMs = 0;
    qint64 version = 0; // the scope's assignment version
};

AgentStatus agentStatusFromString(const QString& status); // unknown text: Offline

} // namespace croupier::client
