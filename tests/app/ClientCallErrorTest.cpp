// CallError as the user reads it, for each way a call can fail against a real server: the
// missing permission named, no agent online, rate limited with the retry delay, invalid values
// pinned to their fields, a disabled function, timeouts, unknown jobs. Never raw gRPC text.
#include "ClientTestSupport.h"
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/client/FunctionsClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

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

json descriptor(const std::string& id, json extra = json::object()) {
    json d = {{"id", id},
              {"name", id},
              {"category", "player"},
              {"version", "1.0.0"},
              {"params",
               {{"type", "object"},
                {"properties", {{"player_id", {{"type", "string"}}}}},
                {"required", {"player_id"}}}},
              {"auth", {{"permission", "player.read"}}}};
    d.merge_patch(extra);
    return d;
}

class ClientCallErrorTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addUser("gm1", {"gm"});
        server.addUser("viewer1", {"viewer"});
        agent = startAgent(
            server, "worker",
            {{descriptor("player.get"),
              [](const sdk::Context&, const json&) { return sdk::Result{{"ok", true}}; }},
             {descriptor("player.rare", {{"semantics", {{"rate_limit", "1rpm"}}}}),
              [](const sdk::Context&, const json&) { return sdk::Result{{"ok", true}}; }},
             {descriptor("player.slow", {{"semantics", {{"timeout", "300ms"}}}}),
              [this](const sdk::Context& ctx, const json&) {
                  std::unique_lock lock(m_mutex);
                  m_cv.wait_for(lock, 5s, [&] { return m_release || ctx.IsCancelled(); });
                  return sdk::Result{{"ok", true}};
              }}});
        ASSERT_TRUE(agent);
    }
    void TearDown() override {
        {
            std::lock_guard lock(m_mutex);
            m_release = true;
        }
        m_cv.notify_all();
    }

    // Signs in as `user` on a connection of its own.
    void signIn(const std::string& user) {
        ASSERT_TRUE(connection.connectTo(profileFor(server.address(), ca)).ok());
        auto r = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            connection.login(QString::fromStdString(user),
                             QString::fromStdString(TestServer::passwordOf(user)), cb);
        });
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }
    CallError invokeError(const QString& id, const json& payload) {
        std::optional<InvokeOutcome> out;
        functions.invoke(scope, id, payload, {}, [&](InvokeOutcome o) { out = std::move(o); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 20000));
        EXPECT_TRUE(out && out->kind == InvokeOutcome::Kind::Error)
            << "expected an error from " << id.toStdString();
        return out ? out->error : CallError{};
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    TokenVault vault{nullptr};
    ServerConnection connection{vault};
    FunctionsClient functions{connection};
    std::unique_ptr<sdk::AgentClient> agent;
    const Scope scope{QStringLiteral("game"), QStringLiteral("dev")};
    std::mutex m_mutex; // guards m_release
    std::condition_variable m_cv;
    bool m_release = false;
};

TEST_F(ClientCallErrorTest, PermissionDeniedNamesTheMissingPermission) {
    signIn("viewer1");
    const CallError e = invokeError(QStringLiteral("player.get"), {{"player_id", "p1"}});
    EXPECT_EQ(e.kind, CallError::Kind::PermissionDenied);
    EXPECT_EQ(e.code, "PERMISSION_DENIED");
    EXPECT_EQ(e.permission, "player.read");
    EXPECT_EQ(e.message, "You do not have the permission \"player.read\" needed for this.");
}

TEST_F(ClientCallErrorTest, NoAgentOnlineSaysSo) {
    OperatorClient op(server.operatorChannel());
    ASSERT_TRUE(op.registerFunction(directBanDescriptor()).ok()); // known, but nobody serves it
    signIn("gm1");
    const CallError e = invokeError(QStringLiteral("player.ban"),
                                    {{"player_id", "p1"}, {"duration", 2}, {"reason", "x"}});
    EXPECT_EQ(e.kind, CallError::Kind::NoAgent);
    EXPECT_EQ(e.code, "UNAVAILABLE");
    EXPECT_EQ(e.message, "No agent serving player.ban is online. Try again once its game server "
                         "is connected.");
}

