// The job state machine, driven directly: a real Registry, Router, IdempotencyGate and
// SqliteStore, a FakeClock, and an agent whose Connect stream is a capturing FrameWriter. The
// test plays the agent (onUpdate) and checks frames sent, statuses, error codes, and the events
// persisted with contiguous seqs.

#include "CapturingFrameWriter.h"
#include "TestEnv.h"
#include "croupier/proto/DescriptorJson.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/CallLimiter.h"
#include "croupier/server/JobManager.h"
#include "croupier/server/SqliteStore.h"

#include <cmath>
#include <future>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <mutex>
#include <optional>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using control::v1::ServerFrame;
using core::ErrorCode;
using function::v1::EventType;
using nlohmann::json;
using testing::waitFor;

json exportJobDescriptor() {
    return {{"id", "player.export"},
            {"name", "Export players"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player", {{"type", "string"}}},
                {"steps", {{"type", "integer"}, {"minimum", 1}, {"default", 4}}}}},
              {"required", {"player"}}}}};
}

control::v1::JobUpdate update(const std::string& jobId, EventType type,
                              const std::string& message = "", double progress = 0) {
    control::v1::JobUpdate u;
    u.set_job_id(jobId);
    u.set_type(type);
    u.set_message(message);
    u.set_progress(progress);
    return u;
}

control::v1::JobUpdate errorUpdate(const std::string& jobId, const std::string& code) {
    auto u = update(jobId, EventType::ERROR, "stopped: " + code);
    u.set_error_code(code);
    return u;
}

template <class T> core::Result<T> await(std::future<core::Result<T>>& f) {
    if (f.wait_for(10s) != std::future_status::ready) {
        return core::Unexpected(ErrorCode::DeadlineExceeded, "test: no answer within 10s");
    }
    return f.get();
}

class JobStateTest : public ::testing::Test {
protected:
    void SetUp() override {
        config.dataDir = dir.path();
        config.jobDefaultTimeout = 60s;
        config.jobCancelGrace = 1s;
        auto opened = SqliteStore::open(dir.path() / "croupier.db");
        ASSERT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
        registry = std::make_unique<Registry>(*store, clock, config, log);
        gate = std::make_unique<IdempotencyGate>(*store, workers, clock, log);
        audit = std::make_unique<AuditLog>(*store, clock, log);
        ASSERT_TRUE(audit->recover());
        jobs = std::make_unique<JobManager>(*store, *registry, router, *gate, *audit, scheduler,
                                            workers, clock, config, log);
        connectAgent();
    }
    void TearDown() override {
        scheduler.stop(); // no timer may reach the JobManager while it goes away
        workers.shutdown();
        jobs->stop();
        audit->stop();
    }

    void connectAgent() {
        testing::connectCapturedAgent(*registry, exportJobDescriptor(), writer, link);
    }

    core::Result<function::v1::InvokeJobResponse> start(const json& payload,
                                                        function::v1::InvokeOptions options = {}) {
        function::v1::InvokeJobRequest req;
        req.set_game_id("game");
        req.set_env("dev");
        req.set_function_id("player.export");
        EXPECT_FALSE(proto::toStruct(payload, req.mutable_payload()).has_value());
        *req.mutable_options() = options;
        auto p = std::make_shared<std::promise<core::Result<function::v1::InvokeJobResponse>>>();
        auto f = p->get_future();
        jobs->start(req, [p](auto r) { p->set_value(std::move(r)); });
        return await(f);
    }
    // Starts a job and plays the agent's START.
    std::string startRunning(function::v1::InvokeOptions options = {}) {
        auto r = start({{"player", "p1"}}, options);
        EXPECT_TRUE(r && r->success()) << (r ? "" : r.error().message);
        const std::string id = r ? r->job_id() : "";
        jobs->onUpdate("agent-a", update(id, EventType::START));
        waitForSeq(id, 1);
        return id;
    }

