// QueryAudit's logic (queryAuditPage) over a real AuditLog and SqliteStore: every filter, newest
// first paging by page token, page size bounds, scope visibility for a limited caller (their
// scopes plus server-wide records; an explicit foreign scope is refused), bad requests, and the
// wire form of a record. Then the RPCs on a real server: tokens and audit.read enforced, a
// scoped reader's view, and VerifyAudit reporting a row edited in the live SQLite file.

#include "croupier/server/AuditService.h"

#include "TestEnv.h"
#include "croupier/server/SqliteStore.h"

#include <gtest/gtest.h>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using audit::v1::QueryAuditRequest;
using core::ErrorCode;

struct Seed {
    std::string actor = "alice";
    std::string action = "function.invoke";
    std::string gameId = "g1";
    std::string env = "prod";
    std::string functionId = "player.ban";
    std::string outcome = "ok";
};

Principal everyone() {
    Principal p;
    p.username = "auditor";
    return p;
}

Principal onlyIn(const std::string& gameId, const std::string& env) {
    Principal p;
    p.username = "scoped";
    p.scopes = {{gameId, env}};
    return p;
}

class AuditServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = SqliteStore::open(dir.path() / "croupier.db");
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
        audit = std::make_unique<AuditLog>(*store, clock, core::Logger(core::LogLevel::Off));
        ASSERT_TRUE(audit->recover());
    }

    // Appends one record a second after the previous one; returns its seq.
    std::int64_t add(const Seed& s) {
        clock.advance(1s);
        AuditEntry e;
        e.actor = s.actor;
        e.action = s.action;
        e.gameId = s.gameId;
        e.env = s.env;
        e.functionId = s.functionId;
        e.outcome = s.outcome;
        auto seq = audit->appendSync(e);
        EXPECT_TRUE(seq) << seq.error().message;
        return seq ? *seq : -1;
    }

    audit::v1::QueryAuditResponse query(const QueryAuditRequest& req,
                                        const Principal& caller = everyone()) {
        auto page = queryAuditPage(*audit, caller, req);
        EXPECT_TRUE(page) << page.error().message;
        return page ? *page : audit::v1::QueryAuditResponse{};
    }

    static std::vector<std::int64_t> seqs(const audit::v1::QueryAuditResponse& r) {
        std::vector<std::int64_t> out;
        for (const auto& rec : r.records()) {
            out.push_back(rec.seq());
        }
        return out;
    }

    testing::TempDir dir;
    core::FakeClock clock;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<AuditLog> audit;
};

TEST_F(AuditServiceTest, FiltersByActorFunctionAndOutcome) {
    add({.actor = "alice"});
    add({.actor = "bob"});
    add({.actor = "alice", .functionId = "mail.send"});
    add({.actor = "alice", .outcome = "PERMISSION_DENIED"});

    QueryAuditRequest req;
    req.set_actor("alice");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{4, 3, 1}));
    req.set_function_id("mail.send");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{3}));
    req.Clear();
    req.set_outcome("PERMISSION_DENIED");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{4}));
}

TEST_F(AuditServiceTest, ActionIsExactOrAPrefixEndingInADot) {
    add({.action = "approval.create"});
    add({.action = "approval.approve"});
    add({.action = "approvals.other"});
    add({.action = "approval"});
    add({.action = "auth.login"});

    QueryAuditRequest req;
    req.set_action("approval.");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{2, 1}));
    req.set_action("approval");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{4}));
    req.set_action("auth.login");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{5}));
}

TEST_F(AuditServiceTest, TimeRangeIsFromInclusiveToExclusive) {
    std::vector<std::int64_t> times;
    for (int i = 0; i < 5; ++i) {
        add({});
        times.push_back(core::toUnixMs(clock.now()));
    }
    QueryAuditRequest req;
    req.set_from(times[1]);
    req.set_to(times[3]);
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{3, 2}));
    req.set_to(0);
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{5, 4, 3, 2}));
}

TEST_F(AuditServiceTest, ExplicitScopeFilter) {
    add({.gameId = "g1", .env = "prod"});
    add({.gameId = "g2", .env = "prod"});
    add({.gameId = "g1", .env = "dev"});
    QueryAuditRequest req;
    req.set_game_id("g1");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{3, 1}));
    req.set_env("dev");
    EXPECT_EQ(seqs(query(req)), (std::vector<std::int64_t>{3}));
}

