#pragma once
// Checks the connection part of an AgentConfig and builds the gRPC channel for one connection
// attempt: mutual TLS with the configured CA, client certificate and key (read from files at
// each attempt), or plaintext to a loopback address when `insecure`.
// Pure functions; called from the user's thread (checkConfig) and the connection worker.

#include "croupier/core/Result.h"
#include "croupier/sdk/AgentConfig.h"

#include <grpcpp/channel.h>
#include <memory>
#include <string_view>

namespace croupier::sdk::detail {

// True for localhost, 127.0.0.0/8, ::1 and unix: targets (with or without a dns:/ipv4:/ipv6:
// scheme and a port).
bool isLoopbackTarget(std::string_view target);

// INVALID_ARGUMENT naming what is missing or not allowed.
croupier::core::Result<void> checkConfig(const AgentConfig& config);

// Fails with FAILED_PRECONDITION when a TLS file cannot be read.
croupier::core::Result<std::shared_ptr<grpc::Channel>> makeChannel(const AgentConfig& config);

} // namespace croupier::sdk::detail
