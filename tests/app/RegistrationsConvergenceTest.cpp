// The registrations models fed thousands of real registry events in random order (and random
// batches) end equal to the server's GetRegistrations: every event the watch delivered is
// recorded (the snapshot's items and the live changes), shuffled, and replayed into fresh
// models. Agents register, heartbeat, disconnect, go offline, move to another scope (a removal
// here) and come back with other functions, on a real in-process server with a fake clock.
#include "ClientTestSupport.h"
#include "RegistryTestAgents.h"
#include "TestEnv.h"
#include "croupier/client/RegistryClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <variant>

using namespace croupier::client;
using namespace croupier::models;
using croupier::testing::awaitReply;
using croupier::testing::profileFor;
using croupier::testing::RegistryTestAgents;
using croupier::testing::TempDir;
using croupier::testing::TestServer;
using croupier::testing::TestServerOptions;
using croupier::testing::writeTestCaFile;
using namespace std::chrono_literals;

namespace {

const Scope kGameDev{QStringLiteral("game"), QStringLiteral("dev")};
constexpr int kAgents = 40;
constexpr int kRounds = 40;

struct Removed {
    AgentInfo agent;
};
struct RemovedFunction {
    FunctionRegistrationInfo function;
};
using Event = std::variant<AgentInfo, Removed, FunctionRegistrationInfo, RemovedFunction>;

std::vector<std::string> functionsOf(int i, int generation) {
    static const std::vector<std::string> pool{"player.ban",    "player.kick", "item.grant",
                                               "item.revoke",   "mail.send",   "guild.rename",
                                               "server.notice", "player.mute"};
    std::vector<std::string> out;
    for (int k = 0; k <= (i + generation) % 3; ++k) {
        out.push_back(pool[(i * 3 + k + generation) % pool.size()]);
    }
    return out;
}

class Recorder {
public:
    explicit Recorder(RegistryClient& client) {
        QObject::connect(&client, &RegistryClient::registrationsReset,
                         [this](const RegistrationsSnapshot& s) {
                             for (const auto& a : s.agents) {
                                 events.emplace_back(a);
                             }
                             for (const auto& f : s.functions) {
                                 events.emplace_back(f);
                             }
                         });
        QObject::connect(&client, &RegistryClient::agentChanged,
                         [this](const AgentInfo& a) { events.emplace_back(a); });
        QObject::connect(&client, &RegistryClient::agentRemoved,
                         [this](const AgentInfo& a) { events.emplace_back(Removed{a}); });
        QObject::connect(&client, &RegistryClient::functionChanged,
                         [this](const FunctionRegistrationInfo& f) { events.emplace_back(f); });
        QObject::connect(
            &client, &RegistryClient::functionRemoved,
            [this](const FunctionRegistrationInfo& f) { events.emplace_back(RemovedFunction{f}); });
    }
    std::vector<Event> events;
};

// The models hold exactly what the server answers: same ids, same state.
::testing::AssertionResult sameAsServer(const AgentsModel& agents,
                                        const FunctionRegistrationsModel& functions,
                                        const RegistrationsSnapshot& server) {
    if (agents.rowCount() != server.agents.size()) {
        return ::testing::AssertionFailure()
               << agents.rowCount() << " agents shown, the server has " << server.agents.size();
    }
    for (const AgentInfo& expected : server.agents) {
        const auto shown = agents.agent(expected.agentId);
        if (!shown || !shown->sameState(expected)) {
            return ::testing::AssertionFailure() << "agent " << expected.agentId.toStdString()
                                                 << (shown ? " differs" : " missing");
        }
    }
    if (functions.rowCount() != server.functions.size()) {
        return ::testing::AssertionFailure() << functions.rowCount() << " functions shown, the "
                                             << "server has " << server.functions.size();
    }
    for (const FunctionRegistrationInfo& expected : server.functions) {
        const auto shown = functions.function(expected.key());
        if (!shown || !shown->sameState(expected)) {
            return ::testing::AssertionFailure() << "function " << expected.key().toStdString()
                                                 << (shown ? " differs" : " missing");
        }
    }
    return ::testing::AssertionSuccess();
}

class RegistrationsConvergenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addUser("ops1", {"ops"});
        ASSERT_TRUE(connection.connectTo(profileFor(server.address(), ca)).ok());
        auto user = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            connection.login("ops1", QString::fromStdString(TestServer::passwordOf("ops1")), cb);
        });
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
    }

    RegistrationsSnapshot serverState() {
        auto reply = awaitReply<RegistrationsSnapshot>(
            [&](ReplyCallback<RegistrationsSnapshot> cb) { client.getRegistrations(kGameDev, cb); });
        EXPECT_TRUE(reply.ok());
        return reply.ok() ? *reply : RegistrationsSnapshot{};
    }

    // Registers, heartbeats, disconnects and moves agents: a few thousand registry events.
    void churn() {
        for (int i = 10; i < kAgents; ++i) {
            ASSERT_TRUE(agents.add(id(i), {{"shard", std::to_string(i % 4)}}, functionsOf(i, 0)));
        }
        for (int round = 0; round < kRounds; ++round) {
            server.fakeClock()->advance(50ms);
            for (int i = 0; i < kAgents; ++i) {
                agents.heartbeat(id(i), {{"round", std::to_string(round)}});
            }
            QCoreApplication::processEvents();
        }
        for (int i = 0; i < 5; ++i) {
            agents.disconnect(id(i));
        }
        for (int i = 5; i < 8; ++i) {
            ASSERT_TRUE(agents.add(id(i), {}, functionsOf(i, 0), "prod")); // removed here
        }
        ASSERT_TRUE(agents.add(id(8), {{"shard", "9"}}, functionsOf(8, 1))); // other functions
        server.fakeClock()->advance(2500ms); // the disconnected ones go offline
        for (int i = 9; i < kAgents; ++i) {
            agents.heartbeat(id(i), {{"round", "last"}});
        }
    }
    static QString id(int i) { return QStringLiteral("agent-%1").arg(i, 2, 10, QLatin1Char('0')); }

    TestServer server{TestServerOptions{.fakeClock = true, .heartbeat = 1000ms}};
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    TokenVault vault{nullptr};
    ServerConnection connection{vault};
    RegistryClient client{connection};
    RegistryTestAgents agents{server};
};

} // namespace

