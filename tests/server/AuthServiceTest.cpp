// `croupier-server user ...` (runUserCommand) and the initial admin of `croupier-server init`,
// against a temp data dir: what an operator types, what they see, what ends up in the store
// (users able to sign in, the audit trail) and the refusal while a server holds the data dir.
// The gRPC AuthService/UserService are covered by the server's integration tests.

#include "TestEnv.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/DataDirLock.h"
#include "croupier/server/SqliteStore.h"
#include "croupier/server/UserCommand.h"
#include "croupier/server/UserDirectory.h"

#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sqlite3.h>
#include <sstream>

namespace croupier::server {
namespace {

using core::ErrorCode;

struct CliResult {
    int rc = -1;
    std::string out;
    std::string err;
};

class UserCommandTest : public ::testing::Test {
protected:
    CliResult user(std::vector<std::string> args, bool withDataDir = true) {
        if (withDataDir) {
            args.push_back("--data-dir");
            args.push_back(dir.path().string());
        }
        std::ostringstream out;
        std::ostringstream err;
        CliResult r;
        r.rc = runUserCommand(args, out, err);
        r.out = out.str();
        r.err = err.str();
        return r;
    }

    // What the running server would see: the data dir's store and users, read afresh.
    struct Opened {
        std::unique_ptr<SqliteStore> store;
        std::unique_ptr<UserDirectory> users;
    };
    Opened open() {
        Opened o;
        auto store = SqliteStore::open(dir.path() / "croupier.db");
        EXPECT_TRUE(store) << store.error().message;
        if (!store) {
            return o;
        }
        o.store = std::move(*store);
        o.users = std::make_unique<UserDirectory>(*o.store, config, clock, log);
        auto loaded = o.users->load();
        EXPECT_TRUE(loaded) << loaded.error().message;
        return o;
    }

