#pragma once
// `croupierctl invoke FUNCTION [payload]`: one synchronous call. Prints the result JSON (or
// the InvokeFunctionResponse with --output json); a handler error (success=false) prints its
// code and message on stderr and exits 1. A function that needs approval does not run: the
// call prints where it waits ("sent for approval: apr_1 ...") and exits kExitAwaitingApproval.
// Runs on the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"

namespace croupier::cli {

class InvokeCommand {
public:
    explicit InvokeCommand(CommandContext& context)
        : m_context(context) {}
    int run(const ParsedArgs& args);

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
