#include "croupier/ui/ApprovalDecisionDialog.h"

#include "croupier/ui/ResultView.h"
#include "croupier/ui/RiskBadge.h"
#include "WidgetKit.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <algorithm>

namespace croupier::ui {
ApprovalDecisionDialog::ApprovalDecisionDialog(Decision decision,
                                               const client::ApprovalInfo& approval,
                                               QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_approvalId(approval.approvalId) {
    setObjectName(QStringLiteral("approvalDecisionDialog"));
    switch (decision) {
    case Decision::Approve:
        setWindowTitle(tr("Approve: %1").arg(approval.title()));
        break;
    case Decision::Reject:
        setWindowTitle(tr("Reject: %1").arg(approval.title()));
        break;
    case Decision::Cancel:
        setWindowTitle(tr("Cancel request: %1").arg(approval.title()));
        break;
    }
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    buildHeader(approval);
    buildInput();
    buildButtons();
    updateConfirmButton();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

QString ApprovalDecisionDialog::message() const {
    return m_message->text();
}

QString ApprovalDecisionDialog::text() const {
    return m_text->toPlainText().trimmed();
}

void ApprovalDecisionDialog::setText(const QString& text) {
    m_text->setPlainText(text);
}

bool ApprovalDecisionDialog::confirmEnabled() const {
    return m_confirm->isEnabled();
}

void ApprovalDecisionDialog::accept() {
    if (m_confirm->isEnabled()) {
        QDialog::accept();
    }
}

void ApprovalDecisionDialog::buildHeader(const client::ApprovalInfo& approval) {
    QString text;
    switch (m_decision) {
    case Decision::Approve:
        text = tr("Approve %1, requested by %2, with the parameters below?")
                   .arg(approval.title(), approval.requester);
        break;
    case Decision::Reject:
        text = tr("Reject %1, requested by %2? It will not run.")
                   .arg(approval.title(), approval.requester);
        break;
    case Decision::Cancel:
        text = tr("Cancel your request for %1? It will not run.").arg(approval.title());
        break;
    }
    m_message = plainLabel(text, this, QStringLiteral("decisionMessageLabel"));
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_message->setFont(font);
    auto* row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(new RiskBadge(approval.riskLevel, this), 0, Qt::AlignTop);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    auto* payload = new QPlainTextEdit(this);
    payload->setObjectName(QStringLiteral("decisionPayloadPlainTextEdit"));
    payload->setReadOnly(true);
    payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    payload->setPlainText(ResultView::prettyJson(approval.payload));
    const int lines =
        std::clamp(static_cast<int>(payload->toPlainText().count(QLatin1Char('\n'))) + 2, 3, 10);
    payload->setFixedHeight(payload->fontMetrics().lineSpacing() * lines +
                            2 * payload->frameWidth() + 8);
    payload->setTabChangesFocus(true);
    layout()->addWidget(payload);
}

void ApprovalDecisionDialog::buildInput() {
    QString caption;
    switch (m_decision) {
    case Decision::Approve:
        caption = tr("Comment (optional):");
        break;
    case Decision::Reject:
        caption = tr("Reason (required):");
        break;
    case Decision::Cancel:
        caption = tr("Reason (optional):");
        break;
    }
    auto* label = plainLabel(caption, this, QStringLiteral("decisionTextCaptionLabel"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("decisionTextPlainTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(caption);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 2 * m_text->frameWidth() + 8);
    label->setBuddy(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            &ApprovalDecisionDialog::updateConfirmButton);
    layout()->addWidget(label);
    layout()->addWidget(m_text);
}

void ApprovalDecisionDialog::buildButtons() {
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("decisionDialogButtonBox"));
    auto* back = buttons->addButton(QDialogButtonBox::Cancel);
    back->setObjectName(QStringLiteral("backPushButton"));
    back->setText(tr("Back"));
    back->setAutoDefault(false);
    QString confirm;
    switch (m_decision) {
    case Decision::Approve:
        confirm = tr("Approve");
        break;
    case Decision::Reject:
        confirm = tr("Reject");
        break;
    case Decision::Cancel:
        confirm = tr("Cancel request");
        break;
    }
    m_confirm = buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmDecisionPushButton"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter adds a line to the text; Ctrl+Enter confirms.
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &ApprovalDecisionDialog::accept);
    layout()->addWidget(buttons);
    m_text->setFocus();
}

void ApprovalDecisionDialog::updateConfirmButton() {
    m_confirm->setEnabled(!reasonRequired() || !text().isEmpty());
    m_confirm->setToolTip(m_confirm->isEnabled() ? QString()
                                                 : tr("Type the reason for the rejection."));
}

} // namespace croupier::ui
