#include "croupier/ui/InvokePage.h"

#include "croupier/ui/ConfirmDialog.h"
#include "croupier/ui/ErrorBanner.h"
#include "croupier/ui/ResultView.h"
#include "croupier/ui/RiskBadge.h"
#include "croupier/ui/RiskBanner.h"
#include "croupier/ui/SchemaForm.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

std::vector<core::Violation> toViolations(const std::vector<client::FieldError>& fields) {
    std::vector<core::Violation> out;
    for (const auto& f : fields) {
        out.push_back({f.pointer.toStdString(), f.keyword.toStdString(), f.message.toStdString()});
    }
    return out;
}

// The server's approval state in the UI language.
QString approvalStateText(const QString& state) {
    if (state == QLatin1String("pending")) {
        return InvokePage::tr("waiting for approvers");
    }
    if (state == QLatin1String("approved")) {
        return InvokePage::tr("approved");
    }
    if (state == QLatin1String("executed")) {
        return InvokePage::tr("approved and running");
    }
    if (state == QLatin1String("rejected")) {
        return InvokePage::tr("rejected");
    }
    if (state == QLatin1String("expired")) {
        return InvokePage::tr("expired");
    }
    if (state == QLatin1String("canceled")) {
        return InvokePage::tr("canceled");
    }
    return state;
}

// Where a followed approval is, in the UI language.
QString approvalStageText(models::InvokeController::ApprovalStage stage, int approvals,
                          int threshold, const QString& reason) {
    using Stage = models::InvokeController::ApprovalStage;
    const QString because = reason.isEmpty() ? QString() : QStringLiteral(": ") + reason;
    switch (stage) {
    case Stage::Pending:
        return InvokePage::tr("waiting for approvers, %1 of %2 approved")
            .arg(approvals)
            .arg(threshold);
    case Stage::Approved:
        return InvokePage::tr("approved");
    case Stage::Running:
        return InvokePage::tr("approved and running");
    case Stage::Completed:
        return InvokePage::tr("approved, job completed");
    case Stage::Failed:
        return InvokePage::tr("approved, job failed") + because;
    case Stage::Rejected:
        return InvokePage::tr("rejected") + because;
    case Stage::Expired:
        return InvokePage::tr("expired");
    case Stage::Canceled:
        return InvokePage::tr("canceled") + because;
    case Stage::None:
        break;
    }
    return {};
}

} // namespace

InvokePage::InvokePage(models::InvokeController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    buildLayout();
    using C = models::InvokeController;
    connect(&controller, &C::opened, this, &InvokePage::onOpened);
    connect(&controller, &C::blockedChanged, this, &InvokePage::onBlocked);
    connect(&controller, &C::noticeChanged, this, &InvokePage::onNotice);
    connect(&controller, &C::succeeded, this, &InvokePage::onSucceeded);
    connect(&controller, &C::failed, this, &InvokePage::onFailed);
    connect(&controller, &C::sentForApproval, this, &InvokePage::onSentForApproval);
    connect(&controller, &C::approvalProgressed, this, &InvokePage::onApprovalProgressed);
    connect(&controller, &C::stateChanged, this, &InvokePage::onStateChanged);
    connect(m_form, &SchemaForm::submitRequested, this, &InvokePage::submit);
    connect(m_run, &QPushButton::clicked, this, &InvokePage::submit);
    connect(m_reload, &QPushButton::clicked, &controller, &C::reload);
    onBlocked(controller.blockedReason());
}

void InvokePage::buildLayout() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("functionTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("functionSubtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new RiskBadge(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch();

    m_riskBanner = new RiskBanner(this);
    m_approvalBanner = new RiskBanner(this);
    m_noticeBanner = new RiskBanner(this);
    m_noticeBanner->setObjectName(QStringLiteral("descriptorNoticeBanner"));
    m_reload = new QPushButton(tr("Reload form"), this);
    m_reload->setObjectName(QStringLiteral("reloadFormPushButton"));
    m_reload->hide();

    m_form = new SchemaForm;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);

    m_asJob = new QCheckBox(tr("Run as job (progress, cancel)"), this);
    m_asJob->setObjectName(QStringLiteral("runAsJobCheckBox"));
    m_run = new QPushButton(tr("Run…"), this);
    m_run->setObjectName(QStringLiteral("runPushButton"));
    m_run->setDefault(true);
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedReasonLabel"));
    m_blocked->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_blocked, 1);
    actions->addWidget(m_asJob);
    actions->addWidget(m_run);

    m_error = new ErrorBanner(this);
    m_error->hide();
    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("approvalStatusLabel"));
    m_approval->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval->hide();
    m_result = new ResultView(this);
    m_result->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_riskBanner);
    layout->addWidget(m_approvalBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    layout->addWidget(m_scroll, 3);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_approval);
    layout->addWidget(m_result, 2);
}

