#pragma once
// Blocking test-side client for the operator RPCs (FunctionService, ControlService.SetAssignment,
// RegistryService) over a real TLS channel. Each call returns the status with its ErrorInfo
// parsed, and the response.

#include "croupier/control/v1/control.grpc.pb.h"
#include "croupier/function/v1/function.grpc.pb.h"
#include "croupier/proto/RichStatus.h"
#include "croupier/registry/v1/registry.grpc.pb.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace croupier::testing {

template <class T>
struct Reply {
    proto::StatusParts status;
    T response;
    bool ok() const { return status.code == grpc::StatusCode::OK; }
};

class OperatorClient {
public:
    explicit OperatorClient(std::shared_ptr<grpc::Channel> channel,
                            std::string gameId = "game", std::string env = "dev");

    Reply<function::v1::InvokeFunctionResponse> invoke(const std::string& functionId,
                                                        const nlohmann::json& payload,
                                                        function::v1::InvokeOptions options = {});
    Reply<function::v1::InvokeJobResponse> startJob(const std::string& functionId,
                                                    const nlohmann::json& payload,
                                                    function::v1::InvokeOptions options = {});
    // All events of the stream until it ends, and how it ended.
    Reply<std::vector<function::v1::JobEvent>> jobEvents(const std::string& jobId,
                                                         std::int64_t fromSeq = 0);
    Reply<function::v1::CancelJobResponse> cancelJob(const std::string& jobId,
                                                     const std::string& reason = "test");
    Reply<function::v1::Job> getJob(const std::string& jobId);
    Reply<function::v1::ListJobsResponse> listJobs(const std::string& functionId = "",
                                                   int pageSize = 0,
                                                   const std::string& pageToken = "");
    Reply<function::v1::ListFunctionsResponse> listFunctions();
    Reply<function::v1::GetFunctionResponse> getFunction(const std::string& functionId);
    Reply<function::v1::RegisterFunctionResponse> registerFunction(const nlohmann::json& descriptor);
    Reply<control::v1::SetAssignmentResponse> setEnabled(const std::string& functionId, bool enabled,
                                                         const std::string& agentId = "");
    Reply<registry::v1::GetRegistrationsResponse> registrations(const std::string& functionId = "");

    function::v1::FunctionService::Stub& functions() { return *m_functions; }
    registry::v1::RegistryService::Stub& registry() { return *m_registry; }
    control::v1::ControlService::Stub& control() { return *m_control; }

private:
    std::string m_game;
    std::string m_env;
    std::unique_ptr<function::v1::FunctionService::Stub> m_functions;
    std::unique_ptr<control::v1::ControlService::Stub> m_control;
    std::unique_ptr<registry::v1::RegistryService::Stub> m_registry;
};

// The JSON of a Struct (for assertions).
nlohmann::json toJson(const google::protobuf::Struct& s);
// A violation pointer -> keyword map from an INVALID_ARGUMENT status's details.
std::map<std::string, std::string> violations(const proto::StatusParts& status);

} // namespace croupier::testing
