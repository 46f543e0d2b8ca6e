// Every RPC against every way of being the wrong caller: no token, an expired token, a revoked
// token, a user whose roles lack the permission, a user outside the scope, and an agent
// certificate (even with an admin token). Each cell names the status code the caller sees; a
// final column runs each RPC as someone allowed to, so a refusal is never the request's fault.
#include "OperatorClient.h"
#include "TestEnv.h"

#include "croupier/approval/v1/approval.grpc.pb.h"
#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/auth/v1/auth.grpc.pb.h"
#include "croupier/proto/JsonStruct.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace croupier;
using namespace croupier::testing;
using grpc::StatusCode;
using nlohmann::json;

namespace {

// What a cell's call needs: the channel to call on and the ids the setup made.
struct Target {
    std::shared_ptr<grpc::Channel> channel;
    std::string jobId;
    std::string approvalId;
    std::string username;  // a user the call may change
};

using Call = std::function<StatusCode(const Target&)>;

std::unique_ptr<grpc::ClientContext> ctx() {
    auto c = std::make_unique<grpc::ClientContext>();
    c->set_deadline(deadlineIn(std::chrono::seconds(10)));
    return c;
}

template <class Service, class Req, class Resp, class Method>
StatusCode unary(const Target& t, Method method, const Req& req) {
    auto stub = Service::NewStub(t.channel);
    Resp resp;
    auto c = ctx();
    return ((*stub).*method)(c.get(), req, &resp).error_code();
}

// A server stream: OK once the first message arrives, else how it ended.
StatusCode streamStatus(grpc::ClientContext& c, auto reader, auto message) {
    if (reader->Read(&message)) {
        c.TryCancel();
        return StatusCode::OK;
    }
    return reader->Finish().error_code();
}

using FnStub = function::v1::FunctionService;
using AuthStub = auth::v1::AuthService;
using UserStub = auth::v1::UserService;
using ApprovalStub = approval::v1::ApprovalService;
using AuditStub = audit::v1::AuditService;

function::v1::InvokeFunctionRequest invokeRequest(const std::string& fn) {
    function::v1::InvokeFunctionRequest r;
    r.set_game_id("game");
    r.set_env("dev");
    r.set_function_id(fn);
    proto::toStruct(json{{"player_id", "p1"}}, r.mutable_payload());
    return r;
}

function::v1::InvokeJobRequest jobRequest() {
    function::v1::InvokeJobRequest r;
    r.set_game_id("game");
    r.set_env("dev");
    r.set_function_id("item.grant");
    proto::toStruct(json{{"player_id", "p1"}}, r.mutable_payload());
    return r;
}

// Every operator RPC, by name.
std::map<std::string, Call> operatorRpcs() {
    using namespace function::v1;
    std::map<std::string, Call> m;
    m["InvokeFunction"] = [](const Target& t) {
        return unary<FnStub, InvokeFunctionRequest, InvokeFunctionResponse>(
            t, &FunctionService::Stub::InvokeFunction, invokeRequest("item.grant"));
    };
    m["InvokeJob"] = [](const Target& t) {
        return unary<FnStub, InvokeJobRequest, InvokeJobResponse>(
            t, &FunctionService::Stub::InvokeJob, jobRequest());
    };
    m["StreamJobEvents"] = [](const Target& t) {
        auto stub = FunctionService::NewStub(t.channel);
        StreamJobEventsRequest r;
        r.set_job_id(t.jobId);
        auto c = ctx();
        return streamStatus(*c, stub->StreamJobEvents(c.get(), r), JobEvent{});
    };
    m["CancelJob"] = [](const Target& t) {
        CancelJobRequest r;
        r.set_job_id(t.jobId);
        return unary<FnStub, CancelJobRequest, CancelJobResponse>(
            t, &FunctionService::Stub::CancelJob, r);
    };
    m["RegisterFunction"] = [](const Target& t) {
        RegisterFunctionRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        r.mutable_function_descriptor()->set_id("mail.send");
        r.mutable_function_descriptor()->set_version("1.0");
        return unary<FnStub, RegisterFunctionRequest, RegisterFunctionResponse>(
            t, &FunctionService::Stub::RegisterFunction, r);
    };
    m["ListFunctions"] = [](const Target& t) {
        ListFunctionsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        return unary<FnStub, ListFunctionsRequest, ListFunctionsResponse>(
            t, &FunctionService::Stub::ListFunctions, r);
    };
    m["GetFunction"] = [](const Target& t) {
        GetFunctionRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        r.set_function_id("item.grant");
        return unary<FnStub, GetFunctionRequest, GetFunctionResponse>(
            t, &FunctionService::Stub::GetFunction, r);
    };
    m["GetJob"] = [](const Target& t) {
        GetJobRequest r;
        r.set_job_id(t.jobId);
        return unary<FnStub, GetJobRequest, Job>(t, &FunctionService::Stub::GetJob, r);
    };
    m["ListJobs"] = [](const Target& t) {
        ListJobsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        return unary<FnStub, ListJobsRequest, ListJobsResponse>(
            t, &FunctionService::Stub::ListJobs, r);
    };
    return m;
}

void addControlAndRegistry(std::map<std::string, Call>& m) {
    m["SetAssignment"] = [](const Target& t) {
        control::v1::SetAssignmentRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        r.set_function_id("item.grant");
        r.set_enabled(true);
        using S = control::v1::ControlService;
        return unary<S, control::v1::SetAssignmentRequest, control::v1::SetAssignmentResponse>(
            t, &control::v1::ControlService::Stub::SetAssignment, r);
    };
    m["GetRegistrations"] = [](const Target& t) {
        registry::v1::GetRegistrationsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        using S = registry::v1::RegistryService;
        return unary<S, registry::v1::GetRegistrationsRequest,
                     registry::v1::GetRegistrationsResponse>(
            t, &registry::v1::RegistryService::Stub::GetRegistrations, r);
    };
    m["WatchRegistrations"] = [](const Target& t) {
        auto stub = registry::v1::RegistryService::NewStub(t.channel);
        registry::v1::WatchRegistrationsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        auto c = ctx();
        return streamStatus(*c, stub->WatchRegistrations(c.get(), r),
                            registry::v1::RegistrationEvent{});
    };
}

void addAuthAndUsers(std::map<std::string, Call>& m) {
    using namespace auth::v1;
    m["WhoAmI"] = [](const Target& t) {
        return unary<AuthStub, WhoAmIRequest, WhoAmIResponse>(t, &AuthService::Stub::WhoAmI, {});
    };
    m["ListUsers"] = [](const Target& t) {
        return unary<UserStub, ListUsersRequest, ListUsersResponse>(
            t, &UserService::Stub::ListUsers, {});
    };
    m["CreateUser"] = [](const Target& t) {
        CreateUserRequest r;
        r.set_username("made-by-" + t.username);
        r.set_password("long-enough-password");
        r.add_roles("viewer");
        return unary<UserStub, CreateUserRequest, UserInfo>(t, &UserService::Stub::CreateUser, r);
    };
    m["SetPassword"] = [](const Target& t) {
        SetPasswordRequest r;
        r.set_username(t.username);
        r.set_new_password("another-long-password");
        return unary<UserStub, SetPasswordRequest, SetPasswordResponse>(
            t, &UserService::Stub::SetPassword, r);
    };
    m["SetRoles"] = [](const Target& t) {
        SetRolesRequest r;
        r.set_username(t.username);
        r.add_roles("viewer");
        return unary<UserStub, SetRolesRequest, UserInfo>(t, &UserService::Stub::SetRoles, r);
    };
    m["SetScopes"] = [](const Target& t) {
        SetScopesRequest r;
        r.set_username(t.username);
        return unary<UserStub, SetScopesRequest, UserInfo>(t, &UserService::Stub::SetScopes, r);
    };
    m["SetDisabled"] = [](const Target& t) {
        SetDisabledRequest r;
        r.set_username(t.username);
        r.set_disabled(true);
        return unary<UserStub, SetDisabledRequest, UserInfo>(t, &UserService::Stub::SetDisabled,
                                                             r);
    };
}

void addApprovalsAndAudit(std::map<std::string, Call>& m) {
    using namespace approval::v1;
    m["ListApprovals"] = [](const Target& t) {
        ListApprovalsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        return unary<ApprovalStub, ListApprovalsRequest, ListApprovalsResponse>(
            t, &ApprovalService::Stub::ListApprovals, r);
    };
    m["GetApproval"] = [](const Target& t) {
        GetApprovalRequest r;
        r.set_approval_id(t.approvalId);
        return unary<ApprovalStub, GetApprovalRequest, Approval>(
            t, &ApprovalService::Stub::GetApproval, r);
    };
    m["Approve"] = [](const Target& t) {
        ApproveRequest r;
        r.set_approval_id(t.approvalId);
        return unary<ApprovalStub, ApproveRequest, Approval>(t, &ApprovalService::Stub::Approve,
                                                             r);
    };
    m["Reject"] = [](const Target& t) {
        RejectRequest r;
        r.set_approval_id(t.approvalId);
        r.set_reason("no");
        return unary<ApprovalStub, RejectRequest, Approval>(t, &ApprovalService::Stub::Reject, r);
    };
    m["CancelApproval"] = [](const Target& t) {
        CancelApprovalRequest r;
        r.set_approval_id(t.approvalId);
        return unary<ApprovalStub, CancelApprovalRequest, Approval>(
            t, &ApprovalService::Stub::Cancel, r);
    };
    m["WatchApprovals"] = [](const Target& t) {
        auto stub = ApprovalService::NewStub(t.channel);
        WatchApprovalsRequest r;
        r.set_game_id("game");
        r.set_env("dev");
        auto c = ctx();
        return streamStatus(*c, stub->WatchApprovals(c.get(), r), ApprovalEvent{});
    };
    m["QueryAudit"] = [](const Target& t) {
        return unary<AuditStub, audit::v1::QueryAuditRequest, audit::v1::QueryAuditResponse>(
            t, &audit::v1::AuditService::Stub::QueryAudit, {});
    };
    m["VerifyAudit"] = [](const Target& t) {
        return unary<AuditStub, audit::v1::VerifyAuditRequest, audit::v1::VerifyAuditResponse>(
            t, &audit::v1::AuditService::Stub::VerifyAudit, {});
    };
    // Last: it revokes the caller's token.
    m["zLogout"] = [](const Target& t) {
        return unary<AuthStub, auth::v1::LogoutRequest, auth::v1::LogoutResponse>(
            t, &auth::v1::AuthService::Stub::Logout, {});
    };
}

std::map<std::string, Call> allOperatorRpcs() {
    auto m = operatorRpcs();
    addControlAndRegistry(m);
    addAuthAndUsers(m);
    addApprovalsAndAudit(m);
    return m;
}

json matrixGrantDescriptor() {
    return {{"id", "item.grant"},
            {"version", "1.0"},
            {"params", {{"type", "object"}, {"properties", {{"player_id", {{"type", "string"}}}}}}},
            {"auth", {{"permission", "item.grant"}}}};
}

json kickDescriptor() {
    return {{"id", "player.kick"},
            {"version", "1.0"},
            {"params", {{"type", "object"}, {"properties", {{"player_id", {{"type", "string"}}}}}}},
            {"auth",
             {{"permission", "player.kick"},
              {"approval", {{"enabled", true}, {"threshold", 1}, {"approvers", {"admin"}}}}}}};
}

class PermissionMatrixTest : public ::testing::Test {
protected:
    void SetUp() override {
        agent = std::make_unique<sdk::AgentClient>(agentConfig(server, "a1"));
        for (const json& d : {matrixGrantDescriptor(), kickDescriptor()}) {
            agent->RegisterFunction(sdk::Descriptor::FromJson(d),
                                    [](const sdk::Context&, const json&) {
                                        return sdk::Result{{"ok", true}};
                                    });
        }
        ASSERT_TRUE(agent->Start().IsOk());
        ASSERT_TRUE(agent->WaitUntilConnected(std::chrono::seconds(10)));
        OperatorClient root(server.operatorChannel());
        auto job = root.startJob("item.grant", {{"player_id", "p1"}});
        ASSERT_TRUE(job.ok()) << job.status.message;
        target.jobId = job.response.job_id();
        const std::string requester = server.addUser("requester", {"gm"});
        OperatorClient gm(server.operatorChannelWith(requester));
        auto asked = gm.invoke("player.kick", {{"player_id", "p9"}});
        ASSERT_TRUE(asked.ok()) << asked.status.message;
        ASSERT_FALSE(asked.response.approval_id().empty());
        target.approvalId = asked.response.approval_id();
        server.addUser("victim", {"viewer"});
        target.username = "victim";
    }

