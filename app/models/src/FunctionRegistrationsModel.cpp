#include "croupier/models/FunctionRegistrationsModel.h"

#include "croupier/models/AgentsModel.h"

#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace croupier::models {
namespace {

using client::FunctionRegistrationInfo;
using State = FunctionRegistrationsModel::State;

constexpr int kIconSize = 16;

// A full dot (serving), a hollow dot (no agent), a barred dot (disabled).
QIcon stateIcon(State state) {
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = FunctionRegistrationsModel::stateColour(state);
    const QRectF box(3.0, 3.0, kIconSize - 6.0, kIconSize - 6.0);
    if (state == State::Serving) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
    } else if (state == State::NoAgent) {
        p.setPen(QPen(colour, 1.8));
        p.drawEllipse(box);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        const qreal y = box.center().y();
        p.drawLine(QPointF(box.left() + 2.5, y), QPointF(box.right() - 2.5, y));
    }
    return QIcon(pixmap);
}

} // namespace

FunctionRegistrationsModel::FunctionRegistrationsModel(const AgentsModel* agents, QObject* parent)
    : QAbstractTableModel(parent)
    , m_agents(agents) {
    for (auto s : {State::Serving, State::NoAgent, State::Disabled}) {
        m_icons[static_cast<int>(s)] = stateIcon(s);
    }
    if (m_agents != nullptr) {
        connect(m_agents, &AgentsModel::statusesChanged, this,
                &FunctionRegistrationsModel::onAgentStatuses);
        connect(m_agents, &QAbstractItemModel::modelReset, this,
                &FunctionRegistrationsModel::onAgentsReset);
    }
}

// ---------------------------------------------------------------- feeding

FunctionRegistrationsModel::Row
FunctionRegistrationsModel::makeRow(const FunctionRegistrationInfo& info) const {
    Row row;
    row.info = info;
    QStringList words{info.functionId, info.gameId + QLatin1Char('/') + info.env, info.version};
    words += info.agentIds;
    row.searchText = words.join(QLatin1Char(' ')).toCaseFolded();
    return row;
}

bool FunctionRegistrationsModel::isNewer(const FunctionRegistrationInfo& f) const {
    if (f.revision == 0) {
        return true;
    }
    if (const int row = rowOf(f.key()); row >= 0) {
        return f.revision >= m_rows[row].info.revision;
    }
    const auto removed = m_removedAt.constFind(f.key());
    return removed == m_removedAt.cend() || f.revision > *removed;
}

void FunctionRegistrationsModel::indexAgents(const FunctionRegistrationInfo& f, bool add) {
    const QString key = f.key();
    for (const QString& agentId : f.agentIds) {
        if (add) {
            m_byAgent[agentId].insert(key);
        } else if (auto it = m_byAgent.find(agentId); it != m_byAgent.end()) {
            it->remove(key);
            if (it->isEmpty()) {
                m_byAgent.erase(it);
            }
        }
    }
}

void FunctionRegistrationsModel::setSnapshot(const QList<FunctionRegistrationInfo>& functions) {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_removedAt.clear();
    m_byAgent.clear();
    m_rows.reserve(functions.size());
    for (const FunctionRegistrationInfo& f : functions) {
        if (rowOf(f.key()) >= 0) {
            continue; // a snapshot never repeats a function
        }
        m_rowOf.insert(f.key(), static_cast<int>(m_rows.size()));
        m_rows.push_back(makeRow(f));
        indexAgents(f, true);
    }
    endResetModel();
}

void FunctionRegistrationsModel::applyFunctions(const QList<FunctionRegistrationInfo>& functions) {
    for (const FunctionRegistrationInfo& f : functions) {
        if (!isNewer(f)) {
            continue;
        }
        const QString key = f.key();
        if (const int row = rowOf(key); row >= 0) {
            Row& current = m_rows[row];
            if (current.info.sameState(f)) {
                current.info.revision = f.revision;
                continue;
            }
            indexAgents(current.info, false);
            current = makeRow(f);
            indexAgents(f, true);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        m_removedAt.remove(key);
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        m_rowOf.insert(key, row);
        m_rows.push_back(makeRow(f));
        indexAgents(f, true);
        endInsertRows();
    }
}

void FunctionRegistrationsModel::removeFunction(const FunctionRegistrationInfo& f) {
    const QString key = f.key();
    const int row = rowOf(key);
    if (row >= 0 && f.revision != 0 && f.revision < m_rows[row].info.revision) {
        return;
    }
    if (f.revision != 0) {
        qint64& at = m_removedAt[key];
        at = std::max(at, f.revision);
    }
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    indexAgents(m_rows[row].info, false);
    m_rows.erase(m_rows.begin() + row);
    m_rowOf.remove(key);
    for (int i = row; i < static_cast<int>(m_rows.size()); ++i) {
        m_rowOf[m_rows[i].info.key()] = i;
    }
    endRemoveRows();
}

void FunctionRegistrationsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_removedAt.clear();
    m_byAgent.clear();
    endResetModel();
}

void FunctionRegistrationsModel::onAgentStatuses(const QStringList& agentIds) {
    QSet<int> rows;
    for (const QString& agentId : agentIds) {
        for (const QString& key : m_byAgent.value(agentId)) {
            if (const int row = rowOf(key); row >= 0) {
                rows.insert(row);
            }
        }
    }
    for (int row : rows) {
        emit dataChanged(index(row, StateColumn), index(row, OnlineColumn));
    }
}

