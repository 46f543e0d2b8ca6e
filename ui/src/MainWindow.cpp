#include "croupier/ui/MainWindow.h"

#include "croupier/models/CatalogFilterModel.h"
#include "croupier/models/CatalogModel.h"
#include "croupier/ui/InvokePage.h"
#include "croupier/ui/JobPanel.h"
#include "croupier/ui/JobsPage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

QString scopeText(const client::Scope& s) {
    return QStringLiteral("%1 / %2").arg(s.gameId, s.env);
}

} // namespace

MainWindow::MainWindow(models::CatalogModel& catalog, models::JobsModel& jobs,
                       models::InvokeController& invoke, QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Croupier"));
    m_invokePage = new InvokePage(invoke);
    m_jobsPage = new JobsPage(jobs);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pagesTabWidget"));
    m_pages->addTab(m_invokePage, tr("&Invoke"));
    m_pages->addTab(m_jobsPage, tr("&Jobs"));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_catalogPanel = buildCatalog(catalog);
    m_splitter->addWidget(m_catalogPanel);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 860});
    setCentralWidget(m_splitter);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStateLabel"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("userLabel"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->hide();
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_notice, 1);
    statusBar()->addPermanentWidget(m_user);
    setConnectionState(client::ConnectionState::Offline);

    buildMenus();
    buildJobDock();
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCatalog(models::CatalogModel& catalog) {
    auto* panel = new QWidget;
    m_scope = new QComboBox(panel);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->setToolTip(tr("Game and environment"));
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("catalogSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search functions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_filter = new models::CatalogFilterModel(this);
    m_filter->setSourceModel(&catalog);
    m_catalogView = new QTreeView(panel);
    m_catalogView->setObjectName(QStringLiteral("catalogTreeView"));
    m_catalogView->setModel(m_filter);
    m_catalogView->setUniformRowHeights(true);
    m_catalogView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_catalogView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_catalogView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_catalogView->header()->setStretchLastSection(false);
    m_catalogView->expandAll();
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope);
    layout->addWidget(m_search);
    layout->addWidget(m_catalogView);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        m_catalogView->expandAll();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_catalogView, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_catalogView, &QTreeView::expandAll);
    connect(m_catalogView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCatalogCurrentChanged);
    connect(m_scope, &QComboBox::activated, this, [this] { emit scopeChanged(currentScope()); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    return panel;
}

void MainWindow::buildMenus() {
    auto* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    session->addSeparator();
    session->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(tr("&Functions"), QKeySequence(tr("Ctrl+1")), this,
                    &MainWindow::showInvokePage);
    view->addAction(tr("&Jobs"), QKeySequence(tr("Ctrl+2")), this, &MainWindow::showJobsPage);
    view->addSeparator();
    auto* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, label] : {std::pair{QString(), tr("System default")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")}}) {
        auto* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            emit languageChosen(code);
        });
    }
}

void MainWindow::buildJobDock() {
    m_jobDock = new QDockWidget(tr("Jobs in progress"), this);
    m_jobDock->setObjectName(QStringLiteral("jobDockWidget"));
    m_jobTabs = new QTabWidget(m_jobDock);
    m_jobTabs->setObjectName(QStringLiteral("jobPanelsTabWidget"));
    m_jobTabs->setTabsClosable(true);
    m_jobDock->setWidget(m_jobTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobDock);
    m_jobDock->hide();
    connect(m_jobTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto* panel = static_cast<JobPanel*>(m_jobTabs->widget(index));
        const QString jobId = panel->jobId();
        m_jobTabs->removeTab(index);
        panel->deleteLater(); // closing the panel never cancels the job
        if (m_jobTabs->count() == 0) {
            m_jobDock->hide();
        }
        emit jobPanelClosed(jobId);
    });
}

void MainWindow::onCatalogCurrentChanged(const QModelIndex& current) {
    const QString id = current.siblingAtColumn(0).data(models::CatalogModel::FunctionIdRole)
                           .toString();
    if (!id.isEmpty()) {
        emit functionActivated(id);
        showInvokePage();
    }
}

void MainWindow::selectFunction(const QString& functionId) {
    const QModelIndex source = static_cast<models::CatalogModel*>(m_filter->sourceModel())
                                   ->indexOf(functionId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid()) {
        m_catalogView->setCurrentIndex(index);
    }
}

