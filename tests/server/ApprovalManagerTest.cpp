// The approval flow driven directly: a real SqliteStore in a temp dir, Registry, JobManager,
// AuditLog and CallLimiter, a FakeClock, principals built from the default roles, and an agent
// whose Connect stream is a capturing FrameWriter (so "the job started" is a StartJob frame).

#include "CapturingFrameWriter.h"
#include "TestEnv.h"
#include "croupier/core/Crypto.h"
#include "croupier/proto/DescriptorJson.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/server/ApprovalManager.h"
#include "croupier/server/SqliteStore.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <latch>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using control::v1::ServerFrame;
using core::ErrorCode;
using function::v1::EventType;
using nlohmann::json;
using testing::waitFor;

json approvalBanDescriptor() {
    return {{"id", "player.ban"},
            {"name", "Ban player"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player_id", {{"type", "string"}}},
                {"duration", {{"type", "integer"}, {"default", 3600}}},
                {"gm_password", {{"type", "string"}, {"format", "password"}}}}},
              {"required", {"player_id"}}}},
            {"auth",
             {{"permission", "player.ban"},
              {"approval", {{"enabled", true}, {"threshold", 2}, {"approvers", {"lead"}}}}}},
            {"ui", {{"risk_level", "high"}, {"risk_warning", "The player is told why"}}}};
}

// Served by no agent: an approved call cannot be routed.
json mailDescriptor() {
    return {{"id", "mail.send"},
            {"version", "1.0.0"},
            {"params", {{"type", "object"}, {"properties", {{"to", {{"type", "string"}}}}}}},
            {"auth", {{"approval", {{"enabled", true}, {"threshold", 1}}}}}};
}

Principal makePrincipal(const std::string& name, const std::vector<std::string>& roles,
                        std::vector<std::pair<std::string, std::string>> scopes = {}) {
    Principal p;
    p.username = name;
    p.roles = roles;
    p.permissions = ServerConfig::defaultRoles().permissionsFor(roles);
    p.scopes = std::move(scopes);
    p.peer = "ipv4:127.0.0.1:5555";
    return p;
}

// What the ApprovalManager learns about a requester when their call is approved (the server
// asks its UserDirectory): everyone user() made, as made, unless a test disabled them or
// changed their roles since.
class People {
public:
    void add(const Principal& p) {
        std::lock_guard lock(m_mutex);
        m_known[p.username] = p;
    }
    void disable(const std::string& name) {
        std::lock_guard lock(m_mutex);
        m_disabled.insert(name);
    }
    void setRoles(const std::string& name, const std::vector<std::string>& roles) {
        std::lock_guard lock(m_mutex);
        m_known[name] = makePrincipal(name, roles, m_known[name].scopes);
    }
    // Before each test (whose fixture has just made its people again, as made).
    void enableEveryone() {
        std::lock_guard lock(m_mutex);
        m_disabled.clear();
    }
    Result<Principal> lookup(const std::string& name) {
        std::lock_guard lock(m_mutex);
        const auto it = m_known.find(name);
        if (it == m_known.end() || m_disabled.count(name) > 0) {
            return core::Unexpected(ErrorCode::PermissionDenied, "user '" + name + "' is disabled");
        }
        return it->second;
    }

private:
    std::mutex m_mutex;
    std::map<std::string, Principal> m_known;
    std::set<std::string> m_disabled;
};

People& people() {
    static People directory;
    return directory;
}

Principal user(const std::string& name, const std::vector<std::string>& roles,
               std::vector<std::pair<std::string, std::string>> scopes = {}) {
    Principal p = makePrincipal(name, roles, std::move(scopes));
    people().add(p);
    return p;
}

// Forwards to the SQLite store, reading approvals slowly on demand: widens the window between a
// decision's read and its write, so a missing lock shows up as a double execution.
class SlowApprovalReads final : public Store {
public:
    explicit SlowApprovalReads(Store& inner) : m_inner(inner) {}
    std::atomic<int> delayMs{0};

