#include "ConsoleApp.h"

#include "croupier/ui/InvokePage.h"
#include "croupier/ui/JobPanel.h"
#include "croupier/ui/JobsPage.h"
#include "croupier/ui/MainWindow.h"

#include <QDateTime>
#include <QSettings>
#include <QStatusBar>

namespace croupier::console {
namespace {

using client::CallError;
using client::Reply;

QString profileLabel(const client::ConnectionProfile& p) {
    return p.isLocal ? ConsoleApp::tr("Local server (bundled)")
                     : QStringLiteral("%1 (%2)").arg(p.name, p.address);
}

// A job's payload as the server keeps it, without the masked values (asked again on re-run).
nlohmann::json withoutMasked(const nlohmann::json& payload) {
    if (payload.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [key, value] : payload.items()) {
            if (value != core::kMaskedValue) {
                out[key] = withoutMasked(value);
            }
        }
        return out;
    }
    if (payload.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : payload) {
            out.push_back(withoutMasked(item));
        }
        return out;
    }
    return payload;
}

} // namespace

ConsoleApp::ConsoleApp(std::unique_ptr<client::TokenVault> vault, QObject* parent)
    : QObject(parent)
    , m_vault(std::move(vault))
    , m_connection(std::make_unique<client::ServerConnection>(*m_vault))
    , m_functions(std::make_unique<client::FunctionsClient>(*m_connection))
    , m_localServer(std::make_unique<client::LocalServer>())
    , m_catalog(std::make_unique<models::CatalogModel>())
    , m_jobs(std::make_unique<models::JobsModel>())
    , m_invoke(std::make_unique<models::InvokeController>(*m_functions)) {
    m_window = std::make_unique<ui::MainWindow>(*m_catalog, *m_jobs, *m_invoke);
    m_pages = std::make_unique<ConsolePages>(*m_connection, *m_window, *m_invoke);
    wireWindow();
    wireClient();
}

ConsoleApp::~ConsoleApp() {
    delete m_login.data();
    m_window.reset(); // widgets go before the models they bind to
}

void ConsoleApp::start(const StartOptions& options) {
    if (options.profile) {
        m_profiles.save(*options.profile);
        m_profiles.setLastUsed(options.profile->name);
    }
    if (!options.username.isEmpty()) {
        m_profiles.setLastUser(m_profiles.lastUsed(), options.username);
    }
    m_window->restoreLayout();
    m_window->show();
    showLogin();
    if (!options.password.isEmpty() && !options.username.isEmpty()) {
        onLoginRequested(m_profiles.lastUsed(), options.username, options.password);
    }
}

void ConsoleApp::wireWindow() {
    auto& w = *m_window;
    connect(&w, &ui::MainWindow::functionActivated, this, &ConsoleApp::openFunction);
    connect(&w, &ui::MainWindow::scopeChanged, this, &ConsoleApp::selectScope);
    connect(&w, &ui::MainWindow::jobCancelRequested, this, &ConsoleApp::cancelJob);
    connect(&w, &ui::MainWindow::jobPanelClosed, this,
            [this](const QString& jobId) { m_functions->stopJobEvents(jobId); });
    connect(&w, &ui::MainWindow::signOutRequested, this, [this] {
        m_functions->stopWatching();
        m_pages->stop();
        m_connection->logout([this](Reply<void>) { showLogin(); });
    });
    connect(&w, &ui::MainWindow::languageChosen, this, [this](const QString& language) {
        QSettings().setValue(QStringLiteral("ui/language"), language);
        m_window->statusBar()->showMessage(tr("The language changes the next time you start "
                                              "the console."),
                                           10000);
    });
    auto* jobsPage = w.jobsPage();
    connect(jobsPage, &ui::JobsPage::refreshRequested, this, &ConsoleApp::refreshJobs);
    connect(jobsPage, &ui::JobsPage::openRequested, this, &ConsoleApp::openJob);
    connect(jobsPage, &ui::JobsPage::rerunRequested, this, &ConsoleApp::rerunJob);
    connect(m_invoke.get(), &models::InvokeController::jobStarted, this, &ConsoleApp::onJobStarted);
    connect(m_pages.get(), &ConsolePages::jobOpenRequested, this,
            [this](const QString& jobId) { openJobById(jobId); });
}

