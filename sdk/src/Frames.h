#pragma once
// Builders for the frames the agent sends on the Connect stream (control.proto AgentFrame).
// Pure functions; any thread.

#include "croupier/control/v1/control.pb.h"
#include "croupier/sdk/Result.h"

#include <cstdint>
#include <string>

namespace croupier::sdk::detail {

using croupier::control::v1::AgentFrame;

AgentFrame helloFrame(const std::string& agentId, const std::string& sessionId);

// success=true with the data, or success=false with error, error_code, error_details and seed
// 001's error shape as the result. A result a Struct cannot carry becomes an INTERNAL error.
AgentFrame invokeResultFrame(std::uint64_t requestId, const Result& result);

// START, PROGRESS (progress + message) or LOG (message).
AgentFrame jobEventFrame(const std::string& jobId, croupier::function::v1::EventType type,
                         double progress, std::string message);
// DONE with the data, or ERROR with message, error_code and the error's details as data. Data
// or details a Struct cannot carry become an INTERNAL error without details.
AgentFrame jobEndFrame(const std::string& jobId, const Result& result);

} // namespace croupier::sdk::detail
