#pragma once
// The wiring of the lead's and the ops person's pages: Registrations (live agents and functions,
// kill switch), Approvals (inbox with a count badge and a tray notification for a new approval
// the user may act on) and Audit. It owns their clients, models and view-models, adds the pages
// to the MainWindow (each shown only with its permission), starts the live watches after each
// sign-in (every scope the user may see) and stops them at sign-out. The GM's own request on
// the Invoke page follows the approvals it hears about. GUI thread; owned by ConsoleApp, which
// outlives nothing here: `connection`, `window` and `invoke` outlive this object.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/UserInfo.h"

#include <QObject>
#include <QString>

#include <memory>

class QSystemTrayIcon;

namespace croupier::client {
class ApprovalsClient;
class AuditClient;
class RegistryClient;
class ServerConnection;
}

namespace croupier::models {
class ApprovalsController;
class AuditController;
class AuditModel;
class InvokeController;
class RegistrationsController;
}

namespace croupier::ui {
class ApprovalsPage;
class AuditPage;
class MainWindow;
class RegistrationsPage;
}

namespace croupier::console {

class ConsolePages final : public QObject {
    Q_OBJECT
public:
    ConsolePages(client::ServerConnection& connection, ui::MainWindow& window,
                 models::InvokeController& invoke, QObject* parent = nullptr);
    ~ConsolePages() override;

    // After a sign-in: the pages the user may see, and their live data.
    void start(const client::UserInfo& user);
    // At sign-out: streams stop, the pages keep what they showed until the next sign-in.
    void stop();

    ui::RegistrationsPage& registrationsPage() const { return *m_registrationsPage; }
    ui::ApprovalsPage& approvalsPage() const { return *m_approvalsPage; }
    ui::AuditPage& auditPage() const { return *m_auditPage; }
    models::RegistrationsController& registrations() const { return *m_registrations; }
    models::ApprovalsController& approvals() const { return *m_approvals; }
    models::AuditController& audit() const { return *m_audit; }
    models::AuditModel& auditModel() const { return *m_auditModel; }

signals:
    // A job to show in the job panel (an approved request that ran).
    void jobOpenRequested(const QString& jobId, const QString& title);
    // A new approval this user may act on arrived (shown in the tray where there is one).
    void approvalNotified(const QString& title, const QString& text);

private:
    void onApprovalArrived(const client::ApprovalInfo& approval);

    ui::MainWindow& m_window;
    std::unique_ptr<client::RegistryClient> m_registryClient;
    std::unique_ptr<client::ApprovalsClient> m_approvalsClient;
    std::unique_ptr<client::AuditClient> m_auditClient;
    std::unique_ptr<models::RegistrationsController> m_registrations;
    std::unique_ptr<models::ApprovalsController> m_approvals;
    std::unique_ptr<models::AuditModel> m_auditModel;
    std::unique_ptr<models::AuditController> m_audit;
    ui::RegistrationsPage* m_registrationsPage = nullptr; // owned by the window
    ui::ApprovalsPage* m_approvalsPage = nullptr;
    ui::AuditPage* m_auditPage = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // only where a system tray exists
    QString m_lastNotified;            // the approval the tray message is about
};

} // namespace croupier::console
