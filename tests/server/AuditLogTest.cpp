// AuditLog over a real SqliteStore: seqs in append order, a gap-free chain under 8 appending
// threads, the chain continuing across a reopen, a failed batch leaving no gap, stop() flushing;
// tampering with the SQLite file by hand (edited field, deleted row, recomputed hash) reported
// at the right seq; and `croupier-server audit verify|query` on the same file.

#include "croupier/server/AuditLog.h"

#include "TestEnv.h"
#include "croupier/server/AuditCommand.h"
#include "croupier/server/SqliteStore.h"

#include <algorithm>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <sqlite3.h>
#include <sstream>
#include <thread>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using core::ErrorCode;

// The database file opened with the sqlite3 library directly, as someone editing it by hand.
class RawDb {
public:
    explicit RawDb(const std::filesystem::path& file) {
        if (sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "cannot open " << file;
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close(m_db); }

    // Runs `sql`; returns the number of rows it changed.
    int exec(const std::string& sql) {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            ADD_FAILURE() << sql << ": " << (error ? error : "?");
            sqlite3_free(error);
            return 0;
        }
        return sqlite3_changes(m_db);
    }

    // The store's audit table, whatever the store engineer named it.
    std::string auditTable() {
        std::string name;
        sqlite3_exec(
            m_db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%audit%'",
            [](void* out, int, char** values, char**) {
                *static_cast<std::string*>(out) = values[0] ? values[0] : "";
                return 0;
            },
            &name, nullptr);
        EXPECT_FALSE(name.empty()) << "no audit table in the database";
        return name;
    }

private:
    sqlite3* m_db = nullptr;
};

AuditEntry entry(const std::string& action, const std::string& actor = "alice") {
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.gameId = "game";
    e.env = "dev";
    e.functionId = "player.ban";
    e.target = "job_1";
    e.params = {{"player_id", "p-1"}, {"reason", "cheating"}};
    e.details = {{"approval_id", "ap_1"}};
    return e;
}

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override {
        openStore();
        startLog();
    }

    void openStore() {
        auto opened = SqliteStore::open(dbPath());
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
    }
    void startLog() {
        audit = std::make_unique<AuditLog>(*store, clock, logger);
        auto recovered = audit->recover();
        ASSERT_TRUE(recovered) << recovered.error().message;
    }
    // As a server restart: a new AuditLog over a newly opened store.
    void reopen() {
        audit.reset();
        store.reset();
        openStore();
        startLog();
    }

    std::filesystem::path dbPath() const { return dir.path() / "croupier.db"; }

    std::int64_t add(const std::string& action, const std::string& actor = "alice") {
        auto seq = audit->appendSync(entry(action, actor));
        EXPECT_TRUE(seq) << seq.error().message;
        return seq ? *seq : -1;
    }
    void addMany(int n) {
        for (int i = 0; i < n; ++i) {
            add("function.invoke");
        }
    }

    std::vector<AuditRow> rows() {
        auto all = store->scanAudit(1, 1'000'000);
        EXPECT_TRUE(all) << all.error().message;
        return all ? *all : std::vector<AuditRow>{};
    }
    AuditVerdict verify() {
        auto verdict = audit->verify();
        EXPECT_TRUE(verdict) << verdict.error().message;
        return verdict ? *verdict : AuditVerdict{};
    }
    std::string logText() {
        std::lock_guard lock(logMutex);
        return logLines;
    }

    testing::TempDir dir;
    core::FakeClock clock;
    std::mutex logMutex; // guards logLines (the writer thread logs)
    std::string logLines;
    core::Logger logger{core::LogLevel::Debug, [this](std::string_view line) {
                            std::lock_guard lock(logMutex);
                            logLines.append(line).append("\n");
                        }};
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<AuditLog> audit;
};

