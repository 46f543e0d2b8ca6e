// SqliteStore against a real SQLite file in a temp dir: every record type round-trips, survives
// close/reopen and a SIGKILL right after the write returned, claims are atomic across threads
// and connections, and bad files give clean errors.

#include "croupier/server/SqliteStore.h"

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <tuple>
#include <unistd.h>

namespace croupier::server {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;

auto fields(const DescriptorRecord& r) {
    return std::tie(r.gameId, r.env, r.functionId, r.version, r.hash, r.json, r.updatedAtMs);
}
auto fields(const AgentRecord& r) {
    return std::tie(r.agentId, r.gameId, r.env, r.version, r.addr, r.labels, r.functions,
                    r.registeredAtMs, r.lastHeartbeatMs, r.online);
}
auto fields(const AssignmentRecord& r) {
    return std::tie(r.gameId, r.env, r.functionId, r.agentId, r.enabled, r.reason, r.updatedAtMs);
}
auto fields(const JobRecord& r) {
    return std::tie(r.jobId, r.gameId, r.env, r.functionId, r.status, r.payloadJson, r.resultJson,
                    r.error, r.errorCode, r.progress, r.message, r.agentId, r.idempotencyKey,
                    r.timeoutMs, r.createdAtMs, r.updatedAtMs, r.lastSeq, r.requester,
                    r.approvalId);
}
auto fields(const JobEventRecord& r) {
    return std::tie(r.jobId, r.seq, r.type, r.message, r.progress, r.timestampMs, r.dataJson,
                    r.errorCode, r.status);
}
auto fields(const IdempotencyRecord& r) {
    return std::tie(r.gameId, r.env, r.functionId, r.key, r.payloadHash, r.kind, r.state, r.jobId,
                    r.response, r.createdAtMs);
}

DescriptorRecord makeDescriptor(const std::string& functionId, const std::string& version) {
    return {"game1",
            "prod",
            functionId,
            version,
            "hash-" + version,
            R"({"id":")" + functionId + R"(","version":")" + version + R"("})",
            1000};
}

AgentRecord makeAgent(const std::string& agentId) {
    AgentRecord a;
    a.agentId = agentId;
    a.gameId = "game1";
    a.env = "prod";
    a.version = "1.2.3";
    a.addr = "10.0.0.7:0";
    a.labels = {{"region", "上海"}, {"quote", "a\"b\\c"}};
    a.functions = {{"player.ban", "h1"}, {"item.grant", ""}};
    a.registeredAtMs = 5000;
    a.lastHeartbeatMs = 6000;
    a.online = true;
    return a;
}

JobRecord makeJob(const std::string& jobId, std::int64_t createdAtMs,
                  const std::string& status = "pending", const std::string& functionId = "f") {
    JobRecord j;
    j.jobId = jobId;
    j.gameId = "game1";
    j.env = "prod";
    j.functionId = functionId;
    j.status = status;
    j.payloadJson = R"({"player_id":"p1","password":"***"})";
    j.agentId = "agent-1";
    j.idempotencyKey = "idem-" + jobId;
    j.timeoutMs = 30000;
    j.createdAtMs = createdAtMs;
    j.updatedAtMs = createdAtMs;
    j.requester = "alice";
    j.approvalId = "ap-" + jobId;
    return j;
}

JobEventRecord makeEvent(const std::string& jobId, std::int64_t seq) {
    return {jobId,
            seq,
            2,
            "step " + std::to_string(seq),
            static_cast<double>(seq) / 100,
            10000 + seq,
            seq % 2 == 0 ? R"({"n":)" + std::to_string(seq) + "}" : "",
            "",
            "running"};
}

IdempotencyRecord makeIdempotency(const std::string& key, const std::string& jobId) {
    return {"game1", "prod", "player.ban", key, "payload-hash", "job", "running", jobId, "", 7000};
}

std::vector<std::string> jobIds(const std::vector<JobRecord>& jobs) {
    std::vector<std::string> ids;
    for (const JobRecord& j : jobs) {
        ids.push_back(j.jobId);
    }
    return ids;
}

class SqliteStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "croupier-store-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        m_file = m_dir / "data" / "croupier.db";
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    std::unique_ptr<SqliteStore> openStore(const SqliteOptions& options = {}) {
        auto store = SqliteStore::open(m_file, options);
        EXPECT_TRUE(store) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    fs::path m_dir;
    fs::path m_file;
};

TEST_F(SqliteStoreTest, OpenCreatesTheDirectoryAndAWalDatabaseAtTheCurrentSchema) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    EXPECT_TRUE(fs::is_regular_file(m_file));
    EXPECT_TRUE(fs::exists(m_file.string() + "-wal")); // WAL mode
    const auto othersAndGroup = fs::perms::group_all | fs::perms::others_all;
    EXPECT_EQ(fs::status(m_file).permissions() & othersAndGroup, fs::perms::none);
    EXPECT_EQ(fs::status(m_file.string() + "-wal").permissions() & othersAndGroup, fs::perms::none);
    auto version = store->schemaVersion();
    ASSERT_TRUE(version);
    EXPECT_EQ(*version, SqliteStore::kSchemaVersion);
}