    Result<void> putDescriptor(const DescriptorRecord& record) override {
        return m_inner.putDescriptor(record);
    }
    Result<std::vector<DescriptorRecord>> listDescriptors() override {
        return m_inner.listDescriptors();
    }
    Result<void> putAgent(const AgentRecord& record) override { return m_inner.putAgent(record); }
    Result<void> setAgentOnline(const std::string& agentId, bool online,
                                std::int64_t lastHeartbeatMs) override {
        return m_inner.setAgentOnline(agentId, online, lastHeartbeatMs);
    }
    Result<std::vector<AgentRecord>> listAgents() override { return m_inner.listAgents(); }
    Result<void> markAllAgentsOffline() override { return m_inner.markAllAgentsOffline(); }
    Result<std::int64_t> putAssignment(const AssignmentRecord& record) override {
        return m_inner.putAssignment(record);
    }
    Result<std::vector<AssignmentRecord>> listAssignments() override {
        return m_inner.listAssignments();
    }
    Result<std::map<std::string, std::int64_t>> assignmentVersions() override {
        return m_inner.assignmentVersions();
    }
    Result<void> createJob(const JobRecord& job) override { return m_inner.createJob(job); }
    Result<void> appendJobEvents(const std::vector<JobEventRecord>& events,
                                 const std::vector<JobRecord>& jobs) override {
        return m_inner.appendJobEvents(events, jobs);
    }
    Result<std::optional<JobRecord>> getJob(const std::string& jobId) override {
        return m_inner.getJob(jobId);
    }
    Result<std::vector<JobRecord>> listJobs(const JobFilter& filter) override {
        return m_inner.listJobs(filter);
    }
    Result<std::vector<JobEventRecord>> listJobEvents(const std::string& jobId,
                                                      std::int64_t fromSeq) override {
        return m_inner.listJobEvents(jobId, fromSeq);
    }
    Result<std::vector<JobRecord>> listUnfinishedJobs() override {
        return m_inner.listUnfinishedJobs();
    }
    Result<IdempotencyClaim> claimIdempotency(const IdempotencyRecord& candidate) override {
        return m_inner.claimIdempotency(candidate);
    }
    Result<void> completeIdempotency(const IdempotencyRecord& record) override {
        return m_inner.completeIdempotency(record);
    }
    Result<std::vector<IdempotencyRecord>> listRunningIdempotency() override {
        return m_inner.listRunningIdempotency();
    }
    Result<void> releaseIdempotency(const IdempotencyRecord& record) override {
        return m_inner.releaseIdempotency(record);
    }
    Result<int> purgeIdempotency(std::int64_t cutoffMs) override {
        return m_inner.purgeIdempotency(cutoffMs);
    }
    Result<void> putUser(const UserRecord& user) override { return m_inner.putUser(user); }
    Result<std::vector<UserRecord>> listUsers() override { return m_inner.listUsers(); }
    Result<void> putToken(const TokenRecord& token) override { return m_inner.putToken(token); }
    Result<std::vector<TokenRecord>> listLiveTokens(std::int64_t nowMs) override {
        return m_inner.listLiveTokens(nowMs);
    }
    Result<void> revokeToken(const std::string& tokenHash) override {
        return m_inner.revokeToken(tokenHash);
    }
    Result<void> revokeUserTokens(const std::string& username) override {
        return m_inner.revokeUserTokens(username);
    }
    Result<int> purgeTokens(std::int64_t cutoffMs) override {
        return m_inner.purgeTokens(cutoffMs);
    }
    Result<void> putApproval(const ApprovalRecord& approval) override {
        return m_inner.putApproval(approval);
    }
    Result<std::optional<ApprovalRecord>> getApproval(const std::string& approvalId) override {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs.load()));
        return m_inner.getApproval(approvalId);
    }
    Result<std::vector<ApprovalRecord>> listApprovals(const ApprovalFilter& filter) override {
        return m_inner.listApprovals(filter);
    }
    Result<std::vector<ApprovalRecord>> listPendingApprovals() override {
        return m_inner.listPendingApprovals();
    }
    Result<void> appendAudit(const std::vector<AuditRow>& rows) override {
        return m_inner.appendAudit(rows);
    }
    Result<std::optional<AuditRow>> lastAudit() override { return m_inner.lastAudit(); }
    Result<std::vector<AuditRow>> queryAudit(const AuditFilter& filter) override {
        return m_inner.queryAudit(filter);
    }
    Result<std::vector<AuditRow>> scanAudit(std::int64_t fromSeq, int limit) override {
        return m_inner.scanAudit(fromSeq, limit);
    }

private:
    Store& m_inner;
};

