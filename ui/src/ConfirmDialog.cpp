#include "croupier/ui/ConfirmDialog.h"

#include "croupier/core/ConfirmMessage.h"
#include "croupier/ui/ResultView.h"
#include "croupier/ui/RiskBadge.h"
#include "croupier/ui/RiskBanner.h"
#include "WidgetKit.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace croupier::ui {
namespace {

QString displayName(const core::Descriptor& descriptor) {
    return QString::fromStdString(descriptor.name().empty() ? descriptor.id() : descriptor.name());
}

} // namespace

ConfirmDialog::ConfirmDialog(const core::Descriptor& descriptor, const nlohmann::json& payload,
                             QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(tr("Confirm: %1").arg(displayName(descriptor)));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    buildHeader(descriptor);
    buildMessage(descriptor, payload);
    buildPayload(descriptor, payload);
    buildTargetInput(descriptor, payload);
    buildButtons(descriptor);
    updateConfirmButton();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

QString ConfirmDialog::message() const {
    return m_message->text();
}

QString ConfirmDialog::payloadText() const {
    return m_payload->toPlainText();
}

bool ConfirmDialog::confirmEnabled() const {
    return m_confirm->isEnabled();
}

void ConfirmDialog::accept() {
    if (m_confirm->isEnabled()) {
        QDialog::accept();
    }
}

void ConfirmDialog::buildHeader(const core::Descriptor& descriptor) {
    QString heading = displayName(descriptor);
    if (!descriptor.name().empty()) {
        heading += QStringLiteral("  (%1)").arg(QString::fromStdString(descriptor.id()));
    }
    auto* title = plainLabel(heading, this, QStringLiteral("functionTitleLabel"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    auto* row = new QHBoxLayout;
    row->addWidget(title, 1);
    row->addWidget(new RiskBadge(descriptor.ui().riskLevel, this), 0, Qt::AlignTop);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    auto* warning = new RiskBanner(this);
    warning->setObjectName(QStringLiteral("riskWarningBanner"));
    warning->setMessage(QString::fromStdString(descriptor.ui().riskWarning),
                        RiskBanner::Kind::Warning);
    layout()->addWidget(warning);
}

void ConfirmDialog::buildMessage(const core::Descriptor& descriptor,
                                 const nlohmann::json& payload) {
    const QString text =
        descriptor.ui().confirmMessage.empty()
            ? tr("Run %1 with the parameters below?").arg(displayName(descriptor))
            : QString::fromStdString(core::renderConfirmMessage(descriptor, payload));
    m_message = plainLabel(text, this, QStringLiteral("confirmMessageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_message->setFont(font);
    layout()->addWidget(m_message);
    const QString approval = RiskBanner::approvalNotice(descriptor.auth().approval);
    if (!approval.isEmpty()) {
        auto* notice = new RiskBanner(this);
        notice->setObjectName(QStringLiteral("approvalNoticeBanner"));
        notice->setMessage(approval + QLatin1Char(' ') +
                               tr("After you confirm, the request waits for approval."),
                           RiskBanner::Kind::Notice);
        layout()->addWidget(notice);
    }
}

void ConfirmDialog::buildPayload(const core::Descriptor& descriptor,
                                 const nlohmann::json& payload) {
    layout()->addWidget(
        plainLabel(tr("Parameters to be sent:"), this, QStringLiteral("payloadCaptionLabel")));
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("payloadPlainTextEdit"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlainText(ResultView::prettyJson(descriptor.maskSensitive(payload)));
    const int lines =
        std::clamp(static_cast<int>(payloadText().count(QLatin1Char('\n'))) + 2, 3, 14);
    m_payload->setFixedHeight(m_payload->fontMetrics().lineSpacing() * lines +
                              2 * m_payload->frameWidth() + 8);
    layout()->addWidget(m_payload);
}

void ConfirmDialog::buildTargetInput(const core::Descriptor& descriptor,
                                     const nlohmann::json& payload) {
    if (descriptor.ui().riskLevel != core::RiskLevel::High) {
        return;
    }
    const auto target = core::confirmTarget(descriptor, payload);
    m_target = target ? QString::fromStdString(*target).trimmed() : QString();
    if (m_target.isEmpty()) {
        m_target = QString::fromStdString(descriptor.id());
    }
    layout()->addWidget(plainLabel(tr("This is a high-risk operation. To confirm, type:"), this,
                                   QStringLiteral("confirmTargetCaptionLabel")));
    auto* targetLabel = plainLabel(m_target, this, QStringLiteral("confirmTargetLabel"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setBold(true);
    targetLabel->setFont(font);
    layout()->addWidget(targetLabel);
    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("confirmTargetLineEdit"));
    m_targetEdit->setPlaceholderText(tr("Type the value shown above"));
    m_targetEdit->setAccessibleName(tr("Confirmation target"));
    connect(m_targetEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateConfirmButton);
    layout()->addWidget(m_targetEdit);
}

void ConfirmDialog::buildButtons(const core::Descriptor& descriptor) {
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("confirmDialogButtonBox"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setAutoDefault(false);
    const bool approval = descriptor.auth().approval.enabled;
    m_confirm = buttons->addButton(approval ? tr("Send for approval") : tr("Confirm"),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmPushButton"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
    if (m_targetEdit != nullptr) {
        m_targetEdit->setFocus();
    } else {
        m_confirm->setFocus();
    }
}

void ConfirmDialog::updateConfirmButton() {
    const bool unlocked = m_targetEdit == nullptr || m_targetEdit->text().trimmed() == m_target;
    m_confirm->setEnabled(unlocked);
}

} // namespace croupier::ui
