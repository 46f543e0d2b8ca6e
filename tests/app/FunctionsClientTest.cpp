// FunctionsClient against a real in-process server with real TLS and SDK agents: the catalog,
// calls (result, approval, the function's own error), jobs (live events, cancel, listing), and
// the streams' recovery: a cut connection or a restarted server never duplicates a job event,
// and the catalog resynchronises from a fresh snapshot.
#include "ClientTestSupport.h"
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/client/FunctionsClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <set>

namespace sdk = croupier::sdk;
using namespace croupier::client;
using croupier::testing::awaitReply;
using croupier::testing::deadlineIn;
using croupier::testing::directBanDescriptor;
using croupier::testing::foreignPki;
using croupier::testing::OperatorClient;
using croupier::testing::profileFor;
using croupier::testing::seedBanDescriptor;
using croupier::testing::startAgent;
using croupier::testing::StepGate;
using croupier::testing::TcpProxy;
using croupier::testing::TempDir;
using croupier::testing::TestServer;
using croupier::testing::TestServerOptions;
using croupier::testing::writeTestCaFile;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json getDescriptor() {
    return {{"id", "player.get"},
            {"name", "Get player"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties", {{"player_id", {{"type", "string"}}}}},
              {"required", {"player_id"}}}},
            {"auth", {{"permission", "player.read"}}}};
}

json exportDescriptor() {
    return {{"id", "player.export"},
            {"name", "Export players"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties", {{"steps", {{"type", "integer"}, {"minimum", 1}, {"default", 3}}}}}}}};
}

class FunctionsClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addUser("gm1", {"gm"});
        auto getPlayer = [](const sdk::Context&, const json& p) -> sdk::Result {
            if (p.value("player_id", "") == "ghost") {
                return sdk::Result::Error("PLAYER_NOT_FOUND", "no such player");
            }
            return sdk::Result{{"player_id", p["player_id"]}, {"level", 42}};
        };
        agent = startAgent(server, "worker",
                           {{getDescriptor(), getPlayer},
                            {exportDescriptor(), [this](const sdk::Context& ctx, const json& p) {
                                 return runExport(ctx, p);
                             }}});
        ASSERT_TRUE(agent);
        ASSERT_TRUE(connection.connectTo(profileFor(proxy->address(), ca)).ok());
        auto user = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            connection.login(QStringLiteral("gm1"),
                             QString::fromStdString(TestServer::passwordOf("gm1")), cb);
        });
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
        functions.setReconnectBackoff(50ms, 400ms);
        QObject::connect(&functions, &FunctionsClient::jobEvent,
                         [this](const JobEvent& e) { events.push_back(e); });
    }

    sdk::Result runExport(const sdk::Context& ctx, const json& p) {
        const int steps = p.value("steps", 3);
        for (int i = 1; i <= steps; ++i) {
            if (!gate.wait(i, ctx)) {
                return sdk::Result::Error("CANCELLED", "stopped at step " + std::to_string(i));
            }
            ctx.ReportProgress(static_cast<double>(i) / steps, "step " + std::to_string(i));
            ctx.Log("exported batch " + std::to_string(i));
        }
        return sdk::Result{{"exported", steps}};
    }

    InvokeOutcome await(const std::function<void(FunctionsClient::InvokeCallback)>& start) {
        std::optional<InvokeOutcome> out;
        start([&](InvokeOutcome o) { out = std::move(o); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 20000));
        return out.value_or(InvokeOutcome{});
    }
    InvokeRequest request(const QString& id, const json& payload) const {
        InvokeRequest r;
        r.scope = scope;
        r.functionId = id;
        r.payload = payload;
        return r;
    }
    QString startExport(int steps) {
        auto o = await([&](auto cb) {
            functions.startJob(request(QStringLiteral("player.export"), {{"steps", steps}}), cb);
        });
        EXPECT_EQ(o.kind, InvokeOutcome::Kind::Job) << o.error.message.toStdString();
        return o.jobId;
    }
    // The job as the server has it (read directly, not through the client under test).
    croupier::function::v1::Job serverJob(const QString& id) const {
        return OperatorClient(server.operatorChannel()).getJob(id.toStdString()).response;
    }
    // Every delivered seq is new and they run 1, 2, 3, ... with no gap.
    void expectContiguousSeqs() const {
        for (std::size_t i = 0; i < events.size(); ++i) {
            EXPECT_EQ(events[i].seq, static_cast<qint64>(i + 1)) << "event " << i;
        }
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    TokenVault vault{nullptr};
    std::unique_ptr<TcpProxy> proxy = std::make_unique<TcpProxy>(server.port());
    ServerConnection connection{vault};
    FunctionsClient functions{connection};
    StepGate gate;
    std::unique_ptr<sdk::AgentClient> agent;
    const Scope scope{QStringLiteral("game"), QStringLiteral("dev")};
    std::vector<JobEvent> events;
};