void InvokePage::onOpened(const client::FunctionInfo& f) {
    const auto& d = *f.descriptor;
    m_title->setText(d.name().empty() ? f.id() : str(d.name()));
    m_subtitle->setText(d.description().empty() ? f.id()
                                                : QStringLiteral("%1 — %2").arg(f.id(),
                                                                               str(d.description())));
    m_badge->setRiskLevel(d.ui().riskLevel);
    m_riskBanner->setMessage(str(d.ui().riskWarning));
    m_approvalBanner->setMessage(d.auth().approval.enabled
                                     ? RiskBanner::approvalNotice(d.auth().approval)
                                     : QString(),
                                 RiskBanner::Kind::Notice);
    m_form->setSchema(d.params().json(), std::shared_ptr<const core::Schema>(f.descriptor,
                                                                             &d.params()),
                      d.sensitivePointers());
    m_asJob->setChecked(m_controller.runsAsJobByDefault());
    m_error->dismiss();
    m_error->hide();
    m_approval->hide();
    m_shownApprovalId.clear();
    m_result->clear();
    m_result->setResultSchema(d.result() ? d.result()->json() : nlohmann::json());
    m_result->hide();
    m_reload->hide();
}

void InvokePage::prefill(const nlohmann::json& payload) {
    m_form->setValue(payload);
}

void InvokePage::onBlocked(const QString& reason) {
    m_run->setEnabled(reason.isEmpty());
    m_blocked->setText(reason);
    m_form->setFormEnabled(m_controller.state() != models::InvokeController::State::Running &&
                           m_controller.function().has_value());
}

void InvokePage::onNotice(const QString& notice) {
    m_noticeBanner->setMessage(notice);
    m_reload->setVisible(m_controller.outdated());
}

void InvokePage::submit() {
    if (!m_controller.blockedReason().isEmpty() || m_confirm != nullptr) {
        return;
    }
    if (!m_form->validateAll().empty()) {
        return; // the errors show inline
    }
    const auto f = m_controller.function();
    const nlohmann::json payload = m_form->value();
    m_confirm = new ConfirmDialog(*f->descriptor, payload, this);
    m_confirm->setObjectName(QStringLiteral("confirmDialog"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this, [this, payload] { onConfirmed(payload); });
    connect(m_confirm, &QObject::destroyed, this, [this] { m_confirm = nullptr; });
    m_confirm->open();
}

void InvokePage::onConfirmed(const nlohmann::json& payload) {
    m_error->hide();
    m_approval->hide();
    m_shownApprovalId.clear();
    m_result->hide();
    m_form->clearErrors();
    m_controller.submit(payload, m_asJob->isChecked());
}

void InvokePage::onSucceeded(const nlohmann::json& result) {
    m_result->setResult(result);
    m_result->show();
}

void InvokePage::onFailed(const client::CallError& error) {
    if (!error.fields.empty()) {
        m_form->showServerErrors(toViolations(error.fields));
    }
    m_error->showError(error);
    m_error->show();
}

void InvokePage::onSentForApproval(const QString& approvalId, const QString& state) {
    m_shownApprovalId = approvalId;
    m_approval->setText(
        tr("Sent for approval: %1 (%2)").arg(approvalId, approvalStateText(state)));
    m_approval->show();
}

void InvokePage::onApprovalProgressed(const QString& approvalId,
                                      models::InvokeController::ApprovalStage stage, int approvals,
                                      int threshold, const QString& reason) {
    if (approvalId != m_shownApprovalId) {
        return; // another form is open now
    }
    m_approval->setText(
        tr("Sent for approval: %1 (%2)")
            .arg(approvalId, approvalStageText(stage, approvals, threshold, reason)));
    m_approval->show();
}

QString InvokePage::approvalText() const {
    return m_approval->isVisible() ? m_approval->text() : QString();
}

void InvokePage::onStateChanged(models::InvokeController::State state) {
    m_run->setText(state == models::InvokeController::State::Running ? tr("Running…")
                                                                     : tr("Run…"));
}

} // namespace croupier::ui
