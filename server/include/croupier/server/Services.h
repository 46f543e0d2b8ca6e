#pragma once
// The gRPC services: thin adapters from RPCs to the Registry, Invoker and JobManager. Each
// handler returns at once; slow work runs on the core::ThreadPool and the reactor is finished from
// there. Agent RPCs (ControlService except SetAssignment) need a verified client certificate
// unless the server runs --insecure on loopback.

#include "croupier/control/v1/control.grpc.pb.h"
#include "croupier/function/v1/function.grpc.pb.h"
#include "croupier/registry/v1/registry.grpc.pb.h"
#include "croupier/server/Invoker.h"
#include "croupier/server/JobManager.h"
#include "croupier/server/Registry.h"
#include "croupier/core/ThreadPool.h"

namespace croupier::server {

class ApprovalManager;
class AuditLog;
class CallLimiter;
class Guard;
class UserDirectory;

// What every service needs; owned by the Server, outlives the services.
struct ServiceContext {
    Registry& registry;
    Invoker& invoker;
    JobManager& jobs;
    core::ThreadPool& workers;
    const ServerConfig& config;
    core::Logger log;
    const Guard& guard;
    UserDirectory& users;
    AuditLog& audit;
    ApprovalManager& approvals;
    CallLimiter& limits;
    core::Clock& clock;
};

class ControlServiceImpl final : public control::v1::ControlService::CallbackService {
public:
    explicit ControlServiceImpl(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* RegisterAgent(grpc::CallbackServerContext* ctx,
                                            const control::v1::RegisterAgentRequest* req,
                                            control::v1::RegisterAgentResponse* resp) override;
    grpc::ServerUnaryReactor* Heartbeat(grpc::CallbackServerContext* ctx,
                                        const control::v1::HeartbeatRequest* req,
                                        control::v1::HeartbeatResponse* resp) override;
    grpc::ServerUnaryReactor* GetAssignments(grpc::CallbackServerContext* ctx,
                                             const control::v1::GetAssignmentsRequest* req,
                                             control::v1::GetAssignmentsResponse* resp) override;
    grpc::ServerBidiReactor<control::v1::AgentFrame, control::v1::ServerFrame>* Connect(
        grpc::CallbackServerContext* ctx) override;
    grpc::ServerUnaryReactor* SetAssignment(grpc::CallbackServerContext* ctx,
                                            const control::v1::SetAssignmentRequest* req,
                                            control::v1::SetAssignmentResponse* resp) override;

private:
    ServiceContext m_ctx;
};

class FunctionServiceImpl final : public function::v1::FunctionService::CallbackService {
public:
    explicit FunctionServiceImpl(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* InvokeFunction(grpc::CallbackServerContext* ctx,
                                             const function::v1::InvokeFunctionRequest* req,
                                             function::v1::InvokeFunctionResponse* resp) override;
    grpc::ServerUnaryReactor* InvokeJob(grpc::CallbackServerContext* ctx,
                                        const function::v1::InvokeJobRequest* req,
                                        function::v1::InvokeJobResponse* resp) override;
    grpc::ServerWriteReactor<function::v1::JobEvent>* StreamJobEvents(
        grpc::CallbackServerContext* ctx, const function::v1::StreamJobEventsRequest* req) override;
    grpc::ServerUnaryReactor* CancelJob(grpc::CallbackServerContext* ctx,
                                        const function::v1::CancelJobRequest* req,
                                        function::v1::CancelJobResponse* resp) override;
    grpc::ServerUnaryReactor* RegisterFunction(grpc::CallbackServerContext* ctx,
                                               const function::v1::RegisterFunctionRequest* req,
                                               function::v1::RegisterFunctionResponse* resp) override;
    grpc::ServerUnaryReactor* ListFunctions(grpc::CallbackServerContext* ctx,
                                            const function::v1::ListFunctionsRequest* req,
                                            function::v1::ListFunctionsResponse* resp) override;
    grpc::ServerUnaryReactor* GetFunction(grpc::CallbackServerContext* ctx,
                                          const function::v1::GetFunctionRequest* req,
                                          function::v1::GetFunctionResponse* resp) override;
    grpc::ServerUnaryReactor* GetJob(grpc::CallbackServerContext* ctx,
                                     const function::v1::GetJobRequest* req,
                                     function::v1::Job* resp) override;
    grpc::ServerUnaryReactor* ListJobs(grpc::CallbackServerContext* ctx,
                                       const function::v1::ListJobsRequest* req,
                                       function::v1::ListJobsResponse* resp) override;

private:
    ServiceContext m_ctx;
};

class RegistryServiceImpl final : public registry::v1::RegistryService::CallbackService {
public:
    explicit RegistryServiceImpl(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    grpc::ServerUnaryReactor* GetRegistrations(grpc::CallbackServerContext* ctx,
                                               const registry::v1::GetRegistrationsRequest* req,
                                               registry::v1::GetRegistrationsResponse* resp) override;
    grpc::ServerWriteReactor<registry::v1::RegistrationEvent>* WatchRegistrations(
        grpc::CallbackServerContext* ctx,
        const registry::v1::WatchRegistrationsRequest* req) override;

private:
    ServiceContext m_ctx;
};

} // namespace croupier::server