TEST_F(FunctionsClientTest, ListFunctionsGivesParsedDescriptorsAndLiveState) {
    auto list = awaitReply<QList<FunctionInfo>>(
        [&](ReplyCallback<QList<FunctionInfo>> cb) { functions.listFunctions(scope, cb); });
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 2);
    std::set<QString> ids;
    for (const auto& f : *list) {
        ids.insert(f.id());
        EXPECT_EQ(f.gameId, "game");
        EXPECT_TRUE(f.enabled);
        EXPECT_EQ(f.agentsOnline, 1);
        EXPECT_TRUE(f.available());
    }
    const std::set<QString> expected{QStringLiteral("player.export"), QStringLiteral("player.get")};
    EXPECT_EQ(ids, expected);
    auto one = awaitReply<FunctionInfo>([&](ReplyCallback<FunctionInfo> cb) {
        functions.getFunction(scope, QStringLiteral("player.get"), cb);
    });
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->descriptor->auth().permission, "player.read");
    EXPECT_EQ(one->descriptor->name(), "Get player");
}

TEST_F(FunctionsClientTest, InvokeReturnsTheResult) {
    auto o = await([&](auto cb) {
        functions.invoke(scope, QStringLiteral("player.get"), {{"player_id", "p1"}},
                         QStringLiteral("key-1"), cb);
    });
    ASSERT_EQ(o.kind, InvokeOutcome::Kind::Result) << o.error.message.toStdString();
    EXPECT_EQ(o.result["level"], 42);
    EXPECT_EQ(o.result["player_id"], "p1");
    EXPECT_EQ(o.agentId, "worker");
}

TEST_F(FunctionsClientTest, TheFunctionsOwnErrorIsReportedAsSuch) {
    auto o = await([&](auto cb) {
        functions.invoke(request(QStringLiteral("player.get"), {{"player_id", "ghost"}}), cb);
    });
    ASSERT_EQ(o.kind, InvokeOutcome::Kind::Error);
    EXPECT_EQ(o.error.kind, CallError::Kind::FunctionFailed);
    EXPECT_EQ(o.error.code, "PLAYER_NOT_FOUND");
    EXPECT_EQ(o.error.message, "The function reported an error: no such player");
}

TEST_F(FunctionsClientTest, AFunctionNeedingApprovalIsSentForApproval) {
    auto banAgent = startAgent(server, "banner",
                               {{seedBanDescriptor(), [](const sdk::Context&, const json&) {
                                     return sdk::Result{{"success", true}};
                                 }}},
                               "agent-b");
    ASSERT_TRUE(banAgent);
    auto o = await([&](auto cb) {
        functions.invoke(request(QStringLiteral("player.ban"),
                                 {{"player_id", "p1"}, {"duration", 24}, {"reason", "cheat"}}),
                         cb);
    });
    ASSERT_EQ(o.kind, InvokeOutcome::Kind::Approval) << o.error.message.toStdString();
    EXPECT_FALSE(o.approvalId.isEmpty());
    EXPECT_EQ(o.approvalState, "pending");

    auto job = await([&](auto cb) {
        functions.startJob(request(QStringLiteral("player.ban"),
                                   {{"player_id", "p2"}, {"duration", 1}, {"reason", "x"}}),
                           cb);
    });
    ASSERT_EQ(job.kind, InvokeOutcome::Kind::Approval);
    EXPECT_FALSE(job.approvalId.isEmpty());
    EXPECT_EQ(job.jobStatus, JobStatus::AwaitingApproval);
}

TEST_F(FunctionsClientTest, JobEventsArriveLiveAndTheStreamEndsAfterTheLastOne) {
    QSignalSpy ended(&functions, &FunctionsClient::jobStreamEnded);
    const QString id = startExport(3);
    functions.streamJobEvents(id);
    EXPECT_TRUE(functions.streamingJob(id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !events.empty(); }));
    EXPECT_EQ(events.front().type, JobEvent::Type::Start);
    gate.releaseAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, 20000));
    const auto error = ended.at(0).at(1).value<std::optional<CallError>>();
    EXPECT_FALSE(error.has_value());
    EXPECT_EQ(ended.at(0).at(0).toString(), id);
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type, JobEvent::Type::Done);
    EXPECT_EQ(events.back().status, JobStatus::Completed);
    EXPECT_EQ(events.back().data["exported"], 3);
    expectContiguousSeqs();
    EXPECT_FALSE(functions.streamingJob(id));
}

