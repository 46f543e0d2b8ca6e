#include "RegisterCommand.h"

#include "ExitCodes.h"
#include "InputFile.h"
#include "TextWidth.h"
#include "croupier/proto/DescriptorJson.h"

namespace croupier::cli {

namespace {

constexpr std::size_t kMaxDescriptorBytes = 4 * 1024 * 1024;

} // namespace

int RegisterCommand::run(const std::string& path) {
    Output& output = m_context.output();
    const auto text = readInputFile(path, kMaxDescriptorBytes);
    if (!text) {
        return output.usageError("cannot read " + path + " (missing, unreadable or over 4 MiB)");
    }
    const auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_discarded()) {
        return output.usageError(path + " is not valid JSON");
    }
    function::v1::RegisterFunctionRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    if (auto problem = proto::descriptorFromJson(json, request.mutable_function_descriptor())) {
        return output.usageError(path + ": " + *problem);
    }
    function::v1::RegisterFunctionResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status =
        m_context.connection().functions().RegisterFunction(&rpc, request, &response);
    if (!status.ok()) {
        return output.rpcError(status);
    }
    if (output.json()) {
        output.message(response);
    } else {
        output.out() << sanitizeLine(request.function_descriptor().id() + ": " +
                                     response.outcome() + " (descriptor hash " +
                                     response.descriptor_hash().substr(0, 12) + ")")
                     << "\n";
    }
    return kExitOk;
}

} // namespace croupier::cli