void MainWindow::setConnectionState(client::ConnectionState state) {
    m_state = state;
    using S = client::ConnectionState;
    QString text;
    QString colour;
    switch (state) {
    case S::Connected:
        text = tr("● Connected");
        colour = QStringLiteral("#2e7d32");
        break;
    case S::Connecting:
        text = tr("● Connecting…");
        colour = QStringLiteral("#f9a825");
        break;
    case S::Reconnecting:
        text = tr("● Reconnecting…");
        colour = QStringLiteral("#f9a825");
        break;
    case S::Offline:
        text = tr("● Offline");
        colour = QStringLiteral("#c62828");
        break;
    }
    m_connection->setText(text);
    m_connection->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

QString MainWindow::connectionText() const {
    return m_connection->text();
}

void MainWindow::setUser(const client::UserInfo& user) {
    m_userInfo = user;
    applyPagePermissions();
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_user->setText(user.username.isEmpty()
                        ? tr("Not signed in")
                        : tr("%1 (%2)").arg(name, user.roles.join(QStringLiteral(", "))));
}

void MainWindow::setScopes(const QList<client::Scope>& scopes, const client::Scope& current) {
    m_scope->clear();
    for (const auto& s : scopes) {
        m_scope->addItem(scopeText(s), QStringList{s.gameId, s.env});
    }
    const int at = static_cast<int>(scopes.indexOf(current));
    m_scope->setCurrentIndex(at >= 0 ? at : 0);
}

client::Scope MainWindow::currentScope() const {
    const QStringList parts = m_scope->currentData().toStringList();
    return parts.size() == 2 ? client::Scope{parts[0], parts[1]} : client::Scope{};
}

void MainWindow::setNotice(const QString& notice) {
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

JobPanel* MainWindow::openJobPanel(const QString& jobId, const QString& title,
                                   const nlohmann::json& resultSchema) {
    JobPanel* panel = jobPanel(jobId);
    if (panel == nullptr) {
        panel = new JobPanel;
        panel->setResultSchema(resultSchema);
        panel->setJob(jobId, title);
        connect(panel, &JobPanel::cancelRequested, this, &MainWindow::jobCancelRequested);
        m_jobTabs->addTab(panel, title);
    }
    m_jobTabs->setCurrentWidget(panel);
    m_jobDock->show();
    m_jobDock->raise();
    return panel;
}

JobPanel* MainWindow::jobPanel(const QString& jobId) const {
    for (int i = 0; i < m_jobTabs->count(); ++i) {
        auto* panel = static_cast<JobPanel*>(m_jobTabs->widget(i));
        if (panel->jobId() == jobId) {
            return panel;
        }
    }
    return nullptr;
}

void MainWindow::showInvokePage() {
    m_pages->setCurrentWidget(m_invokePage);
}

void MainWindow::showJobsPage() {
    m_pages->setCurrentWidget(m_jobsPage);
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& permission) {
    // Ctrl+1 and Ctrl+2 are Functions and Jobs; the added pages follow.
    const int number = 3 + static_cast<int>(m_extraPages.size());
    auto* action = new QAction(title, this);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_viewMenu->insertAction(m_viewMenu->actions().value(number - 1), action);
    m_extraPages.append({page, title, permission, action, 0});
    m_pages->addTab(page, title);
    applyPagePermissions();
}

void MainWindow::setPageBadge(QWidget* page, int count) {
    for (auto& extra : m_extraPages) {
        if (extra.page == page) {
            extra.badge = count;
            const int index = m_pages->indexOf(page);
            m_pages->setTabText(index, count > 0 ? tr("%1 (%2)").arg(extra.title).arg(count)
                                                 : extra.title);
        }
    }
}

QString MainWindow::pageTitle(QWidget* page) const {
    return m_pages->tabText(m_pages->indexOf(page));
}

bool MainWindow::pageAvailable(QWidget* page) const {
    return m_pages->isTabVisible(m_pages->indexOf(page));
}

void MainWindow::showPage(QWidget* page) {
    if (pageAvailable(page)) {
        m_pages->setCurrentWidget(page);
    }
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::applyPagePermissions() {
    for (const auto& extra : m_extraPages) {
        const bool allowed = extra.permission.isEmpty() ||
                             m_userInfo.hasPermission(extra.permission);
        m_pages->setTabVisible(m_pages->indexOf(extra.page), allowed);
        extra.action->setEnabled(allowed);
    }
    onPageChanged();
}

void MainWindow::onPageChanged() {
    // The catalog belongs to the Invoke and Jobs pages; the other pages are wide tables.
    QWidget* current = m_pages->currentWidget();
    m_catalogPanel->setVisible(current == m_invokePage || current == m_jobsPage);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace croupier::ui
