// SqliteStore's schema-2 records other than the audit trail, against a real SQLite file in a temp
// dir: users, tokens (live listing, revocation, purge) and approvals (round trip, replace, filters,
// newest-first paging, pending list), each surviving a reopen; a corrupt stored list is an
// INTERNAL error, not a crash or a silently empty list.

#include "SqliteStoreFixture.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <tuple>

namespace croupier::server {
namespace {

using core::ErrorCode;

auto fields(const UserRecord& r) {
    return std::tie(r.username, r.displayName, r.passwordHash, r.roles, r.scopes, r.disabled,
                    r.createdAtMs, r.updatedAtMs, r.lastLoginAtMs);
}
auto fields(const TokenRecord& r) {
    return std::tie(r.tokenHash, r.username, r.createdAtMs, r.expiresAtMs, r.revoked, r.client,
                    r.peer);
}
auto fields(const ApprovalRecord& r) {
    return std::tie(r.approvalId, r.gameId, r.env, r.functionId, r.kind, r.state, r.payloadJson,
                    r.payloadHash, r.optionsJson, r.requester, r.threshold, r.approverRoles,
                    r.decisionsJson, r.jobId, r.reason, r.createdAtMs, r.expiresAtMs,
                    r.updatedAtMs);
}

UserRecord makeUser(const std::string& name) {
    UserRecord u;
    u.username = name;
    u.displayName = "显示 " + name;
    u.passwordHash = "$scrypt$N=16384,r=8,p=1$c2FsdA$aGFzaA";
    u.roles = {"gm", "viewer"};
    u.scopes = {{"game1", "prod"}, {"*", "dev"}};
    u.createdAtMs = 1000;
    u.updatedAtMs = 2000;
    u.lastLoginAtMs = 3000;
    return u;
}

TokenRecord makeToken(const std::string& hash, const std::string& user, std::int64_t expiresAt) {
    return {hash, user, 100, expiresAt, false, "croupierctl/1.0", "ipv4:127.0.0.1:5555"};
}

ApprovalRecord makeApproval(const std::string& id, std::int64_t createdAt,
                            const std::string& state = "pending") {
    ApprovalRecord a;
    a.approvalId = id;
    a.gameId = "game1";
    a.env = "prod";
    a.functionId = "player.ban";
    a.kind = "job";
    a.state = state;
    a.payloadJson = R"({"player_id":"p1","password":"hunter2"})";
    a.payloadHash = "ab12";
    a.optionsJson = R"({"timeout_ms":30000})";
    a.requester = "alice";
    a.threshold = 2;
    a.approverRoles = {"lead", "admin"};
    a.decisionsJson = R"([{"approver":"bob","decision":"approve","comment":"ok","at":5}])";
    a.createdAtMs = createdAt;
    a.expiresAtMs = createdAt + 86400000;
    a.updatedAtMs = createdAt;
    return a;
}

std::vector<std::string> ids(const std::vector<ApprovalRecord>& approvals) {
    std::vector<std::string> out;
    for (const auto& a : approvals) {
        out.push_back(a.approvalId);
    }
    return out;
}

std::vector<std::string> hashes(const std::vector<TokenRecord>& tokens) {
    std::vector<std::string> out;
    for (const auto& t : tokens) {
        out.push_back(t.tokenHash);
    }
    return out;
}

class SqliteIdentityStoreTest : public testing::SqliteStoreFixture {
protected:
    // Runs `sql` on the file through a separate connection, as an operator with sqlite3 would.
    void exec(const char* sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(m_file.c_str(), &db), SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
};

TEST_F(SqliteIdentityStoreTest, UsersRoundTripSortedByNameAndPutReplaces) {
    UserRecord carol = makeUser("carol");
    UserRecord alice = makeUser("alice");
    alice.roles = {};
    alice.scopes = {};
    alice.disabled = true;
    ASSERT_TRUE(m_store->putUser(carol));
    ASSERT_TRUE(m_store->putUser(alice));
    carol.roles = {"admin"};
    carol.passwordHash = "new-hash";
    ASSERT_TRUE(m_store->putUser(carol));

    for (int pass = 0; pass < 2; ++pass) {
        auto users = m_store->listUsers();
        ASSERT_TRUE(users) << users.error().message;
        ASSERT_EQ(users->size(), 2u);
        EXPECT_EQ(fields((*users)[0]), fields(alice));
        EXPECT_EQ(fields((*users)[1]), fields(carol));
        reopen();
    }
}

TEST_F(SqliteIdentityStoreTest, ACorruptRoleListIsAnInternalError) {
    ASSERT_TRUE(m_store->putUser(makeUser("dave")));
    exec("UPDATE users SET roles_json = '{\"not\":\"a list\"}' WHERE username = 'dave'");
    auto users = m_store->listUsers();
    ASSERT_FALSE(users);
    EXPECT_EQ(users.error().code, ErrorCode::Internal);
    EXPECT_NE(users.error().message.find("dave"), std::string::npos) << users.error().message;
}

TEST_F(SqliteIdentityStoreTest, LiveTokensExcludeExpiredAndRevokedOnes) {
    ASSERT_TRUE(m_store->putToken(makeToken("live", "alice", 5000)));
    ASSERT_TRUE(m_store->putToken(makeToken("expires-now", "alice", 1000)));
    ASSERT_TRUE(m_store->putToken(makeToken("expired", "bob", 999)));
    ASSERT_TRUE(m_store->putToken(makeToken("revoked", "bob", 5000)));
    ASSERT_TRUE(m_store->revokeToken("revoked"));
    ASSERT_TRUE(m_store->revokeToken("no-such-token")); // nothing to revoke is not an error

    auto live = m_store->listLiveTokens(1000);
    ASSERT_TRUE(live) << live.error().message;
    ASSERT_EQ(hashes(*live), std::vector<std::string>{"live"});
    EXPECT_EQ(fields(live->front()), fields(makeToken("live", "alice", 5000)));

    reopen();
    EXPECT_EQ(hashes(*m_store->listLiveTokens(1000)), std::vector<std::string>{"live"});
    EXPECT_EQ(hashes(*m_store->listLiveTokens(0)),
              (std::vector<std::string>{"expired", "expires-now", "live"}));
}

TEST_F(SqliteIdentityStoreTest, RevokeUserTokensRevokesOnlyThatUsersTokens) {
    ASSERT_TRUE(m_store->putToken(makeToken("a1", "alice", 5000)));
    ASSERT_TRUE(m_store->putToken(makeToken("a2", "alice", 6000)));
    ASSERT_TRUE(m_store->putToken(makeToken("b1", "bob", 5000)));
    ASSERT_TRUE(m_store->revokeUserTokens("alice"));
    EXPECT_EQ(hashes(*m_store->listLiveTokens(0)), std::vector<std::string>{"b1"});
    reopen();
    EXPECT_EQ(hashes(*m_store->listLiveTokens(0)), std::vector<std::string>{"b1"});
}

TEST_F(SqliteIdentityStoreTest, PurgeTokensDeletesOnlyThoseExpiredBeforeTheCutoff) {
    ASSERT_TRUE(m_store->putToken(makeToken("old", "alice", 100)));
    ASSERT_TRUE(m_store->putToken(makeToken("old-revoked", "alice", 200)));
    ASSERT_TRUE(m_store->revokeToken("old-revoked"));
    ASSERT_TRUE(m_store->putToken(makeToken("at-cutoff", "bob", 300)));
    ASSERT_TRUE(m_store->putToken(makeToken("new", "bob", 400)));

    auto purged = m_store->purgeTokens(300);
    ASSERT_TRUE(purged) << purged.error().message;
    EXPECT_EQ(*purged, 2);
    EXPECT_EQ(hashes(*m_store->listLiveTokens(0)), (std::vector<std::string>{"at-cutoff", "new"}));
    EXPECT_EQ(*m_store->purgeTokens(300), 0);
}

TEST_F(SqliteIdentityStoreTest, ApprovalsRoundTripAndPutReplacesTheWholeRecord) {
    ApprovalRecord a = makeApproval("ap-1", 1000);
    ASSERT_TRUE(m_store->putApproval(a));
    a.state = "executed";
    a.jobId = "job-9";
    a.decisionsJson = "[]";
    a.approverRoles = {"ops"};
    a.reason = "done";
    a.updatedAtMs = 4000;
    ASSERT_TRUE(m_store->putApproval(a));
    reopen();

    auto got = m_store->getApproval("ap-1");
    ASSERT_TRUE(got) << got.error().message;
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ(fields(**got), fields(a));
    auto missing = m_store->getApproval("ap-404");
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_F(SqliteIdentityStoreTest, ListApprovalsFiltersEachField) {
    ApprovalRecord other = makeApproval("ap-other", 10);
    other.functionId = "item.grant";
    other.requester = "bob";
    other.gameId = "game2";
    other.env = "dev";
    other.state = "rejected";
    ASSERT_TRUE(m_store->putApproval(makeApproval("ap-main", 20)));
    ASSERT_TRUE(m_store->putApproval(other));

    const std::vector<std::string> both{"ap-main", "ap-other"};
    EXPECT_EQ(ids(*m_store->listApprovals({})), both);
    auto only = [&](auto set) {
        ApprovalFilter f;
        set(f);
        auto listed = m_store->listApprovals(f);
        EXPECT_TRUE(listed) << listed.error().message;
        return listed ? ids(*listed) : std::vector<std::string>{};
    };
    const std::vector<std::string> other1{"ap-other"};
    EXPECT_EQ(only([](ApprovalFilter& f) { f.state = "rejected"; }), other1);
    EXPECT_EQ(only([](ApprovalFilter& f) { f.functionId = "item.grant"; }), other1);
    EXPECT_EQ(only([](ApprovalFilter& f) { f.requester = "bob"; }), other1);
    EXPECT_EQ(only([](ApprovalFilter& f) { f.gameId = "game2"; }), other1);
    EXPECT_EQ(only([](ApprovalFilter& f) { f.env = "dev"; }), other1);
    EXPECT_TRUE(only([](ApprovalFilter& f) {
                    f.state = "rejected";
                    f.requester = "alice";
                }).empty());
}

TEST_F(SqliteIdentityStoreTest, ListApprovalsPagesNewestFirstWithTiesBrokenById) {
    for (const auto& [id, at] : std::vector<std::pair<std::string, std::int64_t>>{
             {"ap-a", 100}, {"ap-b", 300}, {"ap-c", 200}, {"ap-d", 300}, {"ap-e", 50}}) {
        ASSERT_TRUE(m_store->putApproval(makeApproval(id, at)));
    }
    ApprovalFilter filter;
    filter.limit = 2;
    std::vector<std::string> seen;
    for (int page = 0; page < 5; ++page) {
        auto listed = m_store->listApprovals(filter);
        ASSERT_TRUE(listed) << listed.error().message;
        if (listed->empty()) {
            break;
        }
        EXPECT_LE(listed->size(), 2u);
        for (const auto& a : *listed) {
            seen.push_back(a.approvalId);
        }
        filter.before = {listed->back().createdAtMs, listed->back().approvalId};
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"ap-d", "ap-b", "ap-c", "ap-a", "ap-e"}));
}

TEST_F(SqliteIdentityStoreTest, PendingApprovalsAreListedOldestFirst) {
    ASSERT_TRUE(m_store->putApproval(makeApproval("ap-late", 300)));
    ASSERT_TRUE(m_store->putApproval(makeApproval("ap-done", 100, "executed")));
    ASSERT_TRUE(m_store->putApproval(makeApproval("ap-early", 200)));
    ASSERT_TRUE(m_store->putApproval(makeApproval("ap-gone", 150, "expired")));
    reopen();
    auto pending = m_store->listPendingApprovals();
    ASSERT_TRUE(pending) << pending.error().message;
    EXPECT_EQ(ids(*pending), (std::vector<std::string>{"ap-early", "ap-late"}));
}

} // namespace
} // namespace croupier::server
