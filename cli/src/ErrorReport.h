#pragma once
// Turns a failed RPC's status into what croupierctl prints: "croupierctl: CODE: message", then
// one line per schema violation of an INVALID_ARGUMENT ("  /duration: must be >= 1 (minimum)").
// The message comes from the status's ErrorInfo; a status without one was made by the gRPC
// library (connection refused, TLS failure, deadline), and its text is internal, so it is
// replaced by a plain explanation naming the server address. Thread-safe (pure functions).

#include <grpcpp/support/status.h>
#include <string>
#include <vector>

namespace croupier::cli {

std::vector<std::string> describeStatus(const grpc::Status& status, const std::string& server);

} // namespace croupier::cli