void ConsoleApp::wireClient() {
    connect(m_connection.get(), &client::ServerConnection::stateChanged, m_window.get(),
            &ui::MainWindow::setConnectionState);
    connect(m_connection.get(), &client::ServerConnection::sessionExpired, this,
            [this](const QString& reason) { showLogin(reason); });
    connect(m_vault.get(), &client::TokenVault::keychainUnavailable, m_window.get(),
            &ui::MainWindow::setNotice);
    auto* f = m_functions.get();
    connect(f, &client::FunctionsClient::functionsReset, this, [this](const auto& functions) {
        m_catalog->setFunctions(functions);
        // The open form follows the new catalog: updated, or gone (say after a scope change).
        if (const auto open = m_invoke->function()) {
            if (const auto latest = m_catalog->functionById(open->id())) {
                m_invoke->functionUpdated(*latest);
            } else {
                m_invoke->functionRemoved(open->id());
            }
        }
        emit catalogLoaded(static_cast<int>(functions.size()));
    });
    connect(f, &client::FunctionsClient::functionChanged, this, [this](const auto& function) {
        m_catalog->upsertFunction(function);
        m_invoke->functionUpdated(function);
    });
    connect(f, &client::FunctionsClient::functionRemoved, this, [this](const QString& id) {
        m_catalog->removeFunction(id);
        m_invoke->functionRemoved(id);
    });
    connect(f, &client::FunctionsClient::watchFailed, this,
            [this](const CallError& error) { m_window->statusBar()->showMessage(error.message); });
    connect(f, &client::FunctionsClient::jobEvent, this, &ConsoleApp::onJobEvent);
    connect(m_localServer.get(), &client::LocalServer::progress, this, [this](const QString& m) {
        if (m_login) {
            m_login->setBusy(true, m);
        }
    });
    connect(m_localServer.get(), &client::LocalServer::adminPasswordCreated, this,
            [this](const QString& password) {
                if (m_login) {
                    m_login->setNotice(tr("A new local server was set up. Its administrator is "
                                          "\"admin\" with the password %1 — note it now, it is "
                                          "shown only once.")
                                           .arg(password));
                }
            });
    connect(m_localServer.get(), &client::LocalServer::failed, this, &ConsoleApp::signInFailed);
    connect(m_localServer.get(), &client::LocalServer::ready, this,
            [this](const client::ConnectionProfile& profile) {
                if (!m_pendingUser.isEmpty()) {
                    connectAndLogin(profile, m_pendingUser, m_pendingPassword);
                    m_pendingPassword.clear();
                }
            });
}

void ConsoleApp::showLogin(const QString& notice) {
    if (!m_login) {
        m_login = new ui::LoginDialog(m_window.get());
        connect(m_login, &ui::LoginDialog::loginRequested, this, &ConsoleApp::onLoginRequested);
    }
    QStringList names;
    QStringList labels;
    for (const auto& p : m_profiles.profiles()) {
        names << p.name;
        labels << profileLabel(p);
    }
    const QString last = m_profiles.lastUsed();
    m_login->setProfiles(names, labels, last);
    m_login->setUsername(m_profiles.lastUser(last));
    m_login->setBusy(false);
    m_login->setNotice(notice.isEmpty() && !m_vault->keychainAvailable()
                           ? client::TokenVault::unavailableNotice()
                           : notice);
    m_login->open();
}

void ConsoleApp::onLoginRequested(const QString& profileName, const QString& user,
                                  const QString& password) {
    const auto profile = m_profiles.profile(profileName);
    if (!profile) {
        m_login->setError(tr("No server profile named %1.").arg(profileName));
        return;
    }
    m_profiles.setLastUsed(profileName);
    m_profiles.setLastUser(profileName, user);
    if (!profile->isLocal) {
        connectAndLogin(*profile, user, password);
        return;
    }
    if (m_localServer->status() == client::LocalServer::Status::Running) {
        connectAndLogin(m_localServer->profile(), user, password);
        return;
    }
    m_pendingUser = user;
    m_pendingPassword = password;
    m_login->setBusy(true, tr("Starting the local server…"));
    m_localServer->start();
}

void ConsoleApp::connectAndLogin(const client::ConnectionProfile& profile, const QString& user,
                                 const QString& password) {
    if (m_login) {
        m_login->setBusy(true, tr("Signing in…"));
    }
    if (m_connection->profile() != profile ||
        m_connection->state() == client::ConnectionState::Offline) {
        if (auto connected = m_connection->connectTo(profile); !connected) {
            signInFailed(connected.error().message);
            return;
        }
    }
    m_connection->login(
        user, password,
        client::guarded<Reply<client::UserInfo>>(this, [this](Reply<client::UserInfo> reply) {
            if (!reply) {
                signInFailed(reply.error().message);
                return;
            }
            onSignedIn(*reply);
        }));
}

void ConsoleApp::signInFailed(const QString& message) {
    if (m_login) {
        m_login->setBusy(false);
        m_login->setError(message);
    }
}

void ConsoleApp::onSignedIn(const client::UserInfo& user) {
    if (m_login) {
        m_login->setBusy(false);
        m_login->accept();
    }
    m_window->setUser(user);
    m_catalog->setUser(user);
    m_invoke->setUser(user);
    m_pages->start(user);
    loadScopes();
    emit signedIn(user);
}