TEST_F(AuditServiceTest, ScopedCallerSeesTheirScopesAndServerWideRecords) {
    add({.gameId = "g1", .env = "prod"});
    add({.gameId = "g2", .env = "prod"});
    add({.actor = "carol", .action = "auth.login", .gameId = "", .env = "", .functionId = ""});
    add({.gameId = "g1", .env = "dev"});
    add({.gameId = "g1", .env = "prod"});

    EXPECT_EQ(seqs(query({}, onlyIn("g1", "prod"))), (std::vector<std::int64_t>{5, 3, 1}));
    EXPECT_EQ(seqs(query({}, onlyIn("g1", "*"))), (std::vector<std::int64_t>{5, 4, 3, 1}));
    EXPECT_EQ(seqs(query({}, everyone())), (std::vector<std::int64_t>{5, 4, 3, 2, 1}));
}

TEST_F(AuditServiceTest, ScopedCallerNamingAnotherScopeIsRefused) {
    add({.gameId = "g2", .env = "prod"});
    QueryAuditRequest req;
    req.set_game_id("g2");
    req.set_env("prod");
    auto page = queryAuditPage(*audit, onlyIn("g1", "prod"), req);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::PermissionDenied);
    // Naming only the game filters instead: nothing of g2 is visible.
    req.clear_env();
    EXPECT_TRUE(seqs(query(req, onlyIn("g1", "prod"))).empty());
}

TEST_F(AuditServiceTest, PagesNewestFirstWithoutOverlap) {
    for (int i = 0; i < 25; ++i) {
        add({});
    }
    QueryAuditRequest req;
    req.set_page_size(10);
    auto first = query(req);
    EXPECT_EQ(first.records_size(), 10);
    EXPECT_EQ(first.records(0).seq(), 25);
    EXPECT_EQ(first.next_page_token(), "16");

    req.set_page_token(first.next_page_token());
    auto second = query(req);
    EXPECT_EQ(second.records(0).seq(), 15);
    EXPECT_EQ(second.records(9).seq(), 6);

    req.set_page_token(second.next_page_token());
    auto third = query(req);
    EXPECT_EQ(seqs(third), (std::vector<std::int64_t>{5, 4, 3, 2, 1}));
    EXPECT_EQ(third.next_page_token(), "");
}

TEST_F(AuditServiceTest, ExactlyFullLastPageHasNoToken) {
    for (int i = 0; i < 10; ++i) {
        add({});
    }
    QueryAuditRequest req;
    req.set_page_size(10);
    auto page = query(req);
    EXPECT_EQ(page.records_size(), 10);
    EXPECT_EQ(page.next_page_token(), "");
}

TEST_F(AuditServiceTest, ScopedPagingSkipsInvisibleRows) {
    for (int i = 0; i < 30; ++i) {
        add({.gameId = i % 2 == 0 ? "g1" : "g2"});
    }
    const Principal caller = onlyIn("g1", "prod");
    QueryAuditRequest req;
    req.set_page_size(6);
    std::vector<std::int64_t> seen;
    int pages = 0;
    do {
        auto page = query(req, caller);
        for (const auto& rec : page.records()) {
            EXPECT_EQ(rec.game_id(), "g1");
            seen.push_back(rec.seq());
        }
        req.set_page_token(page.next_page_token());
        ++pages;
    } while (!req.page_token().empty() && pages < 10);
    std::vector<std::int64_t> expected;
    for (std::int64_t s = 29; s >= 1; s -= 2) {
        expected.push_back(s);
    }
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(pages, 3);
}

TEST_F(AuditServiceTest, PageSizeDefaultsToOneHundredAndStopsAtOneThousand) {
    for (int i = 0; i < 1005; ++i) {
        AuditEntry e;
        e.actor = "bulk";
        e.action = "function.invoke";
        audit->append(e);
    }
    add({}); // waits for the queue ahead of it
    QueryAuditRequest req;
    EXPECT_EQ(query(req).records_size(), 100);
    req.set_page_size(5000);
    auto big = query(req);
    EXPECT_EQ(big.records_size(), 1000);
    EXPECT_EQ(big.next_page_token(), "7");
}

TEST_F(AuditServiceTest, BadRequestsAreInvalidArgument) {
    add({});
    for (const std::string token : {"abc", "-3", "0", "12x", "99999999999999999999"}) {
        QueryAuditRequest req;
        req.set_page_token(token);
        auto page = queryAuditPage(*audit, everyone(), req);
        ASSERT_FALSE(page) << token;
        EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument) << token;
    }
    QueryAuditRequest req;
    req.set_from(2000);
    req.set_to(1000);
    auto page = queryAuditPage(*audit, everyone(), req);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument);
}

