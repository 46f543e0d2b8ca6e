#include "croupier/models/RegistrationsFilterModel.h"

#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"

namespace croupier::models {

using Agents = AgentsModel;
using Functions = FunctionRegistrationsModel;
static_assert(Agents::StatusRole == RegistrationsFilterModel::kStatusRole &&
              Functions::StatusRole == RegistrationsFilterModel::kStatusRole);
static_assert(Agents::SortRole == RegistrationsFilterModel::kSortRole &&
              Functions::SortRole == RegistrationsFilterModel::kSortRole);
static_assert(Agents::SearchTextRole == RegistrationsFilterModel::kSearchTextRole &&
              Functions::SearchTextRole == RegistrationsFilterModel::kSearchTextRole);

RegistrationsFilterModel::RegistrationsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(kSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RegistrationsFilterModel::setSearchText(const QString& text) {
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

void RegistrationsFilterModel::setStatusFilter(int status) {
    if (status == m_status) {
        return;
    }
    m_status = status;
    invalidateRowsFilter();
}

bool RegistrationsFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status >= 0 && index.data(kStatusRole).toInt() != m_status) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = index.data(kSearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace croupier::models