void ConsoleApp::loadScopes() {
    m_connection->availableScopes(client::guarded<Reply<QList<client::Scope>>>(
        this, [this](Reply<QList<client::Scope>> reply) {
            if (!reply) {
                m_window->statusBar()->showMessage(reply.error().message);
                return;
            }
            QList<client::Scope> scopes = *reply;
            const QString profile = m_connection->profile().name;
            client::Scope scope = m_profiles.lastScope(profile).value_or(client::Scope{});
            if (!scopes.contains(scope)) {
                scope = scopes.isEmpty() ? client::Scope{} : scopes.first();
            }
            m_window->setScopes(scopes, scope);
            if (!scopes.isEmpty()) {
                selectScope(scope);
            }
        }));
}

void ConsoleApp::selectScope(const client::Scope& scope) {
    m_scope = scope;
    m_profiles.setLastScope(m_connection->profile().name, scope);
    m_invoke->setScope(scope);
    m_functions->watchRegistrations(scope);
    refreshJobs();
}

void ConsoleApp::refreshJobs() {
    client::JobQuery query;
    query.scope = m_scope;
    m_functions->listJobs(
        query, client::guarded<Reply<client::JobPage>>(this, [this](Reply<client::JobPage> page) {
            if (page) {
                m_jobs->setJobs(page->jobs);
            } else {
                m_window->statusBar()->showMessage(page.error().message);
            }
        }));
}

void ConsoleApp::openFunction(const QString& functionId) {
    if (auto f = m_catalog->functionById(functionId)) {
        if (!m_invoke->function() || m_invoke->function()->id() != functionId) {
            m_invoke->open(*f);
        }
    }
}

void ConsoleApp::onJobStarted(const QString& jobId, const client::FunctionInfo& function,
                              const nlohmann::json& payload) {
    client::JobSummary job;
    job.jobId = jobId;
    job.gameId = m_scope.gameId;
    job.env = m_scope.env;
    job.functionId = function.id();
    job.status = client::JobStatus::Pending;
    job.payload = payload;
    job.requester = m_connection->user().username;
    job.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_jobs->upsertJob(job);
    openJob(job);
}

void ConsoleApp::openJob(const client::JobSummary& job) {
    const auto f = m_catalog->functionById(job.functionId);
    const QString title = f && !f->descriptor->name().empty()
                              ? QString::fromStdString(f->descriptor->name())
                              : job.functionId;
    const nlohmann::json resultSchema =
        f && f->descriptor->result() ? f->descriptor->result()->json() : nlohmann::json();
    auto* panel = m_window->openJobPanel(job.jobId, title, resultSchema);
    panel->setSummary(job);
    if (!m_functions->streamingJob(job.jobId)) {
        m_functions->streamJobEvents(job.jobId, 0);
    }
}

void ConsoleApp::openJobById(const QString& jobId) {
    m_functions->getJob(jobId, client::guarded<Reply<client::JobSummary>>(
                                   this, [this](Reply<client::JobSummary> job) {
                                       if (job) {
                                           m_jobs->upsertJob(*job);
                                           openJob(*job);
                                       } else {
                                           m_window->statusBar()->showMessage(
                                               job.error().message, 10000);
                                       }
                                   }));
}

void ConsoleApp::rerunJob(const client::JobSummary& job) {
    const auto f = m_catalog->functionById(job.functionId);
    if (!f) {
        m_window->statusBar()->showMessage(
            tr("%1 is not registered in this scope any more.").arg(job.functionId), 10000);
        return;
    }
    m_window->selectFunction(job.functionId);
    m_invoke->open(*f);
    m_window->invokePage()->prefill(withoutMasked(job.payload));
    m_window->showInvokePage();
}

void ConsoleApp::cancelJob(const QString& jobId) {
    if (auto* panel = m_window->jobPanel(jobId)) {
        panel->setCancelling(true);
    }
    m_functions->cancelJob(jobId, tr("canceled from the console"),
                           client::guarded<Reply<client::JobStatus>>(
                               this, [this, jobId](Reply<client::JobStatus> reply) {
                                   if (reply) {
                                       return; // the stream's final event ends the panel
                                   }
                                   if (auto* panel = m_window->jobPanel(jobId)) {
                                       panel->setCancelling(false);
                                   }
                                   m_window->statusBar()->showMessage(reply.error().message, 10000);
                               }));
}

void ConsoleApp::onJobEvent(const client::JobEvent& event) {
    m_jobs->applyEvent(event);
    if (auto* panel = m_window->jobPanel(event.jobId)) {
        panel->applyEvent(event);
    }
}

} // namespace croupier::console
