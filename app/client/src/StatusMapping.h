#pragma once
// The one translation of a failed gRPC call into a CallError: kind, code name, human message in
// the UI language, and the details the UI uses (missing permission, retry delay, field
// violations). A status the server made carries a croupier.common.v1.ErrorInfo; one the gRPC
// library made (connection refused, TLS failure, deadline) does not, and its raw text is never
// shown. Pure functions; GUI thread (the messages go through QCoreApplication::translate).

#include "croupier/client/CallError.h"

#include <grpcpp/support/status.h>

namespace croupier::client {

CallError callErrorFromStatus(const grpc::Status& status);

} // namespace croupier::client
