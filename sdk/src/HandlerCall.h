#pragma once
// Runs a user handler so that nothing escapes it: an exception becomes an error Result whose
// message is safe to show (never what() of an unexpected type; that goes to the local log).
// Called on a handler-pool thread.

#include "croupier/core/Log.h"
#include "croupier/sdk/AgentClient.h"

namespace croupier::sdk::detail {

// nlohmann type errors and missing keys -> INVALID_ARGUMENT with a useful message;
// anything else -> INTERNAL "the handler failed".
Result callHandler(const AgentClient::Handler& handler, const Context& ctx,
                   const nlohmann::json& params, const croupier::core::Logger& log);

} // namespace croupier::sdk::detail
