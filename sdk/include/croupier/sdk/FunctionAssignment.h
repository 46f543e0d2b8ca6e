#pragma once
// One assignment the server pushes to the agent (ControlService FunctionAssignment): whether a
// function is enabled globally (agentId empty) or for one agent, with the operator's reason.
// A plain value.

#include <cstdint>
#include <map>
#include <string>

namespace croupier::sdk {

struct FunctionAssignment {
    std::string functionId;
    bool enabled = true;
    std::string agentId; // empty: applies to every agent
    std::string reason;
    std::map<std::string, std::string> config;
    std::int64_t updatedAtMs = 0; // unix milliseconds
};

} // namespace croupier::sdk
