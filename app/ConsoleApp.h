#pragma once
// The console's wiring: builds the client objects, the models and the windows, and connects
// them — sign-in (with the bundled local server when that profile is chosen), the scope and the
// live catalog, calls and jobs, session expiry (back to the sign-in, work kept) and what is
// remembered between runs. It holds the flow, not the widgets' logic. GUI thread; created by
// main() and destroyed before QApplication (the local server stops then).

#include "ConsolePages.h"

#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/FunctionsClient.h"
#include "croupier/client/LocalServer.h"
#include "croupier/client/ProfileStore.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/CatalogModel.h"
#include "croupier/models/InvokeController.h"
#include "croupier/models/JobsModel.h"
#include "croupier/ui/LoginDialog.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace croupier::ui {
class MainWindow;
}

namespace croupier::console {

struct StartOptions {
    std::optional<client::ConnectionProfile> profile; // --connect: use (and remember) this one
    QString username;                                 // --user
    QString password;                                 // from --password-file: sign in at once
};

class ConsoleApp final : public QObject {
    Q_OBJECT
public:
    explicit ConsoleApp(std::unique_ptr<client::TokenVault> vault, QObject* parent = nullptr);
    ~ConsoleApp() override;

    void start(const StartOptions& options);

    ui::MainWindow& window() const { return *m_window; }
    ui::LoginDialog* loginDialog() const { return m_login; }
    client::ServerConnection& connection() const { return *m_connection; }
    client::FunctionsClient& functions() const { return *m_functions; }
    models::CatalogModel& catalog() const { return *m_catalog; }
    models::JobsModel& jobs() const { return *m_jobs; }
    models::InvokeController& invoke() const { return *m_invoke; }
    client::LocalServer& localServer() const { return *m_localServer; }
    ConsolePages& pages() const { return *m_pages; }

signals:
    void signedIn(const croupier::client::UserInfo& user);
    void catalogLoaded(int functions);

private:
    void showLogin(const QString& notice = {});
    void onLoginRequested(const QString& profileName, const QString& user, const QString& password);
    void connectAndLogin(const client::ConnectionProfile& profile, const QString& user,
                         const QString& password);
    void signInFailed(const QString& message);
    void onSignedIn(const client::UserInfo& user);
    void loadScopes();
    void selectScope(const client::Scope& scope);
    void refreshJobs();
    void openFunction(const QString& functionId);
    void onJobStarted(const QString& jobId, const client::FunctionInfo& function,
                      const nlohmann::json& payload);
    void openJob(const client::JobSummary& job);
    void openJobById(const QString& jobId);
    void rerunJob(const client::JobSummary& job);
    void cancelJob(const QString& jobId);
    void onJobEvent(const client::JobEvent& event);
    void wireWindow();
    void wireClient();

    std::unique_ptr<client::TokenVault> m_vault;
    client::ProfileStore m_profiles;
    std::unique_ptr<client::ServerConnection> m_connection;
    std::unique_ptr<client::FunctionsClient> m_functions;
    std::unique_ptr<client::LocalServer> m_localServer;
    std::unique_ptr<models::CatalogModel> m_catalog;
    std::unique_ptr<models::JobsModel> m_jobs;
    std::unique_ptr<models::InvokeController> m_invoke;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ConsolePages> m_pages; // after the window: its pages are the window's
    QPointer<ui::LoginDialog> m_login;
    client::Scope m_scope;
    QString m_pendingUser; // signing in with the local server once it is ready
    QString m_pendingPassword;
};

} // namespace croupier::console