    std::future<core::Result<function::v1::CancelJobResponse>> cancel(const std::string& jobId) {
        function::v1::CancelJobRequest req;
        req.set_job_id(jobId);
        req.set_reason("operator asked");
        auto p = std::make_shared<std::promise<core::Result<function::v1::CancelJobResponse>>>();
        auto f = p->get_future();
        jobs->cancel(req, [p](auto r) { p->set_value(std::move(r)); });
        return f;
    }

    // The first frame matching `pred`, completing writes while waiting.
    std::optional<ServerFrame> waitForFrame(const std::function<bool(const ServerFrame&)>& pred) {
        std::optional<ServerFrame> found;
        waitFor([&] {
            writer.pump(*link);
            for (const auto& f : writer.frames()) {
                if (pred(f)) {
                    found = f;
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    int countFrames(const std::function<bool(const ServerFrame&)>& pred) {
        writer.pump(*link);
        int n = 0;
        for (const auto& f : writer.frames()) {
            n += pred(f) ? 1 : 0;
        }
        return n;
    }
    static auto cancelFor(const std::string& jobId) {
        return [jobId](const ServerFrame& f) {
            return f.has_cancel() && f.cancel().job_id() == jobId;
        };
    }

    JobRecord row(const std::string& jobId) {
        auto r = store->getJob(jobId);
        EXPECT_TRUE(r && r->has_value()) << "job " << jobId << " not in the store";
        return r && r->has_value() ? **r : JobRecord{};
    }
    // Waits until the JobEventWriter has persisted event `seq` of the job.
    JobRecord waitForSeq(const std::string& jobId, std::int64_t seq) {
        EXPECT_TRUE(waitFor([&] { return row(jobId).lastSeq >= seq; }))
            << "event " << seq << " of " << jobId << " never persisted";
        return row(jobId);
    }
    std::vector<JobEventRecord> events(const std::string& jobId) {
        auto r = store->listJobEvents(jobId, 1);
        EXPECT_TRUE(r);
        return r ? *r : std::vector<JobEventRecord>{};
    }
    // Returns once every timer due now has run (a probe timer due now has run).
    void settleTimers() {
        auto ran = std::make_shared<std::promise<void>>();
        auto f = ran->get_future();
        scheduler.scheduleAt(clock.now(), [ran] { ran->set_value(); });
        ASSERT_EQ(f.wait_for(10s), std::future_status::ready);
    }
    // The JobManager's own view (active jobs in memory first), current without waiting for I/O.
    std::string liveStatus(const std::string& jobId) {
        auto job = jobs->getJob(jobId);
        return job ? job->status() : "error: " + job.error().message;
    }
    // Stops the event writer after it wrote everything queued: a barrier for "ignored" checks.
    void flushAndStopEvents() { jobs->stop(); }

    testing::TempDir dir;
    core::FakeClock clock;
    ServerConfig config;
    core::Logger log{core::LogLevel::Off};
    std::unique_ptr<SqliteStore> store;
    Scheduler scheduler{clock};
    core::ThreadPool workers{2};
    testing::CapturingFrameWriter writer;
    std::shared_ptr<AgentLink> link;
    std::unique_ptr<Registry> registry;
    Router router;
    std::unique_ptr<IdempotencyGate> gate;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<JobManager> jobs;
};

TEST_F(JobStateTest, StartSendsStartJobWithTheValidatedPayload) {
    auto r = start({{"player", "p1"}});
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->success());
    EXPECT_EQ(r->status(), "pending");
    const std::string id = r->job_id();
    ASSERT_EQ(id.rfind("job_", 0), 0U) << id;

    auto frame = waitForFrame(
        [&](const ServerFrame& f) { return f.has_start_job() && f.start_job().job_id() == id; });
    ASSERT_TRUE(frame);
    const auto& s = frame->start_job();
    EXPECT_EQ(s.function_id(), "player.export");
    EXPECT_EQ(proto::toJson(s.payload()), (json{{"player", "p1"}, {"steps", 4}}));
    EXPECT_EQ(s.game_id(), "game");
    EXPECT_EQ(s.env(), "dev");
    EXPECT_EQ(s.timeout_ms(), 60'000);

    const JobRecord stored = row(id);
    EXPECT_EQ(stored.status, "pending");
    EXPECT_EQ(stored.agentId, "agent-a");
    EXPECT_EQ(stored.lastSeq, 0);
    EXPECT_EQ(json::parse(stored.payloadJson), (json{{"player", "p1"}, {"steps", 4}}));

    auto invalid = start({{"steps", 0}});
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(countFrames([](const ServerFrame& f) { return f.has_start_job(); }), 1);
}

TEST_F(JobStateTest, RunsThroughProgressAndLogToCompletedAndIgnoresLaterEvents) {
    const std::string id = startRunning();
    EXPECT_EQ(row(id).status, "running");

    // Each value differs from the one before it, so "clamped" and "kept" cannot be confused.
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "half", 0.5));
    EXPECT_EQ(waitForSeq(id, 2).progress, 0.5);
    EXPECT_EQ(row(id).message, "half");
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "nan", std::nan("")));
    EXPECT_EQ(waitForSeq(id, 3).progress, 0.0);
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "too far", 7));
    EXPECT_EQ(waitForSeq(id, 4).progress, 1.0);
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "backwards", -3));
    EXPECT_EQ(waitForSeq(id, 5).progress, 0.0);
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "three quarters", 0.75));
    waitForSeq(id, 6);
    jobs->onUpdate("agent-a", update(id, EventType::LOG, "exported batch 1"));
    const JobRecord logged = waitForSeq(id, 7);
    EXPECT_EQ(logged.progress, 0.75) << "a LOG keeps the progress";
    EXPECT_EQ(logged.message, "three quarters") << "a LOG is not a progress message";

    auto done = update(id, EventType::DONE, "finished");
    ASSERT_FALSE(
        proto::toStruct({{"exported", 4}, {"file", "玩家.csv"}}, done.mutable_data()).has_value());
    jobs->onUpdate("agent-a", done);
    const JobRecord completed = waitForSeq(id, 8);
    EXPECT_EQ(completed.status, "completed");
    EXPECT_EQ(completed.progress, 1.0);
    EXPECT_EQ(json::parse(completed.resultJson), (json{{"exported", 4}, {"file", "玩家.csv"}}));

    // After DONE nothing changes the job.
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "late", 0.2));
    jobs->onUpdate("agent-a", update(id, EventType::LOG, "late log"));
    jobs->onUpdate("agent-a", errorUpdate(id, "CANCELLED"));
    jobs->onUpdate("agent-a", done);
    flushAndStopEvents();
    const JobRecord final = row(id);
    EXPECT_EQ(final.lastSeq, 8);
    EXPECT_EQ(final.status, "completed");

    const auto evs = events(id);
    ASSERT_EQ(evs.size(), 8U);
    const std::vector<int> types = {EventType::START,    EventType::PROGRESS, EventType::PROGRESS,
                                    EventType::PROGRESS, EventType::PROGRESS, EventType::PROGRESS,
                                    EventType::LOG,      EventType::DONE};
    const std::vector<double> progress = {0, 0.5, 0, 1, 0, 0.75, 0.75, 1};
    for (std::size_t i = 0; i < evs.size(); ++i) {
        EXPECT_EQ(evs[i].seq, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(evs[i].type, types[i]) << "seq " << i + 1;
        EXPECT_EQ(evs[i].progress, progress[i]) << "seq " << i + 1;
        EXPECT_EQ(evs[i].status, i + 1 < evs.size() ? "running" : "completed");
    }
    EXPECT_EQ(evs[6].message, "exported batch 1");
    EXPECT_EQ(json::parse(evs[7].dataJson), json::parse(final.resultJson));
}

