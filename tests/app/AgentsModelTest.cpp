// The Registrations page's models without a server: AgentsModel (status online / stale /
// connecting / offline, "n s ago" moving with the tick, batched inserts, changed rows only,
// older states ignored in any order), FunctionRegistrationsModel (online counts follow the
// agents) and the search / status filter. Every model runs under QAbstractItemModelTester.
#include "croupier/models/AgentsModel.h"

#include "ClientTestSupport.h"
#include "croupier/models/FunctionRegistrationsModel.h"
#include "croupier/models/RegistrationsFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace croupier::client;
using namespace croupier::models;

namespace {

constexpr qint64 kStart = 1'800'000'000'000;

AgentInfo agent(const QString& id, AgentStatus status, qint64 heartbeatMs, qint64 revision,
                QStringList functions = {QStringLiteral("player.ban")}) {
    AgentInfo a;
    a.agentId = id;
    a.gameId = QStringLiteral("game");
    a.env = QStringLiteral("dev");
    a.version = QStringLiteral("1.2.0");
    a.addr = QStringLiteral("10.0.0.7:0");
    a.labels = {{QStringLiteral("region"), QStringLiteral("eu-west")}};
    a.functions = std::move(functions);
    a.lastHeartbeatMs = heartbeatMs;
    a.registeredAtMs = kStart - 60'000;
    a.status = status;
    a.revision = revision;
    return a;
}

FunctionRegistrationInfo function(const QString& id, QStringList agents, bool enabled,
                                  qint64 revision) {
    FunctionRegistrationInfo f;
    f.functionId = id;
    f.gameId = QStringLiteral("game");
    f.env = QStringLiteral("dev");
    f.version = QStringLiteral("1.0.0");
    f.agentIds = std::move(agents);
    f.enabled = enabled;
    f.revision = revision;
    return f;
}

class AgentsModelTest : public ::testing::Test {
protected:
    void SetUp() override { model.setTickInterval(0); }

    QString cell(const QString& id, int column) const {
        return model.index(model.rowOf(id), column).data().toString();
    }

