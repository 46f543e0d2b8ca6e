#include "croupier/models/AuditModel.h"

#include <QColor>
#include <QDateTime>

namespace croupier::models {
namespace {

const QColor kFailedColour(0xc6, 0x28, 0x28); // the high-risk red (RiskColour.h)

// "ok" for a call or a step, "completed" for a job that ended well (job.end carries the
// job's final status); anything else (denied, an error code, failed, rejected…) is flagged.
bool failedOutcome(const client::AuditRecordInfo& r) {
    return !r.outcome.isEmpty() && r.outcome != QLatin1String("ok") &&
           r.outcome != QLatin1String("completed");
}

} // namespace

AuditModel::AuditModel(AuditSource source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source)) {}

void AuditModel::setQuery(const client::AuditQuery& query) {
    ++m_generation;
    beginResetModel();
    m_query = query;
    m_records.clear();
    m_seqs.clear();
    m_nextToken.clear();
    m_error.reset();
    m_started = true;
    endResetModel();
    m_loading = false; // any page in flight belongs to the older generation now
    requestPage();
}

void AuditModel::retry() {
    if (!m_error || m_loading) {
        return;
    }
    m_error.reset();
    requestPage(); // m_nextToken still names the page that failed ("" = the first)
}

void AuditModel::setPageSize(int pageSize) {
    m_pageSize = pageSize > 0 ? pageSize : kDefaultPageSize;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_started && !m_loading && !m_error && !m_nextToken.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent)) {
        requestPage();
    }
}

void AuditModel::requestPage() {
    setLoading(true);
    const quint64 generation = m_generation;
    using Page = client::Reply<client::AuditPage>;
    m_source.query(m_query, m_nextToken, m_pageSize,
                   client::guarded<Page>(this, [this, generation](Page page) {
                       onPage(generation, std::move(page));
                   }));
}

void AuditModel::onPage(quint64 generation, client::Reply<client::AuditPage> page) {
    if (generation != m_generation) {
        return; // the answer to a query the user has since replaced
    }
    if (!page) {
        m_error = page.error();
        setLoading(false);
        emit failed(*m_error);
        return;
    }
    QList<client::AuditRecordInfo> fresh;
    for (auto& record : page->records) {
        if (!m_seqs.contains(record.seq)) {
            m_seqs.insert(record.seq);
            fresh.append(std::move(record));
        }
    }
    const int added = static_cast<int>(fresh.size());
    if (added > 0) {
        const int first = static_cast<int>(m_records.size());
        beginInsertRows({}, first, first + added - 1);
        m_records.append(std::move(fresh));
        endInsertRows();
    }
    m_nextToken = page->nextPageToken;
    setLoading(false);
    emit pageLoaded(added);
}

void AuditModel::setLoading(bool loading) {
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

std::optional<client::AuditRecordInfo> AuditModel::recordAt(int row) const {
    if (row < 0 || row >= m_records.size()) {
        return std::nullopt;
    }
    return m_records.at(row);
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const client::AuditRecordInfo& r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !r.message.isEmpty()) {
            return r.message;
        }
        if (index.column() == TimeColumn) {
            return QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC)
                .toString(Qt::ISODateWithMs);
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn && failedOutcome(r) ? QVariant(kFailedColour)
                                                                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case RecordRole:
        return QVariant::fromValue(r);
    case SeqRole:
        return r.seq;
    case FailedRole:
        return failedOutcome(r);
    default:
        return {};
    }
}

QVariant AuditModel::display(const client::AuditRecordInfo& r, int column) const {
    switch (column) {
    case TimeColumn:
        return timeText(r.timestampMs);
    case ActorColumn:
        return r.actor;
    case ActionColumn:
        return r.action;
    case FunctionColumn:
        return r.functionId;
    case ScopeColumn:
        return scopeText(r);
    case TargetColumn:
        return r.target;
    case OutcomeColumn:
        return r.outcome;
    case MessageColumn:
        return QString(r.message).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case DurationColumn:
        return durationText(r.durationMs);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case FunctionColumn:
        return tr("Function");
    case ScopeColumn:
        return tr("Scope");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QString AuditModel::scopeText(const client::AuditRecordInfo& record) {
    if (record.gameId.isEmpty() && record.env.isEmpty()) {
        return {};
    }
    return record.gameId + QLatin1Char('/') + record.env;
}

QString AuditModel::timeText(qint64 timestampMs) {
    return QDateTime::fromMSecsSinceEpoch(timestampMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditModel::durationText(qint64 durationMs) {
    if (durationMs <= 0) {
        return {};
    }
    if (durationMs < 1000) {
        return tr("%1 ms").arg(durationMs);
    }
    return tr("%1 s").arg(static_cast<double>(durationMs) / 1000.0, 0, 'f', 1);
}

} // namespace croupier::models
