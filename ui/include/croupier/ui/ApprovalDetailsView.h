#pragma once
// The details of one approval on the Approvals page: function and risk badge, the descriptor's
// risk warning, requester, scope, when it was asked and when it expires, approvals so far of
// the threshold (and who may approve), state (and why it ended), its job, the payload hash, the
// frozen parameters exactly as the server sent them (sensitive values already masked), and
// every decision with who, when and the comment. Read-only; plain text everywhere (nothing the
// server sends is markup). GUI thread only; owned by its Qt parent.

#include "croupier/client/ApprovalInfo.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace croupier::ui {

class RiskBadge;
class RiskBanner;

class ApprovalDetailsView final : public QWidget {
    Q_OBJECT
public:
    explicit ApprovalDetailsView(QWidget* parent = nullptr);

    // Nothing selected: says so.
    void setApproval(const std::optional<client::ApprovalInfo>& approval);

    QString parametersText() const;
    QString decisionsText() const;
    QString riskWarning() const;
    QString stateText() const;

private:
    QLabel* addRow(QFormLayout* form, const QString& caption, const QString& objectName);
    void fill(const client::ApprovalInfo& approval);
    static QString decisionLine(const client::ApprovalDecision& decision);

    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_title = nullptr;
    RiskBadge* m_badge = nullptr;
    RiskBanner* m_warning = nullptr;
    QLabel* m_requester = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_expires = nullptr;
    QLabel* m_approvals = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_job = nullptr;
    QLabel* m_hash = nullptr;
    QPlainTextEdit* m_parameters = nullptr;
    QLabel* m_decisions = nullptr;
};

} // namespace croupier::ui
