#pragma once
// Builds and reads the rich error status every Croupier RPC answers with: a canonical gRPC code,
// a message, and a croupier.common.v1.ErrorInfo packed into a google.rpc.Status in the
// `grpc-status-details-bin` trailer. Each side (server, SDK, CLI, console) converts its own error
// type through these functions in exactly one place. Thread-safe (pure functions).

#include <grpcpp/support/status.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace croupier::proto {

struct StatusParts {
    grpc::StatusCode code = grpc::StatusCode::OK;
    std::string message;
    std::map<std::string, std::string> details;
};

// "INVALID_ARGUMENT" for grpc::StatusCode::INVALID_ARGUMENT, and so on.
std::string_view codeName(grpc::StatusCode code);
std::optional<grpc::StatusCode> codeFromName(std::string_view name);

grpc::Status makeStatus(grpc::StatusCode code, const std::string& message,
                        const std::map<std::string, std::string>& details = {});

// Reads ErrorInfo from the status details when present; otherwise code and message only.
StatusParts parseStatus(const grpc::Status& status);

} // namespace croupier::proto