TEST_F(AuditServiceTest, RecordCarriesParamsDetailsAndHashes) {
    AuditEntry e;
    e.actor = "alice";
    e.action = "function.invoke";
    e.params = {{"player_id", "p-1"}, {"days", 3}, {"password", "***"}};
    e.details = {{"job_id", "job_9"}};
    e.durationMs = 12;
    ASSERT_TRUE(audit->appendSync(e));
    const auto rows = store->scanAudit(1, 10);
    ASSERT_TRUE(rows);
    const auto rec = auditRecordToProto(rows->front());
    EXPECT_EQ(rec.seq(), 1);
    EXPECT_EQ(rec.actor(), "alice");
    EXPECT_EQ(rec.params().fields().at("player_id").string_value(), "p-1");
    EXPECT_EQ(rec.params().fields().at("days").number_value(), 3);
    EXPECT_EQ(rec.params().fields().at("password").string_value(), "***");
    EXPECT_EQ(rec.details().at("job_id"), "job_9");
    EXPECT_EQ(rec.duration_ms(), 12);
    EXPECT_EQ(rec.prev_hash(), "");
    EXPECT_EQ(rec.hash(), rows->front().hash);
}

// --- the RPCs on a running server ---

class AuditRpcTest : public ::testing::Test {
protected:
    std::unique_ptr<audit::v1::AuditService::Stub> stub(const std::string& token) {
        return audit::v1::AuditService::NewStub(server.operatorChannelWith(token));
    }
    grpc::Status query(const std::string& token, const QueryAuditRequest& req,
                       audit::v1::QueryAuditResponse& resp) {
        grpc::ClientContext ctx;
        ctx.set_deadline(testing::deadlineIn());
        return stub(token)->QueryAudit(&ctx, req, &resp);
    }
    grpc::Status verify(const std::string& token, audit::v1::VerifyAuditResponse& resp) {
        grpc::ClientContext ctx;
        ctx.set_deadline(testing::deadlineIn());
        return stub(token)->VerifyAudit(&ctx, {}, &resp);
    }
    std::int64_t append(const std::string& action, const std::string& gameId) {
        AuditEntry e;
        e.actor = "tester";
        e.action = action;
        e.gameId = gameId;
        e.env = "prod";
        auto seq = server.server().audit().appendSync(e);
        EXPECT_TRUE(seq) << seq.error().message;
        return seq ? *seq : -1;
    }

    testing::TestServer server;
};

TEST_F(AuditRpcTest, NeedsATokenAndAuditRead) {
    QueryAuditRequest req;
    audit::v1::QueryAuditResponse resp;
    EXPECT_EQ(query("", req, resp).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(query("tok_not-a-real-token", req, resp).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
    const std::string viewer = server.addUser("vera", {"viewer"});
    EXPECT_EQ(query(viewer, req, resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    audit::v1::VerifyAuditResponse verdict;
    EXPECT_EQ(verify(viewer, verdict).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_EQ(verify("", verdict).error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(AuditRpcTest, ScopedReaderSeesOnlyTheirGame) {
    const std::int64_t mine = append("test.mine", "g1");
    const std::int64_t theirs = append("test.theirs", "g2");
    const std::string ops = server.addUser("otto", {"ops"}, {{"g1", "prod"}});
    QueryAuditRequest req;
    req.set_action("test.");
    audit::v1::QueryAuditResponse resp;
    ASSERT_TRUE(query(ops, req, resp).ok());
    ASSERT_EQ(resp.records_size(), 1);
    EXPECT_EQ(resp.records(0).seq(), mine);

    ASSERT_TRUE(query(server.rootToken(), req, resp).ok());
    ASSERT_EQ(resp.records_size(), 2);
    EXPECT_EQ(resp.records(0).seq(), theirs); // newest first

    req.set_game_id("g2");
    req.set_env("prod");
    EXPECT_EQ(query(ops, req, resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(AuditRpcTest, VerifyAuditReportsARowEditedInTheLiveDatabase) {
    append("test.one", "g1");
    const std::int64_t edited = append("test.two", "g1");
    append("test.three", "g1");
    audit::v1::VerifyAuditResponse verdict;
    ASSERT_TRUE(verify(server.rootToken(), verdict).ok());
    EXPECT_TRUE(verdict.ok()) << verdict.problem();
    EXPECT_GE(verdict.records(), 3);

    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((server.dataDir() / "croupier.db").c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    std::string table;
    sqlite3_exec(
        db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%audit%'",
        [](void* out, int, char** values, char**) {
            *static_cast<std::string*>(out) = values[0] ? values[0] : "";
            return 0;
        },
        &table, nullptr);
    const std::string sql =
        "UPDATE " + table + " SET outcome = 'ok-ish' WHERE seq = " + std::to_string(edited);
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    ASSERT_TRUE(verify(server.rootToken(), verdict).ok());
    EXPECT_FALSE(verdict.ok());
    EXPECT_EQ(verdict.first_broken_seq(), edited);
    EXPECT_NE(verdict.problem().find("hash mismatch"), std::string::npos) << verdict.problem();
}

} // namespace
} // namespace croupier::server