    qint64 now = kStart;
    AgentsModel model{nullptr, [this] {
                          return now;
                      }};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(AgentsModelTest, ShowsEachAgentWithStatusScopeLabelsAndHeartbeatAge) {
    model.setSnapshot({agent("a1", AgentStatus::Online, kStart - 3'000, 5),
                       agent("a2", AgentStatus::Offline, kStart - 7'200'000, 5)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell("a1", AgentsModel::StatusColumn), "Online");
    EXPECT_EQ(cell("a1", AgentsModel::ScopeColumn), "game/dev");
    EXPECT_EQ(cell("a1", AgentsModel::LabelsColumn), "region=eu-west");
    EXPECT_EQ(cell("a1", AgentsModel::FunctionsColumn), "1");
    EXPECT_EQ(cell("a1", AgentsModel::HeartbeatColumn), "3 s ago");
    EXPECT_EQ(cell("a2", AgentsModel::StatusColumn), "Offline");
    EXPECT_EQ(cell("a2", AgentsModel::HeartbeatColumn), "2 h ago");
    const QModelIndex status = model.index(model.rowOf("a1"), AgentsModel::StatusColumn);
    EXPECT_EQ(status.data(Qt::ForegroundRole).value<QColor>(),
              AgentsModel::statusColour(AgentsModel::Status::Online));
    EXPECT_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_NE(AgentsModel::statusColour(AgentsModel::Status::Online),
              AgentsModel::statusColour(AgentsModel::Status::Offline));
    const QString tip = status.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains("region=eu-west")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("player.ban")) << tip.toStdString();
}

TEST_F(AgentsModelTest, TickMovesHeartbeatAgeAndMarksSilentAgentsStale) {
    model.setStaleAfter(10'000);
    model.setSnapshot(
        {agent("a1", AgentStatus::Online, kStart, 5), agent("a2", AgentStatus::Online, kStart, 5)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &AgentsModel::statusesChanged);
    now += 4'000;
    model.tick();
    EXPECT_EQ(cell("a1", AgentsModel::HeartbeatColumn), "4 s ago");
    ASSERT_EQ(changed.count(), 1); // the heartbeat column only
    EXPECT_EQ(changed[0][0].toModelIndex().column(), AgentsModel::HeartbeatColumn);
    EXPECT_EQ(changed[0][1].toModelIndex().column(), AgentsModel::HeartbeatColumn);
    EXPECT_EQ(moved.count(), 0);

    model.applyAgent(agent("a2", AgentStatus::Online, now, 6)); // a2 heartbeats, a1 does not
    now += 8'000;
    model.tick();
    EXPECT_EQ(cell("a1", AgentsModel::StatusColumn), "Stale");
    EXPECT_EQ(cell("a2", AgentsModel::StatusColumn), "Online");
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved[0][0].toStringList(), QStringList{"a1"});
    EXPECT_EQ(model.statusOf("a1"), AgentsModel::Status::Stale);

    model.applyAgent(agent("a1", AgentStatus::Online, now, 7)); // it heartbeats again
    EXPECT_EQ(cell("a1", AgentsModel::StatusColumn), "Online");
    EXPECT_EQ(cell("a1", AgentsModel::HeartbeatColumn), "just now");
}

TEST_F(AgentsModelTest, TheLiveTickRunsByItselfWhileThereAreAgents) {
    model.setTickInterval(20);
    model.setSnapshot({agent("a1", AgentStatus::Online, kStart, 5)});
    now += 2'000;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return cell("a1", AgentsModel::HeartbeatColumn) == "2 s ago"; }, 2000));
}

TEST_F(AgentsModelTest, NewAgentsOfABatchArriveInOneInsertAndOnlyChangedRowsRepaint) {
    model.setSnapshot(
        {agent("a1", AgentStatus::Online, kStart, 5), agent("a2", AgentStatus::Online, kStart, 5)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyAgents({agent("a3", AgentStatus::Connecting, kStart, 6),
                       agent("a2", AgentStatus::Online, kStart + 500, 7),
                       agent("a1", AgentStatus::Online, kStart, 8), // same state: no repaint
                       agent("a4", AgentStatus::Online, kStart, 9),
                       agent("a3", AgentStatus::Online, kStart, 10)});
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted[0][2].toInt() - inserted[0][1].toInt() + 1, 2);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed[0][0].toModelIndex().row(), model.rowOf("a2"));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(cell("a3", AgentsModel::StatusColumn), "Online"); // the newer of the two
}

TEST_F(AgentsModelTest, OlderStatesAndRemovalsInAnyOrderEndInTheNewest) {
    model.applyAgent(agent("a1", AgentStatus::Offline, kStart, 9));
    model.applyAgent(agent("a1", AgentStatus::Online, kStart, 4)); // late, older
    EXPECT_EQ(cell("a1", AgentsModel::StatusColumn), "Offline");

    model.removeAgent(agent("a2", AgentStatus::Online, kStart, 12)); // removal first
    model.applyAgent(agent("a2", AgentStatus::Online, kStart, 11));  // then its older add
    EXPECT_EQ(model.rowOf("a2"), -1);
    model.applyAgent(agent("a2", AgentStatus::Connecting, kStart, 13)); // it came back
    EXPECT_EQ(cell("a2", AgentsModel::StatusColumn), "Connecting");

    model.removeAgent(agent("a1", AgentStatus::Offline, kStart, 3)); // older than what it shows
    EXPECT_GE(model.rowOf("a1"), 0);
    model.removeAgent(agent("a1", AgentStatus::Offline, kStart, 20));
    EXPECT_EQ(model.rowOf("a1"), -1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf("a2"), 0);
}

TEST_F(AgentsModelTest, ASnapshotReplacesEverythingAndForgetsRemovals) {
    model.applyAgents({agent("a1", AgentStatus::Online, kStart, 3),
                       agent("ghost", AgentStatus::Online, kStart, 3)});
    model.removeAgent(agent("a9", AgentStatus::Online, kStart, 50));
    model.setSnapshot({agent("a1", AgentStatus::Online, kStart, 60),
                       agent("a9", AgentStatus::Online, kStart, 60)});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf("ghost"), -1);
    EXPECT_GE(model.rowOf("a9"), 0);
}

TEST_F(AgentsModelTest, HeartbeatAgesReadNaturally) {
    EXPECT_EQ(AgentsModel::agoText(0, kStart), "never");
    EXPECT_EQ(AgentsModel::agoText(kStart + 5'000, kStart), "just now"); // clock skew
    EXPECT_EQ(AgentsModel::agoText(kStart - 59'000, kStart), "59 s ago");
    EXPECT_EQ(AgentsModel::agoText(kStart - 61'000, kStart), "1 min ago");
    EXPECT_EQ(AgentsModel::agoText(kStart - 3 * 86'400'000LL, kStart), "3 d ago");
}

TEST(FunctionRegistrationsModelTest, OnlineCountsFollowTheAgentsLive) {
    qint64 now = kStart;
    AgentsModel agents{nullptr, [&] {
                           return now;
                       }};
    agents.setTickInterval(0);
    agents.setStaleAfter(10'000);
    FunctionRegistrationsModel model{&agents};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    agents.setSnapshot({agent("a1", AgentStatus::Online, kStart, 5),
                        agent("a2", AgentStatus::Offline, kStart, 5)});
    model.setSnapshot({function("player.ban", {"a1", "a2"}, true, 5),
                       function("item.grant", {"a2"}, true, 5),
                       function("mail.send", {"a1"}, false, 5)});
    const auto text = [&](const QString& id, int column) {
        return model.index(model.rowOf("game/dev/" + id), column).data().toString();
    };
    EXPECT_EQ(text("player.ban", FunctionRegistrationsModel::OnlineColumn), "1 of 2");
    EXPECT_EQ(text("player.ban", FunctionRegistrationsModel::StateColumn), "Serving");
    EXPECT_EQ(text("player.ban", FunctionRegistrationsModel::AgentsColumn), "a1, a2");
    EXPECT_EQ(text("item.grant", FunctionRegistrationsModel::StateColumn), "No agent online");
    EXPECT_EQ(text("mail.send", FunctionRegistrationsModel::StateColumn), "Disabled");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now += 11'000; // a1 goes silent
    agents.tick();
    EXPECT_EQ(text("player.ban", FunctionRegistrationsModel::OnlineColumn), "0 of 2");
    EXPECT_EQ(text("player.ban", FunctionRegistrationsModel::StateColumn), "No agent online");
    EXPECT_EQ(changed.count(), 2); // the two functions a1 serves, not item.grant

    agents.applyAgent(agent("a2", AgentStatus::Online, now, 6));
    EXPECT_EQ(text("item.grant", FunctionRegistrationsModel::StateColumn), "Serving");
    model.applyFunctions({function("item.grant", {"a2"}, false, 7)});
    EXPECT_EQ(text("item.grant", FunctionRegistrationsModel::StateColumn), "Disabled");
    model.applyFunctions({function("item.grant", {"a2"}, true, 6)}); // older: ignored
    EXPECT_EQ(text("item.grant", FunctionRegistrationsModel::StateColumn), "Disabled");
}

TEST(RegistrationsFilterModelTest, SearchWordsAndStatusNarrowTheRows) {
    AgentsModel agents{nullptr, [] {
                           return kStart;
                       }};
    agents.setTickInterval(0);
    auto eu = agent("eu-1", AgentStatus::Online, kStart, 5);
    auto us = agent("us-1", AgentStatus::Offline, kStart, 5, {"item.grant"});
    us.labels = {{"region", "us-east"}};
    auto eu2 = agent("eu-2", AgentStatus::Offline, kStart, 5);
    agents.setSnapshot({eu, us, eu2});
    RegistrationsFilterModel proxy;
    proxy.setSourceModel(&agents);
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setSearchText("EU-WEST ban");
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStatusFilter(static_cast<int>(AgentsModel::Status::Offline));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(AgentsModel::AgentIdRole).toString(), "eu-2");
    proxy.setSearchText("");
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStatusFilter(-1);
    proxy.sort(AgentsModel::AgentColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(AgentsModel::AgentIdRole).toString(), "us-1");
}
