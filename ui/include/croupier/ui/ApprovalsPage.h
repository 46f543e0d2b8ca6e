#pragma once
// The Approvals inbox: three views (waiting for me, with the count; my requests; all), the
// table of approvals, the details of the selected one, and the decisions on it: Approve
// (optional comment) and Reject (required reason) for approvers, Cancel request for the
// requester of a pending one, each behind a non-modal ApprovalDecisionDialog (decisionDialog()
// for tests). A button the user may not use is disabled and the reason is shown beside it (own
// request, already decided, already approved, lacking role). Once an approval ran, "Open job"
// asks for its job panel (jobOpenRequested). Shows whether the inbox is live. It binds to an
// ApprovalsController and holds no logic of its own. GUI thread; `controller` outlives the page.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/models/ApprovalsFilterModel.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableView;

namespace croupier::models {
class ApprovalsController;
}

namespace croupier::ui {

class ApprovalDecisionDialog;
class ApprovalDetailsView;
class ErrorBanner;

class ApprovalsPage final : public QWidget {
    Q_OBJECT
public:
    using View = models::ApprovalsFilterModel::View;

    explicit ApprovalsPage(models::ApprovalsController& controller, QWidget* parent = nullptr);

    void setView(View view);
    View view() const { return m_proxy->view(); }
    // Shows `approvalId` (switching to "All" when the current view hides it); false if unknown.
    bool selectApproval(const QString& approvalId);
    std::optional<client::ApprovalInfo> selectedApproval() const;

    QTableView* tableView() const { return m_table; }
    ApprovalDetailsView* detailsView() const { return m_details; }
    ApprovalDecisionDialog* decisionDialog() const { return m_dialog; }
    QString blockedReason() const;
    QString outcomeText() const; // the last decision's outcome (success or failure)

    // The decision flows the buttons start (each opens the confirmation dialog).
    void approveSelected();
    void rejectSelected();
    void cancelSelected();

signals:
    void jobOpenRequested(const QString& jobId, const QString& title);

private:
    void buildLayout();
    QWidget* buildViewBar();
    QWidget* buildActionBar();
    void wireController();
    void onSelectionChanged();
    void refreshSelected();
    void reselect();
    void updateButtons(const std::optional<client::ApprovalInfo>& approval);
    void updateCounts(int actionable);
    void updateEmptyText();
    void openDialog(int decision);
    void onDecided(int decision, const QString& approvalId, const QString& text);
    void onActionFinished(bool ok, const QString& message);

    models::ApprovalsController& m_controller;
    models::ApprovalsFilterModel* m_proxy = nullptr;
    QButtonGroup* m_views = nullptr;
    QPushButton* m_waiting = nullptr;
    QPushButton* m_mine = nullptr;
    QPushButton* m_all = nullptr;
    QLabel* m_live = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    ApprovalDetailsView* m_details = nullptr;
    QLabel* m_blocked = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_openJob = nullptr;
    QLabel* m_outcome = nullptr;
    ErrorBanner* m_error = nullptr;
    ApprovalDecisionDialog* m_dialog = nullptr;
    QString m_selectedId; // kept while a change moves the row out of the current view
};

} // namespace croupier::ui
