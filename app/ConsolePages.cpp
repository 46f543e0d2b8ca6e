#include "ConsolePages.h"

#include "croupier/client/ApprovalsClient.h"
#include "croupier/client/AuditClient.h"
#include "croupier/client/RegistryClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/models/ApprovalsController.h"
#include "croupier/models/AuditController.h"
#include "croupier/models/AuditModel.h"
#include "croupier/models/InvokeController.h"
#include "croupier/models/RegistrationsController.h"
#include "croupier/ui/ApprovalsPage.h"
#include "croupier/ui/AuditPage.h"
#include "croupier/ui/MainWindow.h"
#include "croupier/ui/RegistrationsPage.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace croupier::console {

ConsolePages::ConsolePages(client::ServerConnection& connection, ui::MainWindow& window,
                           models::InvokeController& invoke, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_registryClient(std::make_unique<client::RegistryClient>(connection))
    , m_approvalsClient(std::make_unique<client::ApprovalsClient>(connection))
    , m_auditClient(std::make_unique<client::AuditClient>(connection))
    , m_registrations(std::make_unique<models::RegistrationsController>(*m_registryClient))
    , m_approvals(std::make_unique<models::ApprovalsController>(*m_approvalsClient))
    , m_auditModel(std::make_unique<models::AuditModel>(
          models::AuditSource::from(*m_auditClient)))
    , m_audit(std::make_unique<models::AuditController>(
          models::AuditSource::from(*m_auditClient), *m_auditModel)) {
    m_registrationsPage = new ui::RegistrationsPage(*m_registrations);
    m_approvalsPage = new ui::ApprovalsPage(*m_approvals);
    m_auditPage = new ui::AuditPage(*m_auditModel, *m_audit);
    window.addPage(m_registrationsPage, tr("&Registrations"), QStringLiteral("registry.read"));
    window.addPage(m_approvalsPage, tr("A&pprovals"), QStringLiteral("approval.read"));
    window.addPage(m_auditPage, tr("A&udit"), QStringLiteral("audit.read"));

    connect(m_approvals.get(), &models::ApprovalsController::actionableCountChanged, this,
            [this](int count) { m_window.setPageBadge(m_approvalsPage, count); });
    connect(m_approvals.get(), &models::ApprovalsController::approvalArrived, this,
            &ConsolePages::onApprovalArrived);
    connect(m_approvals.get(), &models::ApprovalsController::approvalUpdated, &invoke,
            &models::InvokeController::approvalUpdated);
    connect(m_approvalsPage, &ui::ApprovalsPage::jobOpenRequested, this,
            &ConsolePages::jobOpenRequested);
    connect(m_approvals.get(), &models::ApprovalsController::watchFailed, this,
            [this](const QString& message) { m_window.setNotice(message); });
    connect(&connection, &client::ServerConnection::userChanged, m_approvals.get(),
            &models::ApprovalsController::setUser);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Croupier"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window.showPage(m_approvalsPage);
            m_approvalsPage->selectApproval(m_lastNotified);
            m_window.raise();
            m_window.activateWindow();
        });
    }
}

ConsolePages::~ConsolePages() {
    // The pages (owned by the window) bind to the controllers: the wiring that owns both
    // destroys the window first.
}

void ConsolePages::start(const client::UserInfo& user) {
    m_registrations->setUser(user);
    m_approvals->setUser(user);
    const client::Scope everyScope;
    if (user.hasPermission(QStringLiteral("registry.read"))) {
        m_registrations->setScope(everyScope);
    }
    if (user.hasPermission(QStringLiteral("approval.read"))) {
        m_approvals->watch(everyScope);
    }
}

void ConsolePages::stop() {
    m_registrations->stop();
    m_approvals->stop();
}

void ConsolePages::onApprovalArrived(const client::ApprovalInfo& approval) {
    const QString title = tr("Approval requested");
    const QString text = tr("%1 asks to run %2 (%3 / %4).")
                             .arg(approval.requester, approval.functionId, approval.gameId,
                                  approval.env);
    m_lastNotified = approval.approvalId;
    emit approvalNotified(title, text);
    if (m_tray != nullptr) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    }
}

} // namespace croupier::console
