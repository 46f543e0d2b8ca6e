#include "croupier/models/AgentsModel.h"

#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace croupier::models {
namespace {

using client::AgentInfo;
using client::AgentStatus;

constexpr int kIconSize = 16;

// Shape as well as colour, so the status reads without colour vision: a full dot (online), a
// ring (stale), a half dot (connecting), a crossed dot (offline).
QIcon statusIcon(AgentsModel::Status status) {
    QPixmap pixmap(kIconSize * 2, kIconSize * 2); // drawn at 2x for high-dpi screens
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = AgentsModel::statusColour(status);
    const QRectF box(3.0, 3.0, kIconSize - 6.0, kIconSize - 6.0);
    switch (status) {
    case AgentsModel::Status::Online:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        break;
    case AgentsModel::Status::Stale:
        p.setPen(QPen(colour, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case AgentsModel::Status::Connecting:
        p.setPen(QPen(colour, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPie(box, 90 * 16, 180 * 16);
        break;
    case AgentsModel::Status::Offline:
        p.setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        p.drawLine(box.topLeft() + QPointF(2.5, 2.5), box.bottomRight() - QPointF(2.5, 2.5));
        break;
    }
    return QIcon(pixmap);
}

QString joinedMap(const QMap<QString, QString>& map, const QString& separator) {
    QStringList parts;
    parts.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        parts.append(it.key() + QLatin1Char('=') + it.value());
    }
    return parts.join(separator);
}

QString scopeText(const AgentInfo& a) {
    return a.gameId + QLatin1Char('/') + a.env;
}

} // namespace

AgentsModel::AgentsModel(QObject* parent, Now now)
    : QAbstractTableModel(parent)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); }) {
    for (auto s : {Status::Online, Status::Stale, Status::Connecting, Status::Offline}) {
        m_icons[static_cast<int>(s)] = statusIcon(s);
    }
    m_tick.setInterval(m_tickMs);
    connect(&m_tick, &QTimer::timeout, this, &AgentsModel::tick);
}

// ---------------------------------------------------------------- feeding

AgentsModel::Row AgentsModel::makeRow(const AgentInfo& info, qint64 now) const {
    Row row;
    row.info = info;
    row.status = statusFor(info, now);
    QStringList words{info.agentId, scopeText(info), info.version, info.addr,
                      joinedMap(info.labels, QStringLiteral(" "))};
    words += info.functions;
    row.searchText = words.join(QLatin1Char(' ')).toCaseFolded();
    return row;
}

AgentsModel::Status AgentsModel::statusFor(const AgentInfo& info, qint64 now) const {
    switch (info.status) {
    case AgentStatus::Online:
        return now - info.lastHeartbeatMs > m_staleAfterMs ? Status::Stale : Status::Online;
    case AgentStatus::Connecting:
        return Status::Connecting;
    case AgentStatus::Offline:
        break;
    }
    return Status::Offline;
}

bool AgentsModel::isNewer(const AgentInfo& agent) const {
    if (agent.revision == 0) {
        return true; // no revision to compare: take it
    }
    if (const int row = rowOf(agent.agentId); row >= 0) {
        return agent.revision >= m_rows[row].info.revision;
    }
    const auto removed = m_removedAt.constFind(agent.agentId);
    return removed == m_removedAt.cend() || agent.revision > *removed;
}

void AgentsModel::setSnapshot(const QList<AgentInfo>& agents) {
    const qint64 now = m_now();
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_removedAt.clear();
    m_rows.reserve(agents.size());
    m_rowOf.reserve(agents.size());
    for (const AgentInfo& a : agents) {
        if (const int row = rowOf(a.agentId); row >= 0) {
            m_rows[row] = makeRow(a, now); // a snapshot never repeats an id; be safe anyway
            continue;
        }
        m_rowOf.insert(a.agentId, static_cast<int>(m_rows.size()));
        m_rows.push_back(makeRow(a, now));
    }
    endResetModel();
    updateTimer();
}

