#include "AssignmentTable.h"

#include "croupier/control/v1/control.pb.h"

namespace croupier::sdk::detail {

AssignmentTable::AssignmentTable(std::string agentId)
    : m_agentId(std::move(agentId)) {}

bool AssignmentTable::replace(const croupier::control::v1::GetAssignmentsResponse& response,
                              bool newConnection) {
    std::vector<FunctionAssignment> mine;
    for (const auto& a : response.assignments()) {
        if (!a.agent_id().empty() && a.agent_id() != m_agentId) {
            continue;
        }
        FunctionAssignment item;
        item.functionId = a.function_id();
        item.enabled = a.enabled();
        item.agentId = a.agent_id();
        item.reason = a.reason();
        item.config.insert(a.config().begin(), a.config().end());
        item.updatedAtMs = a.updated_at();
        mine.push_back(std::move(item));
    }
    std::lock_guard lock(m_mutex);
    if (!newConnection && response.version() < m_version) {
        return false;
    }
    m_version = response.version();
    m_assignments = std::move(mine);
    return true;
}

std::optional<std::string> AssignmentTable::disabledReason(const std::string& functionId) const {
    std::lock_guard lock(m_mutex);
    for (const auto& a : m_assignments) {
        if (a.functionId == functionId && !a.enabled) {
            std::string text = "function " + functionId + " is disabled";
            text += a.agentId.empty() ? " globally" : " on this agent";
            if (!a.reason.empty()) {
                text += ": " + a.reason;
            }
            return text;
        }
    }
    return std::nullopt;
}

std::vector<FunctionAssignment> AssignmentTable::all() const {
    std::lock_guard lock(m_mutex);
    return m_assignments;
}

} // namespace croupier::sdk::detail