TEST_F(SqliteStoreTest, DescriptorsRoundTripOnePerFunction) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->putDescriptor(makeDescriptor("player.ban", "1.0.0")));
    ASSERT_TRUE(store->putDescriptor(makeDescriptor("item.grant", "1.0.0")));
    ASSERT_TRUE(store->putDescriptor(makeDescriptor("player.ban", "2.0.0")));

    auto listed = store->listDescriptors();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(fields((*listed)[0]), fields(makeDescriptor("item.grant", "1.0.0")));
    EXPECT_EQ(fields((*listed)[1]), fields(makeDescriptor("player.ban", "2.0.0")));
}

TEST_F(SqliteStoreTest, AgentsRoundTripAndGoOffline) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->putAgent(makeAgent("a1")));
    AgentRecord second = makeAgent("a2");
    second.labels.clear();
    second.functions.clear();
    ASSERT_TRUE(store->putAgent(second));

    auto listed = store->listAgents();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(fields((*listed)[0]), fields(makeAgent("a1")));
    EXPECT_EQ(fields((*listed)[1]), fields(second));

    ASSERT_TRUE(store->setAgentOnline("a1", false, 9000));
    ASSERT_TRUE(store->markAllAgentsOffline());
    listed = store->listAgents();
    ASSERT_TRUE(listed);
    EXPECT_FALSE((*listed)[0].online);
    EXPECT_EQ((*listed)[0].lastHeartbeatMs, 9000);
    EXPECT_FALSE((*listed)[1].online);

    auto unknown = store->setAgentOnline("nobody", true, 1);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(SqliteStoreTest, PutAgentReplacesTheWholeRecord) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->putAgent(makeAgent("a1")));
    AgentRecord replaced = makeAgent("a1");
    replaced.functions = {{"player.kick", "h9"}};
    replaced.addr = "10.0.0.8:0";
    ASSERT_TRUE(store->putAgent(replaced));

    auto listed = store->listAgents();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(fields((*listed)[0]), fields(replaced));
}

TEST_F(SqliteStoreTest, AssignmentVersionsBumpPerScope) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    AssignmentRecord global{"game1", "prod", "player.ban", "", false, "incident 42", 100};
    AssignmentRecord perAgent{"game1", "prod", "player.ban", "a1", true, "", 200};
    AssignmentRecord otherScope{"game1", "test", "player.ban", "", false, "", 300};

    EXPECT_EQ(store->putAssignment(global).value_or(-1), 1);
    EXPECT_EQ(store->putAssignment(perAgent).value_or(-1), 2);
    EXPECT_EQ(store->putAssignment(otherScope).value_or(-1), 1);
    global.enabled = true;
    EXPECT_EQ(store->putAssignment(global).value_or(-1), 3);

    auto versions = store->assignmentVersions();
    ASSERT_TRUE(versions);
    EXPECT_EQ(*versions,
              (std::map<std::string, std::int64_t>{{"game1\x1fprod", 3}, {"game1\x1ftest", 1}}));
    auto listed = store->listAssignments();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ(fields((*listed)[0]), fields(global));
    EXPECT_EQ(fields((*listed)[1]), fields(perAgent));
    EXPECT_EQ(fields((*listed)[2]), fields(otherScope));
}

