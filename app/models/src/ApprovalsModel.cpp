#include "croupier/models/ApprovalsModel.h"

#include "croupier/models/RiskColour.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace croupier::models {
namespace {

constexpr int kTickMs = 30'000; // ages and expiries are shown to the minute

QString dateTimeText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ApprovalsModel::ApprovalsModel(QObject* parent, Now now)
    : QAbstractTableModel(parent)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_tick(new QTimer(this)) {
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &ApprovalsModel::tick);
    m_tick->start();
}

void ApprovalsModel::setApprovals(const QList<client::ApprovalInfo>& approvals) {
    beginResetModel();
    m_rows = approvals;
    reindex();
    endResetModel();
}

bool ApprovalsModel::upsertApproval(const client::ApprovalInfo& approval) {
    if (const int row = rowOf(approval.approvalId); row >= 0) {
        m_rows[row] = approval;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return false;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(approval);
    m_index.insert(approval.approvalId, row);
    endInsertRows();
    return true;
}

void ApprovalsModel::clear() {
    setApprovals({});
}

std::optional<client::ApprovalInfo> ApprovalsModel::approval(const QString& approvalId) const {
    return approvalAt(rowOf(approvalId));
}

std::optional<client::ApprovalInfo> ApprovalsModel::approvalAt(int row) const {
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows[row];
}

int ApprovalsModel::rowOf(const QString& approvalId) const {
    return m_index.value(approvalId, -1);
}

int ApprovalsModel::actionableCount() const {
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), &actionable));
}

bool ApprovalsModel::actionable(const client::ApprovalInfo& a) {
    return a.pending() && a.canDecide;
}

int ApprovalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const client::ApprovalInfo& a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case SortRole:
        return sortData(a, index.column());
    case Qt::DecorationRole:
        if (index.column() == RiskColumn && a.riskLevel != core::RiskLevel::None) {
            return riskColour(a.riskLevel);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn) {
            return dateTimeText(a.createdAtMs);
        }
        return index.column() == ExpiresColumn ? dateTimeText(a.expiresAtMs) : QVariant();
    case ApprovalRole:
        return QVariant::fromValue(a);
    case ApprovalIdRole:
        return a.approvalId;
    case RequesterRole:
        return a.requester;
    case ActionableRole:
        return actionable(a);
    default:
        return {};
    }
}

QVariant ApprovalsModel::displayData(const client::ApprovalInfo& a, int column) const {
    switch (column) {
    case FunctionColumn:
        return a.title();
    case RequesterColumn:
        return a.requester;
    case RiskColumn:
        return riskText(a.riskLevel);
    case AgeColumn:
        return spanText(m_now() - a.createdAtMs);
    case ApprovalsColumn:
        return tr("%1 / %2").arg(a.approvals).arg(a.threshold);
    case ExpiresColumn:
        return expiryText(a);
    case StateColumn:
        return stateText(a.state);
    default:
        return {};
    }
}

QVariant ApprovalsModel::sortData(const client::ApprovalInfo& a, int column) const {
    switch (column) {
    case RiskColumn:
        return static_cast<int>(a.riskLevel);
    case AgeColumn:
        return -a.createdAtMs; // ascending age: newest first
    case ApprovalsColumn:
        return a.approvals;
    case ExpiresColumn:
        return a.expiresAtMs;
    case StateColumn:
        return static_cast<int>(a.state);
    default:
        return displayData(a, column);
    }
}

QString ApprovalsModel::expiryText(const client::ApprovalInfo& a) const {
    if (a.expiresAtMs <= 0) {
        return {};
    }
    if (!a.pending()) {
        return a.state == client::ApprovalState::Expired ? tr("expired") : QStringLiteral("—");
    }
    const qint64 left = a.expiresAtMs - m_now();
    return left > 0 ? tr("in %1").arg(spanText(left)) : tr("expired");
}

QVariant ApprovalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FunctionColumn:
        return tr("Function");
    case RequesterColumn:
        return tr("Requester");
    case RiskColumn:
        return tr("Risk");
    case AgeColumn:
        return tr("Age");
    case ApprovalsColumn:
        return tr("Approvals");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QString ApprovalsModel::stateText(client::ApprovalState state) {
    using client::ApprovalState;
    switch (state) {
    case ApprovalState::Pending:
        return tr("Waiting for approvers");
    case ApprovalState::Executed:
        return tr("Approved and run");
    case ApprovalState::Rejected:
        return tr("Rejected");
    case ApprovalState::Expired:
        return tr("Expired");
    case ApprovalState::Canceled:
        return tr("Canceled");
    case ApprovalState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ApprovalsModel::riskText(core::RiskLevel level) {
    switch (level) {
    case core::RiskLevel::Low:
        return tr("Low");
    case core::RiskLevel::Medium:
        return tr("Medium");
    case core::RiskLevel::High:
        return tr("High");
    case core::RiskLevel::None:
        break;
    }
    return {};
}

QString ApprovalsModel::cannotDecideText(const client::ApprovalInfo& a, const QString& username) {
    if (a.pending() && a.canDecide) {
        return {};
    }
    if (!a.pending()) {
        return tr("This request is already decided (%1).").arg(stateText(a.state).toLower());
    }
    if (!username.isEmpty() && a.requester == username) {
        return tr("You requested this call; someone else must approve or reject it.");
    }
    for (const auto& d : a.decisions) {
        if (d.approver == username && d.approved()) {
            return tr("You have already approved it.");
        }
    }
    if (a.cannotDecideReason.isEmpty()) {
        return tr("You may not decide this request.");
    }
    return tr("You may not decide this request: %1.").arg(a.cannotDecideReason);
}

QString ApprovalsModel::spanText(qint64 ms) {
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s < 60) {
        return tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min").arg(s / 60);
    }
    if (s < 86400) {
        return tr("%1 h").arg(s / 3600);
    }
    return tr("%1 d").arg(s / 86400);
}

void ApprovalsModel::reindex() {
    m_index.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        m_index.insert(m_rows[row].approvalId, row);
    }
}

void ApprovalsModel::tick() {
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, AgeColumn),
                         index(static_cast<int>(m_rows.size()) - 1, AgeColumn));
        emit dataChanged(index(0, ExpiresColumn),
                         index(static_cast<int>(m_rows.size()) - 1, ExpiresColumn));
    }
}

} // namespace croupier::models