    // Runs every operator RPC on `channel`; returns name -> code.
    std::map<std::string, StatusCode> runAll(std::shared_ptr<grpc::Channel> channel) {
        Target t = target;
        t.channel = std::move(channel);
        std::map<std::string, StatusCode> out;
        for (const auto& [name, call] : allOperatorRpcs()) {
            out[name] = call(t);
        }
        return out;
    }

    static void expectAll(const std::map<std::string, StatusCode>& got, StatusCode expected,
                          const std::map<std::string, StatusCode>& exceptions,
                          const char* column) {
        for (const auto& [name, code] : got) {
            auto e = exceptions.find(name);
            const StatusCode want = e == exceptions.end() ? expected : e->second;
            EXPECT_EQ(code, want) << column << " × " << name;
        }
    }

    TestServer server{TestServerOptions{.fakeClock = true, .tweak = [](server::ServerConfig& c) {
                                            c.roles.roles["nobody"] = {"nothing.granted"};
                                        }}};
    std::unique_ptr<sdk::AgentClient> agent;
    Target target;
};

TEST_F(PermissionMatrixTest, NoTokenIsUnauthenticatedEverywhere) {
    expectAll(runAll(server.operatorChannelWith("")), StatusCode::UNAUTHENTICATED, {}, "no token");
    expectAll(runAll(server.operatorChannelWith("tok_0000")), StatusCode::UNAUTHENTICATED, {},
              "unknown token");
}

TEST_F(PermissionMatrixTest, RevokedTokenIsUnauthenticatedEverywhere) {
    const std::string token = server.addUser("leaving", {"admin"});
    auto channel = server.operatorChannelWith(token);
    auth::v1::LogoutResponse out;
    auto c = ctx();
    ASSERT_TRUE(auth::v1::AuthService::NewStub(channel)->Logout(c.get(), {}, &out).ok());
    expectAll(runAll(channel), StatusCode::UNAUTHENTICATED, {}, "revoked token");
}

TEST_F(PermissionMatrixTest, ExpiredTokenIsUnauthenticatedEverywhere) {
    const std::string token = server.addUser("stale", {"admin"});
    server.fakeClock()->advance(std::chrono::hours(13));  // token_ttl defaults to 12h
    expectAll(runAll(server.operatorChannelWith(token)), StatusCode::UNAUTHENTICATED, {},
              "expired token");
}

TEST_F(PermissionMatrixTest, WrongRoleIsPermissionDenied) {
    // Signed in, but the role grants nothing: only what every user may do succeeds.
    // Approval lists answer everyone, with only what they may see (their own requests).
    const std::string token = server.addUser("nobody", {"nobody"});
    expectAll(runAll(server.operatorChannelWith(token)), StatusCode::PERMISSION_DENIED,
              {{"WhoAmI", StatusCode::OK},
               {"zLogout", StatusCode::OK},
               {"ListApprovals", StatusCode::OK},
               {"WatchApprovals", StatusCode::OK}},
              "wrong role");
}

TEST_F(PermissionMatrixTest, WrongScopeIsPermissionDenied) {
    // An admin limited to another game: everything in game/dev is refused; what has no scope
    // (who am I, users, the audit chain's integrity) is not.
    const std::string token = server.addUser("elsewhere", {"admin"}, {{"other", "prod"}});
    expectAll(runAll(server.operatorChannelWith(token)), StatusCode::PERMISSION_DENIED,
              {{"WhoAmI", StatusCode::OK},
               {"zLogout", StatusCode::OK},
               {"ListUsers", StatusCode::OK},
               {"CreateUser", StatusCode::OK},
               {"SetPassword", StatusCode::OK},
               {"SetRoles", StatusCode::OK},
               {"SetScopes", StatusCode::OK},
               {"SetDisabled", StatusCode::OK},
               {"QueryAudit", StatusCode::OK},
               {"VerifyAudit", StatusCode::OK},
               {"ListApprovals", StatusCode::OK},
               {"WatchApprovals", StatusCode::OK}},
              "wrong scope");
}

TEST_F(PermissionMatrixTest, AgentCertificateCannotActAsOperatorEvenWithAToken) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = testPki().ca.certPem;
    ssl.pem_cert_chain = testPki().agents.at("agent-a").certPem;
    ssl.pem_private_key = testPki().agents.at("agent-a").keyPem;
    auto creds = grpc::CompositeChannelCredentials(grpc::SslCredentials(ssl),
                                                   grpc::AccessTokenCredentials(server.rootToken()));
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    expectAll(runAll(grpc::CreateCustomChannel(server.address(), creds, args)),
              StatusCode::PERMISSION_DENIED, {}, "agent certificate");
}