TEST_F(AuditLogTest, AppendsGetSeqsOneToNChainedByHash) {
    for (std::int64_t i = 1; i <= 5; ++i) {
        EXPECT_EQ(add("function.invoke"), i);
    }
    const auto all = rows();
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[0].prevHash, "");
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].seq, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(all[i].hash, auditRowHash(all[i]));
        EXPECT_EQ(all[i].hash.size(), 64u);
        if (i > 0) {
            EXPECT_EQ(all[i].prevHash, all[i - 1].hash);
        }
    }
    const auto verdict = verify();
    EXPECT_TRUE(verdict.ok) << verdict.problem;
    EXPECT_EQ(verdict.records, 5);
    EXPECT_EQ(verdict.firstBrokenSeq, 0);
}

TEST_F(AuditLogTest, StoresEveryFieldAndTheClockTime) {
    clock.advance(1500ms);
    AuditEntry e = entry("approval.approve", "bob");
    e.outcome = "PERMISSION_DENIED";
    e.message = "not an approver";
    e.durationMs = 42;
    e.peer = "ipv4:10.0.0.7:5000";
    ASSERT_TRUE(audit->appendSync(e));
    const auto all = rows();
    ASSERT_EQ(all.size(), 1u);
    const AuditRow& r = all[0];
    EXPECT_EQ(r.timestampMs, core::toUnixMs(clock.now()));
    EXPECT_EQ(r.actor, "bob");
    EXPECT_EQ(r.actorKind, "user");
    EXPECT_EQ(r.action, "approval.approve");
    EXPECT_EQ(r.gameId, "game");
    EXPECT_EQ(r.env, "dev");
    EXPECT_EQ(r.functionId, "player.ban");
    EXPECT_EQ(r.target, "job_1");
    EXPECT_EQ(nlohmann::json::parse(r.paramsJson), e.params);
    EXPECT_EQ(r.outcome, "PERMISSION_DENIED");
    EXPECT_EQ(r.message, "not an approver");
    EXPECT_EQ(r.durationMs, 42);
    EXPECT_EQ(r.peer, "ipv4:10.0.0.7:5000");
    EXPECT_EQ(nlohmann::json::parse(r.detailsJson), nlohmann::json({{"approval_id", "ap_1"}}));
}

TEST_F(AuditLogTest, AsyncAppendsFromOneThreadKeepTheirOrder) {
    constexpr int kCount = 300;
    std::mutex m;
    std::vector<std::int64_t> seqs(kCount, 0);
    for (int i = 0; i < kCount; ++i) {
        audit->append(entry("op." + std::to_string(i)), [&, i](core::Result<std::int64_t> seq) {
            std::lock_guard lock(m);
            seqs[i] = seq ? *seq : -1;
        });
    }
    audit->stop(); // flushes
    std::vector<std::int64_t> expected(kCount);
    std::iota(expected.begin(), expected.end(), 1);
    EXPECT_EQ(seqs, expected);
    const auto all = rows();
    ASSERT_EQ(all.size(), static_cast<std::size_t>(kCount));
    EXPECT_EQ(all[7].action, "op.7");
    EXPECT_EQ(all.back().action, "op." + std::to_string(kCount - 1));
}

TEST_F(AuditLogTest, EightThreadsAppendingGiveAGapFreeChainThatVerifies) {
    constexpr int kThreads = 8;
    constexpr int kEach = 250;
    std::vector<std::vector<std::int64_t>> perThread(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto seq = audit->appendSync(entry("t" + std::to_string(t)));
                perThread[t].push_back(seq ? *seq : -1);
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    std::vector<std::int64_t> all;
    for (const auto& seqs : perThread) {
        EXPECT_TRUE(std::is_sorted(seqs.begin(), seqs.end()));
        all.insert(all.end(), seqs.begin(), seqs.end());
    }
    std::sort(all.begin(), all.end());
    std::vector<std::int64_t> expected(kThreads * kEach);
    std::iota(expected.begin(), expected.end(), 1);
    EXPECT_EQ(all, expected);
    const auto verdict = verify();
    EXPECT_TRUE(verdict.ok) << verdict.problem;
    EXPECT_EQ(verdict.records, kThreads * kEach);
}

TEST_F(AuditLogTest, ChainContinuesAcrossAReopen) {
    addMany(3);
    const std::string thirdHash = rows()[2].hash;
    reopen();
    EXPECT_EQ(add("auth.login"), 4);
    EXPECT_EQ(add("auth.logout"), 5);
    const auto all = rows();
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[3].prevHash, thirdHash);
    const auto verdict = verify();
    EXPECT_TRUE(verdict.ok) << verdict.problem;
    EXPECT_EQ(verdict.records, 5);
}