TEST_F(JobStateTest, ErrorCancelledEndsCanceledOtherCodesEndFailed) {
    const std::string cancelled = startRunning();
    const std::string diskFull = startRunning();
    const std::string noCode = startRunning();
    jobs->onUpdate("agent-a", errorUpdate(cancelled, "CANCELLED"));
    jobs->onUpdate("agent-a", errorUpdate(diskFull, "DISK_FULL"));
    jobs->onUpdate("agent-a", errorUpdate(noCode, ""));

    const JobRecord c = waitForSeq(cancelled, 2);
    EXPECT_EQ(c.status, "canceled");
    EXPECT_EQ(c.errorCode, "CANCELLED");
    EXPECT_EQ(c.error, "stopped: CANCELLED");
    const JobRecord d = waitForSeq(diskFull, 2);
    EXPECT_EQ(d.status, "failed");
    EXPECT_EQ(d.errorCode, "DISK_FULL");
    const JobRecord n = waitForSeq(noCode, 2);
    EXPECT_EQ(n.status, "failed");
    EXPECT_EQ(n.errorCode, "UNKNOWN");
    EXPECT_EQ(events(cancelled).back().status, "canceled");
}

TEST_F(JobStateTest, UpdatesFromAnotherAgentAreIgnored) {
    auto r = start({{"player", "p1"}});
    ASSERT_TRUE(r) << r.error().message;
    const std::string id = r->job_id();
    jobs->onUpdate("agent-b", update(id, EventType::START));
    jobs->onUpdate("agent-b", errorUpdate(id, "CANCELLED"));
    jobs->onUpdate("", update(id, EventType::DONE));
    jobs->onUpdate("agent-a", update(id, EventType::PROGRESS, "mine", 0.25));
    const JobRecord mine = waitForSeq(id, 1);
    flushAndStopEvents();
    EXPECT_EQ(row(id).lastSeq, 1);
    EXPECT_EQ(mine.status, "running");
    EXPECT_EQ(mine.progress, 0.25);
}

