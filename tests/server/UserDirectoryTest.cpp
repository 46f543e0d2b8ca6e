// UserDirectory over a real SqliteStore with a fake clock: signing in, bearer tokens (expiry,
// logout, revocation on disable and password change, survival across a reload), the admin
// operations' validation, and sign-in throttling per user and per peer.

#include "croupier/server/UserDirectory.h"

#include "TestEnv.h"
#include "croupier/server/SqliteStore.h"

#include <atomic>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <thread>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using core::ErrorCode;

constexpr const char* kPeer = "ipv4:10.0.0.1:5555";

class UserDirectoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        config.tokenTtl = 1h;
        config.loginSlowAfter = 3;
        config.loginDelayStep = 500ms;
        config.loginLockAfter = 6;
        config.loginLockout = 5min;
        auto opened = SqliteStore::open(dir.path() / "croupier.db");
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
        users = makeDirectory();
        ASSERT_TRUE(users->createUser("alice", "alice-password", "Alice", {"gm"}, {}));
    }

    std::unique_ptr<UserDirectory> makeDirectory() {
        auto d = std::make_unique<UserDirectory>(*store, config, clock, log);
        d->setPasswordCost(core::ScryptCost{16, 1, 1});
        auto loaded = d->load();
        EXPECT_TRUE(loaded) << loaded.error().message;
        return d;
    }

    LoginAttempt login(const std::string& user, const std::string& password,
                       const std::string& peer = kPeer) {
        return users->login(user, password, peer, "test");
    }

    // Signs in and returns the token (empty on failure, with a test failure).
    std::string token(const std::string& user = "alice",
                      const std::string& password = "alice-password") {
        auto attempt = login(user, password);
        EXPECT_TRUE(attempt.result) << attempt.result.error().message;
        return attempt.result ? attempt.result->token : std::string();
    }

    core::Result<Principal> auth(const std::string& token, const UserDirectory* d = nullptr) {
        return (d ? d : users.get())->authenticate("Bearer " + token, kPeer);
    }

    static void expectUnauthenticated(const core::Result<Principal>& r, const std::string& text) {
        ASSERT_FALSE(r) << "authenticated as " << r->username;
        EXPECT_EQ(r.error().code, ErrorCode::Unauthenticated);
        EXPECT_NE(r.error().message.find(text), std::string::npos) << r.error().message;
    }

    testing::TempDir dir;
    core::FakeClock clock;
    ServerConfig config;
    core::Logger log{core::LogLevel::Off};
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<UserDirectory> users;
};

TEST_F(UserDirectoryTest, SignInGivesATokenThatIdentifiesTheUserAndTheirPermissions) {
    auto attempt = login("alice", "alice-password");
    ASSERT_TRUE(attempt.result) << attempt.result.error().message;
    EXPECT_EQ(attempt.delay, 0ms);
    const auto& result = *attempt.result;
    EXPECT_EQ(result.token.rfind("tok_", 0), 0u);
    EXPECT_EQ(result.token.size(), 4u + 64u);
    EXPECT_EQ(result.expiresAtMs, core::toUnixMs(clock.now() + 1h));
    EXPECT_EQ(result.user.lastLoginAtMs, core::toUnixMs(clock.now()));

    auto p = users->authenticate("bearer  " + result.token + " ", "ipv4:10.0.0.2:1");
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->username, "alice");
    EXPECT_TRUE(p->hasRole("gm"));
    EXPECT_TRUE(p->can("player.ban"));
    EXPECT_FALSE(p->can(perm::kUserAdmin));
    EXPECT_EQ(p->tokenExpiresAtMs, result.expiresAtMs);
    EXPECT_EQ(p->peer, "ipv4:10.0.0.2:1");
    EXPECT_NE(token(), result.token); // every sign-in gets its own token
}