// The server log usually leaves the machine: the head it logs at stop and start is an anchor
// that an editor of the database cannot reach.
TEST_F(AuditLogTest, TheHeadIsLoggedWhenTheLogStopsAndStartsAgain) {
    addMany(3);
    const std::string head = core::formatAuditHead({3, rows().back().hash});
    reopen();
    const std::string text = logText();
    const auto stops = text.find("the audit chain stops");
    const auto continues = text.find("the audit chain continues", stops);
    ASSERT_NE(stops, std::string::npos) << text;
    ASSERT_NE(continues, std::string::npos) << text;
    EXPECT_NE(text.find(head, stops), std::string::npos) << text;
    EXPECT_NE(text.find(head, continues), std::string::npos) << text;
}

TEST_F(AuditLogTest, EmptyChainVerifies) {
    const auto verdict = verify();
    EXPECT_TRUE(verdict.ok);
    EXPECT_EQ(verdict.records, 0);
}

// A store that refuses the trail for a while (disk full, an I/O error): the rows wait and are
// written, in order, once it takes them again; meanwhile new audited work is refused.
TEST_F(AuditLogTest, ARefusedBatchIsRetriedUntilWrittenAndNoRowIsLost) {
    addMany(2);
    EXPECT_TRUE(audit->accepting());
    RawDb raw(dbPath());
    const std::string table = raw.auditTable();
    raw.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON " + table +
             " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    AuditEntry secret = entry("function.invoke");
    secret.params = {{"player_id", "p-secret-4711"}};
    std::vector<std::promise<core::Result<std::int64_t>>> outcomes(5);
    for (auto& outcome : outcomes) {
        audit->append(secret, [&outcome](auto seq) { outcome.set_value(seq); });
    }
    ASSERT_TRUE(testing::waitFor([&] { return !audit->accepting(); }));
    const auto refused = audit->accepting();
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(refused.error().details.count("retry_after_ms"));
    EXPECT_EQ(audit->backlog(), 5u);
    EXPECT_NE(logText().find("audit append failed; retrying"), std::string::npos) << logText();
    EXPECT_EQ(logText().find("p-secret-4711"), std::string::npos) << logText();

    raw.exec("DROP TRIGGER refuse_audit");
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        auto seq = outcomes[i].get_future().get();
        ASSERT_TRUE(seq) << seq.error().message;
        EXPECT_EQ(*seq, static_cast<std::int64_t>(3 + i));
    }
    EXPECT_EQ(add("function.invoke"), 8);
    EXPECT_TRUE(audit->accepting());
    EXPECT_EQ(audit->backlog(), 0u);
    const auto verdict = verify();
    EXPECT_TRUE(verdict.ok) << verdict.problem;
    EXPECT_EQ(verdict.records, 8);
    EXPECT_NE(logText().find("the audit trail is written again"), std::string::npos);
}

// The writer stalls (another connection holds the write lock): past maxBacklog waiting rows new
// audited work is refused with a retry hint, and accepted again once the rows are written.
TEST_F(AuditLogTest, AFullBacklogRefusesNewWorkUntilItDrains) {
    audit.reset();
    AuditLog::Options options;
    options.maxBacklog = 3;
    audit = std::make_unique<AuditLog>(*store, clock, logger, options);
    ASSERT_TRUE(audit->recover());
    RawDb raw(dbPath());
    raw.exec("BEGIN IMMEDIATE");
    std::atomic<int> written{0};
    for (int i = 0; i < 5; ++i) {
        audit->append(entry("function.invoke"), [&](auto seq) { written += seq ? 1 : 0; });
    }
    const auto full = audit->accepting();
    ASSERT_FALSE(full) << "5 rows wait, 3 may";
    EXPECT_EQ(full.error().code, ErrorCode::ResourceExhausted);
    EXPECT_EQ(full.error().details.at("retry_after_ms"), "100");
    raw.exec("COMMIT");
    ASSERT_TRUE(testing::waitFor([&] { return written.load() == 5; }));
    EXPECT_TRUE(audit->accepting());
    EXPECT_EQ(rows().size(), 5u);
}