TEST_F(SqliteStoreTest, JobsRoundTripAndIdsAreUnique) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    JobRecord job = makeJob("j1", 1000);
    job.resultJson = R"({"ok":true})";
    job.error = "boom";
    job.errorCode = "INTERNAL";
    job.progress = 0.25;
    job.message = "进行中";
    job.lastSeq = 4;
    ASSERT_TRUE(store->createJob(job));

    auto got = store->getJob("j1");
    ASSERT_TRUE(got);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ(fields(**got), fields(job));

    auto again = store->createJob(makeJob("j1", 2000));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);

    auto missing = store->getJob("nope");
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_F(SqliteStoreTest, EventBatchIsStoredInSeqOrderAndReplaysFromSeq) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->createJob(makeJob("j1", 1000)));
    std::vector<JobEventRecord> batch;
    for (std::int64_t seq = 100; seq >= 1; --seq) { // insertion order must not matter
        batch.push_back(makeEvent("j1", seq));
    }
    JobRecord updated = makeJob("j1", 1000, "running");
    updated.lastSeq = 100;
    updated.progress = 1.0;
    ASSERT_TRUE(store->appendJobEvents(batch, {updated}));

    auto all = store->listJobEvents("j1", 0);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 100u);
    for (std::size_t i = 0; i < all->size(); ++i) {
        EXPECT_EQ(fields((*all)[i]), fields(makeEvent("j1", static_cast<std::int64_t>(i) + 1)));
    }
    auto tail = store->listJobEvents("j1", 96);
    ASSERT_TRUE(tail);
    ASSERT_EQ(tail->size(), 5u);
    EXPECT_EQ(tail->front().seq, 96);
    EXPECT_EQ(tail->back().seq, 100);
    EXPECT_TRUE(store->listJobEvents("j1", 101)->empty());

    auto job = store->getJob("j1");
    ASSERT_TRUE(job && job->has_value());
    EXPECT_EQ(fields(**job), fields(updated));
}

TEST_F(SqliteStoreTest, AppendJobEventsCanCreateTheJobRowInTheSameBatch) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->appendJobEvents({makeEvent("j9", 1)}, {makeJob("j9", 5)}));
    EXPECT_EQ(store->listJobEvents("j9", 1)->size(), 1u);
    EXPECT_TRUE(store->getJob("j9")->has_value());
}

TEST_F(SqliteStoreTest, AFailingEventBatchChangesNothing) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->createJob(makeJob("j1", 1000)));
    ASSERT_TRUE(store->appendJobEvents({makeEvent("j1", 1)}, {}));

    JobRecord updated = makeJob("j1", 1000, "completed");
    auto duplicate = store->appendJobEvents({makeEvent("j1", 2), makeEvent("j1", 1)}, {updated});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::FailedPrecondition);
    auto unknownJob = store->appendJobEvents({makeEvent("j1", 2), makeEvent("ghost", 1)}, {});
    ASSERT_FALSE(unknownJob);

    EXPECT_EQ(store->listJobEvents("j1", 0)->size(), 1u);
    EXPECT_EQ(store->getJob("j1")->value().status, "pending");
    // The store is still usable after the rollbacks.
    EXPECT_TRUE(store->appendJobEvents({makeEvent("j1", 2)}, {updated}));
    EXPECT_EQ(store->getJob("j1")->value().status, "completed");
}