// Everything one server process holds, on one data dir; built again to "restart".
struct Stack {
    Stack(const std::filesystem::path& db, core::FakeClock& clock, const ServerConfig& config,
          const core::Logger& log) {
        auto opened = SqliteStore::open(db);
        EXPECT_TRUE(opened) << opened.error().message;
        store = std::move(*opened);
        scheduler = std::make_unique<Scheduler>(clock);
        workers = std::make_unique<core::ThreadPool>(3);
        audit = std::make_unique<AuditLog>(*store, clock, log);
        EXPECT_TRUE(audit->recover());
        limits = std::make_unique<CallLimiter>(clock);
        registry = std::make_unique<Registry>(*store, clock, config, log);
        EXPECT_TRUE(registry->load());
        gate = std::make_unique<IdempotencyGate>(*store, *workers, clock, log);
        jobs = std::make_unique<JobManager>(*store, *registry, router, *gate, *audit, *scheduler,
                                            *workers, clock, config, log);
        slowStore = std::make_unique<SlowApprovalReads>(*store);
        approvals = std::make_unique<ApprovalManager>(
            *slowStore, *registry, *jobs, *gate, *audit, *limits, *scheduler, *workers, clock,
            config, log, [](const std::string& name) { return people().lookup(name); });
    }
    ~Stack() {
        scheduler->stop();  // no timer may reach the managers while they go away
        workers->shutdown();
        approvals->stop();
        jobs->stop();
        audit->stop();
    }

    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SlowApprovalReads> slowStore;  // what the ApprovalManager sees
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<core::ThreadPool> workers;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<CallLimiter> limits;
    std::unique_ptr<Registry> registry;
    Router router;
    std::unique_ptr<IdempotencyGate> gate;
    std::unique_ptr<JobManager> jobs;
    std::unique_ptr<ApprovalManager> approvals;
};

class ApprovalManagerTest : public ::testing::Test {
protected:
    void SetUp() override {
        people().enableEveryone();
        config.dataDir = dir.path();
        config.approvalExpiry = 1h;
        open();
        connectAgent();
        registerFunction(mailDescriptor());
    }
    void TearDown() override { s.reset(); }

    void open() { s = std::make_unique<Stack>(dir.path() / "croupier.db", clock, config, log); }
    void reopen() {
        s.reset();
        open();
    }

    void connectAgent() {
        testing::connectCapturedAgent(*s->registry, approvalBanDescriptor(), writer, link);
    }
    void registerFunction(const json& descriptor) {
        function::v1::FunctionDescriptor d;
        ASSERT_FALSE(proto::descriptorFromJson(descriptor, &d).has_value());
        auto r = s->registry->registerFunction({"game", "dev"}, d);
        ASSERT_TRUE(r) << r.error().message;
    }

    core::Result<ApprovalTicket> request(const Principal& requester,
                                         const json& payload = {{"player_id", "p1"},
                                                                {"gm_password", "hunter2"}},
                                         const std::string& functionId = "player.ban") {
        google::protobuf::Struct s_;
        EXPECT_FALSE(proto::toStruct(payload, &s_).has_value());
        function::v1::InvokeOptions options;
        auto call = prepareCall(*s->registry, config, CallKind::Job, "game", "dev", functionId,
                                s_, options);
        if (!call) {
            return core::Unexpected(call.error());
        }
        return s->approvals->request(*call, CallKind::Job, options, requester);
    }
    std::string requestOk(const Principal& requester) {
        auto t = request(requester);
        EXPECT_TRUE(t) << t.error().message;
        return t ? t->approvalId : "";
    }

    approval::v1::Approval get(const std::string& id, const Principal& as) {
        auto a = s->approvals->get(as, id);
        EXPECT_TRUE(a) << a.error().message;
        return a ? *a : approval::v1::Approval{};
    }
    JobRecord jobRow(const std::string& jobId) {
        auto r = s->store->getJob(jobId);
        EXPECT_TRUE(r && r->has_value()) << "job " << jobId << " not in the store";
        return r && r->has_value() ? **r : JobRecord{};
    }
    std::string waitForJobStatus(const std::string& jobId, const std::string& status) {
        waitFor([&] { return jobRow(jobId).status == status; });
        return jobRow(jobId).status;
    }
    int startFrames(const std::string& jobId) {
        writer.pump(*link);
        int n = 0;
        for (const auto& f : writer.frames()) {
            n += f.has_start_job() && f.start_job().job_id() == jobId ? 1 : 0;
        }
        return n;
    }
    // Every audit row with `action`, after everything appended so far is durable.
    std::vector<AuditRow> audits(const std::string& action) {
        AuditEntry marker;
        marker.actor = "test";
        marker.action = "test.flush";
        EXPECT_TRUE(s->audit->appendSync(marker));
        AuditFilter f;
        f.action = action;
        f.limit = 1000;
        auto rows = s->audit->query(f);
        EXPECT_TRUE(rows) << rows.error().message;
        return rows ? *rows : std::vector<AuditRow>{};
    }
    // Returns once every timer due now has run and the work they queued is done.
    void settle() {
        auto ran = std::make_shared<std::promise<void>>();
        auto f = ran->get_future();
        s->scheduler->scheduleAt(clock.now(), [this, ran] {
            s->workers->submit([ran] { ran->set_value(); });
        });
        ASSERT_EQ(f.wait_for(10s), std::future_status::ready);
    }

