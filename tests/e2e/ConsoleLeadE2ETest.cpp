// The ops person's and the leads' journeys end to end: real ConsoleApps (one per person, all
// offscreen in this process) signed in to a real croupier-server process with real demo agent
// processes.
#include "ConsoleSession.h"

#include "croupier/models/AgentsModel.h"
#include "croupier/models/ApprovalsController.h"
#include "croupier/models/AuditController.h"
#include "croupier/models/AuditModel.h"
#include "croupier/models/InvokeController.h"
#include "croupier/models/RegistrationsController.h"
#include "croupier/ui/ApprovalDecisionDialog.h"
#include "croupier/ui/ApprovalsPage.h"
#include "croupier/ui/AuditPage.h"
#include "croupier/ui/RegistrationsPage.h"

#include <QLabel>

using namespace croupier;
using croupier::testing::signInConsole;

namespace {

const std::string kServerBin = CROUPIER_SERVER_BIN;
const std::string kAgentBin = CROUPIER_DEMO_AGENT_BIN;
const QString kPassword = QStringLiteral("e2e-password-1");

croupier::testing::ProcessBackend* backend = nullptr; // one server for the whole suite

class ConsoleLeadE2ETest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::string pw = kPassword.toStdString();
        backend = new croupier::testing::ProcessBackend(
            kServerBin, kAgentBin, 100,
            {{"gm", "gm", pw}, {"lead1", "lead", pw}, {"lead2", "lead", pw}, {"ops", "ops", pw}});
    }
    static void TearDownTestSuite() {
        delete backend;
        backend = nullptr;
    }

    static std::unique_ptr<console::ConsoleApp> as(const QString& user) {
        return signInConsole(*backend, user, kPassword);
    }

    // `lead` approves `approvalId` on their Approvals page, with a comment.
    static void approveOnPage(console::ConsoleApp& lead, const QString& approvalId) {
        ui::ApprovalsPage& page = lead.pages().approvalsPage();
        lead.window().showPage(&page);
        ASSERT_TRUE(QTest::qWaitFor([&] { return page.selectApproval(approvalId); }, 15000))
            << "the request never reached " << lead.connection().user().username.toStdString();
        auto* approve = page.findChild<QPushButton*>("approvePushButton");
        ASSERT_TRUE(QTest::qWaitFor([&] { return approve->isEnabled(); }, 5000))
            << page.blockedReason().toStdString();
        QTest::mouseClick(approve, Qt::LeftButton);
        ui::ApprovalDecisionDialog* dialog = page.decisionDialog();
        ASSERT_NE(dialog, nullptr);
        dialog->setText(QStringLiteral("checked the report"));
        QSignalSpy finished(&lead.pages().approvals(),
                            &models::ApprovalsController::actionFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>("confirmDecisionPushButton"),
                          Qt::LeftButton);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(15000));
        EXPECT_TRUE(finished.last().first().toBool()) << page.outcomeText().toStdString();
    }
};

TEST_F(ConsoleLeadE2ETest, AnAgentStartedThenKilledGoesOnlineThenOfflineWithoutAnyClick) {
    auto ops = as(QStringLiteral("ops"));
    ui::RegistrationsPage& page = ops->pages().registrationsPage();
    ops->window().showPage(&page);
    ASSERT_EQ(ops->window().currentPage(), &page) << "ops may see Registrations";
    models::AgentsModel& agents = *ops->pages().registrations().agents();
    using Status = models::AgentsModel::Status;

    backend->startAgent("e2e-agent-2");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return agents.statusOf(QStringLiteral("e2e-agent-2")) == Status::Online; }, 60000))
        << "status " << int(agents.statusOf(QStringLiteral("e2e-agent-2"))) << ", rows "
        << agents.rowCount() << ", link "
        << ops->pages().registrations().linkText().toStdString() << "\n"
        << backend->agentErrors();
    const int row = agents.rowOf(QStringLiteral("e2e-agent-2"));
    EXPECT_EQ(agents.index(row, 0).data(models::AgentsModel::AgentIdRole).toString(),
              QStringLiteral("e2e-agent-2"));

    backend->killAgent("e2e-agent-2");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return agents.statusOf(QStringLiteral("e2e-agent-2")) == Status::Offline; },
        60000))
        << "the killed agent never went offline on the page";
    EXPECT_EQ(agents.rowOf(QStringLiteral("e2e-agent-2")), row) << "one row, no ghost";
    EXPECT_EQ(agents.statusOf(QStringLiteral("demo-1")), Status::Online);
}