TEST_F(AuditLogTest, StopGivesUpOnATrailThatCannotBeWrittenAndSaysSo) {
    RawDb raw(dbPath());
    raw.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON " + raw.auditTable() +
             " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    std::promise<core::Result<std::int64_t>> outcome;
    audit->append(entry("function.invoke"), [&](auto seq) { outcome.set_value(seq); });
    ASSERT_TRUE(testing::waitFor([&] { return !audit->accepting(); }));
    audit->stop(); // returns although the store never takes the row
    auto seq = outcome.get_future().get();
    EXPECT_FALSE(seq);
    EXPECT_NE(logText().find("given up at shutdown"), std::string::npos) << logText();
    EXPECT_TRUE(rows().empty());
}

TEST_F(AuditLogTest, StopFlushesWhatIsQueuedAndLaterAppendsFail) {
    std::atomic<int> written{0};
    for (int i = 0; i < 100; ++i) {
        audit->append(entry("function.invoke"), [&](auto seq) {
            if (seq) {
                ++written;
            }
        });
    }
    audit->stop();
    EXPECT_EQ(written.load(), 100);
    EXPECT_EQ(rows().size(), 100u);

    std::promise<core::Result<std::int64_t>> late;
    audit->append(entry("function.invoke"), [&](auto seq) { late.set_value(seq); });
    auto result = late.get_future().get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(rows().size(), 100u);
}

TEST_F(AuditLogTest, AppendsQueuedBeforeRecoverAreWrittenOnceItRuns) {
    addMany(2);
    audit.reset();
    audit = std::make_unique<AuditLog>(*store, clock, logger);
    EXPECT_FALSE(audit->appendSync(entry("early"))); // would wait forever: refused instead
    std::promise<core::Result<std::int64_t>> queued;
    audit->append(entry("queued"), [&](auto seq) { queued.set_value(seq); });
    ASSERT_TRUE(audit->recover());
    auto seq = queued.get_future().get();
    ASSERT_TRUE(seq);
    EXPECT_EQ(*seq, 3);
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditLogTest, InvalidUtf8IsStoredAsReplacementCharactersAndVerifies) {
    AuditEntry e = entry("auth.login", "mallory\xff\xfe");
    e.outcome = "UNAUTHENTICATED";
    e.params = {{"username", "x\xc3"}};
    ASSERT_TRUE(audit->appendSync(e));
    const auto all = rows();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].actor, "mallory\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_TRUE(verify().ok);
}

// append() writes each row's canonical text directly; verify() rebuilds it from the stored
// columns. Values that JSON writes in more than one way must come out the same on both paths,
// or the chain would report records as tampered with.
TEST_F(AuditLogTest, AwkwardValuesHashTheSameWhenAppendedAndWhenVerified) {
    const std::vector<nlohmann::json> params = {
        nullptr,
        nlohmann::json::object(),
        {{"z", 1}, {"a", -0.0}, {"m", 0.1}, {"big", 1e300}, {"neg", -9007199254740993}},
        {{"nested", {{"list", {1, "two", nullptr, true, 2.5}}, {"empty", nlohmann::json::array()}}}},
        {{"text", "quote\" backslash\\ tab\t nl\n nul" + std::string(1, '\0') + " \x7f"}},
        {{"unicode", "作弊 é 😀 \xe2\x80\xa8"}, {"bad", "\xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf"}},
        {{"u64", std::numeric_limits<std::uint64_t>::max()}},
    };
    for (const auto& p : params) {
        AuditEntry e = entry("function.invoke");
        e.params = p;
        e.message = "msg \"quoted\" \x01 作弊 \xe0\x80\x80";
        e.details = {{"error_details", R"({"k":"v"})"}, {"z\xff", "last"}, {"a", ""}};
        e.durationMs = -5;
        ASSERT_TRUE(audit->appendSync(e)) << p.dump();
    }
    AuditEntry bare;
    bare.action = "agent.offline";
    bare.details.clear();
    ASSERT_TRUE(audit->appendSync(bare));
    const AuditVerdict v = verify();
    EXPECT_TRUE(v.ok) << "seq " << v.firstBrokenSeq << ": " << v.problem;
    EXPECT_EQ(v.records, static_cast<std::int64_t>(params.size() + 1));
}