TEST_F(SqliteStoreTest, ListJobsPagesNewestFirstWithinTheScope) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    // created: j1 100, j2 200, j3 200 (tie broken by id), j4 300, j5 400 (other function)
    for (const auto& job : {makeJob("j1", 100), makeJob("j2", 200), makeJob("j3", 200),
                            makeJob("j4", 300, "completed"), makeJob("j5", 400, "pending", "g")}) {
        ASSERT_TRUE(store->createJob(job));
    }
    JobRecord otherEnv = makeJob("x1", 500);
    otherEnv.env = "test";
    ASSERT_TRUE(store->createJob(otherEnv));

    JobFilter filter{"game1", "prod", "", "", 2, std::nullopt};
    std::vector<std::string> seen;
    for (int page = 0; page < 5; ++page) {
        auto jobs = store->listJobs(filter);
        ASSERT_TRUE(jobs);
        if (jobs->empty()) {
            break;
        }
        EXPECT_LE(jobs->size(), 2u);
        for (const auto& id : jobIds(*jobs)) {
            seen.push_back(id);
        }
        filter.before = std::make_pair(jobs->back().createdAtMs, jobs->back().jobId);
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"j5", "j4", "j3", "j2", "j1"}));

    JobFilter byFunction{"game1", "prod", "f", "", 50, std::nullopt};
    EXPECT_EQ(jobIds(*store->listJobs(byFunction)),
              (std::vector<std::string>{"j4", "j3", "j2", "j1"}));
    JobFilter byStatus{"game1", "prod", "", "completed", 50, std::nullopt};
    EXPECT_EQ(jobIds(*store->listJobs(byStatus)), (std::vector<std::string>{"j4"}));

    auto noScope = store->listJobs(JobFilter{});
    ASSERT_FALSE(noScope);
    EXPECT_EQ(noScope.error().code, ErrorCode::InvalidArgument);
}

TEST_F(SqliteStoreTest, ListJobsClampsTheLimitTo1Through500) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    std::vector<JobRecord> jobs;
    for (int i = 0; i < 520; ++i) {
        jobs.push_back(makeJob("j" + std::to_string(i), i));
    }
    ASSERT_TRUE(store->appendJobEvents({}, jobs));

    EXPECT_EQ(store->listJobs({"game1", "prod", "", "", 0, std::nullopt})->size(), 1u);
    EXPECT_EQ(store->listJobs({"game1", "prod", "", "", -5, std::nullopt})->size(), 1u);
    EXPECT_EQ(store->listJobs({"game1", "prod", "", "", 10000, std::nullopt})->size(), 500u);
}

TEST_F(SqliteStoreTest, ListUnfinishedJobsReturnsPendingAndRunningOnly) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    for (const auto& job :
         {makeJob("a", 1, "pending"), makeJob("b", 2, "running"), makeJob("c", 3, "completed"),
          makeJob("d", 4, "failed"), makeJob("e", 5, "canceled")}) {
        ASSERT_TRUE(store->createJob(job));
    }
    auto unfinished = store->listUnfinishedJobs();
    ASSERT_TRUE(unfinished);
    EXPECT_EQ(jobIds(*unfinished), (std::vector<std::string>{"a", "b"}));

    ASSERT_TRUE(store->appendJobEvents({}, {makeJob("a", 1, "completed")}));
    EXPECT_EQ(jobIds(*store->listUnfinishedJobs()), (std::vector<std::string>{"b"}));
}

TEST_F(SqliteStoreTest, IdempotencyClaimCompleteAndPurge) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    IdempotencyRecord first = makeIdempotency("k1", "job-1");
    auto claim = store->claimIdempotency(first);
    ASSERT_TRUE(claim);
    EXPECT_TRUE(claim->claimed);

    IdempotencyRecord repeat = makeIdempotency("k1", "job-2");
    repeat.payloadHash = "other-hash";
    claim = store->claimIdempotency(repeat);
    ASSERT_TRUE(claim);
    EXPECT_FALSE(claim->claimed);
    EXPECT_EQ(fields(claim->existing), fields(first));
    EXPECT_EQ(store->listRunningIdempotency()->size(), 1u);

    IdempotencyRecord done = first;
    done.response = std::string("\x00\x01serialized\xff", 13); // opaque bytes, NULs included
    ASSERT_TRUE(store->completeIdempotency(done));
    claim = store->claimIdempotency(repeat);
    ASSERT_TRUE(claim);
    EXPECT_FALSE(claim->claimed);
    EXPECT_EQ(claim->existing.state, "done");
    EXPECT_EQ(claim->existing.response, done.response);
    EXPECT_TRUE(store->listRunningIdempotency()->empty());

    auto unknown = store->completeIdempotency(makeIdempotency("nope", ""));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

    IdempotencyRecord newer = makeIdempotency("k2", "job-3");
    newer.createdAtMs = 9000;
    ASSERT_TRUE(store->claimIdempotency(newer)->claimed);
    EXPECT_EQ(store->purgeIdempotency(8000).value_or(-1), 1); // only k1 (7000)
    EXPECT_TRUE(store->claimIdempotency(repeat)->claimed);    // k1 is free again
    EXPECT_FALSE(store->claimIdempotency(newer)->claimed);    // k2 kept
}

