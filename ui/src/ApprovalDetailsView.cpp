#include "croupier/ui/ApprovalDetailsView.h"

#include "croupier/models/ApprovalsModel.h"
#include "croupier/ui/ResultView.h"
#include "croupier/ui/RiskBadge.h"
#include "croupier/ui/RiskBanner.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

QString timeText(qint64 ms) {
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QStringLiteral("—");
}

QLabel* plainLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ApprovalDetailsView::ApprovalDetailsView(QWidget* parent)
    : QWidget(parent) {
    m_empty = new QLabel(tr("Select an approval to see what it would run."), this);
    m_empty->setObjectName(QStringLiteral("noApprovalSelectedLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body = new QWidget(this);

    m_title = plainLabel(m_body, QStringLiteral("approvalTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_badge = new RiskBadge(m_body);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    m_warning = new RiskBanner(m_body);
    m_warning->setObjectName(QStringLiteral("approvalRiskWarningBanner"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_requester = addRow(form, tr("Requested by"), QStringLiteral("requesterLabel"));
    m_scope = addRow(form, tr("Scope"), QStringLiteral("scopeLabel"));
    m_created = addRow(form, tr("Requested at"), QStringLiteral("createdAtLabel"));
    m_expires = addRow(form, tr("Expires"), QStringLiteral("expiresAtLabel"));
    m_approvals = addRow(form, tr("Approvals"), QStringLiteral("approvalCountLabel"));
    m_state = addRow(form, tr("State"), QStringLiteral("approvalStateLabel"));
    m_job = addRow(form, tr("Job"), QStringLiteral("approvalJobLabel"));
    m_hash = addRow(form, tr("Payload hash"), QStringLiteral("payloadHashLabel"));
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hash->setWordWrap(false);

    m_parameters = new QPlainTextEdit(m_body);
    m_parameters->setObjectName(QStringLiteral("parametersPlainTextEdit"));
    m_parameters->setReadOnly(true);
    m_parameters->setTabChangesFocus(true);
    m_parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_parameters->setMinimumHeight(m_parameters->fontMetrics().lineSpacing() * 5);
    m_decisions = plainLabel(m_body, QStringLiteral("decisionsLabel"));

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(header);
    body->addWidget(m_warning);
    body->addLayout(form);
    body->addWidget(new QLabel(tr("Parameters (frozen; sensitive values masked)"), m_body));
    body->addWidget(m_parameters, 1);
    body->addWidget(new QLabel(tr("Decisions"), m_body));
    body->addWidget(m_decisions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    setApproval(std::nullopt);
}

QLabel* ApprovalDetailsView::addRow(QFormLayout* form, const QString& caption,
                                    const QString& objectName) {
    QLabel* value = plainLabel(m_body, objectName);
    form->addRow(caption, value);
    return value;
}

void ApprovalDetailsView::setApproval(const std::optional<client::ApprovalInfo>& approval) {
    m_empty->setVisible(!approval);
    m_body->setVisible(approval.has_value());
    if (approval) {
        fill(*approval);
    }
}

void ApprovalDetailsView::fill(const client::ApprovalInfo& a) {
    m_title->setText(a.functionName.isEmpty()
                         ? a.functionId
                         : QStringLiteral("%1  (%2)").arg(a.functionName, a.functionId));
    m_badge->setRiskLevel(a.riskLevel);
    m_warning->setMessage(a.riskWarning, RiskBanner::Kind::Warning);
    m_requester->setText(a.requester);
    m_scope->setText(QStringLiteral("%1 / %2").arg(a.gameId, a.env));
    m_created->setText(timeText(a.createdAtMs));
    m_expires->setText(timeText(a.expiresAtMs));
    QString count = tr("%1 of %2").arg(a.approvals).arg(a.threshold);
    if (!a.approverRoles.isEmpty()) {
        count += QLatin1Char(' ') +
                 tr("(approvers: %1)").arg(a.approverRoles.join(QStringLiteral(", ")));
    }
    m_approvals->setText(count);
    QString state = models::ApprovalsModel::stateText(a.state);
    if (!a.reason.isEmpty()) {
        state += QStringLiteral(": ") + a.reason;
    }
    m_state->setText(state);
    m_job->setText(a.jobId.isEmpty() ? QStringLiteral("—") : a.jobId);
    // 64 hex digits: two lines of 32 fit beside the form's captions.
    m_hash->setText(a.payloadHash.size() > 32
                        ? a.payloadHash.left(32) + QLatin1Char('\n') + a.payloadHash.mid(32)
                        : a.payloadHash);
    m_hash->setToolTip(a.payloadHash);
    m_parameters->setPlainText(ResultView::prettyJson(a.payload));
    QStringList lines;
    for (const auto& d : a.decisions) {
        lines << decisionLine(d);
    }
    m_decisions->setText(lines.isEmpty() ? tr("No decision yet.") : lines.join(QLatin1Char('\n')));
}

QString ApprovalDetailsView::decisionLine(const client::ApprovalDecision& d) {
    const QString when = timeText(d.atMs);
    QString line = d.approved() ? tr("✔ %1 approved at %2").arg(d.approver, when)
                                : tr("✘ %1 rejected at %2").arg(d.approver, when);
    if (!d.comment.isEmpty()) {
        line += QStringLiteral(" — ") + d.comment;
    }
    return line;
}

QString ApprovalDetailsView::parametersText() const {
    return m_parameters->toPlainText();
}
QString ApprovalDetailsView::decisionsText() const {
    return m_decisions->text();
}
QString ApprovalDetailsView::riskWarning() const {
    return m_warning->text();
}
QString ApprovalDetailsView::stateText() const {
    return m_state->text();
}

} // namespace croupier::ui
