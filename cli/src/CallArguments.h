#pragma once
// The arguments `invoke` and `job start` share: FUNCTION, the payload (--json, --json-file,
// key=value ...) and the call options (--idempotency-key, --route, --hash-key, --agent,
// --call-timeout). Building the payload from key=value fetches the function's params schema
// with GetFunction, so values are coerced the way the function expects.
// Used on the command's thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"
#include "croupier/function/v1/function.pb.h"

#include <chrono>
#include <vector>

namespace croupier::cli {

class CallArguments {
public:
    static std::vector<OptionSpec> specs();

    explicit CallArguments(CommandContext& context)
        : m_context(context) {}

    // Fills `out` (scope, function, payload, options) from `args`, whose first positional is
    // the function id. Returns kExitOk, or the exit code of the error it printed.
    int build(const ParsedArgs& args, function::v1::InvokeFunctionRequest& out);

    // The RPC deadline to use: longer than --call-timeout when that was given.
    std::chrono::milliseconds deadline() const { return m_deadline; }

private:
    int readPayload(const ParsedArgs& args, const std::string& functionId, nlohmann::json& payload);
    int fetchParamsSchema(const std::string& functionId, nlohmann::json& schema);
    int readOptions(const ParsedArgs& args, function::v1::InvokeOptions& options);

    CommandContext& m_context;
    std::chrono::milliseconds m_deadline{0};
};

} // namespace croupier::cli