TEST_F(SqliteStoreTest, AReleasedKeyCanBeClaimedAgain) {
    auto store = openStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->claimIdempotency(makeIdempotency("k1", "job-1"))->claimed);
    ASSERT_TRUE(store->claimIdempotency(makeIdempotency("k2", "job-2"))->claimed);
    ASSERT_TRUE(store->releaseIdempotency(makeIdempotency("k1", "")));
    EXPECT_TRUE(store->releaseIdempotency(makeIdempotency("never-claimed", "")));

    auto again = store->claimIdempotency(makeIdempotency("k1", "job-3"));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->claimed);
    EXPECT_FALSE(store->claimIdempotency(makeIdempotency("k2", "job-4"))->claimed);
}

TEST_F(SqliteStoreTest, ConcurrentClaimsForOneKeyHaveExactlyOneWinner) {
    // Two stores on one file: atomicity must come from SQLite, not from one object's mutex.
    auto storeA = openStore();
    auto storeB = openStore();
    ASSERT_NE(storeA, nullptr);
    ASSERT_NE(storeB, nullptr);
    constexpr int kThreads = 8;
    constexpr int kKeys = 25;
    std::vector<std::vector<IdempotencyClaim>> claims(kThreads);
    std::vector<int> failures(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            SqliteStore& store = t % 2 == 0 ? *storeA : *storeB;
            for (int k = 0; k < kKeys; ++k) {
                auto claim = store.claimIdempotency(
                    makeIdempotency("key" + std::to_string(k), "job-by-" + std::to_string(t)));
                claim ? claims[t].push_back(*claim) : void(++failures[t]);
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (int t = 0; t < kThreads; ++t) {
        ASSERT_EQ(failures[t], 0) << "thread " << t;
    }
    for (int k = 0; k < kKeys; ++k) {
        std::string winner;
        std::set<std::string> seenByLosers;
        for (int t = 0; t < kThreads; ++t) {
            const IdempotencyClaim& c = claims[t][k];
            if (c.claimed) {
                EXPECT_TRUE(winner.empty()) << "key" << k << " claimed twice";
                winner = "job-by-" + std::to_string(t);
            } else {
                seenByLosers.insert(c.existing.jobId);
            }
        }
        EXPECT_FALSE(winner.empty()) << "key" << k << " never claimed";
        EXPECT_EQ(seenByLosers, std::set<std::string>{winner}) << "key" << k;
    }
}

// Writes one of everything; used by the reopen and SIGKILL tests.
bool writeEverything(SqliteStore& store) {
    std::vector<JobEventRecord> events;
    for (std::int64_t seq = 1; seq <= 3; ++seq) {
        events.push_back(makeEvent("j1", seq));
    }
    JobRecord running = makeJob("j1", 1000, "running");
    running.lastSeq = 3;
    return store.putDescriptor(makeDescriptor("player.ban", "1.0.0")) &&
           store.putAgent(makeAgent("a1")) &&
           store.putAssignment({"game1", "prod", "player.ban", "", false, "r", 1}) &&
           store.createJob(makeJob("j1", 1000)) && store.appendJobEvents(events, {running}) &&
           store.claimIdempotency(makeIdempotency("k1", "j1"));
}

void expectEverything(SqliteStore& store) {
    EXPECT_EQ(store.listDescriptors()->size(), 1u);
    ASSERT_EQ(store.listAgents()->size(), 1u);
    EXPECT_EQ(fields(store.listAgents()->front()), fields(makeAgent("a1")));
    EXPECT_EQ(store.listAssignments()->size(), 1u);
    EXPECT_EQ(store.assignmentVersions()->at("game1\x1fprod"), 1);
    auto job = store.getJob("j1");
    ASSERT_TRUE(job && job->has_value());
    EXPECT_EQ((*job)->status, "running");
    EXPECT_EQ((*job)->lastSeq, 3);
    EXPECT_EQ(store.listJobEvents("j1", 0)->size(), 3u);
    EXPECT_EQ(store.listRunningIdempotency()->size(), 1u);
}

TEST_F(SqliteStoreTest, EverythingSurvivesCloseAndReopen) {
    {
        auto store = openStore();
        ASSERT_NE(store, nullptr);
        ASSERT_TRUE(writeEverything(*store));
    }
    auto reopened = openStore();
    ASSERT_NE(reopened, nullptr);
    expectEverything(*reopened);
}

TEST_F(SqliteStoreTest, FullSyncStoreWorksToo) {
    {
        auto store = openStore(SqliteOptions{true, 1000});
        ASSERT_NE(store, nullptr);
        ASSERT_TRUE(writeEverything(*store));
    }
    auto reopened = openStore();
    ASSERT_NE(reopened, nullptr);
    expectEverything(*reopened);
}

TEST_F(SqliteStoreTest, WritesSurviveSigkillRightAfterTheyReturned) {
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        auto store = SqliteStore::open(m_file);
        if (!store || !writeEverything(**store)) {
            _exit(2);
        }
        raise(SIGKILL); // no destructor, no checkpoint, no close
        _exit(3);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    ASSERT_EQ(WTERMSIG(status), SIGKILL);
    EXPECT_TRUE(fs::exists(m_file.string() + "-wal")); // no clean close happened

    auto reopened = openStore();
    ASSERT_NE(reopened, nullptr);
    expectEverything(*reopened);
}

TEST_F(SqliteStoreTest, AGarbageFileGivesDataLossNamingThePath) {
    fs::create_directories(m_file.parent_path());
    {
        std::ofstream out(m_file, std::ios::binary);
        for (int i = 0; i < 512; ++i) {
            out << "this is not a database ";
        }
    }
    auto store = SqliteStore::open(m_file);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::DataLoss);
    EXPECT_NE(store.error().message.find(m_file.string()), std::string::npos)
        << store.error().message;
}

TEST_F(SqliteStoreTest, ADirectoryInPlaceOfTheFileGivesUnavailable) {
    fs::create_directories(m_file);
    auto store = SqliteStore::open(m_file);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::Unavailable);
    EXPECT_NE(store.error().message.find(m_file.string()), std::string::npos);
}

