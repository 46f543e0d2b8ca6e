// Where tokens are kept: MemorySecretStore, TokenVault falling back to memory (and saying so
// once) when the keychain fails, stays silent, or has no D-Bus to talk to, and - under
// run-with-keyring.sh (a private D-Bus session with an unlocked gnome-keyring) - a real
// KeychainSecretStore round trip.
#include "croupier/client/KeychainSecretStore.h"
#include "croupier/client/MemorySecretStore.h"
#include "croupier/client/TokenVault.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <optional>

using namespace croupier::client;
using namespace std::chrono_literals;

namespace {

// Runs one asynchronous store call and waits for its answer; also checks it was not inline.
template <class Call>
SecretResult await(Call call, int timeoutMs = 15000) {
    auto out = std::make_shared<std::optional<SecretResult>>(); // outlives a late answer
    call([out](SecretResult r) { *out = std::move(r); });
    EXPECT_FALSE(out->has_value()) << "answered inside the call";
    if (!QTest::qWaitFor([&] { return out->has_value(); }, timeoutMs)) {
        ADD_FAILURE() << "no answer in time";
        return {SecretResult::Status::Unavailable, {}, QStringLiteral("test timed out")};
    }
    return **out;
}

// A keychain that always fails, counting how often it is asked.
class BrokenKeychain final : public SecretStore {
public:
    int calls = 0;
    void readToken(const QString&, const QString&, Callback done) override { fail(done); }
    void writeToken(const QString&, const QString&, const QString&, Callback done) override {
        fail(done);
    }
    void removeToken(const QString&, const QString&, Callback done) override { fail(done); }

private:
    void fail(const Callback& done) {
        ++calls;
        QMetaObject::invokeMethod(
            this, [done] { done({SecretResult::Status::Unavailable, {}, "no secret service"}); },
            Qt::QueuedConnection);
    }
};

// A keychain that never answers (a locked keyring waiting for a prompt nobody sees).
class SilentKeychain final : public SecretStore {
public:
    void readToken(const QString&, const QString&, Callback) override {}
    void writeToken(const QString&, const QString&, const QString&, Callback) override {}
    void removeToken(const QString&, const QString&, Callback) override {}
};

TEST(MemorySecretStoreTest, KeepsRemovesAndAnswersLater) {
    MemorySecretStore store;
    auto missing = await([&](auto cb) { store.readToken("p", "u", cb); });
    EXPECT_EQ(missing.status, SecretResult::Status::NotFound);
    ASSERT_TRUE(await([&](auto cb) { store.writeToken("p", "u", "tok-1", cb); }).ok());
    ASSERT_TRUE(await([&](auto cb) { store.writeToken("p", "other", "tok-2", cb); }).ok());
    auto read = await([&](auto cb) { store.readToken("p", "u", cb); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.secret, "tok-1");
    EXPECT_TRUE(await([&](auto cb) { store.removeToken("p", "u", cb); }).ok());
    EXPECT_EQ(await([&](auto cb) { store.readToken("p", "u", cb); }).status,
              SecretResult::Status::NotFound);
    EXPECT_EQ(await([&](auto cb) { store.readToken("p", "other", cb); }).secret, "tok-2");
}

TEST(TokenVaultTest, AFailingKeychainFallsBackToMemoryAndSaysSoOnce) {
    auto keychain = std::make_unique<BrokenKeychain>();
    BrokenKeychain* broken = keychain.get();
    TokenVault vault(std::move(keychain));
    QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
    EXPECT_TRUE(vault.keychainAvailable());

    ASSERT_TRUE(await([&](auto cb) { vault.writeToken("p", "u", "tok", cb); }).ok());
    EXPECT_FALSE(vault.keychainAvailable());
    EXPECT_EQ(vault.keychainProblem(), "no secret service");
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_EQ(unavailable.at(0).at(0).toString(),
              "No keychain available: you will need to sign in again next time.");

    auto read = await([&](auto cb) { vault.readToken("p", "u", cb); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.secret, "tok") << "kept for the session";
    ASSERT_TRUE(await([&](auto cb) { vault.removeToken("p", "u", cb); }).ok());
    EXPECT_EQ(await([&](auto cb) { vault.readToken("p", "u", cb); }).status,
              SecretResult::Status::NotFound);
    EXPECT_EQ(unavailable.count(), 1) << "said once per session";
    EXPECT_EQ(broken->calls, 1) << "the broken keychain is not asked again";
}

TEST(TokenVaultTest, ASilentKeychainTimesOutIntoMemory) {
    TokenVault vault(std::make_unique<SilentKeychain>());
    vault.setKeychainTimeout(100ms);
    QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
    ASSERT_TRUE(await([&](auto cb) { vault.writeToken("p", "u", "tok", cb); }).ok());
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_EQ(await([&](auto cb) { vault.readToken("p", "u", cb); }).secret, "tok");
}

TEST(TokenVaultTest, WithoutDBusTheRealKeychainFallsBackToMemory) {
    if (std::getenv("CROUPIER_TEST_KEYRING") != nullptr) {
        GTEST_SKIP() << "this run has a keyring";
    }
    ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    auto vault = TokenVault::withKeychain();
    QSignalSpy unavailable(vault.get(), &TokenVault::keychainUnavailable);
    auto written = await([&](auto cb) { vault->writeToken("p", "u", "tok", cb); }, 20000);
    ASSERT_TRUE(written.ok());
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(vault->keychainAvailable());
    auto read = await([&](auto cb) { vault->readToken("p", "u", cb); });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.secret, "tok");
}

TEST(KeychainSecretStoreTest, RoundTripThroughTheSecretService) {
    if (std::getenv("CROUPIER_TEST_KEYRING") == nullptr) {
        GTEST_SKIP() << "needs a Secret Service: run through tests/app/run-with-keyring.sh";
    }
    KeychainSecretStore store;
    const QString user = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = QStringLiteral("token-") + user;
    auto written = await([&](auto cb) { store.writeToken("Local server", user, token, cb); });
    ASSERT_TRUE(written.ok()) << written.message.toStdString();
    auto read = await([&](auto cb) { store.readToken("Local server", user, cb); });
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.secret, token);
    EXPECT_EQ(await([&](auto cb) { store.readToken("Other", user, cb); }).status,
              SecretResult::Status::NotFound);
    ASSERT_TRUE(await([&](auto cb) { store.removeToken("Local server", user, cb); }).ok());
    EXPECT_EQ(await([&](auto cb) { store.readToken("Local server", user, cb); }).status,
              SecretResult::Status::NotFound);

    TokenVault vault(std::make_unique<KeychainSecretStore>());
    QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
    ASSERT_TRUE(await([&](auto cb) { vault.writeToken("Local server", user, token, cb); }).ok());
    EXPECT_TRUE(vault.keychainAvailable());
    EXPECT_EQ(unavailable.count(), 0);
    // A second vault (the next console session) finds it in the keychain.
    TokenVault next(std::make_unique<KeychainSecretStore>());
    EXPECT_EQ(await([&](auto cb) { next.readToken("Local server", user, cb); }).secret, token);
    await([&](auto cb) { next.removeToken("Local server", user, cb); });
}

} // namespace