TEST_F(AuditLogTest, CanonicalTextCoversEveryField) {
    addMany(1);
    const AuditRow original = rows()[0];
    const auto changed = [&](auto edit) {
        AuditRow r = original;
        edit(r);
        return auditRowHash(r) != original.hash;
    };
    EXPECT_TRUE(changed([](AuditRow& r) { r.seq = 2; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.timestampMs += 1; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.actor = "bob"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.actorKind = "agent"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.action = "x"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.gameId = "other"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.env = "prod"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.functionId = "f"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.target = "job_2"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.paramsJson = R"({"player_id":"p-2"})"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.paramsJson = ""; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.paramsJson = "not json"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.outcome = "INTERNAL"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.message = "m"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.durationMs = 7; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.peer = "p"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.detailsJson = "{}"; }));
    EXPECT_TRUE(changed([](AuditRow& r) { r.prevHash = "00"; }));
    // The hash covers the JSON values, not how the text is spelled.
    EXPECT_FALSE(changed(
        [](AuditRow& r) { r.paramsJson = R"({ "reason": "cheating", "player_id": "p-1" })"; }));
}

TEST_F(AuditLogTest, CanonicalTextIsPrevHashThenSortedCompactJson) {
    addMany(2);
    const AuditRow row = rows()[1];
    const std::string text = canonicalAuditText(row);
    const auto newline = text.find('\n');
    ASSERT_NE(newline, std::string::npos);
    EXPECT_EQ(text.substr(0, newline), row.prevHash);
    const std::string body = text.substr(newline + 1);
    const auto json = nlohmann::json::parse(body);
    EXPECT_EQ(json.dump(), body); // what an outside verifier gets from any sorted compact dump
    EXPECT_FALSE(json.contains("hash"));
    EXPECT_EQ(json["seq"], 2);
    EXPECT_EQ(json["prev_hash"], row.prevHash);
    EXPECT_EQ(json["timestamp"], row.timestampMs);
    EXPECT_EQ(json["params"]["player_id"], "p-1");
    EXPECT_EQ(json["details"]["approval_id"], "ap_1");
    EXPECT_EQ(json.size(), 16u);
}

// --- tampering with the file ---

class AuditTamperTest : public AuditLogTest {
protected:
    void SetUp() override {
        AuditLogTest::SetUp();
        addMany(6);
        raw = std::make_unique<RawDb>(dbPath());
        table = raw->auditTable();
    }
    int update(const std::string& set, std::int64_t seq) {
        return raw->exec("UPDATE " + table + " SET " + set + " WHERE seq = " + std::to_string(seq));
    }

    std::unique_ptr<RawDb> raw;
    std::string table;
};

TEST_F(AuditTamperTest, EditedOutcomeIsReportedAtItsSeq) {
    ASSERT_EQ(update("outcome = 'ok-ish'", 3), 1);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.firstBrokenSeq, 3);
    EXPECT_NE(verdict.problem.find("hash mismatch"), std::string::npos) << verdict.problem;
    EXPECT_EQ(verdict.records, 3);
}

TEST_F(AuditTamperTest, EditedActorIsReportedAtItsSeq) {
    ASSERT_EQ(update("actor = 'somebody-else'", 5), 1);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.firstBrokenSeq, 5);
}

