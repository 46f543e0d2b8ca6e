#include "croupier/models/ApprovalsFilterModel.h"

#include "croupier/models/ApprovalsModel.h"

namespace croupier::models {

ApprovalsFilterModel::ApprovalsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ApprovalsModel::SortRole);
    setDynamicSortFilter(true);
    sort(ApprovalsModel::AgeColumn, Qt::AscendingOrder); // newest first
}

void ApprovalsFilterModel::setView(View view) {
    if (m_view != view) {
        m_view = view;
        invalidateFilter();
    }
}

void ApprovalsFilterModel::setUsername(const QString& username) {
    if (m_username != username) {
        m_username = username;
        invalidateFilter();
    }
}

bool ApprovalsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_view) {
    case View::WaitingForMe:
        return index.data(ApprovalsModel::ActionableRole).toBool();
    case View::MyRequests:
        return !m_username.isEmpty() &&
               index.data(ApprovalsModel::RequesterRole).toString() == m_username;
    case View::All:
        break;
    }
    return true;
}

} // namespace croupier::models
