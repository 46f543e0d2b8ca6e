// ApprovalService end to end: a real in-process server with TLS, users with the default roles
// signed in with bearer tokens, and an SDK agent serving the seed's player.ban (approval
// threshold 2). A call waits for approval, leads decide over gRPC, and the handler runs once.

#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/approval/v1/approval.grpc.pb.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace croupier;
using namespace croupier::testing;
using approval::v1::Approval;
using approval::v1::ApprovalEvent;
using nlohmann::json;

namespace {

class Approvals {
public:
    explicit Approvals(const std::shared_ptr<grpc::Channel>& channel)
        : m_stub(approval::v1::ApprovalService::NewStub(channel)) {}

    grpc::Status approve(const std::string& id, Approval* out = nullptr,
                         const std::string& comment = "") {
        approval::v1::ApproveRequest req;
        req.set_approval_id(id);
        req.set_comment(comment);
        return call(&approval::v1::ApprovalService::Stub::Approve, req, out);
    }
    grpc::Status reject(const std::string& id, const std::string& reason,
                        Approval* out = nullptr) {
        approval::v1::RejectRequest req;
        req.set_approval_id(id);
        req.set_reason(reason);
        return call(&approval::v1::ApprovalService::Stub::Reject, req, out);
    }
    grpc::Status cancel(const std::string& id, Approval* out = nullptr) {
        approval::v1::CancelApprovalRequest req;
        req.set_approval_id(id);
        return call(&approval::v1::ApprovalService::Stub::Cancel, req, out);
    }
    grpc::Status get(const std::string& id, Approval* out = nullptr) {
        approval::v1::GetApprovalRequest req;
        req.set_approval_id(id);
        return call(&approval::v1::ApprovalService::Stub::GetApproval, req, out);
    }
    grpc::Status list(const approval::v1::ListApprovalsRequest& req,
                      approval::v1::ListApprovalsResponse* out) {
        grpc::ClientContext ctx;
        ctx.set_deadline(deadlineIn());
        return m_stub->ListApprovals(&ctx, req, out);
    }
    approval::v1::ApprovalService::Stub& stub() { return *m_stub; }

private:
    template <class Req, class Method>
    grpc::Status call(Method method, const Req& req, Approval* out) {
        grpc::ClientContext ctx;
        ctx.set_deadline(deadlineIn());
        Approval ignored;
        return ((*m_stub).*method)(&ctx, req, out != nullptr ? out : &ignored);
    }
    std::unique_ptr<approval::v1::ApprovalService::Stub> m_stub;
};

class ApprovalServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ginaToken = server.addUser("gina", {"gm"});
        leeToken = server.addUser("lee", {"lead"});
        louToken = server.addUser("lou", {"lead"});
        oscarToken = server.addUser("oscar", {"ops"});
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "worker"));
        agent->RegisterFunction(sdk::Descriptor::FromJson(seedBanDescriptor()),
                                [this](const sdk::Context&, const json& params) -> sdk::Result {
                                    ++runs;
                                    return sdk::Result{{"success", true},
                                                       {"ban_id", "ban-" +
                                                                      params.value("player_id",
                                                                                   std::string())}};
                                });
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    // gina asks for a ban as a job; returns (approval id, job id).
    std::pair<std::string, std::string> requestBan(const std::string& player = "p1") {
        OperatorClient gm{server.operatorChannelWith(ginaToken)};
        auto r = gm.startJob("player.ban", {{"player_id", player}, {"reason", "cheating"}});
        EXPECT_TRUE(r.ok()) << r.status.message;
        EXPECT_EQ(r.response.status(), "awaiting_approval");
        EXPECT_FALSE(r.response.approval_id().empty());
        return {r.response.approval_id(), r.response.job_id()};
    }

    TestServer server;
    std::string ginaToken, leeToken, louToken, oscarToken;
    std::unique_ptr<sdk::AgentClient> agent;
    std::atomic<int> runs{0};
};