    testing::TempDir dir;
    core::FakeClock clock;
    ServerConfig config;
    core::Logger log{core::LogLevel::Off};
    testing::CapturingFrameWriter writer;
    std::shared_ptr<AgentLink> link;
    std::unique_ptr<Stack> s;

    const Principal gina = user("gina", {"gm"});
    const Principal lena = user("lena", {"lead"});  // a lead who requests
    const Principal lee = user("lee", {"lead"});
    const Principal lou = user("lou", {"lead"});
};

TEST_F(ApprovalManagerTest, RequestFreezesThePayloadAndItsHashAndWaitsAsAJob) {
    auto t = request(gina);
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_EQ(t->state, "pending");
    EXPECT_EQ(t->expiresAtMs, core::toUnixMs(clock.now()) + 3'600'000);

    auto stored = s->store->getApproval(t->approvalId);
    ASSERT_TRUE(stored && stored->has_value());
    const ApprovalRecord& rec = **stored;
    const json frozen = {{"player_id", "p1"}, {"gm_password", "hunter2"}, {"duration", 3600}};
    EXPECT_EQ(json::parse(rec.payloadJson), frozen) << "the full payload, defaults filled";
    EXPECT_EQ(rec.payloadHash, core::sha256Hex(frozen.dump()));
    EXPECT_EQ(rec.requester, "gina");
    EXPECT_EQ(rec.threshold, 2);
    EXPECT_EQ(rec.approverRoles, std::vector<std::string>{"lead"});
    EXPECT_EQ(rec.jobId, t->jobId);

    const JobRecord job = jobRow(t->jobId);
    EXPECT_EQ(job.status, "awaiting_approval");
    EXPECT_EQ(job.requester, "gina");
    EXPECT_EQ(job.approvalId, t->approvalId);
    EXPECT_EQ(json::parse(job.payloadJson)["gm_password"], "******");
    EXPECT_EQ(startFrames(t->jobId), 0);

    auto created = audits("approval.create");
    ASSERT_EQ(created.size(), 1U);
    EXPECT_EQ(created[0].actor, "gina");
    EXPECT_EQ(created[0].target, t->approvalId);
    EXPECT_EQ(json::parse(created[0].paramsJson)["gm_password"], "******");
    EXPECT_EQ(created[0].paramsJson.find("hunter2"), std::string::npos);
}

TEST_F(ApprovalManagerTest, ThresholdTwoRefusesTheRequesterAndRunsOnceAfterTwoLeads) {
    const std::string id = requestOk(lena);
    auto own = s->approvals->approve(lena, id, "mine");
    ASSERT_FALSE(own);
    EXPECT_EQ(own.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(own.error().message.find("you requested"), std::string::npos) << own.error().message;

    auto first = s->approvals->approve(lee, id, "ok by me");
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->state(), "pending");
    EXPECT_EQ(first->approvals(), 1);
    EXPECT_EQ(startFrames(first->job_id()), 0) << "ran before the threshold";
    EXPECT_EQ(jobRow(first->job_id()).status, "awaiting_approval");

    auto second = s->approvals->approve(lou, id, "");
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->state(), "executed");
    EXPECT_EQ(second->approvals(), 2);
    const std::string jobId = second->job_id();
    EXPECT_EQ(startFrames(jobId), 1);
    const auto frames = writer.frames();
    auto start = std::find_if(frames.begin(), frames.end(),
                              [](const ServerFrame& f) { return f.has_start_job(); });
    ASSERT_NE(start, frames.end());
    EXPECT_EQ(proto::toJson(start->start_job().payload())["gm_password"], "hunter2")
        << "the agent gets the frozen payload itself";
    EXPECT_EQ(waitForJobStatus(jobId, "pending"), "pending");
    EXPECT_EQ(jobRow(jobId).agentId, "agent-a");

    auto late = s->approvals->approve(user("lara", {"lead"}), id, "");
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(late.error().details.at("state"), "executed");
    EXPECT_EQ(startFrames(jobId), 1);

    EXPECT_EQ(audits("approval.approve").size(), 2U);
    auto executed = audits("approval.execute");
    ASSERT_EQ(executed.size(), 1U);
    EXPECT_EQ(executed[0].outcome, "ok");

    // The job runs to the end: one job.end record, as the requester, with masked params.
    control::v1::JobUpdate done;
    done.set_job_id(jobId);
    done.set_type(EventType::DONE);
    s->jobs->onUpdate("agent-a", done);
    EXPECT_EQ(waitForJobStatus(jobId, "completed"), "completed");
    std::vector<AuditRow> ended;
    waitFor([&] { return !(ended = audits("job.end")).empty(); });
    ASSERT_EQ(ended.size(), 1U);
    EXPECT_EQ(ended[0].actor, "lena");
    EXPECT_EQ(ended[0].outcome, "completed");
    EXPECT_EQ(ended[0].target, jobId);
    EXPECT_EQ(json::parse(ended[0].paramsJson)["gm_password"], "******");
}