TEST_F(PermissionMatrixTest, AllowedCallerSucceedsEverywhere) {
    // The control column: an admin (not the approval's requester) gets past every check. Only
    // the requester may cancel a request; a decided approval cannot be decided again, nor an
    // ended job cancelled — refusals that come after the permission checks.
    const std::string token = server.addUser("boss", {"admin"});
    auto got = runAll(server.operatorChannelWith(token));
    expectAll(got, StatusCode::OK,
              {{"CancelApproval", StatusCode::PERMISSION_DENIED},
               {"Reject", StatusCode::FAILED_PRECONDITION},
               {"CancelJob", StatusCode::FAILED_PRECONDITION}},
              "allowed");
}

TEST_F(PermissionMatrixTest, TokenCannotActAsAgent) {
    // A bearer token on a channel without an agent certificate cannot register or connect.
    auto channel = server.operatorChannel();
    auto stub = control::v1::ControlService::NewStub(channel);
    control::v1::RegisterAgentRequest reg;
    reg.set_agent_id("impostor");
    reg.set_game_id("game");
    reg.set_env("dev");
    control::v1::RegisterAgentResponse regOut;
    auto c1 = ctx();
    EXPECT_EQ(stub->RegisterAgent(c1.get(), reg, &regOut).error_code(),
              StatusCode::UNAUTHENTICATED);
    control::v1::HeartbeatResponse hbOut;
    auto c2 = ctx();
    EXPECT_EQ(stub->Heartbeat(c2.get(), {}, &hbOut).error_code(), StatusCode::UNAUTHENTICATED);
    control::v1::GetAssignmentsResponse gaOut;
    auto c3 = ctx();
    EXPECT_EQ(stub->GetAssignments(c3.get(), {}, &gaOut).error_code(),
              StatusCode::UNAUTHENTICATED);
    auto c4 = ctx();
    auto stream = stub->Connect(c4.get());
    control::v1::ServerFrame frame;
    EXPECT_FALSE(stream->Read(&frame));
    EXPECT_EQ(stream->Finish().error_code(), StatusCode::UNAUTHENTICATED);
}

} // namespace