TEST_F(SqliteStoreTest, ADatabaseFromANewerServerIsRefused) {
    ASSERT_NE(openStore(), nullptr);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(db, "INSERT INTO schema_version VALUES (99, 0)", nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);

    auto store = SqliteStore::open(m_file);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::FailedPrecondition);
    EXPECT_NE(store.error().message.find("99"), std::string::npos);
}

// Schema 1 exactly as the first release created it (migration 1 and the version table), with one
// job, its event and an idempotency key, written without the current code.
constexpr const char* kSchema1File = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at_ms INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1, 0);
CREATE TABLE descriptors (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL,
    version TEXT NOT NULL, hash TEXT NOT NULL, json TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id)) WITHOUT ROWID;
CREATE TABLE agents (
    agent_id TEXT NOT NULL PRIMARY KEY, game_id TEXT NOT NULL, env TEXT NOT NULL,
    version TEXT NOT NULL, addr TEXT NOT NULL,
    labels_json TEXT NOT NULL, functions_json TEXT NOT NULL,
    registered_at_ms INTEGER NOT NULL, last_heartbeat_ms INTEGER NOT NULL,
    online INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE assignments (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL, agent_id TEXT NOT NULL,
    enabled INTEGER NOT NULL, reason TEXT NOT NULL, updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id, agent_id)) WITHOUT ROWID;