TEST_F(ApprovalServiceTest, TwoLeadsApproveAndTheJobRunsOnce) {
    auto [id, jobId] = requestBan();
    OperatorClient root{server.operatorChannel()};
    EXPECT_EQ(root.getJob(jobId).response.status(), "awaiting_approval");

    Approvals gina(server.operatorChannelWith(ginaToken));
    Approvals lee(server.operatorChannelWith(leeToken));
    Approvals lou(server.operatorChannelWith(louToken));
    EXPECT_EQ(gina.approve(id).error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << "the requester cannot approve";

    Approval seen;
    ASSERT_TRUE(lee.get(id, &seen).ok());
    EXPECT_EQ(seen.state(), "pending");
    EXPECT_EQ(seen.requester(), "gina");
    EXPECT_EQ(seen.threshold(), 2);
    EXPECT_EQ(toJson(seen.payload())["player_id"], "p1");
    EXPECT_TRUE(seen.can_decide());

    Approval after;
    ASSERT_TRUE(lee.approve(id, &after, "checked the logs").ok());
    EXPECT_EQ(after.approvals(), 1);
    EXPECT_EQ(lee.approve(id).error_code(), grpc::StatusCode::ALREADY_EXISTS);
    EXPECT_EQ(runs.load(), 0);

    ASSERT_TRUE(lou.approve(id, &after).ok());
    EXPECT_EQ(after.state(), "executed");
    auto events = root.jobEvents(jobId);
    ASSERT_TRUE(events.ok()) << events.status.message;
    ASSERT_FALSE(events.response.empty());
    EXPECT_EQ(events.response.back().status(), "completed");
    EXPECT_EQ(toJson(root.getJob(jobId).response.result())["ban_id"], "ban-p1");
    EXPECT_EQ(runs.load(), 1);
    EXPECT_EQ(lou.approve(id).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
}

TEST_F(ApprovalServiceTest, InvokeFunctionAnswersWithTheApprovalInsteadOfRunning) {
    OperatorClient gm{server.operatorChannelWith(ginaToken)};
    auto r = gm.invoke("player.ban", {{"player_id", "p9"}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_FALSE(r.response.success());
    EXPECT_EQ(r.response.error_code(), "APPROVAL_REQUIRED");
    EXPECT_EQ(r.response.approval_state(), "pending");
    Approval a;
    ASSERT_TRUE(Approvals(server.operatorChannelWith(leeToken)).get(r.response.approval_id(), &a)
                    .ok());
    EXPECT_EQ(a.job_id(), r.response.job_id());
    EXPECT_EQ(runs.load(), 0);
}

// A client that retries after a lost answer must not ask the leads twice: a repeated
// idempotency key finds the first request's approval, as it is now, across a restart too.
TEST_F(ApprovalServiceTest, ARepeatedIdempotencyKeyFindsTheFirstApprovalInsteadOfAnother) {
    function::v1::InvokeOptions retry;
    retry.set_idempotency_key("ban-p7-once");
    const json payload{{"player_id", "p7"}, {"reason", "cheating"}};
    OperatorClient gm{server.operatorChannelWith(ginaToken)};
    auto first = gm.invoke("player.ban", payload, retry);
    ASSERT_TRUE(first.ok()) << first.status.message;
    ASSERT_EQ(first.response.error_code(), "APPROVAL_REQUIRED");
    const std::string id = first.response.approval_id();

    auto again = gm.invoke("player.ban", payload, retry);
    ASSERT_TRUE(again.ok()) << again.status.message;
    EXPECT_EQ(again.response.error_code(), "APPROVAL_REQUIRED");
    EXPECT_EQ(again.response.approval_id(), id);
    EXPECT_EQ(again.response.job_id(), first.response.job_id());
    auto asJob = gm.startJob("player.ban", payload, retry);
    ASSERT_TRUE(asJob.ok()) << asJob.status.message;
    EXPECT_EQ(asJob.response.approval_id(), id);
    EXPECT_EQ(asJob.response.job_id(), first.response.job_id());
    EXPECT_EQ(asJob.response.status(), "awaiting_approval");

    auto changed = gm.invoke("player.ban", {{"player_id", "p8"}, {"reason", "cheating"}}, retry);
    EXPECT_EQ(changed.status.code, grpc::StatusCode::INVALID_ARGUMENT)
        << "the same key with other parameters is refused, not a second approval";

    Approvals lee(server.operatorChannelWith(leeToken));
    approval::v1::ListApprovalsResponse pending;
    approval::v1::ListApprovalsRequest all;
    ASSERT_TRUE(lee.list(all, &pending).ok());
    ASSERT_EQ(pending.approvals_size(), 1) << "one approval, however often the client retried";

    server.restart();
    ginaToken = server.login("gina");
    OperatorClient gmAfter{server.operatorChannelWith(ginaToken)};
    auto afterRestart = gmAfter.invoke("player.ban", payload, retry);
    ASSERT_TRUE(afterRestart.ok()) << afterRestart.status.message;
    EXPECT_EQ(afterRestart.response.approval_id(), id);

    ASSERT_TRUE(waitFor([&] { return agent->State() == sdk::ConnectionState::Connected; }));
    Approvals leeAfter(server.operatorChannelWith(server.login("lee")));
    Approvals louAfter(server.operatorChannelWith(server.login("lou")));
    ASSERT_TRUE(leeAfter.approve(id).ok());
    Approval executed;
    ASSERT_TRUE(louAfter.approve(id, &executed).ok());
    EXPECT_EQ(executed.state(), "executed");
    OperatorClient root{server.operatorChannel()};
    ASSERT_TRUE(root.jobEvents(first.response.job_id()).ok());

    auto late = gmAfter.startJob("player.ban", payload, retry);
    ASSERT_TRUE(late.ok()) << late.status.message;
    EXPECT_EQ(late.response.approval_id(), id);
    EXPECT_EQ(late.response.status(), "completed") << "the job as it is now";
    auto lateInvoke = gmAfter.invoke("player.ban", payload, retry);
    EXPECT_EQ(lateInvoke.response.approval_state(), "executed");
    EXPECT_EQ(runs.load(), 1);
}

TEST_F(ApprovalServiceTest, RejectCancelAndWhoMaySeeWhat) {
    auto [first, firstJob] = requestBan("p1");
    auto [second, secondJob] = requestBan("p2");
    Approvals gina(server.operatorChannelWith(ginaToken));
    Approvals lee(server.operatorChannelWith(leeToken));
    Approvals oscar(server.operatorChannelWith(oscarToken));
    Approvals anonymous(server.operatorChannelWith(""));

    EXPECT_EQ(anonymous.get(first).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(oscar.get(first).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    approval::v1::ListApprovalsResponse listed;
    ASSERT_TRUE(oscar.list({}, &listed).ok());
    EXPECT_EQ(listed.approvals_size(), 0) << "ops hold no approval.read";
    approval::v1::ListApprovalsRequest actionable;
    actionable.set_actionable(true);
    ASSERT_TRUE(lee.list(actionable, &listed).ok());
    EXPECT_EQ(listed.approvals_size(), 2);

    EXPECT_EQ(lee.reject(first, "").error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    Approval rejected;
    ASSERT_TRUE(lee.reject(first, "wrong player", &rejected).ok());
    EXPECT_EQ(rejected.state(), "rejected");
    OperatorClient root{server.operatorChannel()};
    auto events = root.jobEvents(firstJob);
    ASSERT_TRUE(events.ok()) << events.status.message;
    ASSERT_EQ(events.response.size(), 1U);
    EXPECT_EQ(events.response[0].status(), "rejected");

    EXPECT_EQ(lee.cancel(second).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    Approval canceled;
    ASSERT_TRUE(gina.cancel(second, &canceled).ok());
    EXPECT_EQ(canceled.state(), "canceled");
    EXPECT_TRUE(waitFor([&] { return root.getJob(secondJob).response.status() == "canceled"; }));
    EXPECT_EQ(lee.approve(second).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_EQ(runs.load(), 0);
}

TEST_F(ApprovalServiceTest, WatchSendsTheSnapshotThenChanges) {
    auto [id, jobId] = requestBan();
    Approvals lou(server.operatorChannelWith(louToken));
    grpc::ClientContext ctx;
    ctx.set_deadline(deadlineIn());
    auto reader = lou.stub().WatchApprovals(&ctx, {});
    ApprovalEvent e;
    ASSERT_TRUE(reader->Read(&e));
    EXPECT_EQ(e.type(), approval::v1::ADDED);
    EXPECT_EQ(e.approval().approval_id(), id);
    ASSERT_TRUE(reader->Read(&e));
    EXPECT_EQ(e.type(), approval::v1::SYNCED);

    ASSERT_TRUE(Approvals(server.operatorChannelWith(leeToken)).approve(id).ok());
    ASSERT_TRUE(reader->Read(&e));
    EXPECT_EQ(e.type(), approval::v1::UPDATED);
    EXPECT_EQ(e.approval().approvals(), 1);
    EXPECT_TRUE(e.approval().can_decide()) << "as lou sees it";

    auto [next, nextJob] = requestBan("p2");
    ASSERT_TRUE(reader->Read(&e));
    EXPECT_EQ(e.type(), approval::v1::ADDED);
    EXPECT_EQ(e.approval().approval_id(), next);
    ctx.TryCancel();
    while (reader->Read(&e)) {
    }
    EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::CANCELLED);

    grpc::ClientContext anonymousCtx;
    anonymousCtx.set_deadline(deadlineIn());
    auto refused = Approvals(server.operatorChannelWith("")).stub().WatchApprovals(&anonymousCtx,
                                                                                   {});
    EXPECT_FALSE(refused->Read(&e));
    EXPECT_EQ(refused->Finish().error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

} // namespace