TEST_F(UserDirectoryTest, TheDatabaseHoldsNeitherTokensNorPasswordsInClear) {
    const auto t = token();
    std::string bytes;
    for (const auto* name : {"croupier.db", "croupier.db-wal"}) {
        std::ifstream in(dir.path() / name, std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.find(t.substr(4)), std::string::npos);
    EXPECT_EQ(bytes.find("alice-password"), std::string::npos);
    EXPECT_NE(bytes.find("alice"), std::string::npos); // the check can see the file at all
}

TEST_F(UserDirectoryTest, WrongPasswordUnknownUserAndDisabledUserGetTheSameAnswer) {
    ASSERT_TRUE(users->createUser("bob", "bob-password", "", {"viewer"}, {}));
    ASSERT_TRUE(users->setDisabled("bob", true));
    const auto wrong = login("alice", "not-her-password");
    const auto unknown = login("mallory", "alice-password");
    const auto disabled = login("bob", "bob-password", "ipv4:10.0.0.3:1");
    for (const auto* attempt : {&wrong, &unknown, &disabled}) {
        ASSERT_FALSE(attempt->result);
        EXPECT_EQ(attempt->result.error().code, ErrorCode::Unauthenticated);
        EXPECT_EQ(attempt->result.error().message, "wrong username or password");
    }
    // Only the audit trail learns which.
    EXPECT_EQ(wrong.reason, "wrong password");
    EXPECT_EQ(unknown.reason, "unknown user");
    EXPECT_EQ(disabled.reason, "disabled");
}

TEST_F(UserDirectoryTest, DisablingRefusesSignInAndRevokesTokens) {
    const auto t = token();
    ASSERT_TRUE(auth(t));
    auto disabled = users->setDisabled("alice", true);
    ASSERT_TRUE(disabled);
    EXPECT_TRUE(disabled->disabled);
    expectUnauthenticated(auth(t), "token revoked");
    EXPECT_FALSE(login("alice", "alice-password").result);

    ASSERT_TRUE(users->setDisabled("alice", false));
    expectUnauthenticated(auth(t), "token revoked"); // enabling does not bring tokens back
    EXPECT_TRUE(auth(token()));
}

TEST_F(UserDirectoryTest, TokensExpireAfterTheConfiguredTtl) {
    const auto t = token();
    clock.advance(1h - 1ms);
    ASSERT_TRUE(auth(t));
    clock.advance(1ms);
    expectUnauthenticated(auth(t), "token expired");
}

TEST_F(UserDirectoryTest, LogoutRevokesOnlyThatToken) {
    const auto first = token();
    const auto second = token();
    auto p = auth(first);
    ASSERT_TRUE(p);
    ASSERT_TRUE(users->logout(*p));
    expectUnauthenticated(auth(first), "token revoked");
    EXPECT_TRUE(auth(second));
}

TEST_F(UserDirectoryTest, MissingOrMalformedAuthorizationIsUnauthenticated) {
    expectUnauthenticated(users->authenticate("", kPeer), "sign in");
    expectUnauthenticated(users->authenticate("   ", kPeer), "sign in");
    for (const auto* bad :
         {"Bearer", "Bearer ", "Basic dXNlcjpwdw==", "tok_abc", "Bearer a b", "Bearertok_abc"}) {
        expectUnauthenticated(users->authenticate(bad, kPeer), "Bearer <token>");
    }
    expectUnauthenticated(auth("tok_" + std::string(64, '0')), "unknown token");
}

TEST_F(UserDirectoryTest, AReloadedDirectoryKeepsUsersAndLiveTokens) {
    ASSERT_TRUE(users->setScopes("alice", {{"game", "prod"}}));
    const auto loggedOut = token();
    ASSERT_TRUE(users->logout(*auth(loggedOut)));
    const auto stale = token();
    clock.advance(30min);
    const auto fresh = token();
    clock.advance(31min); // `stale` expired, `fresh` not

    auto reloaded = makeDirectory();
    auto p = auth(fresh, reloaded.get());
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->username, "alice");
    EXPECT_TRUE(p->can("player.ban"));
    EXPECT_TRUE(p->inScope("game", "prod"));
    EXPECT_FALSE(p->inScope("game", "dev"));
    EXPECT_FALSE(auth(stale, reloaded.get()));
    EXPECT_FALSE(auth(loggedOut, reloaded.get()));
    auto user = reloaded->getUser("alice");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->displayName, "Alice");
    EXPECT_EQ(user->lastLoginAtMs, core::toUnixMs(clock.now() - 31min));
    EXPECT_TRUE(reloaded->checkPassword("alice", "alice-password"));
}

TEST_F(UserDirectoryTest, ChangingThePasswordRevokesTokensAndReplacesThePassword) {
    const auto t = token();
    ASSERT_TRUE(users->setPassword("alice", "new-alice-password"));
    expectUnauthenticated(auth(t), "token revoked");
    EXPECT_FALSE(login("alice", "alice-password").result);
    EXPECT_TRUE(login("alice", "new-alice-password").result);
    EXPECT_TRUE(users->checkPassword("alice", "new-alice-password"));
    EXPECT_FALSE(users->checkPassword("alice", "alice-password"));
    EXPECT_EQ(users->setPassword("nobody", "whatever-pw").error().code, ErrorCode::NotFound);
    EXPECT_EQ(users->setPassword("alice", "short").error().code, ErrorCode::InvalidArgument);
}

