#include "FunctionsCommand.h"

#include "ExitCodes.h"
#include "Tables.h"
#include "TextWidth.h"
#include "TimeFormat.h"
#include "croupier/proto/DescriptorJson.h"

namespace croupier::cli {

int FunctionsCommand::list(const std::string& category) {
    function::v1::ListFunctionsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    request.set_category(category);
    function::v1::ListFunctionsResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().functions().ListFunctions(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(response);
    } else {
        m_context.output().out() << renderFunctionsTable(
            {response.functions().begin(), response.functions().end()});
    }
    return kExitOk;
}

int FunctionsCommand::show(const std::string& functionId) {
    function::v1::GetFunctionResponse response;
    const auto status =
        m_context.connection().getFunction(m_context.options(), functionId, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    Output& output = m_context.output();
    if (output.json()) {
        output.message(response);
        return kExitOk;
    }
    const auto& f = response.function();
    output.out() << "# " << sanitizeLine(f.game_id() + "/" + f.env()) << "  "
                 << (f.enabled() ? "enabled" : "DISABLED") << "  agents " << f.agents_online()
                 << "/" << f.agents_total() << " online  updated " << localDateTime(f.updated_at())
                 << "\n";
    output.document(proto::descriptorToJson(f.function_descriptor()));
    return kExitOk;
}

} // namespace croupier::cli
