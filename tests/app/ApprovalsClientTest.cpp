// ApprovalsClient against a real in-process server with real TLS: a GM requests player.ban
// (threshold 2), leads see it live, decide it (the GM cannot decide their own), it runs as a
// job once the second lead approves; rejections need a reason; the requester may cancel; a cut
// connection resynchronises the inbox without duplicates.
#include "ApprovalsTestSupport.h"

#include <QSignalSpy>
#include <algorithm>
#include <set>

using namespace croupier::client;
using croupier::testing::ApprovalWorld;
using croupier::testing::awaitReply;
using croupier::testing::TcpProxy;

namespace {

class ApprovalsClientTest : public ::testing::Test {
protected:
    Reply<ApprovalInfo> approve(ApprovalsClient& c, const QString& id, const QString& comment) {
        return awaitReply<ApprovalInfo>(
            [&](ReplyCallback<ApprovalInfo> cb) { c.approve(id, comment, cb); });
    }
    Reply<ApprovalInfo> reject(ApprovalsClient& c, const QString& id, const QString& reason) {
        return awaitReply<ApprovalInfo>(
            [&](ReplyCallback<ApprovalInfo> cb) { c.reject(id, reason, cb); });
    }
    Reply<ApprovalInfo> get(ApprovalsClient& c, const QString& id) {
        return awaitReply<ApprovalInfo>([&](ReplyCallback<ApprovalInfo> cb) { c.get(id, cb); });
    }

    ApprovalWorld world;
    std::unique_ptr<croupier::testing::ApprovalSession> gm = world.session("gm");
    std::unique_ptr<croupier::testing::ApprovalSession> lead1 = world.session("lead1");
    std::unique_ptr<croupier::testing::ApprovalSession> lead2 = world.session("lead2");
};

int countId(const QList<ApprovalInfo>& list, const QString& id) {
    return static_cast<int>(std::count_if(
        list.begin(), list.end(), [&](const ApprovalInfo& a) { return a.approvalId == id; }));
}

TEST_F(ApprovalsClientTest, WatchGivesTheSnapshotOnceThenLiveChanges) {
    const QString first = gm->requestBan(QStringLiteral("p1"));
    ASSERT_FALSE(first.isEmpty());
    QSignalSpy reset(&lead1->approvals, &ApprovalsClient::approvalsReset);
    QSignalSpy changed(&lead1->approvals, &ApprovalsClient::approvalChanged);
    lead1->approvals.watch({});
    ASSERT_TRUE(reset.wait(10000));
    EXPECT_TRUE(lead1->approvals.live());
    const auto snapshot = reset.at(0).at(0).value<QList<ApprovalInfo>>();
    ASSERT_EQ(countId(snapshot, first), 1);
    const ApprovalInfo a = snapshot.first();
    EXPECT_EQ(a.functionId, "player.ban");
    EXPECT_EQ(a.functionName, QStringLiteral("封禁玩家"));
    EXPECT_EQ(a.requester, "gm");
    EXPECT_EQ(a.state, ApprovalState::Pending);
    EXPECT_EQ(a.threshold, 2);
    EXPECT_EQ(a.approvals, 0);
    EXPECT_EQ(a.riskLevel, croupier::core::RiskLevel::High);
    EXPECT_FALSE(a.riskWarning.isEmpty());
    EXPECT_TRUE(a.canDecide);
    EXPECT_EQ(a.payload["player_id"], "p1");
    EXPECT_EQ(a.payload["reason"], croupier::core::kMaskedValue); // sensitive: masked
    EXPECT_EQ(a.payloadHash.size(), 64);
    EXPECT_GT(a.expiresAtMs, a.createdAtMs);

    const QString second = gm->requestBan(QStringLiteral("p2"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const auto& args : changed) {
                if (args.at(0).value<ApprovalInfo>().approvalId == second) {
                    return true;
                }
            }
            return false;
        },
        10000));
    EXPECT_EQ(reset.size(), 1);
}

TEST_F(ApprovalsClientTest, TwoLeadsApproveAndTheCallRunsAsAJob) {
    const QString id = gm->requestBan(QStringLiteral("p1"));
    ASSERT_FALSE(id.isEmpty());

    auto one = approve(lead1->approvals, id, QStringLiteral("looks right"));
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    EXPECT_EQ(one->state, ApprovalState::Pending);
    EXPECT_EQ(one->approvals, 1);
    ASSERT_EQ(one->decisions.size(), 1);
    EXPECT_EQ(one->decisions[0].approver, "lead1");
    EXPECT_TRUE(one->decisions[0].approved());
    EXPECT_EQ(one->decisions[0].comment, "looks right");
    EXPECT_GT(one->decisions[0].atMs, 0);
    EXPECT_FALSE(one->canDecide); // lead1 already approved
    EXPECT_FALSE(one->cannotDecideReason.isEmpty());

    // The GM may not decide their own request: told so, and refused if they try.
    auto own = get(gm->approvals, id);
    ASSERT_TRUE(own.ok());
    EXPECT_FALSE(own->canDecide);
    EXPECT_FALSE(own->cannotDecideReason.isEmpty()); // gm: no approval.decide, and their own
    auto forced = approve(gm->approvals, id, {});
    ASSERT_FALSE(forced.ok());
    EXPECT_EQ(forced.error().kind, CallError::Kind::PermissionDenied);
    EXPECT_FALSE(forced.error().message.isEmpty());

    auto two = approve(lead2->approvals, id, {});
    ASSERT_TRUE(two.ok()) << two.error().message.toStdString();
    EXPECT_EQ(two->state, ApprovalState::Executed);
    EXPECT_EQ(two->approvals, 2);
    ASSERT_FALSE(two->jobId.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            auto job = awaitReply<JobSummary>(
                [&](ReplyCallback<JobSummary> cb) { gm->functions.getJob(two->jobId, cb); });
            return job.ok() && job->status == JobStatus::Completed;
        },
        15000));
}

