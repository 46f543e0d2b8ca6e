#include "croupier/models/JobsModel.h"

#include <QDateTime>

namespace croupier::models {
namespace {

QString formatDuration(qint64 ms) {
    const qint64 s = ms / 1000;
    if (s < 60) {
        return JobsModel::tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return JobsModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    return JobsModel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

JobsModel::JobsModel(QObject* parent, Now now)
    : QAbstractTableModel(parent)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void JobsModel::setJobs(const QList<client::JobSummary>& jobs) {
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void JobsModel::appendJobs(const QList<client::JobSummary>& jobs) {
    QList<client::JobSummary> fresh;
    for (const auto& job : jobs) {
        if (const int row = rowOf(job.jobId); row >= 0) {
            m_jobs[row] = job;
            emitRowChanged(row);
        } else {
            fresh.append(job);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_jobs.size()),
                    static_cast<int>(m_jobs.size() + fresh.size() - 1));
    m_jobs.append(fresh);
    endInsertRows();
}

void JobsModel::upsertJob(const client::JobSummary& job) {
    if (const int row = rowOf(job.jobId); row >= 0) {
        m_jobs[row] = job;
        emitRowChanged(row);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
}

void JobsModel::applyEvent(const client::JobEvent& event) {
    const int row = rowOf(event.jobId);
    if (row < 0) {
        return;
    }
    auto& job = m_jobs[row];
    if (event.seq != 0 && event.seq <= job.lastSeq) {
        return; // already applied (a replay after a reconnect)
    }
    job.lastSeq = std::max(job.lastSeq, event.seq);
    if (event.status != client::JobStatus::Unknown) {
        job.status = event.status;
    }
    if (event.type == client::JobEvent::Type::Progress) {
        job.progress = event.progress;
        job.message = event.message;
    } else if (event.type == client::JobEvent::Type::Done) {
        job.result = event.data;
        job.progress = 1.0;
    } else if (event.type == client::JobEvent::Type::Error) {
        job.error = event.message;
        job.errorCode = event.errorCode;
    }
    if (event.timestampMs != 0) {
        job.updatedAtMs = event.timestampMs;
    }
    emitRowChanged(row);
}

std::optional<client::JobSummary> JobsModel::job(const QString& jobId) const {
    return jobAt(rowOf(jobId));
}

std::optional<client::JobSummary> JobsModel::jobAt(int row) const {
    if (row < 0 || row >= m_jobs.size()) {
        return std::nullopt;
    }
    return m_jobs[row];
}

int JobsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto& job = m_jobs[index.row()];
    switch (role) {
    case JobIdRole:
        return job.jobId;
    case StatusRole:
        return static_cast<int>(job.status);
    case FunctionIdRole:
        return job.functionId;
    case Qt::ToolTipRole:
        return job.error.isEmpty() ? job.message : job.error;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        return role == SortRole ? QVariant(jobStatusName(job.status)) : statusText(job.status);
    case FunctionColumn:
        return job.functionId;
    case StartedColumn:
        return role == SortRole ? QVariant(job.createdAtMs)
                                : QVariant(QDateTime::fromMSecsSinceEpoch(job.createdAtMs)
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DurationColumn:
        return role == SortRole ? QVariant(durationMs(job)) : formatDuration(durationMs(job));
    case JobIdColumn:
        return job.jobId;
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case FunctionColumn:
        return tr("Function");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case JobIdColumn:
        return tr("Job ID");
    default:
        return {};
    }
}

QString JobsModel::statusText(client::JobStatus status) {
    using client::JobStatus;
    switch (status) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Canceled:
        return tr("Canceled");
    case JobStatus::AwaitingApproval:
        return tr("Awaiting approval");
    case JobStatus::Rejected:
        return tr("Rejected");
    case JobStatus::Expired:
        return tr("Expired");
    default:
        return tr("Unknown");
    }
}

int JobsModel::rowOf(const QString& jobId) const {
    for (int r = 0; r < m_jobs.size(); ++r) {
        if (m_jobs[r].jobId == jobId) {
            return r;
        }
    }
    return -1;
}

// Finished jobs: created to last update; running ones: created to now.
qint64 JobsModel::durationMs(const client::JobSummary& job) const {
    if (job.createdAtMs == 0) {
        return 0;
    }
    const qint64 end = client::isFinished(job.status) ? job.updatedAtMs : m_now();
    return std::max<qint64>(0, end - job.createdAtMs);
}

void JobsModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace croupier::models
