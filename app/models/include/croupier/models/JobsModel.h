#pragma once
// The Jobs page's table: one row per job (newest first), columns status, function, started,
// duration, job id. Rows come from ListJobs pages (setJobs/appendJobs) and are kept current by
// job events (applyEvent). `now` is injected so durations of running jobs are testable.
// GUI thread only.

#include "croupier/client/JobInfo.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace croupier::models {

class JobsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, FunctionColumn, StartedColumn, DurationColumn, JobIdColumn,
                  ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // QString
        StatusRole,                   // int (client::JobStatus)
        FunctionIdRole,               // QString
        SortRole,                     // a sortable value per column
    };
    using Now = std::function<qint64()>; // unix milliseconds

    explicit JobsModel(QObject* parent = nullptr, Now now = {});

    void setJobs(const QList<client::JobSummary>& jobs);
    void appendJobs(const QList<client::JobSummary>& jobs); // the next page; known ids are updated
    void upsertJob(const client::JobSummary& job);          // a new job goes on top
    void applyEvent(const client::JobEvent& event);
    std::optional<client::JobSummary> job(const QString& jobId) const;
    std::optional<client::JobSummary> jobAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(client::JobStatus status); // translated

private:
    int rowOf(const QString& jobId) const;
    qint64 durationMs(const client::JobSummary& job) const;
    void emitRowChanged(int row);

    QList<client::JobSummary> m_jobs;
    Now m_now;
};

} // namespace croupier::models
