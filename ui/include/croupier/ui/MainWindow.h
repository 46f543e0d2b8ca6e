#pragma once
// The console's main window: the scope picker, the searchable function catalog (left), the
// Invoke and Jobs pages (right) plus pages the wiring adds (Registrations, Approvals, Audit:
// shown only to users holding their permission, the catalog hidden while they are on screen,
// Ctrl+3… to reach them, a count badge on the tab), job panels (a dock; closing one never stops
// its job), and a status bar with the connection state and the signed-in user. It binds to the models and
// emits what the user asks for; the wiring in app/ talks to the server. Geometry, splitter and
// dock state are saved on close and restored by restoreLayout(). GUI thread.

#include "croupier/client/ConnectionState.h"
#include "croupier/client/UserInfo.h"

#include <QMainWindow>

#include <nlohmann/json.hpp>

class QComboBox;
class QDockWidget;
class QLabel;
class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace croupier::models {
class CatalogFilterModel;
class CatalogModel;
class InvokeController;
class JobsModel;
}

namespace croupier::ui {

class InvokePage;
class JobPanel;
class JobsPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(models::CatalogModel& catalog, models::JobsModel& jobs,
               models::InvokeController& invoke, QWidget* parent = nullptr);
    ~MainWindow() override;

    InvokePage* invokePage() const { return m_invokePage; }
    JobsPage* jobsPage() const { return m_jobsPage; }
    QTreeView* catalogView() const { return m_catalogView; }
    QLineEdit* searchLineEdit() const { return m_search; }

    void setConnectionState(client::ConnectionState state);
    void setUser(const client::UserInfo& user);
    void setScopes(const QList<client::Scope>& scopes, const client::Scope& current);
    client::Scope currentScope() const;
    void setNotice(const QString& notice); // e.g. no keychain; "" hides it
    QString connectionText() const;

    // The panel of `jobId`, created (and shown) if needed.
    JobPanel* openJobPanel(const QString& jobId, const QString& title,
                           const nlohmann::json& resultSchema);
    JobPanel* jobPanel(const QString& jobId) const;
    void showInvokePage();
    void showJobsPage();

    // Adds `page` (the window takes ownership) as a tab titled `title` (already translated),
    // reachable from the View menu with the next Ctrl+<digit>. It is shown only while the user
    // holds `permission` ("" = always).
    void addPage(QWidget* page, const QString& title, const QString& permission);
    // A count after the page's title ("Approvals (3)"); 0 removes it.
    void setPageBadge(QWidget* page, int count);
    QString pageTitle(QWidget* page) const; // the tab's text as shown, with its badge
    bool pageAvailable(QWidget* page) const;
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    void selectFunction(const QString& functionId);

    void restoreLayout();

signals:
    void scopeChanged(const croupier::client::Scope& scope);
    void functionActivated(const QString& functionId);
    void signOutRequested();
    void languageChosen(const QString& language); // "", "en" or "zh_CN"
    void jobCancelRequested(const QString& jobId);
    void jobPanelClosed(const QString& jobId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildCatalog(models::CatalogModel& catalog);
    void buildMenus();
    void buildJobDock();
    void onCatalogCurrentChanged(const QModelIndex& current);
    void onPageChanged();
    void applyPagePermissions();

    struct ExtraPage {
        QWidget* page = nullptr;
        QString title;
        QString permission;
        QAction* action = nullptr; // View menu entry
        int badge = 0;
    };

    models::CatalogFilterModel* m_filter = nullptr;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_catalogView = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_catalogPanel = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<ExtraPage> m_extraPages;
    client::UserInfo m_userInfo;
    QTabWidget* m_pages = nullptr;
    InvokePage* m_invokePage = nullptr;
    JobsPage* m_jobsPage = nullptr;
    QDockWidget* m_jobDock = nullptr;
    QTabWidget* m_jobTabs = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_notice = nullptr;
    client::ConnectionState m_state = client::ConnectionState::Offline;
};

} // namespace croupier::ui
