#pragma once
// What `agents --watch` prints for a change of one agent: "+ agent a1  online  1.2.0  addr  5
// functions", "- agent a1 removed", "~ agent a1  status online -> offline". Heartbeats also
// arrive as UPDATED events; a change of only the heartbeat time or status map is not worth a
// line, so it yields nothing. Thread-safe (pure function).

#include "croupier/registry/v1/registry.pb.h"

#include <optional>
#include <string>

namespace croupier::cli {

// `before` null: the agent is new; `after` null: it was removed.
std::optional<std::string> describeAgentChange(const registry::v1::AgentInfo* before,
                                               const registry::v1::AgentInfo* after);

} // namespace croupier::cli
