// ServerConnection against a real in-process server with real TLS: sign-in, the token on every
// call, expiry and revocation ending the session once, resuming from the vault, scopes, and the
// connection state as the link comes and goes.
#include "ClientTestSupport.h"
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/auth/v1/auth.grpc.pb.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>

namespace auth = croupier::auth;
namespace client = croupier::client; // client::ConnectionState, not sdk::ConnectionState
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

namespace {

class SessionTest : public ::testing::Test {
protected:
    explicit SessionTest(TestServerOptions options = {}) : server(std::move(options)) {}

    void SetUp() override {
        server.addUser("gm1", {"gm"});
        ASSERT_TRUE(connection.connectTo(profileFor(server.address(), ca)).ok());
    }

    Reply<UserInfo> login(ServerConnection& c, const std::string& user, const std::string& pw) {
        return awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            c.login(QString::fromStdString(user), QString::fromStdString(pw), cb);
        });
    }
    Reply<UserInfo> loginGm() { return login(connection, "gm1", TestServer::passwordOf("gm1")); }
    Reply<UserInfo> whoAmI(ServerConnection& c) {
        return awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) { c.whoAmI(cb); });
    }
    // The token the vault keeps for gm1 on the "test" profile ("" when none).
    QString storedToken() {
        std::optional<SecretResult> out;
        vault.readToken(QStringLiteral("test"), QStringLiteral("gm1"),
                        [&](SecretResult r) { out = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }));
        return out && out->ok() ? out->secret : QString();
    }
    // WhoAmI with `token` on a channel of its own.
    grpc::StatusCode serverVerdictOn(const QString& token) {
        auto stub = auth::v1::AuthService::NewStub(server.operatorChannelWith(token.toStdString()));
        grpc::ClientContext ctx;
        ctx.set_deadline(deadlineIn());
        auth::v1::WhoAmIResponse response;
        return stub->WhoAmI(&ctx, {}, &response).error_code();
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    TokenVault vault{nullptr}; // memory only: the keychain has its own tests
    ServerConnection connection{vault};
};

class ServerConnectionTest : public SessionTest {};

TEST_F(ServerConnectionTest, LoginSignsInAndTheTokenGoesWithEveryCall) {
    QSignalSpy signedIn(&connection, &ServerConnection::signedInChanged);
    auto user = loginGm();
    ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
    EXPECT_EQ(user->username, "gm1");
    EXPECT_TRUE(user->hasRole(QStringLiteral("gm")));
    EXPECT_TRUE(user->hasPermission(QStringLiteral("player.ban")));
    EXPECT_GT(user->tokenExpiresAtMs, 0);
    EXPECT_TRUE(connection.signedIn());
    ASSERT_EQ(signedIn.count(), 1);
    EXPECT_TRUE(signedIn.at(0).at(0).toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return connection.state() == client::ConnectionState::Connected; }));

    auto me = whoAmI(connection); // WhoAmI needs the bearer token
    ASSERT_TRUE(me.ok()) << me.error().message.toStdString();
    EXPECT_EQ(me->username, "gm1");
    EXPECT_FALSE(storedToken().isEmpty()) << "the token is kept in the vault";
}

TEST_F(ServerConnectionTest, CallsWithoutSigningInAreRefusedWithAPlainMessage) {
    auto me = whoAmI(connection);
    ASSERT_FALSE(me.ok());
    EXPECT_EQ(me.error().kind, CallError::Kind::Unauthenticated);
    EXPECT_EQ(me.error().message, "Please sign in.");
}

TEST_F(ServerConnectionTest, WrongPasswordIsAPlainMessageAndNoSession) {
    QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
    auto user = login(connection, "gm1", "not-the-password");
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, CallError::Kind::Unauthenticated);
    EXPECT_EQ(user.error().code, "UNAUTHENTICATED");
    EXPECT_EQ(user.error().message, "Wrong username or password.");
    EXPECT_FALSE(connection.signedIn());
    EXPECT_EQ(expired.count(), 0) << "a failed sign-in is not an expired session";
    EXPECT_TRUE(storedToken().isEmpty());
}

