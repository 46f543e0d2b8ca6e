// SqliteStore's audit trail against a real SQLite file in a temp dir: rows round-trip and survive
// a reopen, appendAudit refuses any batch that would leave a gap or a duplicate seq (and then
// stores none of it), queryAudit filters each field, matches "approval." as a prefix and pages
// newest first by seq, and scanAudit reads in seq order for chain verification.

#include "SqliteStoreFixture.h"

#include <gtest/gtest.h>
#include <tuple>

namespace croupier::server {
namespace {

using core::ErrorCode;

auto fields(const AuditRow& r) {
    return std::tie(r.seq, r.timestampMs, r.actor, r.actorKind, r.action, r.gameId, r.env,
                    r.functionId, r.target, r.paramsJson, r.outcome, r.message, r.durationMs,
                    r.peer, r.detailsJson, r.prevHash, r.hash);
}

AuditRow makeRow(std::int64_t seq, const std::string& action, const std::string& actor = "alice") {
    AuditRow r;
    r.seq = seq;
    r.timestampMs = 1000 * seq;
    r.actor = actor;
    r.actorKind = "user";
    r.action = action;
    r.gameId = "game1";
    r.env = "prod";
    r.functionId = "player.ban";
    r.target = "job-" + std::to_string(seq);
    r.paramsJson = R"({"player_id":"p1","password":"***"})";
    r.outcome = "ok";
    r.message = "消息 " + std::to_string(seq);
    r.durationMs = seq * 3;
    r.peer = "ipv4:127.0.0.1:4000";
    r.detailsJson = R"({"reason":"test"})";
    r.prevHash = seq == 1 ? "" : "hash-" + std::to_string(seq - 1);
    r.hash = "hash-" + std::to_string(seq);
    return r;
}

std::vector<std::int64_t> seqs(const std::vector<AuditRow>& rows) {
    std::vector<std::int64_t> out;
    for (const auto& r : rows) {
        out.push_back(r.seq);
    }
    return out;
}

class SqliteAuditStoreTest : public testing::SqliteStoreFixture {
protected:
    std::vector<std::int64_t> query(const AuditFilter& filter) {
        auto rows = m_store->queryAudit(filter);
        EXPECT_TRUE(rows) << rows.error().message;
        return rows ? seqs(*rows) : std::vector<std::int64_t>{};
    }
};

TEST_F(SqliteAuditStoreTest, AnEmptyTrailHasNoLastRow) {
    auto last = m_store->lastAudit();
    ASSERT_TRUE(last) << last.error().message;
    EXPECT_FALSE(last->has_value());
    EXPECT_TRUE(m_store->scanAudit(1, 100)->empty());
    EXPECT_TRUE(m_store->appendAudit({})); // an empty batch is a no-op
}

TEST_F(SqliteAuditStoreTest, RowsRoundTripAndSurviveReopen) {
    AuditRow bare = makeRow(2, "auth.logout");
    bare.paramsJson = "";
    bare.detailsJson = "";
    bare.gameId = "";
    ASSERT_TRUE(m_store->appendAudit({makeRow(1, "auth.login"), bare}));
    ASSERT_TRUE(m_store->appendAudit({makeRow(3, "function.invoke")}));
    reopen();

    auto last = m_store->lastAudit();
    ASSERT_TRUE(last && last->has_value());
    EXPECT_EQ(fields(**last), fields(makeRow(3, "function.invoke")));
    auto scanned = m_store->scanAudit(1, 10);
    ASSERT_TRUE(scanned) << scanned.error().message;
    ASSERT_EQ(scanned->size(), 3u);
    EXPECT_EQ(fields((*scanned)[0]), fields(makeRow(1, "auth.login")));
    EXPECT_EQ(fields((*scanned)[1]), fields(bare));
}

TEST_F(SqliteAuditStoreTest, TheFirstRowMustBeSeqOne) {
    auto stored = m_store->appendAudit({makeRow(2, "auth.login")});
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(stored.error().details.at("expected_seq"), "1");
    EXPECT_FALSE(m_store->lastAudit()->has_value());
}

TEST_F(SqliteAuditStoreTest, AGapOrADuplicateRefusesTheWholeBatch) {
    ASSERT_TRUE(m_store->appendAudit({makeRow(1, "a"), makeRow(2, "a")}));
    const std::vector<std::vector<std::int64_t>> bad{
        {4},       // gap after the stored head
        {2},       // duplicate of a stored row
        {3, 5},    // gap inside the batch
        {3, 4, 4}, // duplicate inside the batch
        {3, 3},    {0}, {-1},
    };
    for (const auto& batchSeqs : bad) {
        std::vector<AuditRow> batch;
        for (auto s : batchSeqs) {
            batch.push_back(makeRow(s, "b"));
        }
        auto stored = m_store->appendAudit(batch);
        ASSERT_FALSE(stored) << "batch starting at " << batchSeqs.front() << " was accepted";
        EXPECT_EQ(stored.error().code, ErrorCode::FailedPrecondition);
    }
    // Nothing of any refused batch was written, and the trail continues at 3.
    EXPECT_EQ(seqs(*m_store->scanAudit(1, 100)), (std::vector<std::int64_t>{1, 2}));
    EXPECT_EQ((*m_store->lastAudit())->action, "a");
    ASSERT_TRUE(m_store->appendAudit({makeRow(3, "c"), makeRow(4, "c")}));
    reopen();
    ASSERT_TRUE(m_store->appendAudit({makeRow(5, "c")}));
    EXPECT_EQ(seqs(*m_store->scanAudit(1, 100)), (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
}

TEST_F(SqliteAuditStoreTest, ScanReadsFromASeqInOrderUpToTheLimit) {
    std::vector<AuditRow> batch;
    for (int s = 1; s <= 10; ++s) {
        batch.push_back(makeRow(s, "x"));
    }
    ASSERT_TRUE(m_store->appendAudit(batch));
    EXPECT_EQ(seqs(*m_store->scanAudit(4, 3)), (std::vector<std::int64_t>{4, 5, 6}));
    EXPECT_EQ(seqs(*m_store->scanAudit(9, 100)), (std::vector<std::int64_t>{9, 10}));
    EXPECT_TRUE(m_store->scanAudit(11, 100)->empty());
}

TEST_F(SqliteAuditStoreTest, QueryFiltersEachFieldNewestFirst) {
    std::vector<AuditRow> rows{makeRow(1, "auth.login", "bob"), makeRow(2, "approval.approve"),
                               makeRow(3, "approval.reject"), makeRow(4, "approvals.list"),
                               makeRow(5, "function.invoke")};
    rows[1].functionId = "item.grant";
    rows[2].gameId = "game2";
    rows[2].env = "dev";
    rows[3].outcome = "denied";
    ASSERT_TRUE(m_store->appendAudit(rows));

    EXPECT_EQ(query({}), (std::vector<std::int64_t>{5, 4, 3, 2, 1}));
    AuditFilter f;
    f.actor = "bob";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{1}));
    f = {};
    f.action = "approval."; // a prefix: not "approvals.list"
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{3, 2}));
    f.action = "approval.approve"; // exact
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{2}));
    f.action = "approval"; // exact, so nothing
    EXPECT_TRUE(query(f).empty());
    f = {};
    f.functionId = "item.grant";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{2}));
    f = {};
    f.gameId = "game2";
    f.env = "dev";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{3}));
    f = {};
    f.env = "prod";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{5, 4, 2, 1}));
    f = {};
    f.outcome = "denied";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{4}));
    f = {};
    f.fromMs = 2000; // inclusive
    f.toMs = 4000;   // exclusive
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{3, 2}));
    f.action = "approval.";
    f.actor = "alice";
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{3, 2}));
}

