#pragma once
// The page where a GM runs one function: its name, risk badge, risk warning and approval notice,
// the schema form, "Run as job", the Run button, then the result, the error, or "sent for
// approval" (then that approval's progress, live). It shows what the InvokeController decides
// (blocked reasons, descriptor changes) and asks it to submit once the operator confirmed in a
// ConfirmDialog (opened non-modally to the window so tests can drive it). GUI thread;
// `controller` outlives the page.

#include "croupier/models/InvokeController.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace croupier::ui {

class ConfirmDialog;
class ErrorBanner;
class ResultView;
class RiskBadge;
class RiskBanner;
class SchemaForm;

class InvokePage final : public QWidget {
    Q_OBJECT
public:
    explicit InvokePage(models::InvokeController& controller, QWidget* parent = nullptr);

    SchemaForm* form() const { return m_form; }
    // Prefills the open function's form (re-running a job; sensitive values left empty).
    void prefill(const nlohmann::json& payload);
    // Starts the submit flow: validate, then confirm (the dialog), then run.
    void submit();
    ConfirmDialog* confirmDialog() const { return m_confirm; }
    QString approvalText() const;

private:
    void buildLayout();
    void onOpened(const client::FunctionInfo& function);
    void onBlocked(const QString& reason);
    void onNotice(const QString& notice);
    void onConfirmed(const nlohmann::json& payload);
    void onSucceeded(const nlohmann::json& result);
    void onFailed(const client::CallError& error);
    void onSentForApproval(const QString& approvalId, const QString& state);
    void onApprovalProgressed(const QString& approvalId,
                              models::InvokeController::ApprovalStage stage, int approvals,
                              int threshold, const QString& reason);
    void onStateChanged(models::InvokeController::State state);

    models::InvokeController& m_controller;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    RiskBadge* m_badge = nullptr;
    RiskBanner* m_riskBanner = nullptr;
    RiskBanner* m_approvalBanner = nullptr;
    RiskBanner* m_noticeBanner = nullptr;
    QPushButton* m_reload = nullptr;
    QScrollArea* m_scroll = nullptr;
    SchemaForm* m_form = nullptr;
    QCheckBox* m_asJob = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_blocked = nullptr;
    ErrorBanner* m_error = nullptr;
    QLabel* m_approval = nullptr;
    ResultView* m_result = nullptr;
    ConfirmDialog* m_confirm = nullptr;
    QString m_shownApprovalId; // the approval whose progress m_approval shows
};

} // namespace croupier::ui
