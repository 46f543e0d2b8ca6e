#pragma once
// Search and status filter over the Registrations page's tables (AgentsModel or
// FunctionRegistrationsModel, both expose SearchTextRole, StatusRole and SortRole under the same
// numbers). A row shows when every word of the search text occurs (case-insensitively) in its
// search text and, unless the filter is "all" (-1), its status equals the chosen one. Sorting
// uses the source's SortRole. GUI thread only.

#include <QSortFilterProxyModel>
#include <QStringList>

namespace croupier::models {

class RegistrationsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // The roles the source must provide (both sources' enums use these numbers).
    static constexpr int kStatusRole = Qt::UserRole + 2;
    static constexpr int kSortRole = Qt::UserRole + 3;
    static constexpr int kSearchTextRole = Qt::UserRole + 4;

    explicit RegistrationsFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    void setStatusFilter(int status); // -1: every status
    int statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words; // case-folded
    int m_status = -1;
};

} // namespace croupier::models