// Approvers vouch for the parameters, not for the requester: a requester disabled, or left
// without the permission, between the request and the last approval gets nothing run.
TEST_F(ApprovalManagerTest, ApprovedCallsDoNotRunForARequesterWhoMayNoLongerMakeThem) {
    struct Case {
        Principal requester;
        std::function<void()> change;
        std::string reason;
    };
    const std::vector<Case> cases = {
        {gina, [] { people().disable("gina"); }, "'gina' is disabled"},
        {lena, [] { people().setRoles("lena", {"viewer"}); }, "(user lena does not have it)"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.requester.username);
        const std::string id = requestOk(c.requester);
        c.change();
        ASSERT_TRUE(s->approvals->approve(lee, id, ""));
        auto last = s->approvals->approve(lou, id, "");
        ASSERT_TRUE(last) << last.error().message;
        EXPECT_EQ(last->state(), "executed");
        const std::string jobId = last->job_id();
        EXPECT_EQ(waitForJobStatus(jobId, "failed"), "failed");
        EXPECT_NE(jobRow(jobId).error.find(c.reason), std::string::npos) << jobRow(jobId).error;
        EXPECT_EQ(jobRow(jobId).errorCode, "PERMISSION_DENIED");
        EXPECT_EQ(startFrames(jobId), 0) << "the handler was asked to run";
    }
    const auto executed = audits("approval.execute");
    ASSERT_EQ(executed.size(), 2U);
    for (const auto& row : executed) {
        EXPECT_EQ(row.outcome, "PERMISSION_DENIED");
    }
}

TEST_F(ApprovalManagerTest, TheSameApproverTwiceCountsOnce) {
    const std::string id = requestOk(gina);
    ASSERT_TRUE(s->approvals->approve(lee, id, "first"));
    auto again = s->approvals->approve(lee, id, "second");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(again.error().message, "already approved by you");

    const auto a = get(id, lee);
    EXPECT_EQ(a.state(), "pending");
    EXPECT_EQ(a.approvals(), 1);
    ASSERT_EQ(a.decisions_size(), 1);
    EXPECT_EQ(a.decisions(0).comment(), "first");
    EXPECT_FALSE(a.can_decide());
    EXPECT_EQ(a.cannot_decide_reason(), "you have already approved it");
    EXPECT_EQ(startFrames(a.job_id()), 0);
}

TEST_F(ApprovalManagerTest, CallersWithoutTheRightsAreRefusedWithTheReason) {
    const std::string id = requestOk(gina);
    struct Case {
        Principal who;
        std::string detail;
    };
    const std::vector<Case> cases = {
        {user("root", {"admin"}), "roles"},                    // approval.decide, not a lead
        {user("oscar", {"ops"}), "permission"},                // no approval.decide
        {gina, "permission"},                                  // a gm cannot decide either
        {user("lars", {"lead"}, {{"other", "dev"}}), "game_id"},  // out of scope
    };
    for (const auto& c : cases) {
        auto r = s->approvals->approve(c.who, id, "");
        ASSERT_FALSE(r) << c.who.username;
        EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied) << c.who.username;
        EXPECT_EQ(r.error().details.count(c.detail), 1U) << c.who.username << ": "
                                                         << r.error().message;
    }
    const auto a = get(id, lee);
    EXPECT_EQ(a.approvals(), 0);
    EXPECT_EQ(a.state(), "pending");
    EXPECT_TRUE(a.can_decide());
    EXPECT_FALSE(get(id, user("root", {"admin"})).can_decide());
}

