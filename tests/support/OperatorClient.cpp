#include "OperatorClient.h"

#include "TestEnv.h"

#include "croupier/core/Schema.h"
#include "croupier/proto/DescriptorJson.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::testing {
namespace {

template <class T>
Reply<T> reply(const grpc::Status& s, T response) {
    return Reply<T>{proto::parseStatus(s), std::move(response)};
}

std::unique_ptr<grpc::ClientContext> context() {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->set_deadline(deadlineIn(std::chrono::seconds(20)));
    return ctx;
}

} // namespace

OperatorClient::OperatorClient(std::shared_ptr<grpc::Channel> channel, std::string gameId,
                               std::string env)
    : m_game(std::move(gameId)), m_env(std::move(env)),
      m_functions(function::v1::FunctionService::NewStub(channel)),
      m_control(control::v1::ControlService::NewStub(channel)),
      m_registry(registry::v1::RegistryService::NewStub(channel)) {}

Reply<function::v1::InvokeFunctionResponse> OperatorClient::invoke(
    const std::string& functionId, const nlohmann::json& payload,
    function::v1::InvokeOptions options) {
    function::v1::InvokeFunctionRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    proto::toStruct(payload, req.mutable_payload());
    *req.mutable_options() = std::move(options);
    function::v1::InvokeFunctionResponse resp;
    auto ctx = context();
    auto s = m_functions->InvokeFunction(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::InvokeJobResponse> OperatorClient::startJob(const std::string& functionId,
                                                                const nlohmann::json& payload,
                                                                function::v1::InvokeOptions options) {
    function::v1::InvokeJobRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    proto::toStruct(payload, req.mutable_payload());
    *req.mutable_options() = std::move(options);
    function::v1::InvokeJobResponse resp;
    auto ctx = context();
    auto s = m_functions->InvokeJob(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<std::vector<function::v1::JobEvent>> OperatorClient::jobEvents(const std::string& jobId,
                                                                     std::int64_t fromSeq) {
    function::v1::StreamJobEventsRequest req;
    req.set_job_id(jobId);
    req.set_from_seq(fromSeq);
    auto ctx = context();
    auto reader = m_functions->StreamJobEvents(ctx.get(), req);
    std::vector<function::v1::JobEvent> events;
    function::v1::JobEvent e;
    while (reader->Read(&e)) {
        events.push_back(e);
    }
    return reply(reader->Finish(), events);
}

Reply<function::v1::CancelJobResponse> OperatorClient::cancelJob(const std::string& jobId,
                                                                 const std::string& reason) {
    function::v1::CancelJobRequest req;
    req.set_job_id(jobId);
    req.set_reason(reason);
    function::v1::CancelJobResponse resp;
    auto ctx = context();
    auto s = m_functions->CancelJob(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::Job> OperatorClient::getJob(const std::string& jobId) {
    function::v1::GetJobRequest req;
    req.set_job_id(jobId);
    function::v1::Job resp;
    auto ctx = context();
    auto s = m_functions->GetJob(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::ListJobsResponse> OperatorClient::listJobs(const std::string& functionId,
                                                               int pageSize,
                                                               const std::string& pageToken) {
    function::v1::ListJobsRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    req.set_page_size(pageSize);
    req.set_page_token(pageToken);
    function::v1::ListJobsResponse resp;
    auto ctx = context();
    auto s = m_functions->ListJobs(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::ListFunctionsResponse> OperatorClient::listFunctions() {
    function::v1::ListFunctionsRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    function::v1::ListFunctionsResponse resp;
    auto ctx = context();
    auto s = m_functions->ListFunctions(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::GetFunctionResponse> OperatorClient::getFunction(const std::string& functionId) {
    function::v1::GetFunctionRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    function::v1::GetFunctionResponse resp;
    auto ctx = context();
    auto s = m_functions->GetFunction(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<function::v1::RegisterFunctionResponse> OperatorClient::registerFunction(
    const nlohmann::json& descriptor) {
    function::v1::RegisterFunctionRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    proto::descriptorFromJson(descriptor, req.mutable_function_descriptor());
    function::v1::RegisterFunctionResponse resp;
    auto ctx = context();
    auto s = m_functions->RegisterFunction(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<control::v1::SetAssignmentResponse> OperatorClient::setEnabled(const std::string& functionId,
                                                                     bool enabled,
                                                                     const std::string& agentId) {
    control::v1::SetAssignmentRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    req.set_agent_id(agentId);
    req.set_enabled(enabled);
    req.set_reason(enabled ? "back on" : "kill switch test");
    control::v1::SetAssignmentResponse resp;
    auto ctx = context();
    auto s = m_control->SetAssignment(ctx.get(), req, &resp);
    return reply(s, resp);
}

Reply<registry::v1::GetRegistrationsResponse> OperatorClient::registrations(
    const std::string& functionId) {
    registry::v1::GetRegistrationsRequest req;
    req.set_game_id(m_game);
    req.set_env(m_env);
    req.set_function_id(functionId);
    registry::v1::GetRegistrationsResponse resp;
    auto ctx = context();
    auto s = m_registry->GetRegistrations(ctx.get(), req, &resp);
    return reply(s, resp);
}

nlohmann::json toJson(const google::protobuf::Struct& s) { return proto::toJson(s); }

std::map<std::string, std::string> violations(const proto::StatusParts& status) {
    std::map<std::string, std::string> out;
    for (const auto& v : core::violationsFromDetails(status.details)) {
        out[v.pointer] = v.keyword;
    }
    return out;
}

} // namespace croupier::testing
