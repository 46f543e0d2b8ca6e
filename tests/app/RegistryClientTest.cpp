// RegistryClient and the Registrations page's view-model against a real in-process server
// (real TLS, fake server clock): an agent registering appears with its labels, its heartbeats
// move its row, its disconnect shows it connecting then offline; a cut watch resynchronises
// without duplicates or ghosts; the kill switch flips the catalog's FunctionInfo.enabled through
// FunctionsClient's own watch; a user without assignment.write is refused, locally and by the
// server.
#include "croupier/client/RegistryClient.h"

#include "ClientTestSupport.h"
#include "RawAgent.h"
#include "RegistryTestAgents.h"
#include "TestEnv.h"
#include "croupier/client/FunctionsClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"
#include "croupier/models/RegistrationsController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace croupier::client;
using namespace croupier::models;
using croupier::testing::awaitReply;
using croupier::testing::profileFor;
using croupier::testing::RegistryTestAgents;
using croupier::testing::TcpProxy;
using croupier::testing::TempDir;
using croupier::testing::TestServer;
using croupier::testing::TestServerOptions;
using croupier::testing::writeTestCaFile;
using namespace std::chrono_literals;

namespace {

const Scope kDev{QStringLiteral("game"), QStringLiteral("dev")};

class RegistryClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addUser("ops1", {"ops"});
        server.addUser("viewer1", {"viewer"});
        client.setReconnectBackoff(50ms, 400ms);
        controller.agents()->setTickInterval(0);
    }

    void signIn(const char* user) {
        ASSERT_TRUE(connection.connectTo(profileFor(proxy->address(), ca)).ok());
        login(user);
    }
    void login(const char* user) {
        auto reply = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            connection.login(QString::fromLatin1(user),
                             QString::fromStdString(TestServer::passwordOf(user)), cb);
        });
        ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
        controller.setUser(*reply);
    }
    void watchDev() {
        controller.setScope(kDev);
        ASSERT_TRUE(QTest::qWaitFor([&] { return client.live(); }, 10000));
    }
    // Waits until the agents table shows `id` with `status`.
    bool waitForStatus(const QString& id, AgentsModel::Status status) {
        return QTest::qWaitFor(
            [&] {
                controller.flush();
                return controller.agents()->rowOf(id) >= 0 &&
                       controller.agents()->statusOf(id) == status;
            },
            10000);
    }
    std::optional<AgentInfo> shown(const QString& id) {
        controller.flush();
        return controller.agents()->agent(id);
    }

    TestServer server{TestServerOptions{.fakeClock = true, .heartbeat = 1000ms}};
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    std::unique_ptr<TcpProxy> proxy = std::make_unique<TcpProxy>(server.port());
    TokenVault vault{nullptr};
    ServerConnection connection{vault};
    RegistryClient client{connection};
    // The tables run on the server's (fake) clock, so nothing turns stale by itself.
    RegistrationsController controller{client, nullptr, [this] {
                                           return croupier::core::toUnixMs(
                                               server.fakeClock()->now());
                                       }};
    QAbstractItemModelTester agentsTester{controller.agents(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester functionsTester{controller.functions(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal};
    RegistryTestAgents agents{server};
};

} // namespace

TEST_F(RegistryClientTest, AnAgentAppearsHeartbeatsAndGoesOfflineWithoutAnyRefresh) {
    signIn("ops1");
    watchDev();
    EXPECT_EQ(controller.link(), RegistrationsController::Link::Live);
    EXPECT_EQ(controller.agents()->rowCount(), 0);

    agents.add("worker-1", {{"region", "eu-west"}}, {"player.ban", "item.grant"});
    ASSERT_TRUE(waitForStatus("worker-1", AgentsModel::Status::Online));
    auto a = shown("worker-1");
    EXPECT_EQ(a->labels.value("region"), "eu-west");
    EXPECT_EQ(a->functions, (QStringList{"item.grant", "player.ban"}));
    EXPECT_EQ(a->gameId, "game");
    ASSERT_TRUE(QTest::qWaitFor([&] {
        controller.flush();
        const int row = controller.functions()->rowOf("game/dev/player.ban");
        return row >= 0 && controller.functions()->onlineCount(row) == 1;
    }));

    const qint64 before = a->lastHeartbeatMs;
    server.fakeClock()->advance(400ms);
    ASSERT_TRUE(agents.heartbeat("worker-1", {{"players", "42"}}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown("worker-1")->heartbeatStatus.value("players") == "42"; }, 10000));
    EXPECT_EQ(shown("worker-1")->lastHeartbeatMs, before + 400);

    agents.disconnect("worker-1");
    ASSERT_TRUE(waitForStatus("worker-1", AgentsModel::Status::Connecting));
    server.fakeClock()->advance(2500ms); // past the reconnect grace
    ASSERT_TRUE(waitForStatus("worker-1", AgentsModel::Status::Offline));
    const int row = controller.functions()->rowOf("game/dev/player.ban");
    EXPECT_EQ(controller.functions()->onlineCount(row), 0);
    EXPECT_EQ(controller.functions()->stateAt(row), FunctionRegistrationsModel::State::NoAgent);
}

