#include "AssignmentCommand.h"

#include "ExitCodes.h"
#include "TextWidth.h"

namespace croupier::cli {

int AssignmentCommand::set(const std::string& functionId, bool enabled, const std::string& agentId,
                           const std::string& reason) {
    control::v1::SetAssignmentRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    request.set_function_id(functionId);
    request.set_agent_id(agentId);
    request.set_enabled(enabled);
    request.set_reason(reason);
    control::v1::SetAssignmentResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().control().SetAssignment(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    Output& output = m_context.output();
    if (output.json()) {
        output.message(response);
        return kExitOk;
    }
    const auto& a = response.assignment();
    std::string line = a.function_id() + (a.enabled() ? " enabled" : " disabled") +
                       (a.agent_id().empty() ? " on every agent" : " on agent " + a.agent_id());
    if (!a.reason().empty()) {
        line += " (" + a.reason() + ")";
    }
    output.out() << sanitizeLine(line) << "\n";
    return kExitOk;
}

} // namespace croupier::cli