CREATE TABLE assignment_versions (
    game_id TEXT NOT NULL, env TEXT NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (game_id, env)) WITHOUT ROWID;
CREATE TABLE jobs (
    job_id TEXT NOT NULL PRIMARY KEY, game_id TEXT NOT NULL, env TEXT NOT NULL,
    function_id TEXT NOT NULL, status TEXT NOT NULL, payload_json TEXT NOT NULL,
    result_json TEXT NOT NULL, error TEXT NOT NULL, error_code TEXT NOT NULL,
    progress REAL NOT NULL, message TEXT NOT NULL, agent_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, timeout_ms INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL, last_seq INTEGER NOT NULL);
CREATE INDEX jobs_by_scope ON jobs (game_id, env, created_at_ms DESC, job_id DESC);
CREATE INDEX jobs_unfinished ON jobs (status) WHERE status IN ('pending', 'running');
CREATE TABLE job_events (
    job_id TEXT NOT NULL REFERENCES jobs (job_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, type INTEGER NOT NULL, message TEXT NOT NULL,
    progress REAL NOT NULL, timestamp_ms INTEGER NOT NULL, data_json TEXT NOT NULL,
    error_code TEXT NOT NULL, status TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)) WITHOUT ROWID;
CREATE TABLE idempotency (
    game_id TEXT NOT NULL, env TEXT NOT NULL, function_id TEXT NOT NULL, key TEXT NOT NULL,
    payload_hash TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL, job_id TEXT NOT NULL,
    response BLOB NOT NULL, created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (game_id, env, function_id, key)) WITHOUT ROWID;
CREATE INDEX idempotency_by_created ON idempotency (created_at_ms);
INSERT INTO jobs VALUES ('old-job', 'game1', 'prod', 'player.ban', 'running', '{"n":1}', '',
    '', '', 0.5, 'half way', 'agent-1', 'idem-old', 30000, 1000, 1500, 1);
INSERT INTO job_events VALUES ('old-job', 1, 2, 'half way', 0.5, 1500, '', '', 'running');
INSERT INTO idempotency VALUES ('game1', 'prod', 'player.ban', 'idem-old', 'h', 'job', 'running',
    'old-job', x'', 1000);
)sql";

TEST_F(SqliteStoreTest, ASchema1DatabaseUpgradesKeepingItsJobs) {
    fs::create_directories(m_file.parent_path());
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kSchema1File, nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);

    auto store = openStore();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(*store->schemaVersion(), 2);
    auto job = store->getJob("old-job");
    ASSERT_TRUE(job && job->has_value()) << (job ? "missing" : job.error().message);
    EXPECT_EQ((*job)->status, "running");
    EXPECT_EQ((*job)->message, "half way");
    EXPECT_EQ((*job)->lastSeq, 1);
    EXPECT_EQ((*job)->requester, "");
    EXPECT_EQ((*job)->approvalId, "");
    EXPECT_EQ(store->listJobEvents("old-job", 1)->size(), 1u);
    EXPECT_EQ(store->listUnfinishedJobs()->size(), 1u);
    EXPECT_EQ(store->listRunningIdempotency()->size(), 1u);

    // The upgraded file takes the new columns and tables, and opens again without migrating.
    ASSERT_TRUE(store->appendJobEvents({makeEvent("old-job", 2)}, {makeJob("old-job", 1000)}));
    ASSERT_TRUE(store->putUser(UserRecord{"alice", "", "h", {"admin"}, {}, false, 1, 1, 0}));
    store.reset();
    auto reopened = openStore();
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(fields(**reopened->getJob("old-job")), fields(makeJob("old-job", 1000)));
    EXPECT_EQ(reopened->listUsers()->size(), 1u);
    EXPECT_EQ(*reopened->schemaVersion(), 2);
}

} // namespace
} // namespace croupier::server
