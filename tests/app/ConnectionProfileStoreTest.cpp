// ProfileStore: the built-in Local server profile, saved profiles, and what is remembered per
// profile (last user, last scope), kept in QSettings across store instances.
#include "croupier/client/ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace croupier::client;

namespace {

class ConnectionProfileStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("console.ini"));
    ProfileStore store{file};

    static ConnectionProfile remote(const QString& name, const QString& address) {
        ConnectionProfile p;
        p.name = name;
        p.address = address;
        p.caFile = QStringLiteral("/etc/croupier/ca.crt");
        return p;
    }
};

TEST_F(ConnectionProfileStoreTest, TheLocalServerProfileIsAlwaysThereAndFirst) {
    const auto profiles = store.profiles();
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.front().name, "Local server");
    EXPECT_TRUE(profiles.front().isLocal);
    EXPECT_EQ(store.lastUsed(), "Local server");
    EXPECT_FALSE(store.remove(QStringLiteral("Local server")));
    EXPECT_FALSE(store.save(remote(QStringLiteral("Local server"), QStringLiteral("x:1"))));
}

TEST_F(ConnectionProfileStoreTest, SavedProfilesAreKeptReplacedAndRemoved) {
    ConnectionProfile prod = remote(QStringLiteral("prod/eu"), QStringLiteral("ops.example:8443"));
    prod.clientCertFile = QStringLiteral("/home/me/gm.crt");
    prod.clientKeyFile = QStringLiteral("/home/me/gm.key");
    ASSERT_TRUE(store.save(prod));
    ASSERT_TRUE(store.save(remote(QStringLiteral("alpha"), QStringLiteral("alpha:8443"))));
    EXPECT_FALSE(store.save(remote(QStringLiteral("empty"), QString())));

    ProfileStore reopened(file); // what the next console session sees
    const auto profiles = reopened.profiles();
    ASSERT_EQ(profiles.size(), 3);
    EXPECT_EQ(profiles[1].name, "alpha");
    EXPECT_EQ(profiles[2], prod);

    prod.address = QStringLiteral("ops2.example:8443");
    prod.useSystemTrust = true;
    ASSERT_TRUE(store.save(prod));
    EXPECT_EQ(reopened.profile(QStringLiteral("prod/eu"))->address, "ops2.example:8443");
    EXPECT_TRUE(reopened.profile(QStringLiteral("prod/eu"))->useSystemTrust);
    EXPECT_EQ(reopened.profiles().size(), 3);

    EXPECT_TRUE(store.remove(QStringLiteral("alpha")));
    EXPECT_FALSE(store.remove(QStringLiteral("alpha")));
    EXPECT_FALSE(reopened.profile(QStringLiteral("alpha")).has_value());
}

TEST_F(ConnectionProfileStoreTest, LastProfileUserAndScopeAreRemembered) {
    ASSERT_TRUE(store.save(remote(QStringLiteral("prod/eu"), QStringLiteral("ops:8443"))));
    store.setLastUsed(QStringLiteral("prod/eu"));
    store.setLastUser(QStringLiteral("prod/eu"), QStringLiteral("gm1"));
    store.setLastUser(QStringLiteral("Local server"), QStringLiteral("admin"));
    store.setLastScope(QStringLiteral("prod/eu"), {QStringLiteral("game"), QStringLiteral("live")});

    ProfileStore reopened(file);
    EXPECT_EQ(reopened.lastUsed(), "prod/eu");
    EXPECT_EQ(reopened.lastUser(QStringLiteral("prod/eu")), "gm1");
    EXPECT_EQ(reopened.lastUser(QStringLiteral("Local server")), "admin");
    const auto scope = reopened.lastScope(QStringLiteral("prod/eu"));
    ASSERT_TRUE(scope.has_value());
    EXPECT_EQ(*scope, (Scope{QStringLiteral("game"), QStringLiteral("live")}));
    EXPECT_FALSE(reopened.lastScope(QStringLiteral("Local server")).has_value());

    // A removed profile forgets its state and is no longer the last used one.
    ASSERT_TRUE(store.remove(QStringLiteral("prod/eu")));
    EXPECT_EQ(reopened.lastUsed(), "Local server");
    EXPECT_TRUE(reopened.lastUser(QStringLiteral("prod/eu")).isEmpty());
}

// The default store (no file) is QSettings' user file: each test process must have its own, or
// GUI tests running side by side under ctest -j overwrite each other's profiles.
TEST(TestSettingsLocation, EachTestProcessHasItsOwnSettingsFile) {
    const QString config = QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME"));
    ASSERT_FALSE(config.isEmpty());
    EXPECT_TRUE(QSettings().fileName().startsWith(config + QLatin1Char('/')))
        << QSettings().fileName().toStdString();
}

} // namespace
