#pragma once
// croupierctl's exit status: 0 success, 1 a handler or job failed, 2 bad usage, 3 the call was
// sent for approval (it has not run), 4 `audit verify` found a broken record, 10 + the gRPC
// status code when the server (or the channel) answered with an error, 130 after Ctrl-C.
// Scripts branch on these, so the numbers never change. Thread-safe (pure functions).

#include <grpcpp/support/status.h>
#include <string>

namespace croupier::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitAwaitingApproval = 3;
constexpr int kExitAuditBroken = 4;
constexpr int kExitRpcBase = 10;
constexpr int kExitInterrupted = 130;

// 10 + code; kExitOk for OK.
int exitCodeFor(grpc::StatusCode code);

// The table printed by `croupierctl --help`, one code per line.
std::string exitCodeTable();

} // namespace croupier::cli
