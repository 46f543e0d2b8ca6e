#pragma once
// The Approvals page's three views over an ApprovalsModel: waiting for me (pending ones the
// user may decide now), my requests (the user asked for them), all (what the server lets the
// user see). Sorts by ApprovalsModel::SortRole; newest first until the user sorts otherwise.
// GUI thread only.

#include <QSortFilterProxyModel>
#include <QString>

namespace croupier::models {

class ApprovalsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class View { WaitingForMe, MyRequests, All };
    Q_ENUM(View)

    explicit ApprovalsFilterModel(QObject* parent = nullptr);

    void setView(View view);
    View view() const { return m_view; }
    // The signed-in user (for "my requests").
    void setUsername(const QString& username);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    View m_view = View::WaitingForMe;
    QString m_username;
};

} // namespace croupier::models
