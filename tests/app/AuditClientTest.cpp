// AuditClient against a real in-process server with real TLS: records carry every field
// (masked params, details, the chain links), paging with small pages reaches every record
// exactly once, the filters (actor, exact action and prefix, function, outcome, scope, time)
// narrow the answer, one record is found by its seq, the chain verifies, an edited row is
// reported as the first broken one, and a user without audit.read gets a clear permission
// error.
#include "AuditServerFixture.h"

#include <QDateTime>
#include <QSet>
#include <gtest/gtest.h>

using namespace croupier::client;
using croupier::testing::AuditServerFixture;
using croupier::testing::awaitReply;

namespace {

using AuditClientTest = AuditServerFixture;

AuditQuery byAction(const QString& action) {
    AuditQuery q;
    q.action = action;
    return q;
}

TEST_F(AuditClientTest, InvocationsAreRecordedNewestFirstWithEveryField) {
    auto p = page(byAction(QStringLiteral("function.invoke")));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    ASSERT_EQ(p->records.size(), 3);
    EXPECT_TRUE(p->nextPageToken.isEmpty());
    const AuditRecordInfo& newest = p->records.first();
    EXPECT_EQ(newest.params, nlohmann::json({{"player_id", kTrickyId}}));
    EXPECT_EQ(p->records.last().params, nlohmann::json({{"player_id", "p1"}}));
    EXPECT_GT(newest.seq, p->records.at(1).seq);
    EXPECT_GT(p->records.at(1).seq, p->records.last().seq);
    EXPECT_EQ(newest.actor, "root");
    EXPECT_EQ(newest.actorKind, "user");
    EXPECT_EQ(newest.action, "function.invoke");
    EXPECT_EQ(newest.functionId, "player.get");
    EXPECT_EQ(newest.gameId, "game");
    EXPECT_EQ(newest.env, "dev");
    EXPECT_EQ(newest.outcome, "ok");
    EXPECT_FALSE(newest.peer.isEmpty());
    EXPECT_EQ(newest.hash.size(), 64); // SHA-256, hex
    EXPECT_EQ(newest.prevHash.size(), 64);
    EXPECT_LE(qAbs(QDateTime::currentMSecsSinceEpoch() - newest.timestampMs), 60'000);
}

TEST_F(AuditClientTest, ConsecutiveRecordsAreLinkedByTheirHashes) {
    const auto all = everything();
    ASSERT_GE(all.size(), 6);
    for (int i = 0; i + 1 < all.size(); ++i) {
        ASSERT_EQ(all[i].seq, all[i + 1].seq + 1) << "an admin sees every record";
        EXPECT_EQ(all[i].prevHash, all[i + 1].hash) << "record " << all[i].seq;
    }
}

TEST_F(AuditClientTest, SmallPagesReachEveryRecordExactlyOnce) {
    const auto all = everything();
    QList<qint64> paged;
    QString token;
    int pages = 0;
    do {
        auto p = page({}, token, 2);
        ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
        ASSERT_LE(p->records.size(), 2);
        for (const auto& r : p->records) {
            paged.append(r.seq);
        }
        token = p->nextPageToken;
        ASSERT_LT(++pages, 1000);
    } while (!token.isEmpty());
    QList<qint64> expected;
    for (const auto& r : all) {
        expected.append(r.seq);
    }
    EXPECT_EQ(paged, expected);
    EXPECT_GE(pages, 3);
}

TEST_F(AuditClientTest, FiltersNarrowTheAnswer) {
    AuditQuery refused;
    refused.actor = QStringLiteral("gm1");
    refused.outcome = QStringLiteral("denied");
    const auto denied = everything(refused);
    ASSERT_EQ(denied.size(), 1);
    EXPECT_EQ(denied.first().action, "auth.login");

    const auto auth = everything(byAction(QStringLiteral("auth.")));
    ASSERT_FALSE(auth.isEmpty());
    QSet<QString> actors;
    for (const auto& r : auth) {
        EXPECT_TRUE(r.action.startsWith(QStringLiteral("auth."))) << r.action.toStdString();
        actors.insert(r.actor);
    }
    EXPECT_TRUE(actors.contains(QStringLiteral("lead1")));
    EXPECT_TRUE(everything(byAction(QStringLiteral("auth"))).isEmpty()) << "exact, not prefix";

    AuditQuery scoped;
    scoped.functionId = QStringLiteral("player.get");
    scoped.gameId = QStringLiteral("game");
    scoped.env = QStringLiteral("dev");
    for (const auto& r : everything(scoped)) {
        EXPECT_EQ(r.functionId, "player.get");
        EXPECT_EQ(r.gameId, "game");
    }
    EXPECT_GE(everything(scoped).size(), 3);

    AuditQuery future;
    future.fromMs = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    EXPECT_TRUE(everything(future).isEmpty());
    AuditQuery past;
    past.toMs = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    EXPECT_EQ(everything(past).size(), everything().size());
}

TEST_F(AuditClientTest, AnImpossibleTimeRangeIsAnInvalidArgument) {
    AuditQuery q;
    q.fromMs = 2000;
    q.toMs = 1000;
    auto p = page(q);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().kind, CallError::Kind::InvalidArgument);
    EXPECT_FALSE(p.error().message.isEmpty());
}

TEST_F(AuditClientTest, OneRecordIsFoundBySeq) {
    const auto all = everything();
    const AuditRecordInfo& wanted = all.at(all.size() / 2);
    using Found = std::optional<AuditRecordInfo>;
    auto found = awaitReply<Found>([&](ReplyCallback<Found> cb) { audit.record(wanted.seq, cb); });
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->seq, wanted.seq);
    EXPECT_EQ((*found)->hash, wanted.hash);
    auto missing = awaitReply<Found>(
        [&](ReplyCallback<Found> cb) { audit.record(all.first().seq + 1000, cb); });
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(AuditClientTest, TheChainVerifiesAndAnEditedRecordIsReported) {
    const qint64 count = everything().size();
    auto ok = awaitReply<AuditVerifyResult>(
        [&](ReplyCallback<AuditVerifyResult> cb) { audit.verify(cb); });
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_TRUE(ok->ok);
    EXPECT_GE(ok->records, count);
    EXPECT_EQ(ok->firstBrokenSeq, 0);

    tamper(3);
    auto broken = awaitReply<AuditVerifyResult>(
        [&](ReplyCallback<AuditVerifyResult> cb) { audit.verify(cb); });
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken->ok);
    EXPECT_EQ(broken->firstBrokenSeq, 3);
    EXPECT_FALSE(broken->problem.isEmpty());
}