TEST_F(RegistrationsConvergenceTest, ThousandsOfEventsInRandomOrderEndEqualToGetRegistrations) {
    for (int i = 0; i < 10; ++i) { // these come with the snapshot
        ASSERT_TRUE(agents.add(id(i), {{"shard", std::to_string(i % 4)}}, functionsOf(i, 0)));
    }
    Recorder recorder(client);
    // The live view, fed in order, shows when everything has arrived.
    AgentsModel liveAgents{nullptr, [] {
                               return qint64(0);
                           }};
    FunctionRegistrationsModel liveFunctions{&liveAgents};
    liveAgents.setTickInterval(0);
    QObject::connect(&client, &RegistryClient::registrationsReset,
                     [&](const RegistrationsSnapshot& s) {
                         liveAgents.setSnapshot(s.agents);
                         liveFunctions.setSnapshot(s.functions);
                     });
    QObject::connect(&client, &RegistryClient::agentChanged,
                     [&](const AgentInfo& a) { liveAgents.applyAgent(a); });
    QObject::connect(&client, &RegistryClient::agentRemoved,
                     [&](const AgentInfo& a) { liveAgents.removeAgent(a); });
    QObject::connect(&client, &RegistryClient::functionChanged,
                     [&](const FunctionRegistrationInfo& f) { liveFunctions.applyFunctions({f}); });
    client.watch(kGameDev);
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.live(); }, 10000));

    churn();
    const RegistrationsSnapshot expected = serverState();
    ASSERT_EQ(expected.agents.size(), kAgents - 3);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return sameAsServer(liveAgents, liveFunctions, expected); }, 15000))
        << sameAsServer(liveAgents, liveFunctions, expected).message();
    // The server may fold a burst of changes to one agent into one event; well over a thousand
    // remain (about 1,900 here).
    ASSERT_GE(recorder.events.size(), 1000u);

    std::mt19937 random(20261121); // fixed: a failure replays the same order
    std::vector<Event> events = recorder.events;
    std::shuffle(events.begin(), events.end(), random);
    AgentsModel agentsModel{nullptr, [] {
                                return qint64(0);
                            }};
    agentsModel.setTickInterval(0);
    FunctionRegistrationsModel functionsModel{&agentsModel};
    QAbstractItemModelTester agentsTester{&agentsModel,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester functionsTester{&functionsModel,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal};
    std::uniform_int_distribution<int> batchSize(1, 40);
    QList<AgentInfo> batch;
    int wanted = batchSize(random);
    for (const Event& e : events) {
        if (const auto* a = std::get_if<AgentInfo>(&e)) {
            batch.append(*a);
        } else if (const auto* r = std::get_if<Removed>(&e)) {
            agentsModel.removeAgent(r->agent);
        } else if (const auto* f = std::get_if<FunctionRegistrationInfo>(&e)) {
            functionsModel.applyFunctions({*f});
        } else {
            functionsModel.removeFunction(std::get<RemovedFunction>(e).function);
        }
        if (batch.size() >= wanted) {
            agentsModel.applyAgents(batch);
            batch.clear();
            wanted = batchSize(random);
        }
    }
    agentsModel.applyAgents(batch);
    EXPECT_TRUE(sameAsServer(agentsModel, functionsModel, expected));
}
