#pragma once
// The server side's one mapping between core::Error and grpc::Status (with ErrorInfo details).

#include "croupier/core/Error.h"

#include <grpcpp/support/status.h>

namespace croupier::server {

grpc::Status toGrpcStatus(const core::Error& error);
core::Error fromGrpcStatus(const grpc::Status& status);

} // namespace croupier::server