TEST_F(ApprovalManagerTest, OneRejectionEndsItAndItsJob) {
    const std::string id = requestOk(gina);
    ASSERT_TRUE(s->approvals->approve(lee, id, ""));
    auto noReason = s->approvals->reject(lou, id, "");
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, ErrorCode::InvalidArgument);

    auto rejected = s->approvals->reject(lou, id, "wrong player");
    ASSERT_TRUE(rejected) << rejected.error().message;
    EXPECT_EQ(rejected->state(), "rejected");
    EXPECT_EQ(rejected->reason(), "wrong player");
    const std::string jobId = rejected->job_id();
    EXPECT_EQ(waitForJobStatus(jobId, "rejected"), "rejected");
    auto events = s->store->listJobEvents(jobId, 1);
    ASSERT_TRUE(events && events->size() == 1U);
    EXPECT_EQ((*events)[0].type, EventType::ERROR);
    EXPECT_EQ((*events)[0].status, "rejected");

    auto after = s->approvals->approve(user("lara", {"lead"}), id, "");
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().code, ErrorCode::FailedPrecondition);
    EXPECT_NE(after.error().message.find("rejected"), std::string::npos);
    EXPECT_EQ(startFrames(jobId), 0);
    auto audited = audits("approval.reject");
    ASSERT_EQ(audited.size(), 1U);
    EXPECT_EQ(audited[0].actor, "lou");
    EXPECT_TRUE(waitFor([&] { return audits("job.end").size() == 1U; }));
}

TEST_F(ApprovalManagerTest, OnlyTheRequesterCancels) {
    const std::string id = requestOk(gina);
    auto byLead = s->approvals->cancel(lee, id, "");
    ASSERT_FALSE(byLead);
    EXPECT_EQ(byLead.error().code, ErrorCode::PermissionDenied);

    auto canceled = s->approvals->cancel(gina, id, "typo");
    ASSERT_TRUE(canceled) << canceled.error().message;
    EXPECT_EQ(canceled->state(), "canceled");
    EXPECT_EQ(waitForJobStatus(canceled->job_id(), "canceled"), "canceled");
    auto again = s->approvals->cancel(gina, id, "");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(audits("approval.cancel").size(), 1U);
}

TEST_F(ApprovalManagerTest, ExpiresOnTheFakeClockAndThenRefusesApprovals) {
    const std::string id = requestOk(gina);
    clock.advance(1h - 1ms);
    settle();
    EXPECT_EQ(get(id, lee).state(), "pending") << "expired early";

    clock.advance(1ms);
    EXPECT_TRUE(waitFor([&] { return get(id, lee).state() == "expired"; }));
    const auto a = get(id, lee);
    EXPECT_EQ(waitForJobStatus(a.job_id(), "expired"), "expired");
    auto late = s->approvals->approve(lee, id, "");
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(late.error().details.at("state"), "expired");
    auto expired = audits("approval.expire");
    ASSERT_EQ(expired.size(), 1U);
    EXPECT_EQ(expired[0].actor, "system");
    EXPECT_EQ(startFrames(a.job_id()), 0);
}

TEST_F(ApprovalManagerTest, EightConcurrentApproversExecuteItExactlyOnce) {
    constexpr int kThreads = 8;
    constexpr int kRounds = 5;
    s->slowStore->delayMs = 2;  // every decision reads slowly: a race would show
    for (int round = 0; round < kRounds; ++round) {
        const std::string id = requestOk(gina);
        std::latch go(kThreads);
        std::vector<core::Result<approval::v1::Approval>> results(
            kThreads, core::Unexpected(ErrorCode::Unknown, "not run"));
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                const Principal lead = user("lead" + std::to_string(i), {"lead"});
                go.arrive_and_wait();
                results[i] = s->approvals->approve(lead, id, "");
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        int ok = 0, refused = 0;
        for (const auto& r : results) {
            ok += r ? 1 : 0;
            refused += !r && r.error().code == ErrorCode::FailedPrecondition ? 1 : 0;
        }
        EXPECT_EQ(ok, 2) << "round " << round;
        EXPECT_EQ(refused, kThreads - 2) << "round " << round;
        const auto a = get(id, lee);
        EXPECT_EQ(a.state(), "executed") << "round " << round;
        EXPECT_EQ(a.approvals(), 2) << "round " << round;
        EXPECT_EQ(a.decisions_size(), 2) << "round " << round;
        EXPECT_EQ(startFrames(a.job_id()), 1) << "round " << round;
        EXPECT_EQ(waitForJobStatus(a.job_id(), "pending"), "pending");
        auto events = s->store->listJobEvents(a.job_id(), 1);
        ASSERT_TRUE(events);
        EXPECT_EQ(events->size(), 1U) << "one 'approved; starting' event";
    }
    EXPECT_EQ(audits("approval.execute").size(), static_cast<std::size_t>(kRounds));
    EXPECT_EQ(audits("approval.approve").size(), static_cast<std::size_t>(2 * kRounds));
}

