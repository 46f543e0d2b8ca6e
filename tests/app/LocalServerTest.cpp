// LocalServer with the real croupier-server binary: the first start initialises the data dir
// and exposes the admin password once, the server becomes healthy and accepts that password
// over TLS with the data dir's CA, stop() and the destructor stop it, and failures (no binary,
// a server that exits) are reported with a clear message.
#include "TestEnv.h"

#include "croupier/client/LocalServer.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>
#include <optional>

using namespace croupier::client;
using croupier::testing::TempDir;

namespace {

QString serverBinary() { return QStringLiteral(CROUPIER_BINARY_DIR "/server/croupier-server"); }

class LocalServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QFile::exists(serverBinary())) << "croupier-server is built before this test";
    }

    std::unique_ptr<LocalServer> makeServer() {
        auto s = std::make_unique<LocalServer>();
        s->setServerBinary(serverBinary());
        s->setDataDir(dataDir);
        return s;
    }

    // Signs in on `profile` as admin; the reply's error kind, or nullopt on success.
    std::optional<CallError::Kind> signIn(const ConnectionProfile& profile,
                                          const QString& password) {
        ServerConnection connection(vault);
        if (!connection.connectTo(profile).ok()) {
            return CallError::Kind::InvalidArgument;
        }
        std::optional<Reply<UserInfo>> reply;
        connection.login(QStringLiteral("admin"), password,
                         [&](Reply<UserInfo> r) { reply.emplace(std::move(r)); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, 20000));
        if (!reply || reply->ok()) {
            return std::nullopt;
        }
        return reply->error().kind;
    }

    TempDir dir;
    QString dataDir = QString::fromStdString((dir.path() / "local-server").string());
    TokenVault vault{nullptr};
};

TEST_F(LocalServerTest, FirstStartInitialisesServesAndStops) {
    auto server = makeServer();
    QSignalSpy ready(server.get(), &LocalServer::ready);
    QSignalSpy password(server.get(), &LocalServer::adminPasswordCreated);
    QSignalSpy failed(server.get(), &LocalServer::failed);
    server->start();
    EXPECT_EQ(server->status(), LocalServer::Status::Starting);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0; }, 60000))
        << server->errorText().toStdString();
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(server->status(), LocalServer::Status::Running);
    ASSERT_EQ(password.count(), 1);
    const QString admin = server->initialAdminPassword();
    EXPECT_FALSE(admin.isEmpty());
    EXPECT_EQ(password.at(0).at(0).toString(), admin);

    const ConnectionProfile profile = server->profile();
    EXPECT_TRUE(profile.isLocal);
    EXPECT_TRUE(profile.address.startsWith(QStringLiteral("127.0.0.1:")));
    EXPECT_TRUE(QFile::exists(profile.caFile));
    EXPECT_EQ(signIn(profile, admin), std::nullopt) << "the printed password signs in";
    EXPECT_EQ(signIn(profile, QStringLiteral("wrong")), CallError::Kind::Unauthenticated);

    QSignalSpy stopped(server.get(), &LocalServer::stopped);
    server->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stopped.count() > 0; }, 15000));
    EXPECT_EQ(server->status(), LocalServer::Status::Stopped);
    EXPECT_EQ(signIn(profile, admin), CallError::Kind::Unavailable) << "nothing listens any more";

    // The next start reuses the data dir: no new admin, the old password still works.
    auto again = makeServer();
    QSignalSpy readyAgain(again.get(), &LocalServer::ready);
    QSignalSpy passwordAgain(again.get(), &LocalServer::adminPasswordCreated);
    again->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return readyAgain.count() > 0; }, 60000))
        << again->errorText().toStdString();
    EXPECT_EQ(passwordAgain.count(), 0);
    EXPECT_TRUE(again->initialAdminPassword().isEmpty());
    EXPECT_EQ(signIn(again->profile(), admin), std::nullopt);
}

TEST_F(LocalServerTest, TheServerStopsWhenTheConsoleQuits) {
    auto server = makeServer();
    QSignalSpy ready(server.get(), &LocalServer::ready);
    server->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0; }, 60000))
        << server->errorText().toStdString();
    const ConnectionProfile profile = server->profile();
    const QString admin = server->initialAdminPassword();
    server.reset(); // what quitting the console does
    EXPECT_EQ(signIn(profile, admin), CallError::Kind::Unavailable);
}

TEST_F(LocalServerTest, AMissingBinaryIsAClearError) {
    LocalServer server;
    server.setServerBinary(QStringLiteral("/nonexistent/croupier-server"));
    server.setDataDir(dataDir);
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    ASSERT_TRUE(failed.count() == 1 || QTest::qWaitFor([&] { return failed.count() > 0; }, 5000));
    EXPECT_EQ(server.status(), LocalServer::Status::Failed);
    EXPECT_EQ(failed.at(0).at(0).toString(),
              "The bundled croupier-server was not found beside the console or on PATH.");
}

TEST_F(LocalServerTest, AServerThatExitsReportsItsCodeAndLastLines) {
    QDir().mkpath(dataDir + QStringLiteral("/pki"));
    QFile(dataDir + QStringLiteral("/pki/ca.key")).open(QIODevice::WriteOnly); // "initialised"
    std::ofstream(dataDir.toStdString() + "/pki/ca.crt") << croupier::testing::testPki().ca.certPem;
    std::ofstream(dataDir.toStdString() + "/croupier.yaml") << "no_such_setting: 1\n";
    auto server = makeServer();
    QSignalSpy failed(server.get(), &LocalServer::failed);
    server->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, 30000));
    const QString text = failed.at(0).at(0).toString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("The local server exited with code 2.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("no_such_setting"))) << text.toStdString();
    EXPECT_EQ(server->status(), LocalServer::Status::Failed);
}

} // namespace
