#include "AgentsCommand.h"

#include "ExitCodes.h"
#include "Tables.h"
#include "TimeFormat.h"

namespace croupier::cli {

int AgentsCommand::list() {
    registry::v1::GetRegistrationsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    registry::v1::GetRegistrationsResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status =
        m_context.connection().registry().GetRegistrations(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(response);
    } else {
        m_context.output().out() << renderAgentsTable(
            {response.agents().begin(), response.agents().end()}, nowUnixMs());
    }
    return kExitOk;
}

} // namespace croupier::cli