void FunctionRegistrationsModel::onAgentsReset() {
    if (!m_rows.empty()) {
        emit dataChanged(index(0, StateColumn),
                         index(static_cast<int>(m_rows.size()) - 1, OnlineColumn));
    }
}

// ---------------------------------------------------------------- queries

std::optional<FunctionRegistrationInfo>
FunctionRegistrationsModel::function(const QString& key) const {
    const int row = rowOf(key);
    return row >= 0 ? std::optional<FunctionRegistrationInfo>(m_rows[row].info) : std::nullopt;
}

QList<FunctionRegistrationInfo> FunctionRegistrationsModel::functions() const {
    QList<FunctionRegistrationInfo> out;
    out.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const Row& r : m_rows) {
        out.append(r.info);
    }
    return out;
}

int FunctionRegistrationsModel::onlineCount(int row) const {
    if (m_agents == nullptr) {
        return 0;
    }
    const auto& ids = m_rows[row].info.agentIds;
    return static_cast<int>(std::count_if(ids.cbegin(), ids.cend(), [this](const QString& id) {
        return m_agents->statusOf(id) == AgentsModel::Status::Online;
    }));
}

FunctionRegistrationsModel::State FunctionRegistrationsModel::stateAt(int row) const {
    if (!m_rows[row].info.enabled) {
        return State::Disabled;
    }
    return onlineCount(row) > 0 ? State::Serving : State::NoAgent;
}

QString FunctionRegistrationsModel::stateText(State state) {
    switch (state) {
    case State::Serving:
        return tr("Serving");
    case State::NoAgent:
        return tr("No agent online");
    case State::Disabled:
        break;
    }
    return tr("Disabled");
}

QColor FunctionRegistrationsModel::stateColour(State state) {
    switch (state) {
    case State::Serving:
        return AgentsModel::statusColour(AgentsModel::Status::Online);
    case State::NoAgent:
        return AgentsModel::statusColour(AgentsModel::Status::Offline);
    case State::Disabled:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

// ---------------------------------------------------------------- QAbstractItemModel

int FunctionRegistrationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FunctionRegistrationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunctionRegistrationsModel::agentsText(const FunctionRegistrationInfo& f) {
    QStringList agents;
    for (const QString& id : f.agentIds) {
        // The per-agent kill switch: served by the agent, but switched off there.
        agents << (f.disabledAgents.contains(id) ? tr("%1 (switched off)").arg(id) : id);
    }
    return agents.join(QStringLiteral(", "));
}

QVariant FunctionRegistrationsModel::displayData(int row, int column) const {
    const FunctionRegistrationInfo& f = m_rows[row].info;
    switch (column) {
    case FunctionColumn:
        return f.functionId;
    case StateColumn:
        return stateText(stateAt(row));
    case ScopeColumn:
        return f.gameId + QLatin1Char('/') + f.env;
    case VersionColumn:
        return f.version;
    case AgentsColumn:
        return agentsText(f);
    case OnlineColumn:
        return tr("%1 of %2").arg(onlineCount(row)).arg(f.agentIds.size());
    default:
        return {};
    }
}

QVariant FunctionRegistrationsModel::sortData(int row, int column) const {
    switch (column) {
    case StateColumn:
        return static_cast<int>(stateAt(row));
    case AgentsColumn:
        return static_cast<int>(m_rows[row].info.agentIds.size());
    case OnlineColumn:
        return onlineCount(row);
    default:
        return displayData(row, column);
    }
}

QString FunctionRegistrationsModel::tooltip(int row) const {
    const FunctionRegistrationInfo& f = m_rows[row].info;
    QStringList lines;
    lines << tr("%1 in %2/%3: %4").arg(f.functionId, f.gameId, f.env, stateText(stateAt(row)));
    QStringList agents;
    for (const QString& id : f.agentIds) {
        const auto status = m_agents ? m_agents->statusOf(id) : AgentsModel::Status::Offline;
        agents << tr("%1 (%2)").arg(f.disabledAgents.contains(id) ? tr("%1 (switched off)").arg(id)
                                                                  : id,
                                    AgentsModel::statusText(status));
    }
    lines
        << tr("Agents: %1").arg(agents.isEmpty() ? tr("none") : agents.join(QStringLiteral(", ")));
    if (!f.descriptorHash.isEmpty()) {
        lines << tr("Descriptor: %1").arg(f.descriptorHash.left(16));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant FunctionRegistrationsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(m_icons[static_cast<int>(stateAt(row))])
                                     : QVariant();
    case Qt::ForegroundRole:
        return column == StateColumn ? QVariant(stateColour(stateAt(row))) : QVariant();
    case Qt::ToolTipRole:
        return tooltip(row);
    case KeyRole:
        return m_rows[row].info.key();
    case FunctionIdRole:
        return m_rows[row].info.functionId;
    case StatusRole:
        return static_cast<int>(stateAt(row));
    case EnabledRole:
        return m_rows[row].info.enabled;
    case OnlineCountRole:
        return onlineCount(row);
    case SortRole:
        return sortData(row, column);
    case SearchTextRole:
        return m_rows[row].searchText;
    default:
        return {};
    }
}

QVariant FunctionRegistrationsModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FunctionColumn:
        return tr("Function");
    case StateColumn:
        return tr("State");
    case ScopeColumn:
        return tr("Game / env");
    case VersionColumn:
        return tr("Version");
    case AgentsColumn:
        return tr("Agents");
    case OnlineColumn:
        return tr("Online");
    default:
        return {};
    }
}

} // namespace croupier::models