TEST_F(ConsoleLeadE2ETest, TwoLeadsApproveABanTheGmFollowsItAndTheAuditShowsEveryStep) {
    auto gm = as(QStringLiteral("gm"));
    auto lead1 = as(QStringLiteral("lead1"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto f = gm->catalog().functionById(QStringLiteral("player.ban"));
            return f && f->available();
        },
        30000));

    // The GM asks for a ban (threshold 2).
    croupier::testing::openFunction(*gm, QStringLiteral("player.ban"));
    croupier::testing::typeInto(*gm, QStringLiteral("/player_id"), QStringLiteral("player_1003"));
    auto* confirm = croupier::testing::clickRunAndWaitForConfirm(*gm);
    ASSERT_NE(confirm, nullptr);
    croupier::testing::confirmByTyping(confirm, QStringLiteral("player_1003"));
    models::InvokeController& invoke = gm->invoke();
    using Stage = models::InvokeController::ApprovalStage;
    ASSERT_TRUE(QTest::qWaitFor([&] { return invoke.approvalStage() == Stage::Pending; }, 15000));
    const QString id = invoke.approvalId();
    ASSERT_FALSE(id.isEmpty());

    // The first lead sees it waiting (badge) and approves.
    ASSERT_TRUE(QTest::qWaitFor([&] { return lead1->pages().approvals().actionableCount() > 0; },
                                15000));
    EXPECT_TRUE(lead1->window().pageTitle(&lead1->pages().approvalsPage()).contains("("))
        << lead1->window().pageTitle(&lead1->pages().approvalsPage()).toStdString();
    approveOnPage(*lead1, id);

    // The GM cannot approve their own request; the page says why.
    ui::ApprovalsPage& gmPage = gm->pages().approvalsPage();
    gm->window().showPage(&gmPage);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gmPage.selectApproval(id); }, 15000));
    EXPECT_FALSE(gmPage.findChild<QPushButton*>("approvePushButton")->isEnabled());
    EXPECT_FALSE(gmPage.blockedReason().isEmpty());
    EXPECT_EQ(invoke.approvalStage(), Stage::Pending) << "one approval of two";

    // The second lead approves: the job runs and the GM's page follows it to the end.
    auto lead2 = as(QStringLiteral("lead2"));
    approveOnPage(*lead2, id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return invoke.approvalStage() == Stage::Completed; }, 30000))
        << "stage " << int(invoke.approvalStage()) << ": "
        << gm->window().invokePage()->approvalText().toStdString();
    gm->window().showInvokePage();
    EXPECT_TRUE(gm->window().invokePage()->approvalText().contains(id))
        << gm->window().invokePage()->approvalText().toStdString();

    // The audit page (a lead's) shows the steps in order, and the chain verifies.
    ui::AuditPage& auditPage = lead2->pages().auditPage();
    lead2->window().showPage(&auditPage);
    models::AuditModel& audit = lead2->pages().auditModel();
    client::AuditQuery query;
    query.action = QStringLiteral("approval.");
    audit.setQuery(query);
    QStringList steps;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            steps.clear();
            for (int row = audit.rowCount() - 1; row >= 0; --row) { // newest first on screen
                const auto record = audit.recordAt(row);
                if (record && record->target == id) {
                    steps << record->action + ":" + record->actor;
                }
            }
            return steps.size() >= 4;
        },
        15000))
        << steps.join(", ").toStdString();
    EXPECT_EQ(steps, (QStringList{"approval.create:gm", "approval.approve:lead1",
                                  "approval.approve:lead2", "approval.execute:lead2"}))
        << steps.join(", ").toStdString();
    QSignalSpy verified(&lead2->pages().audit(), &models::AuditController::verifyFinished);
    QTest::mouseClick(auditPage.findChild<QPushButton*>("verifyChainPushButton"), Qt::LeftButton);
    ASSERT_TRUE(verified.wait(30000));
    EXPECT_TRUE(verified.first().first().toBool()) << verified.first().at(1).toString().toStdString();
    EXPECT_FALSE(auditPage.findChild<QLabel*>("verifyResultLabel")->text().isEmpty());
}

} // namespace