TEST_F(AuditTamperTest, DeletedMiddleRowIsReportedAsAGap) {
    ASSERT_EQ(raw->exec("DELETE FROM " + table + " WHERE seq = 4"), 1);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.firstBrokenSeq, 4);
    EXPECT_NE(verdict.problem.find("missing"), std::string::npos) << verdict.problem;
    EXPECT_NE(verdict.problem.find("seq 5"), std::string::npos) << verdict.problem;
}

TEST_F(AuditTamperTest, DeletedFirstRowIsReportedAtSeqOne) {
    ASSERT_EQ(raw->exec("DELETE FROM " + table + " WHERE seq = 1"), 1);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.firstBrokenSeq, 1);
}

TEST_F(AuditTamperTest, RecomputedHashBreaksTheNextLink) {
    AuditRow forged = rows()[2];
    forged.actor = "somebody-else";
    forged.hash = auditRowHash(forged);
    ASSERT_EQ(update("actor = 'somebody-else', hash = '" + forged.hash + "'", 3), 1);
    const auto verdict = verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.firstBrokenSeq, 4);
    EXPECT_NE(verdict.problem.find("prev_hash"), std::string::npos) << verdict.problem;
}

TEST_F(AuditTamperTest, RecoverWarnsWhenTheLastRowWasEdited) {
    ASSERT_EQ(update("message = 'nothing to see'", 6), 1);
    reopen();
    EXPECT_NE(logText().find("does not match its hash"), std::string::npos) << logText();
}

// --- croupier-server audit ---

struct CommandRun {
    int code = -1;
    std::string out;
    std::string err;
};

CommandRun runCommand(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    CommandRun run;
    run.code = runAuditCommand(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

TEST_F(AuditLogTest, VerifyCommandPassesBesideARunningLog) {
    addMany(4);
    const auto run = runCommand({"verify", "--data-dir", dir.path().string()});
    EXPECT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("audit chain OK: 4 records; head 4:", 0), 0u) << run.out;
    EXPECT_EQ(add("after.verify"), 5); // the log keeps working
}

// Rows removed from the end leave a chain that is intact as far as it goes; only a head written
// down earlier (printed by verify, logged by the server at start and stop) shows the loss.
TEST_F(AuditTamperTest, RowsRemovedFromTheEndAreFoundAgainstARecordedHead) {
    const auto first = audit->verify();
    ASSERT_TRUE(first && first->ok);
    const core::AuditHead head = first->head;
    ASSERT_EQ(head.seq, 6);
    ASSERT_EQ(head.hash, rows().back().hash);

    ASSERT_EQ(raw->exec("DELETE FROM " + table + " WHERE seq >= 5"), 2);
    const auto unanchored = audit->verify();
    ASSERT_TRUE(unanchored);
    EXPECT_TRUE(unanchored->ok) << "the chain alone cannot tell";
    EXPECT_EQ(unanchored->head.seq, 4);

    const auto anchored = audit->verify(head);
    ASSERT_TRUE(anchored);
    EXPECT_FALSE(anchored->ok);
    EXPECT_EQ(anchored->firstBrokenSeq, 6);
    EXPECT_NE(anchored->problem.find("the chain ends at seq 4"), std::string::npos)
        << anchored->problem;

    const auto run = runCommand({"verify", "--data-dir", dir.path().string(), "--expect-head",
                                 core::formatAuditHead(head)});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.out.find("audit chain BROKEN at seq 6: record missing"), std::string::npos)
        << run.out;
    EXPECT_EQ(
        runCommand({"verify", "--data-dir", dir.path().string(), "--expect-head", "6:beef"}).code,
        2);
}

TEST_F(AuditTamperTest, AHeadWhoseHashDiffersIsReportedAtItsSeq) {
    const auto verdict = audit->verify({3, std::string(64, '0')});
    ASSERT_TRUE(verdict);
    EXPECT_FALSE(verdict->ok);
    EXPECT_EQ(verdict->firstBrokenSeq, 3);
    EXPECT_NE(verdict->problem.find("differs from the head"), std::string::npos);
}