void AgentsModel::applyAgents(const QList<AgentInfo>& agents) {
    const qint64 now = m_now();
    Batch batch;
    for (const AgentInfo& a : agents) {
        if (!isNewer(a)) {
            continue;
        }
        if (const int row = rowOf(a.agentId); row >= 0) {
            updateRow(row, a, now, batch.statusMoved);
        } else {
            stage(a, now, batch);
        }
    }
    appendRows(batch.fresh);
    if (!batch.statusMoved.isEmpty()) {
        emit statusesChanged(batch.statusMoved);
    }
}

void AgentsModel::updateRow(int row, const AgentInfo& a, qint64 now, QStringList& statusMoved) {
    Row& current = m_rows[row];
    if (current.info.sameState(a)) {
        current.info.revision = a.revision;
        return;
    }
    const Status before = current.status;
    current = makeRow(a, now);
    if (current.status != before) {
        statusMoved.append(a.agentId);
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgentsModel::stage(const AgentInfo& a, qint64 now, Batch& batch) {
    m_removedAt.remove(a.agentId);
    const auto known = batch.freshAt.constFind(a.agentId);
    if (known == batch.freshAt.cend()) {
        batch.freshAt.insert(a.agentId, batch.fresh.size());
        batch.fresh.push_back(makeRow(a, now));
        batch.statusMoved.append(a.agentId);
    } else if (a.revision == 0 || a.revision >= batch.fresh[*known].info.revision) {
        batch.fresh[*known] = makeRow(a, now); // twice in one batch: the newer wins
    }
}

void AgentsModel::appendRows(std::vector<Row>& fresh) {
    if (fresh.empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    for (Row& r : fresh) {
        m_rowOf.insert(r.info.agentId, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
    updateTimer();
}

void AgentsModel::removeAgent(const AgentInfo& agent) {
    const int row = rowOf(agent.agentId);
    if (row >= 0 && agent.revision != 0 && agent.revision < m_rows[row].info.revision) {
        return; // the agent came back after this removal
    }
    if (agent.revision != 0) {
        qint64& at = m_removedAt[agent.agentId];
        at = std::max(at, agent.revision);
    }
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rowOf.remove(agent.agentId);
    for (int i = row; i < static_cast<int>(m_rows.size()); ++i) {
        m_rowOf[m_rows[i].info.agentId] = i;
    }
    endRemoveRows();
    updateTimer();
    emit statusesChanged({agent.agentId});
}

void AgentsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_removedAt.clear();
    endResetModel();
    updateTimer();
}

// ---------------------------------------------------------------- live tick

void AgentsModel::setStaleAfter(qint64 ms) {
    m_staleAfterMs = ms;
    tick();
}

void AgentsModel::setTickInterval(int ms) {
    m_tickMs = ms;
    if (ms > 0) {
        m_tick.setInterval(ms);
    }
    updateTimer();
}

void AgentsModel::updateTimer() {
    const bool run = m_tickMs > 0 && !m_rows.empty();
    if (run && !m_tick.isActive()) {
        m_tick.start();
    } else if (!run) {
        m_tick.stop();
    }
}

void AgentsModel::tick() {
    if (m_rows.empty()) {
        return;
    }
    const qint64 now = m_now();
    QStringList moved;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        Row& r = m_rows[row];
        const Status status = statusFor(r.info, now);
        if (status != r.status) {
            r.status = status;
            moved.append(r.info.agentId);
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        }
    }
    const int last = static_cast<int>(m_rows.size()) - 1;
    emit dataChanged(index(0, HeartbeatColumn), index(last, HeartbeatColumn),
                     {Qt::DisplayRole, Qt::ToolTipRole});
    if (!moved.isEmpty()) {
        emit statusesChanged(moved);
    }
}

// ---------------------------------------------------------------- queries

std::optional<AgentInfo> AgentsModel::agent(const QString& agentId) const {
    const int row = rowOf(agentId);
    return row >= 0 ? std::optional<AgentInfo>(m_rows[row].info) : std::nullopt;
}

AgentsModel::Status AgentsModel::statusOf(const QString& agentId) const {
    const int row = rowOf(agentId);
    return row >= 0 ? m_rows[row].status : Status::Offline;
}

QList<AgentInfo> AgentsModel::agents() const {
    QList<AgentInfo> out;
    out.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const Row& r : m_rows) {
        out.append(r.info);
    }
    return out;
}

QString AgentsModel::statusText(Status status) {
    switch (status) {
    case Status::Online:
        return tr("Online");
    case Status::Stale:
        return tr("Stale");
    case Status::Connecting:
        return tr("Connecting");
    case Status::Offline:
        break;
    }
    return tr("Offline");
}

QColor AgentsModel::statusColour(Status status) {
    switch (status) {
    case Status::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Stale:
        return QColor(0xef, 0x8f, 0x00);
    case Status::Connecting:
        return QColor(0x15, 0x65, 0xc0);
    case Status::Offline:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString AgentsModel::agoText(qint64 lastMs, qint64 nowMs) {
    if (lastMs <= 0) {
        return tr("never");
    }
    const qint64 s = std::max<qint64>(0, nowMs - lastMs) / 1000;
    if (s < 1) {
        return tr("just now");
    }
    if (s < 60) {
        return tr("%1 s ago").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min ago").arg(s / 60);
    }
    if (s < 86400) {
        return tr("%1 h ago").arg(s / 3600);
    }
    return tr("%1 d ago").arg(s / 86400);
}

QString AgentsModel::detailsText(int row) const {
    const Row& r = m_rows[row];
    const AgentInfo& a = r.info;
    QStringList lines;
    lines << tr("Agent %1 (%2)").arg(a.agentId, statusText(r.status));
    lines << tr("Labels: %1")
                 .arg(a.labels.isEmpty() ? tr("none") : joinedMap(a.labels, QStringLiteral(", ")));
    if (!a.heartbeatStatus.isEmpty()) { // what the agent reports with its heartbeats, if anything
        lines << tr("Agent reports: %1").arg(joinedMap(a.heartbeatStatus, QStringLiteral(", ")));
    }
    lines << tr("Last heartbeat: %1").arg(agoText(a.lastHeartbeatMs, m_now()));
    if (a.registeredAtMs > 0) {
        lines << tr("Registered: %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(a.registeredAtMs)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    lines << tr("Functions: %1")
                 .arg(a.functions.isEmpty() ? tr("none") : a.functions.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------- QAbstractItemModel

int AgentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentsModel::displayData(const Row& row, int column) const {
    const AgentInfo& a = row.info;
    switch (column) {
    case StatusColumn:
        return statusText(row.status);
    case AgentColumn:
        return a.agentId;
    case ScopeColumn:
        return scopeText(a);
    case VersionColumn:
        return a.version;
    case AddressColumn:
        return a.addr;
    case LabelsColumn:
        return joinedMap(a.labels, QStringLiteral(", "));
    case FunctionsColumn:
        return static_cast<int>(a.functions.size());
    case HeartbeatColumn:
        return agoText(a.lastHeartbeatMs, m_now());
    default:
        return {};
    }
}

QVariant AgentsModel::sortData(const Row& row, int column) const {
    switch (column) {
    case StatusColumn:
        return static_cast<int>(row.status);
    case FunctionsColumn:
        return static_cast<int>(row.info.functions.size());
    case HeartbeatColumn:
        return -row.info.lastHeartbeatMs; // ascending = most recent first
    default:
        return displayData(row, column);
    }
}

QVariant AgentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(m_icons[static_cast<int>(row.status)])
                                              : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(statusColour(row.status)) : QVariant();
    case Qt::ToolTipRole:
        return detailsText(index.row());
    case Qt::TextAlignmentRole:
        return index.column() == FunctionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case AgentIdRole:
        return row.info.agentId;
    case StatusRole:
        return static_cast<int>(row.status);
    case SortRole:
        return sortData(row, index.column());
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Agent");
    case ScopeColumn:
        return tr("Game / env");
    case VersionColumn:
        return tr("Version");
    case AddressColumn:
        return tr("Address");
    case LabelsColumn:
        return tr("Labels");
    case FunctionsColumn:
        return tr("Functions");
    case HeartbeatColumn:
        return tr("Last heartbeat");
    default:
        return {};
    }
}

} // namespace croupier::models