TEST_F(ServerConnectionTest, RevokedTokenEndsTheSessionExactlyOnce) {
    ASSERT_TRUE(loginGm().ok());
    const QString token = storedToken();
    ASSERT_FALSE(token.isEmpty());
    // Signed out from another session with the same token.
    auto stub = auth::v1::AuthService::NewStub(server.operatorChannelWith(token.toStdString()));
    grpc::ClientContext ctx;
    auth::v1::LogoutResponse out;
    ASSERT_TRUE(stub->Logout(&ctx, {}, &out).ok());

    QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
    QSignalSpy signedIn(&connection, &ServerConnection::signedInChanged);
    std::vector<CallError> errors;
    for (int i = 0; i < 3; ++i) {
        connection.whoAmI([&](Reply<UserInfo> r) { errors.push_back(r.error()); });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() == 3; }));
    EXPECT_EQ(errors.front().kind, CallError::Kind::Unauthenticated);
    ASSERT_EQ(expired.count(), 1);
    EXPECT_EQ(expired.at(0).at(0).toString(),
              "Your session was ended (signed out or revoked). Please sign in again.");
    EXPECT_FALSE(connection.signedIn());
    ASSERT_EQ(signedIn.count(), 1);
    EXPECT_FALSE(signedIn.at(0).at(0).toBool());
    EXPECT_TRUE(storedToken().isEmpty()) << "a refused token is not kept";

    // Signing in again starts a new session, which can expire again.
    ASSERT_TRUE(loginGm().ok());
    EXPECT_TRUE(whoAmI(connection).ok());
}

TEST_F(ServerConnectionTest, ResumeSessionSignsInWithTheStoredToken) {
    ASSERT_TRUE(loginGm().ok());
    ServerConnection second(vault);
    ASSERT_TRUE(second.connectTo(profileFor(server.address(), ca)).ok());
    auto resumed = awaitReply<UserInfo>(
        [&](ReplyCallback<UserInfo> cb) { second.resumeSession(QStringLiteral("gm1"), cb); });
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->username, "gm1");
    EXPECT_TRUE(second.signedIn());
    EXPECT_TRUE(whoAmI(second).ok());

    auto nobody = awaitReply<UserInfo>(
        [&](ReplyCallback<UserInfo> cb) { second.resumeSession(QStringLiteral("gm2"), cb); });
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().kind, CallError::Kind::Unauthenticated);
    EXPECT_FALSE(second.signedIn());
}

TEST_F(ServerConnectionTest, ResumeWithARevokedTokenFailsAndForgetsIt) {
    ASSERT_TRUE(loginGm().ok());
    ASSERT_TRUE(awaitReply<void>([&](ReplyCallback<void> cb) { connection.logout(cb); }).ok());
    ASSERT_TRUE(storedToken().isEmpty());
    // Put the now revoked token back, as if an old keychain entry remained.
    const std::string stale = server.login("gm1");
    {
        auto stub = auth::v1::AuthService::NewStub(server.operatorChannelWith(stale));
        grpc::ClientContext ctx;
        auth::v1::LogoutResponse out;
        ASSERT_TRUE(stub->Logout(&ctx, {}, &out).ok());
    }
    vault.writeToken(QStringLiteral("test"), QStringLiteral("gm1"), QString::fromStdString(stale));
    QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
    auto resumed = awaitReply<UserInfo>(
        [&](ReplyCallback<UserInfo> cb) { connection.resumeSession(QStringLiteral("gm1"), cb); });
    ASSERT_FALSE(resumed.ok());
    EXPECT_EQ(resumed.error().kind, CallError::Kind::Unauthenticated);
    EXPECT_EQ(expired.count(), 0) << "no session had started";
    EXPECT_TRUE(storedToken().isEmpty());
}