TEST_F(UserDirectoryTest, RoleAndScopeChangesApplyToLiveTokens) {
    const auto t = token();
    ASSERT_TRUE(users->setRoles("alice", {"viewer"}));
    auto p = auth(t);
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->can("player.ban"));
    EXPECT_TRUE(p->hasRole("viewer"));
    EXPECT_TRUE(p->inScope("any", "thing"));
    ASSERT_TRUE(users->setScopes("alice", {{"*", "dev"}}));
    p = auth(t);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->inScope("g1", "dev"));
    EXPECT_FALSE(p->inScope("g1", "prod"));
}

TEST_F(UserDirectoryTest, AdminOperationsCheckTheirInput) {
    for (const auto* name : {"", "Alice", "a b", "ä", "x/y"}) {
        auto r = users->createUser(name, "long-enough", "", {"gm"}, {});
        ASSERT_FALSE(r) << name;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << name;
    }
    EXPECT_FALSE(users->createUser(std::string(65, 'a'), "long-enough", "", {}, {}));
    EXPECT_TRUE(users->createUser(std::string(64, 'a'), "long-enough", "", {}, {}));
    EXPECT_TRUE(users->createUser("dot.dash-under_9", "8chars!!", "", {}, {}));
    EXPECT_EQ(users->createUser("carol", "7chars!", "", {}, {}).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_TRUE(users->createUser("chen", "密码密码密码密码", "", {}, {})); // 8 characters

    auto unknownRole = users->createUser("dave", "long-enough", "", {"gm", "wizard"}, {});
    ASSERT_FALSE(unknownRole);
    EXPECT_EQ(unknownRole.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(unknownRole.error().details.at("role"), "wizard");
    EXPECT_EQ(users->setRoles("alice", {"wizard"}).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(users->setScopes("alice", {{"", "dev"}}).error().code, ErrorCode::InvalidArgument);

    EXPECT_EQ(users->createUser("alice", "long-enough", "", {}, {}).error().code,
              ErrorCode::AlreadyExists);
    EXPECT_EQ(users->setRoles("nobody", {"gm"}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(users->setDisabled("nobody", true).error().code, ErrorCode::NotFound);
    EXPECT_EQ(users->getUser("nobody").error().code, ErrorCode::NotFound);
    EXPECT_FALSE(users->getUser("dave"));
}

TEST_F(UserDirectoryTest, UsersAreListedByNameWithDedupedRoles) {
    ASSERT_TRUE(users->createUser("zed", "long-enough", "", {"ops", "ops", "viewer"}, {}));
    ASSERT_TRUE(users->createUser("bob", "long-enough", "", {}, {}));
    const auto list = users->listUsers();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].username, "alice");
    EXPECT_EQ(list[1].username, "bob");
    EXPECT_EQ(list[2].username, "zed");
    EXPECT_EQ(list[2].roles, (std::vector<std::string>{"ops", "viewer"}));
    EXPECT_EQ(list[2].passwordHash.rfind("scrypt$", 0), 0u);
}

// --- throttling (slow after 3 failures by 500 ms each, lock at the 6th for 5 min) ---

TEST_F(UserDirectoryTest, RepeatedFailuresSlowTheAnswerMoreEachTime) {
    std::vector<std::chrono::milliseconds> delays;
    for (int i = 0; i < 5; ++i) {
        auto attempt = login("alice", "wrong-password");
        EXPECT_EQ(attempt.result.error().code, ErrorCode::Unauthenticated);
        delays.push_back(attempt.delay);
    }
    EXPECT_EQ(delays, (std::vector<std::chrono::milliseconds>{0ms, 0ms, 0ms, 500ms, 1000ms}));
    // A right password after failures is slowed too, so a quick answer does not give it away.
    EXPECT_EQ(login("alice", "alice-password").delay, 1500ms);
}

TEST_F(UserDirectoryTest, TooManyFailuresLockTheUserOutUntilTheWindowEnds) {
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(login("alice", "wrong-password").result.error().code, ErrorCode::Unauthenticated);
    }
    auto locked = login("alice", "alice-password");
    ASSERT_FALSE(locked.result);
    EXPECT_EQ(locked.result.error().code, ErrorCode::ResourceExhausted);
    EXPECT_EQ(locked.result.error().details.at("retry_after_ms"), "300000");
    EXPECT_EQ(locked.reason, "locked out");

    clock.advance(2min);
    locked = login("alice", "alice-password", "ipv4:10.9.9.9:1"); // another peer: still the user
    ASSERT_FALSE(locked.result);
    EXPECT_EQ(locked.result.error().details.at("retry_after_ms"), "180000");

    clock.advance(3min);
    auto after = login("alice", "alice-password");
    ASSERT_TRUE(after.result) << after.result.error().message;
    EXPECT_EQ(after.delay, 0ms);
}

// A stolen token must not be a faster way to guess the password than the sign-in form.
TEST_F(UserDirectoryTest, WrongCurrentPasswordsCountWithSignInsTowardsTheLockout) {
    EXPECT_TRUE(users->verifyCurrentPassword("alice", "alice-password", kPeer));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(login("alice", "wrong-password").result.error().code, ErrorCode::Unauthenticated);
    }
    for (int i = 0; i < 3; ++i) {
        auto wrong = users->verifyCurrentPassword("alice", "wrong-password", kPeer);
        ASSERT_FALSE(wrong);
        EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(wrong.error().details.at("field"), "current_password");
    }
    auto locked = users->verifyCurrentPassword("alice", "alice-password", "ipv4:10.9.9.9:1");
    ASSERT_FALSE(locked) << "six failures, three of each kind, lock the user out";
    EXPECT_EQ(locked.error().code, ErrorCode::ResourceExhausted);
    EXPECT_EQ(locked.error().details.at("retry_after_ms"), "300000");
    EXPECT_EQ(login("alice", "alice-password").result.error().code, ErrorCode::ResourceExhausted)
        << "signing in is locked as well";

    clock.advance(5min);
    EXPECT_TRUE(users->verifyCurrentPassword("alice", "alice-password", kPeer));
    EXPECT_EQ(login("alice", "alice-password").delay, 0ms) << "a right password starts over";
}

TEST_F(UserDirectoryTest, ParallelGuessesCannotSlipPastTheLimit) {
    std::atomic<int> wrong{0};
    std::atomic<int> locked{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5; ++i) {
                const auto peer = "ipv4:10.1.0." + std::to_string(t * 5 + i) + ":1";
                const auto code = login("alice", "wrong-password", peer).result.error().code;
                (code == ErrorCode::ResourceExhausted ? locked : wrong)++;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(wrong.load(), 6); // exactly loginLockAfter guesses were checked
    EXPECT_EQ(locked.load(), 14);
}

TEST_F(UserDirectoryTest, ASuccessfulSignInResetsTheCounters) {
    for (int i = 0; i < 5; ++i) {
        (void)login("alice", "wrong-password");
    }
    ASSERT_TRUE(login("alice", "alice-password").result);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(login("alice", "wrong-password").delay, 0ms) << i;
    }
    EXPECT_EQ(login("alice", "wrong-password").delay, 500ms);
    EXPECT_EQ(login("alice", "wrong-password").result.error().code, ErrorCode::Unauthenticated);
}

TEST_F(UserDirectoryTest, FailuresAreForgottenAfterTheLockoutWindow) {
    for (int i = 0; i < 5; ++i) {
        (void)login("alice", "wrong-password");
    }
    clock.advance(5min);
    EXPECT_EQ(login("alice", "wrong-password").delay, 0ms);
}

TEST_F(UserDirectoryTest, OnePeerGuessingManyUsernamesIsLockedOutForAllOfThem) {
    // Different ports of one address are one peer.
    for (int i = 0; i < 6; ++i) {
        const auto peer = "ipv4:10.0.0.7:" + std::to_string(4000 + i);
        (void)login("user" + std::to_string(i), "whatever-pw", peer);
    }
    auto locked = login("alice", "alice-password", "ipv4:10.0.0.7:9999");
    ASSERT_FALSE(locked.result);
    EXPECT_EQ(locked.result.error().code, ErrorCode::ResourceExhausted);
    EXPECT_EQ(locked.result.error().details.count("retry_after_ms"), 1u);
    // Alice herself, elsewhere, is not affected.
    EXPECT_TRUE(login("alice", "alice-password", "ipv6:[2001:db8::1]:443").result);
}

TEST_F(UserDirectoryTest, Ipv6PeersAreCountedWithoutTheirPort) {
    for (int i = 0; i < 6; ++i) {
        const auto peer = "ipv6:[2001:db8::5]:" + std::to_string(5000 + i);
        (void)login("user" + std::to_string(i), "whatever-pw", peer);
    }
    EXPECT_EQ(login("alice", "alice-password", "ipv6:%5B2001:db8::5%5D:1").result.error().code,
              ErrorCode::ResourceExhausted);
}

} // namespace
} // namespace croupier::server