TEST_F(JobStateTest, TimeoutFailsTheJobAndCancelsItOnTheAgent) {
    function::v1::InvokeOptions o;
    o.set_timeout(5);
    const std::string id = startRunning(o);
    EXPECT_EQ(row(id).timeoutMs, 5000);

    clock.advance(4999ms);
    settleTimers();
    EXPECT_EQ(countFrames(cancelFor(id)), 0) << "timed out early";
    EXPECT_EQ(liveStatus(id), "running");

    clock.advance(1ms);
    auto frame = waitForFrame(cancelFor(id));
    ASSERT_TRUE(frame) << "no CancelCall after the timeout";
    EXPECT_EQ(frame->cancel().request_id(), 0U);
    const JobRecord failed = waitForSeq(id, 2);
    EXPECT_EQ(failed.status, "failed");
    EXPECT_EQ(failed.errorCode, "DEADLINE_EXCEEDED");

    jobs->onUpdate("agent-a", update(id, EventType::DONE)); // too late
    flushAndStopEvents();
    EXPECT_EQ(row(id).lastSeq, 2);
    EXPECT_EQ(row(id).status, "failed");
}

TEST_F(JobStateTest, CancelUnconfirmedEndsCanceledAfterTheGrace) {
    const std::string id = startRunning();
    auto answer = cancel(id);
    auto frame = waitForFrame(cancelFor(id));
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->cancel().reason(), "operator asked");

    clock.advance(999ms);
    settleTimers();
    EXPECT_EQ(liveStatus(id), "running") << "ended before the grace";
    EXPECT_NE(answer.wait_for(0s), std::future_status::ready);
    clock.advance(1ms);
    auto r = await(answer);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->success());
    EXPECT_EQ(r->status(), "canceled");

    const JobRecord ended = row(id); // answered after the event was written
    EXPECT_EQ(ended.status, "canceled");
    EXPECT_EQ(ended.errorCode, "CANCELLED");
    EXPECT_EQ(ended.lastSeq, 2);
    EXPECT_EQ(countFrames(cancelFor(id)), 1);
}

TEST_F(JobStateTest, CancelConfirmedByTheAgentAnswersAtOnce) {
    const std::string id = startRunning();
    auto answer = cancel(id);
    ASSERT_TRUE(waitForFrame(cancelFor(id)));
    jobs->onUpdate("agent-a", errorUpdate(id, "CANCELLED"));
    auto r = await(answer);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status(), "canceled");

    clock.advance(10s); // the grace timer was cancelled with the job's end
    settleTimers();
    flushAndStopEvents();
    EXPECT_EQ(row(id).lastSeq, 2);
}