TEST_F(RegistryClientTest, ACutWatchResynchronisesWithoutDuplicatesOrGhosts) {
    agents.add("a", {}, {"player.ban"});
    agents.add("b", {}, {"player.ban"});
    agents.add("ghost", {}, {"item.grant"});
    signIn("ops1");
    QSignalSpy resets(&client, &RegistryClient::registrationsReset);
    watchDev();
    ASSERT_EQ(resets.count(), 1);
    EXPECT_EQ(controller.agents()->rowCount(), 3);

    QSignalSpy link(&controller, &RegistrationsController::linkChanged);
    proxy->setRefusing(true);
    proxy->dropConnections();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !client.live(); }, 10000));
    EXPECT_EQ(controller.link(), RegistrationsController::Link::Connecting);
    EXPECT_EQ(controller.linkText(), "Reconnecting…");
    // Meanwhile: "ghost" moves to another scope (its removal here is missed) and a new agent.
    agents.add("ghost", {}, {"item.grant"}, "prod");
    agents.add("late", {}, {"player.ban"});
    proxy->setRefusing(false);

    ASSERT_TRUE(QTest::qWaitFor([&] { return client.live() && resets.count() == 2; }, 15000));
    controller.flush();
    QStringList ids;
    for (const auto& agent : controller.agents()->agents()) {
        ids << agent.agentId;
    }
    ids.sort();
    EXPECT_EQ(ids, (QStringList{"a", "b", "late"}));
    EXPECT_EQ(controller.agents()->rowCount(), 3);
    EXPECT_EQ(controller.link(), RegistrationsController::Link::Live);
    EXPECT_GE(link.count(), 2); // reconnecting, then live again
}

TEST_F(RegistryClientTest, TheWatchWaitsWhileSignedOutAndResumesAfterSignIn) {
    agents.add("a", {}, {"player.ban"});
    signIn("ops1");
    watchDev();
    auto done = awaitReply<void>([&](ReplyCallback<void> cb) { connection.logout(cb); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !client.live(); }, 5000));
    EXPECT_TRUE(done.ok());
    agents.add("b", {}, {"player.ban"});
    login("ops1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.live(); }, 10000));
    EXPECT_TRUE(waitForStatus("b", AgentsModel::Status::Online));
    EXPECT_EQ(controller.agents()->rowCount(), 2);
}

TEST_F(RegistryClientTest, KillSwitchDisablesTheFunctionAndTheCatalogFollowsLive) {
    agents.add("worker-1", {}, {"player.ban"});
    signIn("ops1");
    watchDev();
    FunctionsClient functions{connection};
    std::optional<FunctionInfo> catalog;
    QObject::connect(&functions, &FunctionsClient::functionsReset,
                     [&](const QList<FunctionInfo>& all) {
                         for (const auto& f : all) {
                             if (f.id() == "player.ban") {
                                 catalog = f;
                             }
                         }
                     });
    QObject::connect(&functions, &FunctionsClient::functionChanged, [&](const FunctionInfo& f) {
        if (f.id() == "player.ban") {
            catalog = f;
        }
    });
    functions.watchRegistrations(kDev);
    ASSERT_TRUE(QTest::qWaitFor([&] { return catalog.has_value(); }, 10000));
    ASSERT_TRUE(catalog->enabled);

    ASSERT_TRUE(controller.canSwitch());
    QSignalSpy succeeded(&controller, &RegistrationsController::assignmentSucceeded);
    QSignalSpy failed(&controller, &RegistrationsController::assignmentFailed);
    controller.setFunctionEnabled("player.ban", {}, false, "exploit in progress");
    ASSERT_TRUE(QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 10000));
    ASSERT_EQ(failed.count(), 0) << failed[0][0].value<CallError>().message.toStdString();
    EXPECT_EQ(succeeded[0][0].toString(), "player.ban is disabled everywhere.");
    EXPECT_TRUE(QTest::qWaitFor([&] { return !catalog->enabled; }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] {
        controller.flush();
        const int row = controller.functions()->rowOf("game/dev/player.ban");
        return controller.functions()->stateAt(row) == FunctionRegistrationsModel::State::Disabled;
    }));

    controller.setFunctionEnabled("player.ban", {}, true, {});
    EXPECT_TRUE(QTest::qWaitFor([&] { return catalog->enabled; }, 10000));
}