TEST_F(FunctionsClientTest, AJobStreamCutMidwayResumesWithoutDuplicatesOrGaps) {
    QSignalSpy ended(&functions, &FunctionsClient::jobStreamEnded);
    const QString id = startExport(4);
    functions.streamJobEvents(id);
    gate.release(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.size() >= 3; })); // start, progress, log
    const int before = proxy->connectionsAccepted();

    proxy->setRefusing(true);
    proxy->dropConnections();
    gate.release(2); // the job goes on while the console is cut off
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverJob(id).last_seq() >= 7; }));
    proxy->setRefusing(false);
    gate.releaseAll();

    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, 30000));
    EXPECT_FALSE(ended.at(0).at(1).value<std::optional<CallError>>().has_value());
    EXPECT_GT(proxy->connectionsAccepted(), before) << "the stream really reconnected";
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type, JobEvent::Type::Done);
    expectContiguousSeqs();
    const auto last = awaitReply<JobSummary>(
        [&](ReplyCallback<JobSummary> cb) { functions.getJob(id, cb); });
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->lastSeq, static_cast<qint64>(events.size()));
}

TEST_F(FunctionsClientTest, AJobStreamSurvivesAServerRestartWithoutDuplicates) {
    QSignalSpy ended(&functions, &FunctionsClient::jobStreamEnded);
    const QString id = startExport(3);
    functions.streamJobEvents(id);
    gate.release(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.size() >= 3; }));
    server.restart(); // the running job fails: its agent connection was lost
    proxy->setTargetPort(server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, 30000));
    EXPECT_FALSE(ended.at(0).at(1).value<std::optional<CallError>>().has_value());
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type, JobEvent::Type::Error);
    EXPECT_EQ(events.back().status, JobStatus::Failed);
    expectContiguousSeqs();
}

TEST_F(FunctionsClientTest, StreamingFromASeqSkipsWhatWasSeen) {
    QSignalSpy ended(&functions, &FunctionsClient::jobStreamEnded);
    const QString id = startExport(2);
    gate.releaseAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverJob(id).status() == "completed"; }));
    functions.streamJobEvents(id, 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, 20000));
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.front().seq, 3);
    EXPECT_EQ(events.back().type, JobEvent::Type::Done);
}

TEST_F(FunctionsClientTest, CancelJobAnswersTheStatusAndTheStreamShowsIt) {
    QSignalSpy ended(&functions, &FunctionsClient::jobStreamEnded);
    const QString id = startExport(5);
    functions.streamJobEvents(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !events.empty(); }));
    auto status = awaitReply<JobStatus>(
        [&](ReplyCallback<JobStatus> cb) { functions.cancelJob(id, QStringLiteral("test"), cb); });
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(*status, JobStatus::Canceled);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() > 0; }, 20000));
    EXPECT_EQ(events.back().type, JobEvent::Type::Error);
    EXPECT_EQ(events.back().errorCode, "CANCELLED");
    EXPECT_EQ(events.back().status, JobStatus::Canceled);
}

TEST_F(FunctionsClientTest, ListJobsFiltersAndGetJobGivesTheResult) {
    gate.releaseAll();
    const QString id = startExport(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverJob(id).status() == "completed"; }));
    JobQuery query;
    query.scope = scope;
    query.functionId = QStringLiteral("player.export");
    query.status = JobStatus::Completed;
    auto page =
        awaitReply<JobPage>([&](ReplyCallback<JobPage> cb) { functions.listJobs(query, cb); });
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->jobs.size(), 1);
    EXPECT_EQ(page->jobs.front().jobId, id);
    EXPECT_EQ(page->jobs.front().requester, "gm1");
    query.status = JobStatus::Running;
    auto none =
        awaitReply<JobPage>([&](ReplyCallback<JobPage> cb) { functions.listJobs(query, cb); });
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->jobs.isEmpty());

    auto job =
        awaitReply<JobSummary>([&](ReplyCallback<JobSummary> cb) { functions.getJob(id, cb); });
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->status, JobStatus::Completed);
    EXPECT_EQ(job->result["exported"], 1);
    EXPECT_EQ(job->payload["steps"], 1);
}

// ---------------------------------------------------------------- live catalog