TEST_F(JobStateTest, CancelRefusesEndedUnknownAndEmptyJobs) {
    const std::string id = startRunning();
    jobs->onUpdate("agent-a", update(id, EventType::DONE));
    waitForSeq(id, 2);

    auto ended = cancel(id);
    auto e = await(ended);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(e.error().details.at("status"), "completed");

    auto unknown = cancel("job_missing");
    auto u = await(unknown);
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().code, ErrorCode::NotFound);

    auto empty = cancel("");
    auto m = await(empty);
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, ErrorCode::InvalidArgument);
}

TEST_F(JobStateTest, LostAgentFailsItsJobs) {
    const std::string running = startRunning();
    auto pending = start({{"player", "p2"}});
    ASSERT_TRUE(pending) << pending.error().message;
    jobs->onAgentLost(link);
    for (const std::string& id : {running, pending->job_id()}) {
        const JobRecord lost = waitForSeq(id, id == running ? 2 : 1);
        EXPECT_EQ(lost.status, "failed") << id;
        EXPECT_EQ(lost.errorCode, "AGENT_LOST") << id;
    }
}

TEST_F(JobStateTest, SameIdempotencyKeyStartsOneJob) {
    function::v1::InvokeOptions o;
    o.set_idempotency_key("export-once");
    auto first = start({{"player", "p1"}}, o);
    ASSERT_TRUE(first) << first.error().message;
    auto second = start({{"player", "p1"}}, o);
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->job_id(), first->job_id());
    EXPECT_EQ(countFrames([](const ServerFrame& f) { return f.has_start_job(); }), 1);

    auto otherPayload = start({{"player", "p2"}}, o);
    ASSERT_FALSE(otherPayload);
    EXPECT_EQ(otherPayload.error().code, ErrorCode::InvalidArgument);
}

TEST_F(JobStateTest, RecoverFailsJobsLeftUnfinishedByARestart) {
    JobRecord interrupted;
    interrupted.jobId = "job_interrupted";
    interrupted.gameId = "game";
    interrupted.env = "dev";
    interrupted.functionId = "player.export";
    interrupted.status = "pending";
    interrupted.agentId = "agent-a";
    interrupted.createdAtMs = core::toUnixMs(clock.now());
    ASSERT_TRUE(store->createJob(interrupted));
    JobRecord finished = interrupted;
    finished.jobId = "job_finished";
    ASSERT_TRUE(store->createJob(finished));

    interrupted.status = "running";
    interrupted.progress = 0.4;
    std::vector<JobEventRecord> evs = {
        {interrupted.jobId, 1, EventType::START, "", 0, 1, "", "", "running"},
        {interrupted.jobId, 2, EventType::PROGRESS, "40%", 0.4, 2, "", "", "running"},
        {finished.jobId, 1, EventType::DONE, "", 1, 3, "{}", "", "completed"}};
    interrupted.lastSeq = 2;
    finished.status = "completed";
    finished.lastSeq = 1;
    ASSERT_TRUE(store->appendJobEvents(evs, {interrupted, finished}));

    auto recovered = jobs->recover();
    ASSERT_TRUE(recovered) << recovered.error().message;
    EXPECT_EQ(*recovered, 1);
    const JobRecord failed = row(interrupted.jobId);
    EXPECT_EQ(failed.status, "failed");
    EXPECT_EQ(failed.errorCode, "SERVER_RESTARTED");
    EXPECT_EQ(failed.lastSeq, 3);
    const auto after = events(interrupted.jobId);
    ASSERT_EQ(after.size(), 3U);
    EXPECT_EQ(after[2].seq, 3);
    EXPECT_EQ(after[2].type, EventType::ERROR);
    EXPECT_EQ(after[2].status, "failed");
    EXPECT_EQ(after[2].progress, 0.4);
    EXPECT_EQ(row(finished.jobId).status, "completed");
    EXPECT_EQ(*jobs->recover(), 0);
}