TEST_F(AuditTamperTest, VerifyCommandExitsOneAndNamesTheSeq) {
    ASSERT_EQ(update("outcome = 'ok-ish'", 2), 1);
    const auto run = runCommand({"verify", "--data-dir", dir.path().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.out.find("audit chain BROKEN at seq 2: hash mismatch"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("(2 records checked)"), std::string::npos) << run.out;
}

TEST(AuditCommandTest, UsageAndMissingDatabase) {
    testing::TempDir empty;
    auto run = runCommand({"verify", "--data-dir", empty.path().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("no database"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(empty.path() / "croupier.db")); // not created

    EXPECT_EQ(runCommand({"verify"}).code, 2);
    EXPECT_EQ(runCommand({}).code, 2);
    EXPECT_EQ(runCommand({"rewrite", "--data-dir", "x"}).code, 2);
    EXPECT_EQ(runCommand({"verify", "--data-dir", "x", "--actor", "a"}).code, 2);
    EXPECT_EQ(runCommand({"query", "--data-dir", "x", "--limit", "lots"}).code, 2);
    run = runCommand({"query", "--help"});
    EXPECT_EQ(run.code, 0);
    EXPECT_NE(run.out.find("--action"), std::string::npos);
}

// `croupier-server audit` runs beside a live server, maybe of another version: it reads the
// database as it is and never migrates or creates anything in it.
TEST(AuditCommandTest, NeverMigratesOrWritesTheDatabase) {
    testing::TempDir d;
    const auto file = d.path() / "croupier.db";
    std::ofstream(file).close(); // a file the server never initialised
    auto run = runCommand({"verify", "--data-dir", d.path().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("is not a Croupier database"), std::string::npos) << run.err;
    EXPECT_EQ(std::filesystem::file_size(file), 0u) << "no schema was created in it";

    ASSERT_TRUE(SqliteStore::open(file));
    RawDb(file).exec("DELETE FROM schema_version WHERE version = " +
                     std::to_string(SqliteStore::kSchemaVersion));
    run = runCommand({"query", "--data-dir", d.path().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("older than this server's"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("start croupier-server on it once to upgrade it"), std::string::npos)
        << run.err;

    RawDb(file).exec("INSERT INTO schema_version VALUES (" +
                     std::to_string(SqliteStore::kSchemaVersion + 1) + ", 0)");
    run = runCommand({"verify", "--data-dir", d.path().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("newer than this server's"), std::string::npos) << run.err;
}

TEST_F(AuditLogTest, QueryCommandFiltersNewestFirstAsJsonLines) {
    add("auth.login", "alice");
    add("approval.approve", "bob");
    add("approval.reject", "alice");
    add("function.invoke", "alice");
    const auto run = runCommand({"query", "--data-dir", dir.path().string(), "--actor", "alice",
                                 "--action", "approval.", "--json"});
    ASSERT_EQ(run.code, 0) << run.err;
    std::istringstream lines(run.out);
    std::vector<nlohmann::json> records;
    for (std::string line; std::getline(lines, line);) {
        records.push_back(nlohmann::json::parse(line));
    }
    ASSERT_EQ(records.size(), 1u) << run.out;
    EXPECT_EQ(records[0]["seq"], 3);
    EXPECT_EQ(records[0]["action"], "approval.reject");
    EXPECT_EQ(records[0]["params"]["reason"], "cheating");

    const auto limited =
        runCommand({"query", "--data-dir", dir.path().string(), "--limit", "2", "--json"});
    ASSERT_EQ(limited.code, 0) << limited.err;
    EXPECT_LT(limited.out.find("\"seq\":4"), limited.out.find("\"seq\":3"));
    EXPECT_EQ(limited.out.find("\"seq\":2"), std::string::npos);
}

TEST_F(AuditLogTest, QueryCommandTableEscapesControlCharacters) {
    add("auth.login", "evil\x1b[2Jname");
    const auto run = runCommand({"query", "--data-dir", dir.path().string()});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_NE(run.out.find("SEQ"), std::string::npos);
    EXPECT_NE(run.out.find("evil\\x1b[2Jname"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

} // namespace
} // namespace croupier::server