TEST_F(ApprovalManagerTest, AnApprovedCallNoAgentServesFailsItsJobWithTheReason) {
    auto t = request(gina, {{"to", "p1"}}, "mail.send");
    ASSERT_TRUE(t) << t.error().message;
    auto a = s->approvals->approve(user("root", {"admin"}), t->approvalId, "");
    ASSERT_TRUE(a) << a.error().message;
    EXPECT_EQ(a->state(), "executed");
    EXPECT_EQ(waitForJobStatus(t->jobId, "failed"), "failed");
    const JobRecord job = jobRow(t->jobId);
    EXPECT_NE(job.error.find("could not start"), std::string::npos) << job.error;
    EXPECT_FALSE(job.errorCode.empty());
}

TEST_F(ApprovalManagerTest, TheViewMasksPasswordsAndDescribesTheRisk) {
    const std::string id = requestOk(gina);
    const auto a = get(id, lee);
    const json payload = proto::toJson(a.payload());
    EXPECT_EQ(payload["gm_password"], "******");
    EXPECT_EQ(payload["player_id"], "p1");
    EXPECT_EQ(a.payload_hash(), core::sha256Hex(json({{"player_id", "p1"},
                                                      {"gm_password", "hunter2"},
                                                      {"duration", 3600}})
                                                    .dump()));
    EXPECT_EQ(a.function_name(), "Ban player");
    EXPECT_EQ(a.risk_level(), "high");
    EXPECT_EQ(a.risk_warning(), "The player is told why");
    EXPECT_EQ(a.requester(), "gina");
    EXPECT_EQ(a.threshold(), 2);
    EXPECT_TRUE(a.can_decide());

    const auto own = get(id, gina);
    EXPECT_FALSE(own.can_decide());
    EXPECT_FALSE(own.cannot_decide_reason().empty());
}

TEST_F(ApprovalManagerTest, VisibilityAndListing) {
    const Principal oscar = user("oscar", {"ops"});  // no approval.read
    const std::string mine = requestOk(oscar);
    clock.advance(1ms);
    const std::string first = requestOk(gina);
    clock.advance(1ms);
    const std::string second = requestOk(gina);
    ASSERT_TRUE(s->approvals->approve(lee, second, ""));

    auto hidden = s->approvals->get(oscar, first);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(get(mine, oscar).approval_id(), mine) << "requesters see their own";
    auto outOfScope = s->approvals->get(user("lars", {"lead"}, {{"other", "dev"}}), first);
    ASSERT_FALSE(outOfScope);

    approval::v1::ListApprovalsRequest req;
    auto own = s->approvals->list(oscar, req);
    ASSERT_TRUE(own) << own.error().message;
    ASSERT_EQ(own->approvals_size(), 1);
    EXPECT_EQ(own->approvals(0).approval_id(), mine);

    req.set_page_size(2);
    auto page1 = s->approvals->list(lou, req);
    ASSERT_TRUE(page1) << page1.error().message;
    ASSERT_EQ(page1->approvals_size(), 2);
    EXPECT_EQ(page1->approvals(0).approval_id(), second) << "newest first";
    EXPECT_EQ(page1->approvals(1).approval_id(), first);
    ASSERT_FALSE(page1->next_page_token().empty());
    req.set_page_token(page1->next_page_token());
    auto page2 = s->approvals->list(lou, req);
    ASSERT_TRUE(page2);
    ASSERT_EQ(page2->approvals_size(), 1);
    EXPECT_EQ(page2->approvals(0).approval_id(), mine);
    EXPECT_TRUE(page2->next_page_token().empty());

    approval::v1::ListApprovalsRequest actionable;
    actionable.set_actionable(true);
    auto forLee = s->approvals->list(lee, actionable);
    ASSERT_TRUE(forLee);
    std::vector<std::string> ids;
    for (const auto& a : forLee->approvals()) {
        ids.push_back(a.approval_id());
    }
    EXPECT_EQ(ids, (std::vector<std::string>{first, mine})) << "lee approved `second` already";

    req.Clear();
    req.set_page_token("garbage");
    auto bad = s->approvals->list(lee, req);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
}

