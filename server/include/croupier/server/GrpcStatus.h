#pragma once
// The server side's one mapping between core::Error and grpc::Status (with ErrorInfo details).

#include "croupier/core/Error.h"

#include <grpcpp/support/status.h>

#include <string>

namespace croupier::server {

grpc::Status toGrpcStatus(const core::Error& error);
// Shorthand for toGrpcStatus(core::Error(code, message)).
grpc::Status errorStatus(core::ErrorCode code, std::string message);
core::Error fromGrpcStatus(const grpc::Status& status);

} // namespace croupier::server