    testing::TempDir dir;
    ServerConfig config;
    core::FakeClock clock;
    core::Logger log{core::LogLevel::Off};
};

TEST_F(UserCommandTest, AddedUsersCanSignInWithTheirRolesAndScopes) {
    auto added = user({"add", "alice", "--role", "gm", "--scope", "game/dev", "--display-name",
                       "Alice Liu", "--password", "alice-password"});
    ASSERT_EQ(added.rc, 0) << added.err;
    EXPECT_NE(added.out.find("Created user alice"), std::string::npos) << added.out;
    EXPECT_EQ(added.out.find("alice-password"), std::string::npos); // never echoed

    auto o = open();
    auto signedIn = o.users->login("alice", "alice-password", "ipv4:127.0.0.1:1", "test");
    ASSERT_TRUE(signedIn.result) << signedIn.result.error().message;
    const auto& p = signedIn.result->principal;
    EXPECT_TRUE(p.can("player.ban"));
    EXPECT_TRUE(p.inScope("game", "dev"));
    EXPECT_FALSE(p.inScope("game", "prod"));
    EXPECT_EQ(signedIn.result->user.displayName, "Alice Liu");
}

TEST_F(UserCommandTest, AGeneratedPasswordIsPrintedOnceAndWorks) {
    auto added = user({"add", "bob", "--role", "viewer"});
    ASSERT_EQ(added.rc, 0) << added.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(added.out, m, std::regex("shown once\\): (\\S+)"))) << added.out;
    const std::string password = m[1];
    EXPECT_GE(password.size(), 16u);
    EXPECT_TRUE(open().users->checkPassword("bob", password));
}

TEST_F(UserCommandTest, ListPasswdRolesScopesDisableAndEnable) {
    ASSERT_EQ(user({"add", "alice", "--role", "gm", "--password", "alice-password"}).rc, 0);
    ASSERT_EQ(user({"add", "bob", "--role", "viewer", "--password", "bob-password"}).rc, 0);

    const auto file = dir.path() / "new-password.txt";
    std::ofstream(file) << "alice-new-password\n";
    auto passwd = user({"passwd", "alice", "--password-file", file.string()});
    ASSERT_EQ(passwd.rc, 0) << passwd.err;
    auto roles = user({"roles", "alice", "--role", "lead", "--role", "gm"});
    ASSERT_EQ(roles.rc, 0) << roles.err;
    EXPECT_NE(roles.out.find("lead,gm"), std::string::npos) << roles.out;
    ASSERT_EQ(user({"scopes", "alice", "--scope", "g1/prod", "--scope", "g2/*"}).rc, 0);
    auto disabled = user({"disable", "bob"});
    ASSERT_EQ(disabled.rc, 0) << disabled.err;

    auto list = user({"list"});
    ASSERT_EQ(list.rc, 0) << list.err;
    std::istringstream lines(list.out);
    std::string header, aliceLine, bobLine;
    std::getline(lines, header);
    std::getline(lines, aliceLine);
    std::getline(lines, bobLine);
    EXPECT_NE(header.find("USERNAME"), std::string::npos);
    EXPECT_EQ(aliceLine.rfind("alice", 0), 0u) << list.out;
    EXPECT_NE(aliceLine.find("lead,gm"), std::string::npos) << aliceLine;
    EXPECT_NE(aliceLine.find("g1/prod,g2/*"), std::string::npos) << aliceLine;
    EXPECT_NE(aliceLine.find("active"), std::string::npos) << aliceLine;
    EXPECT_NE(bobLine.find("disabled"), std::string::npos) << bobLine;

    {
        auto o = open();
        EXPECT_TRUE(o.users->checkPassword("alice", "alice-new-password"));
        EXPECT_FALSE(o.users->checkPassword("alice", "alice-password"));
        EXPECT_FALSE(o.users->login("bob", "bob-password", "ipv4:127.0.0.1:1", "t").result);
        auto alice = o.users->getUser("alice");
        ASSERT_TRUE(alice);
        EXPECT_EQ(alice->roles, (std::vector<std::string>{"lead", "gm"}));
    }
    ASSERT_EQ(user({"enable", "bob"}).rc, 0);
    ASSERT_EQ(user({"scopes", "alice", "--all-scopes"}).rc, 0);
    auto o = open();
    EXPECT_TRUE(o.users->login("bob", "bob-password", "ipv4:127.0.0.1:1", "t").result);
    EXPECT_TRUE(o.users->getUser("alice")->scopes.empty());
}

TEST_F(UserCommandTest, EveryChangeIsAuditedWithTheTargetAndNoPassword) {
    ASSERT_EQ(user({"add", "alice", "--role", "gm", "--password", "alice-password"}).rc, 0);
    ASSERT_EQ(user({"passwd", "alice", "--password", "alice-password-2"}).rc, 0);
    ASSERT_EQ(user({"roles", "alice", "--role", "ops"}).rc, 0);
    ASSERT_EQ(user({"scopes", "alice", "--scope", "g/dev"}).rc, 0);
    ASSERT_EQ(user({"disable", "alice"}).rc, 0);
    ASSERT_EQ(user({"enable", "alice"}).rc, 0);

    auto store = SqliteStore::open(dir.path() / "croupier.db");
    ASSERT_TRUE(store);
    AuditFilter filter;
    filter.action = "user.";
    auto rows = (*store)->queryAudit(filter);
    ASSERT_TRUE(rows) << rows.error().message;
    std::vector<std::string> actions;
    for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
        actions.push_back(it->action);
        EXPECT_EQ(it->target, "alice");
        EXPECT_EQ(it->actor.rfind("cli:", 0), 0u) << it->actor;
        EXPECT_EQ(it->detailsJson.find("alice-password"), std::string::npos);
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"user.create", "user.password", "user.roles",
                                                 "user.scopes", "user.disable", "user.enable"}));
    auto verdict = verifyAuditChain(**store);
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
}

// The store refuses the audit trail (a disk error): the command gives up after a few seconds
// and says the change is unaudited, instead of hanging or staying silent.
TEST_F(UserCommandTest, AChangeThatCannotBeAuditedIsReportedNotHidden) {
    ASSERT_EQ(user({"add", "alice", "--role", "gm", "--password", "alice-password"}).rc, 0);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir.path() / "croupier.db").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    auto disabled = user({"disable", "alice"});
    EXPECT_EQ(disabled.rc, 1);
    EXPECT_NE(disabled.err.find("the change was made but could not be audited"), std::string::npos)
        << disabled.err;
}

