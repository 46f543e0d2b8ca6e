#pragma once
// AssignmentTable: the server's current assignments for this agent (global ones and this agent's
// own), and the rule that decides whether a function may run: disabled if any matching
// assignment (global or for this agent) says enabled=false.
// Threads: replace() from the Connect reactor; queries from any thread. m_mutex guards all.

#include "croupier/sdk/FunctionAssignment.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace croupier::control::v1 {
class GetAssignmentsResponse;
}

namespace croupier::sdk::detail {

class AssignmentTable {
public:
    explicit AssignmentTable(std::string agentId);

    // Takes the server's list. `newConnection`: accept whatever version it carries (a restarted
    // server may count from 1 again); otherwise an older version than the current is ignored.
    // Returns true when the table was replaced.
    bool replace(const croupier::control::v1::GetAssignmentsResponse& response, bool newConnection);

    // nullopt when `functionId` may run; otherwise a message saying why not.
    std::optional<std::string> disabledReason(const std::string& functionId) const;
    std::vector<FunctionAssignment> all() const;

private:
    const std::string m_agentId;
    mutable std::mutex m_mutex;
    std::vector<FunctionAssignment> m_assignments;
    std::int64_t m_version = -1;
};

} // namespace croupier::sdk::detail