// While the final row waits for the disk, readers see the final state from memory, not the
// store's "running".
TEST_F(JobStateTest, AnEndedJobReadsAsEndedBeforeItsRowIsWritten) {
    const std::string id = startRunning();
    sqlite3* blocker = nullptr;
    ASSERT_EQ(sqlite3_open((dir.path() / "croupier.db").c_str(), &blocker), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(blocker, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    auto done = update(id, EventType::DONE);
    jobs->onUpdate("agent-a", done);
    EXPECT_EQ(row(id).status, "running") << "the writer is held up by the other connection";
    EXPECT_EQ(liveStatus(id), "completed");
    auto refused = cancel(id);
    auto r = await(refused);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, core::ErrorCode::FailedPrecondition);
    EXPECT_EQ(r.error().details.at("status"), "completed");
    sqlite3_exec(blocker, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(blocker);
    EXPECT_EQ(waitForSeq(id, 2).status, "completed");
}

// ---------------------------------------------------------------- issue 3

class CollectingSink final : public JobEventSink {
public:
    void deliver(const function::v1::JobEvent& event) override {
        std::lock_guard lock(m_mutex);
        m_events.push_back(event);
    }
    std::vector<function::v1::JobEvent> events() const {
        std::lock_guard lock(m_mutex);
        return m_events;
    }

private:
    mutable std::mutex m_mutex;  // guards m_events
    std::vector<function::v1::JobEvent> m_events;
};

PreparedCall prepare(const Registry& registry, const ServerConfig& config, const json& payload) {
    google::protobuf::Struct s;
    EXPECT_FALSE(proto::toStruct(payload, &s).has_value());
    auto call = prepareCall(registry, config, CallKind::Job, "game", "dev", "player.export", s,
                            {});
    EXPECT_TRUE(call) << call.error().message;
    return call ? std::move(*call) : PreparedCall{};
}

std::vector<AuditRow> auditRows(AuditLog& audit, const std::string& action) {
    AuditEntry marker;  // once this is durable, everything appended before it is
    marker.actor = "test";
    marker.action = "test.flush";
    EXPECT_TRUE(audit.appendSync(marker));
    AuditFilter f;
    f.action = action;
    auto rows = audit.query(f);
    return rows ? *rows : std::vector<AuditRow>{};
}

TEST_F(JobStateTest, StartPreparedHoldsThePermitUntilTheJobEndsThenAuditsTheEnd) {
    CallLimiter limiter(clock);
    auto limited = core::Descriptor::parse({{"id", "player.export"},
                                            {"semantics", {{"concurrency", 1}}}});
    ASSERT_TRUE(limited) << limited.error().message;
    auto permit = limiter.acquire("game", "dev", *limited);
    ASSERT_TRUE(permit) << permit.error().message;

    auto p = std::make_shared<std::promise<core::Result<function::v1::InvokeJobResponse>>>();
    auto f = p->get_future();
    JobStart js{"gina", "ipv4:10.0.0.7:4000", std::move(*permit), ""};
    jobs->startPrepared(prepare(*registry, config, {{"player", "p1"}}), std::move(js),
                        [p](auto r) { p->set_value(std::move(r)); });
    auto started = await(f);
    ASSERT_TRUE(started) << started.error().message;
    const std::string id = started->job_id();
    EXPECT_EQ(row(id).requester, "gina");
    EXPECT_EQ(jobs->getJob(id)->requester(), "gina");

    auto busy = limiter.acquire("game", "dev", *limited);
    ASSERT_FALSE(busy) << "the running job holds the only slot";
    EXPECT_EQ(busy.error().code, ErrorCode::ResourceExhausted);

    clock.advance(1500ms);
    jobs->onUpdate("agent-a", update(id, EventType::START));
    jobs->onUpdate("agent-a", errorUpdate(id, "DISK_FULL"));
    EXPECT_EQ(waitForSeq(id, 2).status, "failed");
    EXPECT_TRUE(waitFor([&] { return bool(limiter.acquire("game", "dev", *limited)); }))
        << "the slot came back when the job ended";

    std::vector<AuditRow> ended;
    ASSERT_TRUE(waitFor([&] { return !(ended = auditRows(*audit, "job.end")).empty(); }));
    ASSERT_EQ(ended.size(), 1U);
    EXPECT_EQ(ended[0].actor, "gina");
    EXPECT_EQ(ended[0].target, id);
    EXPECT_EQ(ended[0].outcome, "failed");
    EXPECT_EQ(ended[0].message, "stopped: DISK_FULL");
    EXPECT_EQ(ended[0].durationMs, 1500);
    EXPECT_EQ(ended[0].peer, "ipv4:10.0.0.7:4000");
    EXPECT_EQ(json::parse(ended[0].paramsJson), (json{{"player", "p1"}, {"steps", 4}}));
}

TEST_F(JobStateTest, AnAwaitingJobWaitsThenLeavesThatStateOnce) {
    auto created = jobs->createAwaiting(prepare(*registry, config, {{"player", "p1"}}), "gina",
                                        "apv_1");
    ASSERT_TRUE(created) << created.error().message;
    const std::string id = *created;
    EXPECT_EQ(row(id).status, "awaiting_approval");
    EXPECT_EQ(row(id).approvalId, "apv_1");
    EXPECT_EQ(jobs->getJob(id)->approval_id(), "apv_1");

    auto sink = std::make_shared<CollectingSink>();
    auto ended = jobs->subscribe(id, 0, sink);
    ASSERT_TRUE(ended) << ended.error().message;
    EXPECT_FALSE(*ended) << "a waiting job's stream stays open";
    auto answer = cancel(id);
    auto refused = await(answer);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(refused.error().details.at("approval_id"), "apv_1");
    EXPECT_EQ(countFrames([](const ServerFrame& f) { return f.has_start_job(); }), 0);

    jobs->runApproved(id, prepare(*registry, config, {{"player", "p1"}}), nullptr);
    jobs->runApproved(id, prepare(*registry, config, {{"player", "p1"}}), nullptr);
    auto again = jobs->endAwaiting(id, "rejected", "too late");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(countFrames([](const ServerFrame& f) { return f.has_start_job(); }), 1);
    const JobRecord pending = waitForSeq(id, 1);
    EXPECT_EQ(pending.status, "pending");
    EXPECT_EQ(pending.agentId, "agent-a");
    EXPECT_TRUE(waitFor([&] { return sink->events().size() == 1U; })) << "the stream went live";
    EXPECT_EQ(sink->events()[0].type(), EventType::LOG);
    jobs->unsubscribe(id, sink.get());
}

TEST_F(JobStateTest, EndingAnAwaitingJobWritesATerminalErrorEvent) {
    auto created = jobs->createAwaiting(prepare(*registry, config, {{"player", "p1"}}), "gina",
                                        "apv_2");
    ASSERT_TRUE(created) << created.error().message;
    ASSERT_FALSE(jobs->endAwaiting(*created, "completed", "not an end for a waiting job"));
    ASSERT_TRUE(jobs->endAwaiting(*created, "expired", "no decision within 1h"));
    const JobRecord expired = waitForSeq(*created, 1);
    EXPECT_EQ(expired.status, "expired");
    EXPECT_EQ(expired.errorCode, "EXPIRED");
    EXPECT_EQ(expired.error, "no decision within 1h");
    EXPECT_TRUE(isTerminalStatus("expired"));
    EXPECT_TRUE(isTerminalStatus("rejected"));
    EXPECT_FALSE(isTerminalStatus("awaiting_approval"));

    auto sink = std::make_shared<CollectingSink>();
    auto ended = jobs->subscribe(*created, 0, sink);
    ASSERT_TRUE(ended);
    EXPECT_TRUE(*ended);
    std::vector<AuditRow> audited;
    ASSERT_TRUE(waitFor([&] { return !(audited = auditRows(*audit, "job.end")).empty(); }));
    EXPECT_EQ(audited[0].outcome, "expired");
}

} // namespace
} // namespace croupier::server
