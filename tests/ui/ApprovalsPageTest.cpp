// ApprovalsPage bound to a real ApprovalsController whose client has no server: the inbox is fed
// through the client's own signals (as the watch would), and decisions reach the client, which
// answers "not connected" — enough to see every step a lead or a GM would: the views and the
// badge count, the details with masked parameters and decisions, buttons disabled with their
// reason, the non-modal confirmations (a rejection needs a reason), and "Open job".
#include "croupier/ui/ApprovalsPage.h"

#include "croupier/client/ApprovalsClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/ApprovalsController.h"
#include "croupier/ui/ApprovalDecisionDialog.h"
#include "croupier/ui/ApprovalDetailsView.h"

#include <QApplication>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using client::ApprovalInfo;
using client::ApprovalState;

ApprovalInfo approval(const QString& id, const QString& requester, bool canDecide,
                      const QString& why = {}) {
    ApprovalInfo a;
    a.approvalId = id;
    a.gameId = QStringLiteral("game");
    a.env = QStringLiteral("dev");
    a.functionId = QStringLiteral("player.ban");
    a.functionName = QStringLiteral("封禁玩家");
    a.requester = requester;
    a.state = ApprovalState::Pending;
    a.threshold = 2;
    a.approvals = 1;
    a.canDecide = canDecide;
    a.cannotDecideReason = why;
    a.riskLevel = core::RiskLevel::High;
    a.riskWarning = QStringLiteral("高风险操作,封禁后玩家无法登录");
    a.payload = {{"player_id", "p_123"}, {"duration", 24}, {"reason", core::kMaskedValue}};
    a.payloadHash = QString(64, QLatin1Char('a'));
    a.createdAtMs = QDateTime::currentMSecsSinceEpoch() - 120'000;
    a.expiresAtMs = a.createdAtMs + 86'400'000;
    a.decisions.append({QStringLiteral("lead2"), QStringLiteral("approve"),
                        QStringLiteral("checked the logs"), a.createdAtMs + 60'000});
    return a;
}

class ApprovalsPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        client::UserInfo user;
        user.username = QStringLiteral("lead1");
        controller.setUser(user);
        page.resize(1100, 640);
        page.show();
    }
    void feed(const QList<ApprovalInfo>& approvals) {
        emit approvalsClient.approvalsReset(approvals);
    }
    void select(const QString& id) { ASSERT_TRUE(page.selectApproval(id)); }
    QPushButton* button(const char* name) {
        auto* b = page.findChild<QPushButton*>(QString::fromLatin1(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    client::TokenVault vault{nullptr};
    client::ServerConnection connection{vault};
    client::ApprovalsClient approvalsClient{connection};
    models::ApprovalsController controller{approvalsClient};
    ApprovalsPage page{controller};
};

TEST_F(ApprovalsPageTest, TheViewsAndTheBadgeCountFollowTheInbox) {
    feed({approval("a1", "gm", true), approval("a2", "lead1", false, "you requested this call"),
          approval("a3", "gm2", true)});
    EXPECT_EQ(button("waitingForMePushButton")->text(), QStringLiteral("&Waiting for me (2)"));
    EXPECT_EQ(page.tableView()->model()->rowCount(), 2);
    QTest::mouseClick(button("myRequestsPushButton"), Qt::LeftButton);
    EXPECT_EQ(page.view(), ApprovalsPage::View::MyRequests);
    ASSERT_EQ(page.tableView()->model()->rowCount(), 1);
    EXPECT_EQ(page.tableView()->model()->index(0, 0).data(models::ApprovalsModel::ApprovalIdRole),
              "a2");
    QTest::mouseClick(button("allApprovalsPushButton"), Qt::LeftButton);
    EXPECT_EQ(page.tableView()->model()->rowCount(), 3);

    ApprovalInfo done = approval("a1", "gm", false);
    done.state = ApprovalState::Executed;
    emit approvalsClient.approvalChanged(done);
    EXPECT_EQ(button("waitingForMePushButton")->text(), QStringLiteral("&Waiting for me (1)"));
}

TEST_F(ApprovalsPageTest, DetailsShowTheFrozenParametersMaskedAndTheDecisions) {
    feed({approval("a1", "gm", true)});
    page.tableView()->selectRow(0);
    const auto* details = page.detailsView();
    EXPECT_TRUE(details->parametersText().contains("\"player_id\": \"p_123\""));
    EXPECT_TRUE(details->parametersText().contains(QStringLiteral("\"reason\": \"******\"")));
    EXPECT_EQ(details->riskWarning(), QStringLiteral("高风险操作,封禁后玩家无法登录"));
    EXPECT_TRUE(details->decisionsText().contains("lead2 approved at"));
    EXPECT_TRUE(details->decisionsText().contains("checked the logs"));
    EXPECT_EQ(details->stateText(), "Waiting for approvers");
    EXPECT_TRUE(button("approvePushButton")->isEnabled());
    EXPECT_TRUE(page.blockedReason().isEmpty());
}

TEST_F(ApprovalsPageTest, ButtonsAreDisabledWithTheReason) {
    ApprovalInfo decided = approval("a3", "gm", false, "it is rejected");
    decided.state = ApprovalState::Rejected;
    feed({approval("own", "lead1", false, "you requested this call; someone else must decide it"),
          decided,
          approval("role", "gm", false, "approving player.ban needs one of the roles: admin")});
    page.setView(ApprovalsPage::View::All);

    select("own");
    EXPECT_FALSE(button("approvePushButton")->isEnabled());
    EXPECT_FALSE(button("rejectPushButton")->isEnabled());
    EXPECT_TRUE(page.blockedReason().contains("You requested this call"));
    EXPECT_TRUE(button("cancelRequestPushButton")->isVisible());
    EXPECT_TRUE(button("cancelRequestPushButton")->isEnabled());
    page.approveSelected(); // forced: nothing opens
    EXPECT_EQ(page.decisionDialog(), nullptr);

    select("a3");
    EXPECT_FALSE(button("approvePushButton")->isEnabled());
    EXPECT_TRUE(page.blockedReason().contains("already decided"));
    EXPECT_FALSE(button("cancelRequestPushButton")->isVisible());

    select("role");
    EXPECT_FALSE(button("rejectPushButton")->isEnabled());
    EXPECT_TRUE(page.blockedReason().contains("roles: admin"));
    EXPECT_EQ(button("rejectPushButton")->toolTip(), page.blockedReason());
}

TEST_F(ApprovalsPageTest, ApproveAsksForConfirmationThenReportsTheOutcome) {
    feed({approval("a1", "gm", true)});
    select("a1");
    QTest::mouseClick(button("approvePushButton"), Qt::LeftButton);
    ApprovalDecisionDialog* dialog = page.decisionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->decision(), ApprovalDecisionDialog::Decision::Approve);
    EXPECT_TRUE(dialog->confirmEnabled()); // the comment is optional
    EXPECT_TRUE(dialog->message().contains("requested by gm"));
    auto* payload = dialog->findChild<QPlainTextEdit*>("decisionPayloadPlainTextEdit");
    ASSERT_NE(payload, nullptr);
    EXPECT_TRUE(payload->toPlainText().contains("******"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("decisionTextPlainTextEdit"), "fine");
    QTest::mouseClick(dialog->findChild<QPushButton*>("confirmDecisionPushButton"), Qt::LeftButton);
    // No server here: the client answers "not connected", and the page says so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.outcomeText().isEmpty(); }, 5000));
    EXPECT_TRUE(page.outcomeText().startsWith("Could not approve: "))
        << page.outcomeText().toStdString();
    EXPECT_EQ(page.decisionDialog(), nullptr);
}

TEST_F(ApprovalsPageTest, ARejectionCannotBeConfirmedWithoutAReason) {
    feed({approval("a1", "gm", true)});
    select("a1");
    QTest::mouseClick(button("rejectPushButton"), Qt::LeftButton);
    ApprovalDecisionDialog* dialog = page.decisionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->reasonRequired());
    EXPECT_FALSE(dialog->confirmEnabled());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->accept(); // Ctrl+Enter or anything else: refused
    EXPECT_EQ(accepted.size(), 0);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("decisionTextPlainTextEdit"), "   ");
    EXPECT_FALSE(dialog->confirmEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("decisionTextPlainTextEdit"), "wrong id");
    EXPECT_TRUE(dialog->confirmEnabled());
    EXPECT_EQ(dialog->text(), "wrong id");
    QTest::keyClick(dialog, Qt::Key_Escape); // changed their mind: nothing is sent
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.decisionDialog() == nullptr; }, 2000));
    EXPECT_TRUE(page.outcomeText().isEmpty());
}

TEST_F(ApprovalsPageTest, AnExecutedApprovalOpensItsJob) {
    ApprovalInfo ran = approval("a1", "gm", false, "it is executed");
    ran.state = ApprovalState::Executed;
    ran.jobId = QStringLiteral("job-42");
    feed({ran});
    page.setView(ApprovalsPage::View::All);
    select("a1");
    QSignalSpy open(&page, &ApprovalsPage::jobOpenRequested);
    ASSERT_TRUE(button("openJobPushButton")->isVisible());
    QTest::mouseClick(button("openJobPushButton"), Qt::LeftButton);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), "job-42");
    EXPECT_EQ(open.at(0).at(1).toString(), QStringLiteral("封禁玩家"));
    if (qEnvironmentVariableIsSet("CROUPIER_APPROVALS_SHOT")) {
        feed({ran, approval("a2", "gm", true), approval("a3", "lead1", false, "you requested")});
        select("a2");
        QApplication::processEvents(); // lay out the new texts before the shot
        page.grab().save(qEnvironmentVariable("CROUPIER_APPROVALS_SHOT"));
    }
}

} // namespace
} // namespace croupier::ui
