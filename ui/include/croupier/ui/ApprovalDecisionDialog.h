#pragma once
// The confirmation before a decision on an approval: approve (optional comment), reject
// (required reason) or cancel one's own request (optional reason). It names the function, the
// requester and the exact frozen parameters (masked as the server sent them), and keeps its
// Confirm button disabled until a required reason is typed. Esc / Cancel reject; Ctrl+Enter
// confirms. Opened non-modally with open() by ApprovalsPage, which exposes it to tests.
// GUI thread only; owns its child widgets.

#include "croupier/client/ApprovalInfo.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace croupier::ui {

class ApprovalDecisionDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Decision { Approve, Reject, Cancel };

    ApprovalDecisionDialog(Decision decision, const client::ApprovalInfo& approval,
                           QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    QString approvalId() const { return m_approvalId; }
    QString message() const;
    // The comment or reason as typed (trimmed).
    QString text() const;
    void setText(const QString& text);
    bool reasonRequired() const { return m_decision == Decision::Reject; }
    bool confirmEnabled() const;

    // Refused while Confirm is disabled, whatever asked for it.
    void accept() override;

private:
    void buildHeader(const client::ApprovalInfo& approval);
    void buildInput();
    void buildButtons();
    void updateConfirmButton();

    Decision m_decision;
    QString m_approvalId;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace croupier::ui