TEST_F(ApprovalsClientTest, ARejectionNeedsAReasonAndEndsTheRequest) {
    const QString id = gm->requestBan(QStringLiteral("p1"));
    ASSERT_FALSE(id.isEmpty());
    auto blank = reject(lead1->approvals, id, QStringLiteral("   "));
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().kind, CallError::Kind::InvalidArgument);
    EXPECT_EQ(get(lead1->approvals, id)->state, ApprovalState::Pending); // nothing was sent

    auto done = reject(lead1->approvals, id, QStringLiteral("wrong player"));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->state, ApprovalState::Rejected);
    EXPECT_EQ(done->reason, "wrong player");
    ASSERT_EQ(done->decisions.size(), 1);
    EXPECT_FALSE(done->decisions[0].approved());
    EXPECT_FALSE(done->canDecide);
    // Decided: a later approval is refused.
    auto late = approve(lead2->approvals, id, {});
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, CallError::Kind::FailedPrecondition);
}

TEST_F(ApprovalsClientTest, OnlyTheRequesterMayCancel) {
    const QString id = gm->requestBan(QStringLiteral("p1"));
    ASSERT_FALSE(id.isEmpty());
    auto byLead = awaitReply<ApprovalInfo>([&](ReplyCallback<ApprovalInfo> cb) {
        lead1->approvals.cancel(id, QStringLiteral("not mine"), cb);
    });
    ASSERT_FALSE(byLead.ok());
    EXPECT_EQ(byLead.error().kind, CallError::Kind::PermissionDenied);
    auto byGm = awaitReply<ApprovalInfo>([&](ReplyCallback<ApprovalInfo> cb) {
        gm->approvals.cancel(id, QStringLiteral("typo"), cb);
    });
    ASSERT_TRUE(byGm.ok()) << byGm.error().message.toStdString();
    EXPECT_EQ(byGm->state, ApprovalState::Canceled);
    EXPECT_EQ(byGm->reason, "typo");
}

TEST_F(ApprovalsClientTest, ListFiltersWhatIsWaitingForTheCaller) {
    const QString id = gm->requestBan(QStringLiteral("p1"));
    ASSERT_FALSE(id.isEmpty());
    ApprovalQuery actionable;
    actionable.actionable = true;
    auto forLead = awaitReply<ApprovalPage>(
        [&](ReplyCallback<ApprovalPage> cb) { lead1->approvals.list(actionable, cb); });
    ASSERT_TRUE(forLead.ok()) << forLead.error().message.toStdString();
    EXPECT_EQ(countId(forLead->approvals, id), 1);
    auto forGm = awaitReply<ApprovalPage>(
        [&](ReplyCallback<ApprovalPage> cb) { gm->approvals.list(actionable, cb); });
    ASSERT_TRUE(forGm.ok());
    EXPECT_EQ(countId(forGm->approvals, id), 0);
    ApprovalQuery mine;
    mine.requester = QStringLiteral("gm");
    mine.state = ApprovalState::Pending;
    auto own = awaitReply<ApprovalPage>(
        [&](ReplyCallback<ApprovalPage> cb) { gm->approvals.list(mine, cb); });
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(countId(own->approvals, id), 1);
}

TEST_F(ApprovalsClientTest, ACutConnectionResynchronisesWithoutDuplicates) {
    TcpProxy proxy(world.server.port());
    croupier::testing::ApprovalSession lead(proxy.address(), world.ca, QStringLiteral("lead1"));
    const QString before = gm->requestBan(QStringLiteral("p1"));
    QSignalSpy reset(&lead.approvals, &ApprovalsClient::approvalsReset);
    QSignalSpy live(&lead.approvals, &ApprovalsClient::liveChanged);
    lead.approvals.watch({});
    ASSERT_TRUE(reset.wait(10000));

    proxy.setRefusing(true);
    proxy.dropConnections();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lead.approvals.live(); }, 10000));
    const QString during = gm->requestBan(QStringLiteral("p2")); // missed while cut
    ASSERT_TRUE(approve(lead2->approvals, before, {}).ok());     // changed while cut
    proxy.setRefusing(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reset.size() >= 2; }, 15000));
    EXPECT_TRUE(lead.approvals.live());
    const auto again = reset.last().at(0).value<QList<ApprovalInfo>>();
    EXPECT_EQ(countId(again, before), 1);
    EXPECT_EQ(countId(again, during), 1);
    std::set<QString> ids;
    for (const auto& a : again) {
        EXPECT_TRUE(ids.insert(a.approvalId).second) << "duplicate " << a.approvalId.toStdString();
        if (a.approvalId == before) {
            EXPECT_EQ(a.approvals, 1); // lead2's approval, seen after the resync
        }
    }
    EXPECT_GE(live.size(), 3); // true, false, true
}

} // namespace
