// ApprovalsModel, ApprovalsFilterModel and ApprovalsController: the model's texts and rows
// (QAbstractItemModelTester), then, against a real server, the navigation badge count, the
// "new approval" notification (never for one's own request, never for the first snapshot), the
// three views, decisions with their outcome sentences, and the GM's InvokeController following
// their own request from pending to a completed job without a refresh.
#include "croupier/models/ApprovalsModel.h"

#include "ApprovalsTestSupport.h"
#include "croupier/models/ApprovalsController.h"
#include "croupier/models/ApprovalsFilterModel.h"
#include "croupier/models/InvokeController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace croupier::client;
using namespace croupier::models;
using croupier::testing::ApprovalSession;
using croupier::testing::ApprovalWorld;
using croupier::testing::awaitReply;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

ApprovalInfo sample(const QString& id, const QString& requester, bool canDecide) {
    ApprovalInfo a;
    a.approvalId = id;
    a.functionId = QStringLiteral("player.ban");
    a.functionName = QStringLiteral("Ban player");
    a.requester = requester;
    a.state = ApprovalState::Pending;
    a.threshold = 2;
    a.approvals = 1;
    a.canDecide = canDecide;
    a.riskLevel = croupier::core::RiskLevel::High;
    a.createdAtMs = kNow - 5 * 60'000;
    a.expiresAtMs = kNow + 3 * 3'600'000;
    return a;
}

QString cell(const QAbstractItemModel& m, int row, int column) {
    return m.index(row, column).data().toString();
}

TEST(ApprovalsModelTest, RowsShowWhatALeadNeedsToDecide) {
    ApprovalsModel model(nullptr, [] { return kNow; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApprovals({sample("a1", "gm", true), sample("a2", "lead1", false)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, ApprovalsModel::FunctionColumn), "Ban player");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::RequesterColumn), "gm");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::RiskColumn), "High");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::AgeColumn), "5 min");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::ApprovalsColumn), "1 / 2");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::ExpiresColumn), "in 3 h");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::StateColumn), "Waiting for approvers");
    EXPECT_EQ(model.actionableCount(), 1);

    ApprovalInfo decided = sample("a1", "gm", false);
    decided.state = ApprovalState::Executed;
    decided.approvals = 2;
    EXPECT_FALSE(model.upsertApproval(decided)); // known: updated in place
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, ApprovalsModel::ApprovalsColumn), "2 / 2");
    EXPECT_EQ(cell(model, 0, ApprovalsModel::StateColumn), "Approved and run");
    EXPECT_EQ(model.actionableCount(), 0);
    EXPECT_TRUE(model.upsertApproval(sample("a3", "gm", true)));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.approval("a3")->approvalId, "a3");
    EXPECT_EQ(model.index(2, 0).data(ApprovalsModel::ApprovalRole).value<ApprovalInfo>().requester,
              "gm");
}

TEST(ApprovalsModelTest, WhyTheUserCannotDecideIsSpelledOut) {
    ApprovalInfo own = sample("a1", "gm", false);
    own.cannotDecideReason = QStringLiteral("you requested this call; someone else must decide it");
    EXPECT_TRUE(ApprovalsModel::cannotDecideText(own, "gm").contains("You requested this call"));
    ApprovalInfo approved = sample("a1", "gm", false);
    approved.decisions.append({"lead1", "approve", {}, kNow});
    EXPECT_EQ(ApprovalsModel::cannotDecideText(approved, "lead1"), "You have already approved it.");
    ApprovalInfo rejected = sample("a1", "gm", false);
    rejected.state = ApprovalState::Rejected;
    EXPECT_TRUE(ApprovalsModel::cannotDecideText(rejected, "lead1").contains("already decided"));
    ApprovalInfo noRole = sample("a1", "gm", false);
    noRole.cannotDecideReason =
        QStringLiteral("approving player.ban needs one of the roles: admin");
    EXPECT_TRUE(ApprovalsModel::cannotDecideText(noRole, "lead1").contains("roles: admin"));
    EXPECT_TRUE(ApprovalsModel::cannotDecideText(sample("a1", "gm", true), "lead1").isEmpty());
}

TEST(ApprovalsModelTest, TheThreeViewsFilterRows) {
    ApprovalsModel model(nullptr, [] { return kNow; });
    ApprovalsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setUsername("lead1");
    ApprovalInfo older = sample("a2", "lead1", false);
    older.createdAtMs -= 60'000;
    model.setApprovals({sample("a1", "gm", true), older, sample("a3", "gm", false)});
    EXPECT_EQ(proxy.rowCount(), 1); // waiting for me
    EXPECT_EQ(proxy.index(0, 0).data(ApprovalsModel::ApprovalIdRole), "a1");
    proxy.setView(ApprovalsFilterModel::View::MyRequests);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(ApprovalsModel::ApprovalIdRole), "a2");
    proxy.setView(ApprovalsFilterModel::View::All);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(2, 0).data(ApprovalsModel::ApprovalIdRole), "a2"); // oldest last
}

class ApprovalsControllerTest : public ::testing::Test {
protected:
    ApprovalWorld world;
    std::unique_ptr<ApprovalSession> gm = world.session("gm");
    std::unique_ptr<ApprovalSession> lead1 = world.session("lead1");
    std::unique_ptr<ApprovalSession> lead2 = world.session("lead2");
};