class CatalogWatch {
public:
    explicit CatalogWatch(FunctionsClient& f) {
        QObject::connect(&f, &FunctionsClient::functionsReset,
                         [this](const QList<FunctionInfo>& l) {
                             ++resets;
                             catalog.clear();
                             for (const auto& info : l) {
                                 catalog[info.id()] = info;
                             }
                             lastResetSize = static_cast<int>(l.size());
                         });
        QObject::connect(&f, &FunctionsClient::functionChanged,
                         [this](const FunctionInfo& info) { catalog[info.id()] = info; });
        QObject::connect(&f, &FunctionsClient::functionRemoved,
                         [this](const QString& id) { catalog.erase(id); });
    }
    int resets = 0;
    int lastResetSize = 0;
    std::map<QString, FunctionInfo> catalog;
};

TEST_F(FunctionsClientTest, WatchStartsWithTheFullCatalogThenFollowsChanges) {
    CatalogWatch watch(functions);
    QSignalSpy live(&functions, &FunctionsClient::registrationsLiveChanged);
    functions.watchRegistrations(scope);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 1; }));
    EXPECT_EQ(watch.lastResetSize, 2);
    EXPECT_TRUE(functions.registrationsLive());
    ASSERT_GE(live.count(), 1);

    // A new function registers.
    auto mailAgent = startAgent(server, "mailer",
                                {{json{{"id", "mail.send"},
                                       {"name", "Send mail"},
                                       {"category", "mail"},
                                       {"version", "1.0.0"}},
                                  [](const sdk::Context&, const json&) { return sdk::Result{}; }}},
                                "agent-b");
    ASSERT_TRUE(mailAgent);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.catalog.count(QStringLiteral("mail.send")); }));
    EXPECT_EQ(watch.catalog[QStringLiteral("mail.send")].agentsOnline, 1);

    // Ops disable a function everywhere.
    ASSERT_TRUE(OperatorClient(server.operatorChannel()).setEnabled("player.get", false).ok());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !watch.catalog[QStringLiteral("player.get")].enabled; }));

    // Its only agent goes away.
    mailAgent->Stop();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return watch.catalog[QStringLiteral("mail.send")].agentsOnline == 0; }, 15000));
    EXPECT_EQ(watch.resets, 1) << "live changes do not reset the catalog";
}

TEST_F(FunctionsClientTest, AfterACutTheCatalogIsReplacedFromAFreshSnapshot) {
    CatalogWatch watch(functions);
    functions.watchRegistrations(scope);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 1; }));
    QSignalSpy live(&functions, &FunctionsClient::registrationsLiveChanged);

    proxy->setRefusing(true);
    proxy->dropConnections();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !functions.registrationsLive(); }));
    // Registered while the console could not see it.
    OperatorClient op(server.operatorChannel());
    ASSERT_TRUE(op.registerFunction(directBanDescriptor()).ok());
    proxy->setRefusing(false);

    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 2; }, 20000));
    EXPECT_TRUE(functions.registrationsLive());
    EXPECT_EQ(watch.lastResetSize, 3);
    EXPECT_EQ(watch.catalog.size(), 3u);
    EXPECT_TRUE(watch.catalog.count(QStringLiteral("player.ban")));
    ASSERT_GE(live.count(), 2);
    EXPECT_FALSE(live.at(0).at(0).toBool());
    EXPECT_TRUE(live.last().at(0).toBool());
}

TEST_F(FunctionsClientTest, AfterAServerRestartTheCatalogResyncs) {
    CatalogWatch watch(functions);
    functions.watchRegistrations(scope);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 1; }));
    server.restart();
    proxy->setTargetPort(server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets >= 2; }, 20000));
    // The agent comes back too; the catalog then shows it online again.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return watch.catalog.size() == 2 &&
               watch.catalog[QStringLiteral("player.get")].agentsOnline == 1;
    }, 20000));
}

TEST_F(FunctionsClientTest, StreamsPauseWhileSignedOutAndResumeAfterSignIn) {
    CatalogWatch watch(functions);
    functions.watchRegistrations(scope);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 1; }));
    ASSERT_TRUE(awaitReply<void>([&](ReplyCallback<void> cb) { connection.logout(cb); }).ok());
    EXPECT_FALSE(functions.registrationsLive());
    EXPECT_TRUE(functions.watching());
    auto user = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
        connection.login(QStringLiteral("gm1"),
                         QString::fromStdString(TestServer::passwordOf("gm1")), cb);
    });
    ASSERT_TRUE(user.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.resets == 2; }));
    EXPECT_TRUE(functions.registrationsLive());
}

} // namespace