TEST_F(ServerConnectionTest, LogoutRevokesTheTokenOnTheServer) {
    ASSERT_TRUE(loginGm().ok());
    const QString token = storedToken();
    ASSERT_EQ(serverVerdictOn(token), grpc::StatusCode::OK);
    auto out = awaitReply<void>([&](ReplyCallback<void> cb) { connection.logout(cb); });
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_FALSE(connection.signedIn());
    EXPECT_TRUE(storedToken().isEmpty());
    EXPECT_EQ(serverVerdictOn(token), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(ServerConnectionTest, AvailableScopesAreTheOnesTheServerHas) {
    for (const auto& [game, env] : {std::pair{"game", "dev"}, {"shooter", "live"}}) {
        OperatorClient op(server.operatorChannel(), game, env);
        auto r = op.registerFunction(directBanDescriptor());
        ASSERT_TRUE(r.ok()) << r.status.message;
    }
    ASSERT_TRUE(loginGm().ok());
    auto scopes = awaitReply<QList<Scope>>(
        [&](ReplyCallback<QList<Scope>> cb) { connection.availableScopes(cb); });
    ASSERT_TRUE(scopes.ok()) << scopes.error().message.toStdString();
    const QList<Scope> expected{{QStringLiteral("game"), QStringLiteral("dev")},
                                {QStringLiteral("shooter"), QStringLiteral("live")}};
    EXPECT_EQ(*scopes, expected);
}

TEST_F(ServerConnectionTest, StateFollowsTheLinkToTheServer) {
    ASSERT_TRUE(loginGm().ok());
    QSignalSpy states(&connection, &ServerConnection::stateChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == client::ConnectionState::Connected; }));
    server.stop();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return connection.state() == client::ConnectionState::Reconnecting; }, 15000));
    server.restart(); // same port, same data dir: the session survives
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return connection.state() == client::ConnectionState::Connected; }, 15000));
    EXPECT_TRUE(whoAmI(connection).ok());
    connection.disconnectFromServer();
    EXPECT_EQ(connection.state(), client::ConnectionState::Offline);
    EXPECT_FALSE(connection.signedIn());
}

TEST_F(ServerConnectionTest, AnUnreachableServerIsExplainedPlainly) {
    std::string nowhere;
    {
        TcpProxy gone(server.port()); // a port that was free a moment ago and is closed now
        nowhere = gone.address();
    }
    ServerConnection lonely(vault);
    ASSERT_TRUE(lonely.connectTo(profileFor(nowhere, ca)).ok());
    EXPECT_EQ(lonely.state(), client::ConnectionState::Connecting);
    QSignalSpy problems(&lonely, &ServerConnection::connectionProblem);
    auto user = login(lonely, "gm1", TestServer::passwordOf("gm1"));
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, CallError::Kind::Unavailable);
    EXPECT_EQ(user.error().message,
              "Cannot reach the server. Check the address and that the server is running.");
    EXPECT_EQ(problems.count(), 1);
    EXPECT_NE(lonely.state(), client::ConnectionState::Connected);
}

TEST_F(ServerConnectionTest, AProfileWithAMissingCaFileIsRefusedAtOnce) {
    ServerConnection other(vault);
    auto profile = profileFor(server.address(), dir.path() / "missing.crt");
    auto opened = other.connectTo(profile);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(profile.caFile));
    EXPECT_EQ(other.state(), client::ConnectionState::Offline);
    auto me = whoAmI(other);
    ASSERT_FALSE(me.ok());
    EXPECT_EQ(me.error().message, "Not connected to a server.");
}

TEST_F(ServerConnectionTest, ATlsFailureIsNotShownAsRawGrpcText) {
    ServerConnection other(vault);
    TempDir foreign;
    const auto wrongCa = foreign.path() / "foreign.crt";
    std::ofstream(wrongCa) << foreignPki().ca.certPem;
    ASSERT_TRUE(other.connectTo(profileFor(server.address(), wrongCa)).ok());
    auto user = login(other, "gm1", TestServer::passwordOf("gm1"));
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, CallError::Kind::Unavailable);
    EXPECT_EQ(user.error().message, "The secure connection to the server failed. Check the "
                                    "profile's CA certificate and server name.");
}

class ExpiringSessionTest : public SessionTest {
protected:
    ExpiringSessionTest() : SessionTest(TestServerOptions{.fakeClock = true}) {}
};

TEST_F(ExpiringSessionTest, AnExpiredTokenEndsTheSessionWithAnExpiryMessage) {
    ASSERT_TRUE(loginGm().ok());
    ASSERT_TRUE(whoAmI(connection).ok());
    QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
    server.fakeClock()->advance(std::chrono::hours(13)); // the default token TTL is 12 h
    auto me = whoAmI(connection);
    ASSERT_FALSE(me.ok());
    EXPECT_EQ(me.error().kind, CallError::Kind::Unauthenticated);
    ASSERT_EQ(expired.count(), 1);
    EXPECT_EQ(expired.at(0).at(0).toString(), "Your session has expired. Please sign in again.");
    EXPECT_FALSE(connection.signedIn());
}

} // namespace