TEST_F(ApprovalsControllerTest, BadgeCountsAndNotificationsFollowTheInbox) {
    const QString early = gm->requestBan(QStringLiteral("p0"));
    ApprovalsController lead(lead1->approvals);
    QAbstractItemModelTester tester(lead.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    lead.setUser(lead1->connection.user());
    ApprovalsController own(gm->approvals);
    own.setUser(gm->connection.user());
    QSignalSpy count(&lead, &ApprovalsController::actionableCountChanged);
    QSignalSpy arrived(&lead, &ApprovalsController::approvalArrived);
    QSignalSpy ownArrived(&own, &ApprovalsController::approvalArrived);
    lead.watch({});
    own.watch({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return lead.live() && own.live(); }, 10000));
    EXPECT_EQ(lead.actionableCount(), 1);
    EXPECT_EQ(own.actionableCount(), 0); // their own request is not theirs to decide
    EXPECT_EQ(arrived.size(), 0);        // the snapshot is not news

    const QString fresh = gm->requestBan(QStringLiteral("p1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return lead.actionableCount() == 2; }, 10000));
    ASSERT_EQ(arrived.size(), 1);
    EXPECT_EQ(arrived.at(0).at(0).value<ApprovalInfo>().approvalId, fresh);
    EXPECT_EQ(count.last().at(0).toInt(), 2);

    QSignalSpy finished(&lead, &ApprovalsController::actionFinished);
    lead.approve(fresh, QStringLiteral("ok"));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(finished.at(0).at(1).toString(),
              QStringLiteral("Approved 封禁玩家 (1 of 2 approvals)."));
    EXPECT_EQ(lead.actionableCount(), 1); // lead1 approved it: no longer theirs to decide
    EXPECT_EQ(arrived.size(), 1);         // changes are not arrivals
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return own.approval(fresh) && own.approval(fresh)->approvals == 1; }, 10000));
    EXPECT_EQ(ownArrived.size(), 0);
    EXPECT_EQ(lead.approval(early)->approvals, 0);
}

TEST_F(ApprovalsControllerTest, DecisionsReportTheirOutcome) {
    const QString id = gm->requestBan(QStringLiteral("p1"));
    ApprovalsController own(gm->approvals);
    own.setUser(gm->connection.user());
    own.watch({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return own.approval(id).has_value(); }, 10000));
    EXPECT_FALSE(own.cannotDecideText(*own.approval(id)).isEmpty());
    EXPECT_TRUE(own.canCancel(*own.approval(id)));

    QSignalSpy finished(&own, &ApprovalsController::actionFinished);
    own.approve(id, {}); // forced past the disabled button: the server refuses
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().startsWith("Could not approve: "));
    own.cancel(id, QStringLiteral("typo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, 10000));
    EXPECT_TRUE(finished.at(1).at(0).toBool());
    EXPECT_EQ(own.approval(id)->state, ApprovalState::Canceled);
    EXPECT_FALSE(own.canCancel(*own.approval(id)));
}

TEST_F(ApprovalsControllerTest, TheGmSeesTheirRequestMoveToACompletedJob) {
    auto info = awaitReply<FunctionInfo>([&](ReplyCallback<FunctionInfo> cb) {
        gm->functions.getFunction({QStringLiteral("game"), QStringLiteral("dev")},
                                  QStringLiteral("player.ban"), cb);
    });
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    ApprovalsController inbox(gm->approvals);
    inbox.setUser(gm->connection.user());
    inbox.watch({});
    InvokeController invoke(gm->functions);
    invoke.setScope({QStringLiteral("game"), QStringLiteral("dev")});
    invoke.setUser(gm->connection.user());
    // The lead's wiring: approval updates in, and a started job's events streamed.
    QObject::connect(&inbox, &ApprovalsController::approvalUpdated, &invoke,
                     &InvokeController::approvalUpdated);
    QObject::connect(&invoke, &InvokeController::jobStarted, &invoke,
                     [&](const QString& jobId) { gm->functions.streamJobEvents(jobId); });
    QSignalSpy jobStarted(&invoke, &InvokeController::jobStarted);
    std::vector<InvokeController::ApprovalStage> stages;
    QObject::connect(&invoke, &InvokeController::approvalProgressed, &invoke,
                     [&](const QString&, InvokeController::ApprovalStage s) {
                         if (stages.empty() || stages.back() != s) {
                             stages.push_back(s);
                         }
                     });
    ASSERT_TRUE(QTest::qWaitFor([&] { return inbox.live(); }, 10000));
    invoke.open(*info);
    QSignalSpy sent(&invoke, &InvokeController::sentForApproval);
    invoke.submit({{"player_id", "p9"}, {"duration", 2}, {"reason", "spam"}}, false);
    ASSERT_TRUE(sent.wait(20000));
    const QString id = invoke.approvalId();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(invoke.approvalStage(), InvokeController::ApprovalStage::Pending);

    ASSERT_TRUE(awaitReply<ApprovalInfo>([&](ReplyCallback<ApprovalInfo> cb) {
                    lead1->approvals.approve(id, {}, cb);
                }).ok());
    ASSERT_TRUE(awaitReply<ApprovalInfo>([&](ReplyCallback<ApprovalInfo> cb) {
                    lead2->approvals.approve(id, {}, cb);
                }).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return invoke.approvalStage() == InvokeController::ApprovalStage::Completed; },
        20000));
    ASSERT_EQ(jobStarted.size(), 1); // the job panel opens once
    EXPECT_EQ(jobStarted.at(0).at(2).value<nlohmann::json>()["reason"],
              croupier::core::kMaskedValue);
    using S = InvokeController::ApprovalStage;
    ASSERT_GE(stages.size(), 3u);
    EXPECT_EQ(stages.front(), S::Pending);
    EXPECT_NE(std::find(stages.begin(), stages.end(), S::Approved), stages.end());
    EXPECT_EQ(stages.back(), S::Completed);
}

} // namespace