TEST_F(RegistryClientTest, KillSwitchForOneAgentIsAccepted) {
    agents.add("worker-1", {}, {"player.ban"});
    agents.add("worker-2", {}, {"player.ban"});
    signIn("ops1");
    watchDev();
    auto agentsText = [&] {
        const int row = controller.functions()->rowOf("game/dev/player.ban");
        return row < 0 ? QString()
                       : controller.functions()
                             ->index(row, FunctionRegistrationsModel::AgentsColumn)
                             .data()
                             .toString();
    };
    auto reply = awaitReply<AssignmentInfo>([&](ReplyCallback<AssignmentInfo> cb) {
        client.setAssignment(kDev, "player.ban", "worker-2", false, "drain", cb);
    });
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->agentId, "worker-2");
    EXPECT_FALSE(reply->enabled);
    EXPECT_EQ(reply->reason, "drain");
    // The page shows it live: worker-2 switched off, worker-1 still serving, and back again.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return agentsText().contains("worker-2 (switched off)"); }, 10000))
        << agentsText().toStdString();
    EXPECT_FALSE(agentsText().contains("worker-1 (switched off)"));
    auto back = awaitReply<AssignmentInfo>([&](ReplyCallback<AssignmentInfo> cb) {
        client.setAssignment(kDev, "player.ban", "worker-2", true, {}, cb);
    });
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !agentsText().contains("switched off"); }, 10000))
        << agentsText().toStdString();

    auto unknown = awaitReply<AssignmentInfo>([&](ReplyCallback<AssignmentInfo> cb) {
        client.setAssignment(kDev, "player.ban", "nobody", false, {}, cb);
    });
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, CallError::Kind::NotFound);
    EXPECT_FALSE(unknown.error().message.isEmpty());
}

TEST_F(RegistryClientTest, WithoutAssignmentWriteTheSwitchIsRefusedHereAndByTheServer) {
    agents.add("worker-1", {}, {"player.ban"});
    signIn("viewer1");
    watchDev();
    EXPECT_FALSE(controller.canSwitch());
    EXPECT_TRUE(controller.switchBlockedReason().contains("assignment.write"));
    QSignalSpy failed(&controller, &RegistrationsController::assignmentFailed);
    controller.setFunctionEnabled("player.ban", {}, false, {});
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][0].value<CallError>().kind, CallError::Kind::PermissionDenied);

    // Forced past the console's check: the server says no.
    auto forced = awaitReply<AssignmentInfo>([&](ReplyCallback<AssignmentInfo> cb) {
        client.setAssignment(kDev, "player.ban", {}, false, "forced", cb);
    });
    ASSERT_FALSE(forced.ok());
    EXPECT_EQ(forced.error().code, "PERMISSION_DENIED");
    EXPECT_EQ(forced.error().kind, CallError::Kind::PermissionDenied);
    EXPECT_FALSE(forced.error().message.isEmpty());
}

TEST_F(RegistryClientTest, GetRegistrationsAnswersTheScopeAsItIs) {
    agents.add("worker-1", {{"zone", "3"}}, {"player.ban"});
    agents.add("other", {}, {"player.ban"}, "prod");
    signIn("ops1");
    auto reply = awaitReply<RegistrationsSnapshot>(
        [&](ReplyCallback<RegistrationsSnapshot> cb) { client.getRegistrations(kDev, cb); });
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_EQ(reply->agents.size(), 1);
    EXPECT_EQ(reply->agents[0].agentId, "worker-1");
    EXPECT_EQ(reply->agents[0].labels.value("zone"), "3");
    EXPECT_EQ(reply->agents[0].status, AgentStatus::Online);
    ASSERT_EQ(reply->functions.size(), 1);
    EXPECT_EQ(reply->functions[0].agentIds, QStringList{"worker-1"});
    EXPECT_TRUE(reply->functions[0].enabled);
}
