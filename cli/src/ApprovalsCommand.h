#pragma once
// `croupierctl approvals list|show|approve|reject|cancel`: the approval inbox and the decisions
// on it. The server decides who may see and decide what; this prints its answers (payloads come
// already masked). `approvals watch` is ApprovalWatcher.
// Runs on the main thread; borrows the context.

#include "Args.h"
#include "CommandContext.h"
#include "croupier/approval/v1/approval.pb.h"

#include <string>

namespace croupier::cli {

class ApprovalsCommand {
public:
    explicit ApprovalsCommand(CommandContext& context)
        : m_context(context) {}

    // --state, --function, --mine, --waiting, --all-scopes, --limit (default 50).
    int list(const ParsedArgs& args);
    int show(const std::string& approvalId);
    int approve(const std::string& approvalId, const std::string& comment);
    // `reason` must not be empty (checked here, before any request).
    int reject(const std::string& approvalId, const std::string& reason);
    int cancel(const std::string& approvalId, const std::string& reason);

private:
    // Fills the filters of `request` from `args`; returns kExitOk or the printed error's code.
    int buildFilter(const ParsedArgs& args, approval::v1::ListApprovalsRequest& request);
    // The caller's username (WhoAmI), for --mine; returns kExitOk or the printed error's code.
    int myName(std::string& name);
    // Prints the approval an Approve/Reject/Cancel answered with.
    int printDecision(const grpc::Status& status, const approval::v1::Approval& approval);

    CommandContext& m_context;
};

} // namespace croupier::cli
