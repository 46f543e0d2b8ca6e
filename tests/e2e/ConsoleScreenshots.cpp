// croupier-console-screenshots: renders the console's main pages offscreen to PNG files for the
// README's tour, signed in to a real server with real demo agents (as the e2e tests are).
//   croupier-console-screenshots OUTPUT_DIR [--language en|zh_CN]
// Files: catalog-invoke.png (player.ban's form), confirm.png (its confirmation),
// jobs.png (the Jobs page with a running export and its job panel), as admin;
// registrations.png (the agents of two demo agents, as ops); approvals.png (a GM's pending
// player.ban selected in a lead's inbox) and audit.png (the newest records with the GM's
// request selected, as that lead).
#include "ConsolePages.h"
#include "ConsoleSession.h"
#include "ProcessBackend.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/AgentsModel.h"
#include "croupier/models/AuditModel.h"
#include "croupier/models/InvokeController.h"
#include "croupier/models/RegistrationsController.h"
#include "croupier/ui/ApprovalsPage.h"
#include "croupier/ui/AuditPage.h"
#include "croupier/ui/ConfirmDialog.h"
#include "croupier/ui/InvokePage.h"
#include "croupier/ui/MainWindow.h"
#include "croupier/ui/RegistrationsPage.h"
#include "croupier/ui/SchemaForm.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <cstdio>
#include <exception>
#include <memory>

using namespace croupier;

