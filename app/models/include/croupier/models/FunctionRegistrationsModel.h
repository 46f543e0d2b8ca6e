#pragma once
// The Registrations page's functions table: one row per function and scope, columns function,
// state, game/env, version, agents serving it, how many of them are online. The state is
// Serving (enabled, an agent online), NoAgent (enabled, none online) or Disabled (kill switch),
// with a colour and an icon. Online counts come from the AgentsModel (so a stale agent does not
// count) and follow it live. Fed like AgentsModel: setSnapshot(), applyFunctions(),
// removeFunction(), ignoring states older than the one held, so any order of events ends in the
// newest state. GUI thread only; `agents` (may be null: nothing counts as online) outlives this.

#include "croupier/client/AgentInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <array>
#include <optional>
#include <vector>

namespace croupier::models {

class AgentsModel;

class FunctionRegistrationsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FunctionColumn,
        StateColumn,
        ScopeColumn,
        VersionColumn,
        AgentsColumn,
        OnlineColumn,
        ColumnCount
    };
    enum class State { Serving, NoAgent, Disabled };
    Q_ENUM(State)
    enum Role { // StatusRole, SortRole, SearchTextRole as in AgentsModel (one filter for both)
        FunctionIdRole = Qt::UserRole + 1, // QString
        StatusRole,                        // int (State)
        SortRole,                          // a sortable value per column
        SearchTextRole,                    // QString: function, scope, version, agents
        KeyRole,                           // QString: game/env/function
        EnabledRole,                       // bool
        OnlineCountRole,                   // int
    };

    explicit FunctionRegistrationsModel(const AgentsModel* agents, QObject* parent = nullptr);

    void setSnapshot(const QList<client::FunctionRegistrationInfo>& functions);
    void applyFunctions(const QList<client::FunctionRegistrationInfo>& functions);
    void removeFunction(const client::FunctionRegistrationInfo& function);
    void clear();

    std::optional<client::FunctionRegistrationInfo> function(const QString& key) const;
    const client::FunctionRegistrationInfo& functionAt(int row) const { return m_rows[row].info; }
    int rowOf(const QString& key) const { return m_rowOf.value(key, -1); }
    QList<client::FunctionRegistrationInfo> functions() const;
    int onlineCount(int row) const;
    State stateAt(int row) const;

    static QString stateText(State state);
    static QColor stateColour(State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The agents serving `f`, those it is switched off on marked.
    static QString agentsText(const client::FunctionRegistrationInfo& f);
    struct Row {
        client::FunctionRegistrationInfo info;
        QString searchText;
    };
    Row makeRow(const client::FunctionRegistrationInfo& info) const;
    bool isNewer(const client::FunctionRegistrationInfo& f) const;
    void indexAgents(const client::FunctionRegistrationInfo& f, bool add);
    void onAgentStatuses(const QStringList& agentIds);
    void onAgentsReset();
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString tooltip(int row) const;

    const AgentsModel* m_agents;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, qint64> m_removedAt;      // key -> revision of its removal
    QHash<QString, QSet<QString>> m_byAgent; // agent id -> keys of the functions it serves
    std::array<QIcon, 3> m_icons;
};

} // namespace croupier::models
