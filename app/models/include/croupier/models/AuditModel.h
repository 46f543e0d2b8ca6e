#pragma once
// AuditModel: the Audit page's table, one row per audit record, newest first, loaded page by
// page from an AuditSource. setQuery() empties the table and loads the first page; a view
// scrolled to the bottom asks for the next one through canFetchMore()/fetchMore(). At most one
// page is requested at a time for the current query; an answer for an older query (or an
// older reset) is dropped, so rows never mix two filters or repeat. A failed page leaves the
// rows already loaded and reports the error; retry() asks again.
// Columns: time (local), actor, action, function, scope (game/env), target, outcome, message,
// duration. GUI thread only.

#include "croupier/client/AuditRecordInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/models/AuditSource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <optional>

namespace croupier::models {

class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        FunctionColumn,
        ScopeColumn,
        TargetColumn,
        OutcomeColumn,
        MessageColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        RecordRole = Qt::UserRole + 1, // client::AuditRecordInfo
        SeqRole,                       // qint64
        FailedRole,                    // bool: the outcome is not "ok"
    };
    static constexpr int kDefaultPageSize = 100;

    explicit AuditModel(AuditSource source, QObject* parent = nullptr);

    // Empties the table and loads the first page of `query`.
    void setQuery(const client::AuditQuery& query);
    client::AuditQuery query() const { return m_query; }
    bool hasQuery() const { return m_started; } // setQuery() was called
    // Loads the current query again from the newest record.
    void reload() { setQuery(m_query); }
    // After a failure: the failed page again (or the first one when nothing was loaded).
    void retry();
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    bool loading() const { return m_loading; }
    // True once the last page was loaded (no more to fetch).
    bool atEnd() const { return m_started && !m_loading && m_nextToken.isEmpty() && !m_error; }
    std::optional<client::CallError> error() const { return m_error; }
    std::optional<client::AuditRecordInfo> recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Shared with the detail view and the export: "game/dev", "" for unscoped records.
    static QString scopeText(const client::AuditRecordInfo& record);
    static QString timeText(qint64 timestampMs); // local time, to the second
    static QString durationText(qint64 durationMs);

signals:
    void loadingChanged(bool loading);
    // A page arrived (`added` new rows; 0 for an empty first page).
    void pageLoaded(int added);
    void failed(const croupier::client::CallError& error);

private:
    void requestPage();
    void onPage(quint64 generation, client::Reply<client::AuditPage> page);
    void setLoading(bool loading);
    QVariant display(const client::AuditRecordInfo& r, int column) const;

    AuditSource m_source;
    client::AuditQuery m_query;
    int m_pageSize = kDefaultPageSize;
    QList<client::AuditRecordInfo> m_records;
    QSet<qint64> m_seqs;    // of m_records: a record is shown once
    QString m_nextToken;    // "" = no further page (once started)
    bool m_started = false; // a query was set
    bool m_loading = false; // a page of the current generation is in flight
    std::optional<client::CallError> m_error;
    quint64 m_generation = 0; // bumped by setQuery(): older answers are dropped
};

} // namespace croupier::models