TEST_F(ClientCallErrorTest, RateLimitedGivesTheRetryDelay) {
    signIn("gm1");
    std::optional<InvokeOutcome> first;
    functions.invoke(scope, QStringLiteral("player.rare"), {{"player_id", "p1"}}, {},
                     [&](InvokeOutcome o) { first = std::move(o); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.has_value(); }));
    ASSERT_EQ(first->kind, InvokeOutcome::Kind::Result) << first->error.message.toStdString();
    const CallError e = invokeError(QStringLiteral("player.rare"), {{"player_id", "p2"}});
    EXPECT_EQ(e.kind, CallError::Kind::RateLimited);
    EXPECT_GT(e.retryAfterMs, 1000);
    EXPECT_LE(e.retryAfterMs, 60000);
    const QRegularExpression text(
        QStringLiteral("^Too many requests\\. Try again in (\\d+) second"));
    const auto match = text.match(e.message);
    ASSERT_TRUE(match.hasMatch()) << e.message.toStdString();
    EXPECT_EQ(match.captured(1).toLongLong(), (e.retryAfterMs + 999) / 1000);
}

TEST_F(ClientCallErrorTest, InvalidArgumentPinsEachViolationToItsField) {
    auto banAgent = startAgent(server, "banner",
                               {{directBanDescriptor(), [](const sdk::Context&, const json&) {
                                     return sdk::Result{{"success", true}};
                                 }}},
                               "agent-b");
    ASSERT_TRUE(banAgent);
    signIn("gm1");
    const CallError e = invokeError(QStringLiteral("player.ban"),
                                    {{"player_id", "p1"}, {"duration", 0}, {"reason", ""}});
    EXPECT_EQ(e.kind, CallError::Kind::InvalidArgument);
    std::map<QString, QString> fields;
    for (const auto& f : e.fields) {
        fields[f.pointer] = f.keyword;
    }
    EXPECT_EQ(fields[QStringLiteral("/duration")], "minimum");
    EXPECT_EQ(fields[QStringLiteral("/reason")], "minLength");
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("Some values are not valid: ")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("/duration")));
}

TEST_F(ClientCallErrorTest, ADisabledFunctionIsNamed) {
    OperatorClient op(server.operatorChannel());
    ASSERT_TRUE(op.setEnabled("player.get", false).ok());
    signIn("gm1");
    const CallError e = invokeError(QStringLiteral("player.get"), {{"player_id", "p1"}});
    EXPECT_EQ(e.kind, CallError::Kind::Disabled);
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("The function player.get is disabled")))
        << e.message.toStdString();
}

TEST_F(ClientCallErrorTest, AFunctionOverItsTimeIsATimeout) {
    signIn("gm1");
    const CallError e = invokeError(QStringLiteral("player.slow"), {{"player_id", "p1"}});
    EXPECT_EQ(e.kind, CallError::Kind::Timeout);
    EXPECT_EQ(e.code, "DEADLINE_EXCEEDED");
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("The function did not finish in time")));
}

TEST_F(ClientCallErrorTest, NoAnswerWithinTheDeadlineIsATimeout) {
    TcpProxy hung(server.port());
    hung.setStalling(true); // connections open, but nothing ever answers
    ASSERT_TRUE(connection.connectTo(profileFor(hung.address(), ca)).ok());
    connection.setCallTimeout(300ms);
    auto job = awaitReply<JobSummary>(
        [&](ReplyCallback<JobSummary> cb) { functions.getJob(QStringLiteral("job_x"), cb); });
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind, CallError::Kind::Timeout);
    EXPECT_EQ(job.error().code, "DEADLINE_EXCEEDED");
    EXPECT_EQ(job.error().message, "The server did not answer in time. The operation may still "
                                   "complete; check again before retrying.");
}

TEST_F(ClientCallErrorTest, AnUnknownJobIsNotFound) {
    signIn("gm1");
    auto job = awaitReply<JobSummary>(
        [&](ReplyCallback<JobSummary> cb) { functions.getJob(QStringLiteral("job_missing"), cb); });
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind, CallError::Kind::NotFound);
    EXPECT_TRUE(job.error().message.startsWith(QStringLiteral("Not found: ")));
}

} // namespace