namespace {

const QString kPassword = QStringLiteral("screenshots-password-1"); // gm, lead1 and ops
const QString kSecondAgent = QStringLiteral("demo-2");

bool save(QWidget& widget, const QDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

bool waitUntil(const std::function<bool()>& pred, int ms = 20000) {
    return QTest::qWaitFor(pred, ms);
}

bool fail(const char* what) {
    std::fprintf(stderr, "%s\n", what);
    return false;
}

// Signs in as `username` with a 1280x800 window; nullptr (and a message) when it does not.
std::unique_ptr<console::ConsoleApp> signIn(const croupier::testing::ProcessBackend& backend,
                                            const QString& username, const QString& password) {
    try {
        auto app =
            croupier::testing::signInConsole(backend, username, password, QStringLiteral("Demo"));
        app->window().resize(1280, 800);
        return app;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return nullptr;
    }
}

bool waitForFunction(console::ConsoleApp& app, const QString& functionId) {
    return waitUntil([&] {
        auto f = app.catalog().functionById(functionId);
        return f && f->available();
    });
}

// Opens player.ban's form for `playerId`.
bool openBan(console::ConsoleApp& app, const QString& playerId) {
    if (!waitForFunction(app, QStringLiteral("player.ban"))) {
        return fail("the demo functions never showed up");
    }
    app.window().selectFunction("player.ban");
    waitUntil([&] { return app.invoke().function().has_value(); });
    auto* id = qobject_cast<QLineEdit*>(app.window().invokePage()->form()->editorFor("/player_id"));
    if (id == nullptr) {
        return fail("player.ban's form has no /player_id");
    }
    id->setText(playerId);
    return true;
}

// As admin: catalog-invoke.png, confirm.png, jobs.png.
bool renderAdminPages(const croupier::testing::ProcessBackend& backend, const QDir& out) {
    auto app = signIn(backend, "admin", QString::fromStdString(backend.adminPassword()));
    if (!app || !openBan(*app, "player_1001")) {
        return false;
    }
    auto& window = app->window();
    auto* page = window.invokePage();
    QTest::qWait(300);
    bool ok = save(window, out, "catalog-invoke.png");
    page->submit();
    if (waitUntil([&] { return page->confirmDialog() != nullptr; }, 3000)) {
        QTest::qWait(200);
        ok = save(*page->confirmDialog(), out, "confirm.png") && ok;
        page->confirmDialog()->reject();
    }
    window.selectFunction("player.export");
    waitUntil([&] {
        return app->invoke().function() && app->invoke().function()->id() == "player.export";
    });
    QSignalSpy started(&app->invoke(), &models::InvokeController::jobStarted);
    app->invoke().submit(nlohmann::json{{"format", "csv"}}, true);
    started.wait(10000);
    QTest::qWait(2500);
    window.showJobsPage();
    QTest::qWait(300);
    return save(window, out, "jobs.png") && ok;
}

// As ops, with a second demo agent: registrations.png (the agents view).
bool renderRegistrations(croupier::testing::ProcessBackend& backend, const QDir& out) {
    auto ops = signIn(backend, "ops", kPassword);
    if (!ops) {
        return false;
    }
    backend.startAgent(kSecondAgent.toStdString());
    ui::RegistrationsPage& page = ops->pages().registrationsPage();
    ops->window().showPage(&page);
    page.setView(ui::RegistrationsPage::View::Agents);
    models::AgentsModel& agents = *ops->pages().registrations().agents();
    using Status = models::AgentsModel::Status;
    if (!waitUntil(
            [&] {
                return agents.statusOf("demo-1") == Status::Online &&
                       agents.statusOf(kSecondAgent) == Status::Online;
            },
            60000)) {
        std::fprintf(stderr, "both agents never showed online\n%s\n",
                     backend.agentErrors().c_str());
        return false;
    }
    page.selectAgent(kSecondAgent);
    QTest::qWait(1500); // the heartbeat column settles on "n s ago"
    return save(ops->window(), out, "registrations.png");
}

// As the GM: asks for a ban (player.ban needs two approvals); its approval id, "" on failure.
QString requestBan(console::ConsoleApp& gm) {
    if (!openBan(gm, "player_1003")) {
        return {};
    }
    ui::InvokePage& page = *gm.window().invokePage();
    page.submit();
    if (!waitUntil([&] { return page.confirmDialog() != nullptr; }, 3000)) {
        fail("no confirmation for the GM's ban");
        return {};
    }
    ui::ConfirmDialog& dialog = *page.confirmDialog();
    if (auto* typed = dialog.findChild<QLineEdit*>("confirmTargetLineEdit")) {
        typed->setText("player_1003"); // high risk: Confirm unlocks once the target is typed
    }
    auto* confirm = dialog.findChild<QPushButton*>("confirmPushButton");
    if (confirm == nullptr || !confirm->isEnabled()) {
        fail("the GM's confirmation stayed locked");
        return {};
    }
    QTest::mouseClick(confirm, Qt::LeftButton);
    using Stage = models::InvokeController::ApprovalStage;
    if (!waitUntil([&] { return gm.invoke().approvalStage() == Stage::Pending; }, 15000)) {
        fail("the GM's ban was never sent for approval");
        return {};
    }
    return gm.invoke().approvalId();
}

// As a lead: approvals.png with the GM's request `approvalId` selected.
bool renderApprovals(console::ConsoleApp& lead, const QString& approvalId, const QDir& out) {
    ui::ApprovalsPage& page = lead.pages().approvalsPage();
    lead.window().showPage(&page);
    if (!waitUntil([&] { return page.selectApproval(approvalId); }, 15000)) {
        return fail("the GM's request never reached the lead");
    }
    QTest::qWait(500);
    return save(lead.window(), out, "approvals.png");
}

// As a lead: audit.png, the newest records with the creation of `approvalId` selected.
bool renderAudit(console::ConsoleApp& lead, const QString& approvalId, const QDir& out) {
    ui::AuditPage& page = lead.pages().auditPage();
    lead.window().showPage(&page); // loads the newest records
    models::AuditModel& audit = lead.pages().auditModel();
    int row = -1;
    if (!waitUntil(
            [&] {
                for (row = 0; row < audit.rowCount(); ++row) {
                    const auto record = audit.recordAt(row);
                    if (record && record->action == "approval.create" &&
                        record->target == approvalId) {
                        return true;
                    }
                }
                return false;
            },
            15000)) {
        return fail("the audit never showed the GM's request");
    }
    page.view()->selectionModel()->setCurrentIndex(
        audit.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(500);
    return save(lead.window(), out, "audit.png");
}

bool renderLeadPages(const croupier::testing::ProcessBackend& backend, const QDir& out) {
    auto gm = signIn(backend, "gm", kPassword);
    auto lead = signIn(backend, "lead1", kPassword);
    if (!gm || !lead) {
        return false;
    }
    const QString approvalId = requestBan(*gm);
    if (approvalId.isEmpty()) {
        return false;
    }
    const bool ok = renderApprovals(*lead, approvalId, out);
    return renderAudit(*lead, approvalId, out) && ok;
}

int run(const QDir& out) {
    const std::string pw = kPassword.toStdString();
    try {
        croupier::testing::ProcessBackend backend(
            CROUPIER_SERVER_BIN, CROUPIER_DEMO_AGENT_BIN, 400,
            {{"gm", "gm", pw}, {"lead1", "lead", pw}, {"ops", "ops", pw}});
        bool ok = renderAdminPages(backend, out);
        ok = renderRegistrations(backend, out) && ok;
        ok = renderLeadPages(backend, out) && ok;
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "the backend failed: %s\n", e.what());
        return 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication qapp(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Croupier"));
    QApplication::setApplicationName(QStringLiteral("croupier-console-screenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.contains("--help") || args.contains("-h")) {
        std::printf("usage: croupier-console-screenshots OUTPUT_DIR [--language en|zh_CN]\n"
                    "  Starts croupier-server and two demo agents, signs the console in (admin,\n"
                    "  ops, gm, lead) and saves catalog-invoke.png, confirm.png, jobs.png,\n"
                    "  registrations.png, approvals.png and audit.png to OUTPUT_DIR.\n");
        return args.size() < 2 ? 2 : 0;
    }
    const int lang = static_cast<int>(args.indexOf("--language"));
    const QString language = lang > 0 && lang + 1 < args.size() ? args[lang + 1] : "en";
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    if (translator.load(QLocale(language), "croupier", "_", ":/i18n")) {
        QApplication::installTranslator(&translator);
    }
    QTranslator qtTranslator; // Qt's own strings (Cancel, OK)
    if (qtTranslator.load(QLocale(language), "qtbase", "_",
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QDir out(args[1]);
    out.mkpath(".");
    return run(out);
}