TEST_F(UserCommandTest, MistakesAreRefusedWithAMessageAndExitStatus) {
    ASSERT_EQ(user({"add", "alice", "--role", "gm", "--password", "alice-password"}).rc, 0);
    const struct {
        std::vector<std::string> args;
        int rc;
        std::string text;
    } cases[] = {
        {{"add", "alice", "--password", "another-password"}, 1, "exists"},
        {{"add", "Alice", "--password", "another-password"}, 2, "username"},
        {{"add", "carol", "--role", "wizard", "--password", "carol-password"}, 2, "wizard"},
        {{"add", "carol", "--password", "short"}, 2, "8 characters"},
        {{"add", "carol", "--scope", "nogame", "--password", "carol-password"}, 2, "GAME/ENV"},
        {{"roles", "nobody", "--role", "gm"}, 1, "no user named 'nobody'"},
        {{"roles", "alice"}, 2, "--role"},
        {{"scopes", "alice"}, 2, "--all-scopes"},
        {{"disable"}, 2, "usage"},
        {{"frobnicate", "alice"}, 2, "unknown command"},
        {{"add", "carol", "--colour", "red"}, 2, "colour"},
    };
    for (const auto& c : cases) {
        auto r = user(c.args);
        EXPECT_EQ(r.rc, c.rc) << c.args[0] << " " << r.err;
        EXPECT_NE(r.err.find(c.text), std::string::npos) << r.err;
    }
    EXPECT_FALSE(open().users->getUser("carol"));
}

TEST_F(UserCommandTest, NeedsAnExistingDataDir) {
    auto missing = user({"list"}, false);
    EXPECT_EQ(missing.rc, 2);
    EXPECT_NE(missing.err.find("--data-dir"), std::string::npos) << missing.err;
    auto absent = user({"list", "--data-dir", (dir.path() / "nope").string()}, false);
    EXPECT_EQ(absent.rc, 1);
    EXPECT_NE(absent.err.find("croupier-server init"), std::string::npos) << absent.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "nope"));
}

TEST_F(UserCommandTest, ALockedDataDirIsRefusedPointingToCroupierctl) {
    ASSERT_EQ(user({"add", "alice", "--role", "gm", "--password", "alice-password"}).rc, 0);
    auto lock = DataDirLock::acquire(dir.path()); // as a running server holds it
    ASSERT_TRUE(lock) << lock.error().message;
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"list"}, {"disable", "alice"}, {"add", "bob", "--password", "bob-password"}}) {
        auto r = user(args);
        EXPECT_EQ(r.rc, 1) << args[0];
        EXPECT_NE(r.err.find("croupierctl user"), std::string::npos) << r.err;
    }
    auto admin = createInitialAdmin(dir.path(), config);
    ASSERT_FALSE(admin);
    EXPECT_EQ(admin.error().code, ErrorCode::FailedPrecondition);
    lock->reset();
    auto o = open();
    EXPECT_FALSE(o.users->getUser("alice")->disabled);
    EXPECT_FALSE(o.users->getUser("bob"));
}

TEST_F(UserCommandTest, InitialAdminGetsAGeneratedPasswordOnce) {
    auto password = createInitialAdmin(dir.path(), config);
    ASSERT_TRUE(password) << password.error().message;
    EXPECT_GE(password->size(), 16u);
    auto again = createInitialAdmin(dir.path(), config);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);

    auto o = open();
    auto signedIn = o.users->login("admin", *password, "ipv4:127.0.0.1:1", "test");
    ASSERT_TRUE(signedIn.result) << signedIn.result.error().message;
    EXPECT_TRUE(signedIn.result->principal.can(perm::kUserAdmin));
    EXPECT_TRUE(signedIn.result->principal.can("anything.at.all"));
}

TEST_F(UserCommandTest, RolesComeFromTheDataDirsConfig) {
    std::ofstream(dir.path() / "croupier.yaml") << "roles:\n  support: [player.read]\n";
    auto added = user({"add", "sam", "--role", "support", "--password", "sam-password"});
    ASSERT_EQ(added.rc, 0) << added.err;
    config.roles.roles["support"] = {"player.read"};
    auto o = open();
    auto sam = o.users->getUser("sam");
    ASSERT_TRUE(sam);
    EXPECT_TRUE(o.users->principalFor(*sam).can("player.read"));
    EXPECT_FALSE(o.users->principalFor(*sam).can("player.ban"));
}

TEST_F(UserCommandTest, HelpListsTheCommands) {
    auto help = user({"--help"}, false);
    EXPECT_EQ(help.rc, 0);
    for (const auto* word : {"add", "passwd", "roles", "scopes", "disable", "enable", "list",
                             "--data-dir", "--password-file"}) {
        EXPECT_NE(help.out.find(word), std::string::npos) << word;
    }
    EXPECT_EQ(user({}, false).rc, 2);
}

} // namespace
} // namespace croupier::server