TEST_F(AuditClientTest, AUserWithoutAuditReadIsToldWhichPermissionIsMissing) {
    ServerConnection gm(vault);
    ASSERT_TRUE(gm.connectTo(croupier::testing::profileFor(server.address(), ca)).ok());
    ASSERT_TRUE(signIn(gm, "gm1").ok());
    AuditClient gmAudit(gm);
    auto p =
        awaitReply<AuditPage>([&](ReplyCallback<AuditPage> cb) { gmAudit.query({}, {}, 10, cb); });
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().kind, CallError::Kind::PermissionDenied);
    EXPECT_EQ(p.error().permission, "audit.read");
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("audit.read")))
        << p.error().message.toStdString();
    auto v = awaitReply<AuditVerifyResult>(
        [&](ReplyCallback<AuditVerifyResult> cb) { gmAudit.verify(cb); });
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().kind, CallError::Kind::PermissionDenied);
}

TEST_F(AuditClientTest, WithoutAConnectionTheCallFailsClearly) {
    ServerConnection offline(vault);
    AuditClient offlineAudit(offline);
    auto p = awaitReply<AuditPage>(
        [&](ReplyCallback<AuditPage> cb) { offlineAudit.query({}, {}, 10, cb); });
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().kind, CallError::Kind::Unavailable);
    EXPECT_FALSE(p.error().message.isEmpty());
}

} // namespace
