#pragma once
// The Registrations page's agents table: one row per agent, columns status, agent, scope,
// version, address, labels, functions, last heartbeat ("12 s ago"). The status is what an ops
// person needs: online, stale (the server still routes to it but no heartbeat came for longer
// than the stale threshold), connecting, offline; with a colour and an icon.
// Fed by RegistrationsController: setSnapshot() replaces everything (one reset), applyAgents()
// applies a batch of live states (one insert for the new agents, dataChanged for changed rows
// only), removeAgent() drops one. A state older (lower revision) than the one held is ignored,
// and a removed agent is remembered with its revision, so events applied in any order end in
// the newest state. While not empty, a 1 s tick moves the heartbeat column ("n s ago") and the
// status of agents that became stale. `now` is injected (unix ms) so tests are deterministic.
// GUI thread only.

#include "croupier/client/AgentInfo.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimer>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace croupier::models {

class AgentsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        AgentColumn,
        ScopeColumn,
        VersionColumn,
        AddressColumn,
        LabelsColumn,
        FunctionsColumn,
        HeartbeatColumn,
        ColumnCount
    };
    enum class Status { Online, Stale, Connecting, Offline };
    Q_ENUM(Status)
    enum Role {
        AgentIdRole = Qt::UserRole + 1, // QString
        StatusRole,                     // int (Status)
        SortRole,                       // a sortable value per column
        SearchTextRole,                 // QString: id, scope, version, address, labels, functions
    };
    using Now = std::function<qint64()>; // unix milliseconds

    explicit AgentsModel(QObject* parent = nullptr, Now now = {});

    void setSnapshot(const QList<client::AgentInfo>& agents);
    void applyAgents(const QList<client::AgentInfo>& agents);
    void applyAgent(const client::AgentInfo& agent) { applyAgents({agent}); }
    void removeAgent(const client::AgentInfo& agent); // its id and the removal's revision
    void clear();

    // Online agents without a heartbeat for longer than this are stale (default 10 s: two
    // missed beats at the server's default 5 s interval; it drops them after three).
    void setStaleAfter(qint64 ms);
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    // The live tick's period (default 1000 ms); 0 stops it (tests call tick() themselves).
    void setTickInterval(int ms);
    // Moves the heartbeat column on and re-evaluates staleness.
    void tick();

    std::optional<client::AgentInfo> agent(const QString& agentId) const;
    const client::AgentInfo& agentAt(int row) const { return m_rows[row].info; }
    int rowOf(const QString& agentId) const { return m_rowOf.value(agentId, -1); }
    Status statusOf(const QString& agentId) const; // Offline when unknown
    QList<client::AgentInfo> agents() const;

    static QString statusText(Status status);
    static QColor statusColour(Status status);
    // "just now", "12 s ago", "3 min ago", "2 h ago", "never".
    static QString agoText(qint64 lastMs, qint64 nowMs);
    // Multi-line text for a tooltip: labels, heartbeat status, registered, functions.
    QString detailsText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The shown status of these agents changed (live state or staleness).
    void statusesChanged(const QStringList& agentIds);

private:
    struct Row {
        client::AgentInfo info;
        Status status = Status::Offline; // as last shown
        QString searchText;
    };
    struct Batch {
        std::vector<Row> fresh;
        QHash<QString, std::size_t> freshAt;
        QStringList statusMoved;
    };
    Row makeRow(const client::AgentInfo& info, qint64 now) const;
    void updateRow(int row, const client::AgentInfo& a, qint64 now, QStringList& statusMoved);
    void stage(const client::AgentInfo& a, qint64 now, Batch& batch);
    void appendRows(std::vector<Row>& fresh);
    Status statusFor(const client::AgentInfo& info, qint64 now) const;
    bool isNewer(const client::AgentInfo& agent) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    void updateTimer();

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, qint64> m_removedAt; // agent id -> revision of its removal
    Now m_now;
    qint64 m_staleAfterMs = 10'000;
    int m_tickMs = 1000;
    QTimer m_tick;
    std::array<QIcon, 4> m_icons; // by Status; painted once
};

} // namespace croupier::models
