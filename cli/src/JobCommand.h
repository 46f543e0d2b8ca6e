#pragma once
// `croupierctl job start|cancel|get` and `jobs list`: asynchronous calls and their records.
// `job follow` and `job start --follow` hand over to JobFollower. A job of a function that
// needs approval starts as awaiting_approval: start says so and exits kExitAwaitingApproval
// (with --follow it follows the job, which runs once approved or ends rejected/expired). Runs on
// the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"

#include <string>

namespace croupier::cli {

class JobCommand {
public:
    explicit JobCommand(CommandContext& context)
        : m_context(context) {}

    int start(const ParsedArgs& args);
    int cancel(const std::string& jobId, const std::string& reason);
    int get(const std::string& jobId);
    // --function, --status, --limit (default 50).
    int list(const ParsedArgs& args);

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