TEST_F(SqliteAuditStoreTest, QueryPagesNewestFirstBelowASeq) {
    std::vector<AuditRow> rows;
    for (int s = 1; s <= 7; ++s) {
        rows.push_back(makeRow(s, s % 2 == 0 ? "approval.approve" : "auth.login"));
    }
    ASSERT_TRUE(m_store->appendAudit(rows));

    AuditFilter f;
    f.limit = 3;
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{7, 6, 5}));
    f.beforeSeq = 5;
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{4, 3, 2}));
    f.beforeSeq = 2;
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{1}));
    f.action = "approval.";
    f.beforeSeq = 6;
    EXPECT_EQ(query(f), (std::vector<std::int64_t>{4, 2}));
}

TEST_F(SqliteAuditStoreTest, ManyBatchesKeepOneContinuousTrail) {
    std::int64_t next = 1;
    for (int batch = 0; batch < 50; ++batch) {
        std::vector<AuditRow> rows;
        for (int i = 0; i <= batch % 7; ++i) {
            rows.push_back(makeRow(next++, "function.invoke"));
        }
        ASSERT_TRUE(m_store->appendAudit(rows)) << "batch " << batch;
    }
    reopen();
    auto all = m_store->scanAudit(1, 10000);
    ASSERT_TRUE(all);
    ASSERT_EQ(static_cast<std::int64_t>(all->size()), next - 1);
    for (std::size_t i = 0; i < all->size(); ++i) {
        ASSERT_EQ((*all)[i].seq, static_cast<std::int64_t>(i) + 1);
    }
    EXPECT_EQ((*m_store->lastAudit())->seq, next - 1);
}

} // namespace
} // namespace croupier::server