TEST_F(ApprovalManagerTest, WatchersGetASnapshotThenTheirOwnViewOfChanges) {
    const std::string before = requestOk(gina);
    std::mutex mutex;
    std::vector<approval::v1::ApprovalEvent> leeSaw, oscarSaw;
    auto sinkInto = [&mutex](std::vector<approval::v1::ApprovalEvent>& into) {
        return [&mutex, &into](const approval::v1::ApprovalEvent& e) {
            std::lock_guard lock(mutex);
            into.push_back(e);
        };
    };
    auto leeWatch = s->approvals->watch(lee, {}, sinkInto(leeSaw));
    ASSERT_TRUE(leeWatch) << leeWatch.error().message;
    const Principal oscar = user("oscar", {"ops"});
    auto oscarWatch = s->approvals->watch(oscar, {}, sinkInto(oscarSaw));
    ASSERT_TRUE(oscarWatch);

    ASSERT_TRUE(s->approvals->approve(lee, before, ""));
    const std::string own = requestOk(oscar);
    s->approvals->unwatch(*leeWatch);
    ASSERT_TRUE(s->approvals->approve(lou, before, ""));

    std::lock_guard lock(mutex);
    ASSERT_EQ(leeSaw.size(), 4U);
    EXPECT_EQ(leeSaw[0].type(), approval::v1::ADDED);
    EXPECT_EQ(leeSaw[0].approval().approval_id(), before);
    EXPECT_EQ(leeSaw[1].type(), approval::v1::SYNCED);
    EXPECT_EQ(leeSaw[2].type(), approval::v1::UPDATED);
    EXPECT_EQ(leeSaw[2].approval().approvals(), 1);
    EXPECT_FALSE(leeSaw[2].approval().can_decide()) << "as lee sees it: approved already";
    EXPECT_EQ(leeSaw[3].type(), approval::v1::ADDED);
    EXPECT_EQ(leeSaw[3].approval().approval_id(), own);
    ASSERT_EQ(oscarSaw.size(), 2U) << "oscar sees only his own request";
    EXPECT_EQ(oscarSaw[0].type(), approval::v1::SYNCED);
    EXPECT_EQ(oscarSaw[1].approval().approval_id(), own);
}

TEST_F(ApprovalManagerTest, RecoverAfterARestartExpiresOverdueAndRearmsTheRest) {
    const std::string early = requestOk(gina);
    clock.advance(30min);
    const std::string later = requestOk(gina);
    ASSERT_TRUE(s->approvals->approve(lee, later, "kept across the restart"));

    reopen();
    connectAgent();
    clock.advance(30min + 1s);  // `early` is overdue while the server is down
    auto waiting = s->approvals->recover();
    ASSERT_TRUE(waiting) << waiting.error().message;
    EXPECT_EQ(*waiting, 1);
    EXPECT_EQ(get(early, lee).state(), "expired");
    EXPECT_EQ(get(later, lee).state(), "pending");
    EXPECT_EQ(get(later, lee).approvals(), 1);

    clock.advance(30min);
    EXPECT_TRUE(waitFor([&] { return get(later, lee).state() == "expired"; }));
    EXPECT_EQ(waitForJobStatus(get(later, lee).job_id(), "expired"), "expired");
}

TEST_F(ApprovalManagerTest, RecoverAfterARestartRunsApprovalsThatReachTheirThresholdLater) {
    const std::string id = requestOk(gina);
    ASSERT_TRUE(s->approvals->approve(lee, id, ""));
    reopen();
    connectAgent();
    ASSERT_TRUE(s->approvals->recover());
    auto a = s->approvals->approve(lou, id, "");
    ASSERT_TRUE(a) << a.error().message;
    EXPECT_EQ(a->state(), "executed");
    EXPECT_EQ(startFrames(a->job_id()), 1);
}

} // namespace
} // namespace croupier::server
