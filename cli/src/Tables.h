#pragma once
// The `table` output of the list commands, as pure functions of the responses so the layout is
// unit-tested: functions, agents and jobs. Thread-safe.

#include "croupier/function/v1/function.pb.h"
#include "croupier/registry/v1/registry.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace croupier::cli {

// ID, NAME, VERSION, RISK, AGENTS (online/total), ENABLED.
std::string renderFunctionsTable(const std::vector<function::v1::FunctionInfo>& functions);

// AGENT, STATUS, VERSION, ADDR, FUNCTIONS (count), LAST HEARTBEAT ("3s ago" against nowMs).
std::string renderAgentsTable(const std::vector<registry::v1::AgentInfo>& agents,
                              std::int64_t nowMs);

// JOB, FUNCTION, STATUS, PROGRESS, AGENT, CREATED.
std::string renderJobsTable(const std::vector<function::v1::Job>& jobs, std::int64_t nowMs);

// The `job get` block: one "key  value" line per field, then the result JSON when present.
std::string renderJobDetails(const function::v1::Job& job, std::int64_t nowMs);

} // namespace croupier::cli
