#include "ApprovalsCommand.h"

#include "ApprovalTables.h"
#include "CountOption.h"
#include "ExitCodes.h"
#include "TimeFormat.h"

namespace croupier::cli {

using approval::v1::Approval;

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 10'000;
constexpr int kMaxPageSize = 500;

bool knownState(const std::string& state) {
    for (const char* s : {"pending", "executed", "rejected", "expired", "canceled"}) {
        if (state == s) {
            return true;
        }
    }
    return false;
}

} // namespace

int ApprovalsCommand::myName(std::string& name) {
    auth::v1::WhoAmIResponse who;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().auth().WhoAmI(&rpc, {}, &who);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    name = who.user().username();
    return kExitOk;
}

int ApprovalsCommand::buildFilter(const ParsedArgs& args,
                                  approval::v1::ListApprovalsRequest& request) {
    const GlobalOptions& options = m_context.options();
    if (!args.has("all-scopes")) {
        if (auto problem = options.scopeProblem()) {
            return m_context.output().usageError(*problem + ", or --all-scopes");
        }
        request.set_game_id(options.game);
        request.set_env(options.env);
    }
    const std::string state = args.value("state");
    if (!state.empty() && !knownState(state)) {
        return m_context.output().usageError(
            "--state must be pending, executed, rejected, expired or canceled, not \"" + state +
            "\"");
    }
    request.set_state(state);
    request.set_function_id(args.value("function"));
    request.set_actionable(args.has("waiting"));
    if (args.has("mine")) {
        std::string me;
        if (int rc = myName(me); rc != kExitOk) {
            return rc;
        }
        request.set_requester(me);
    }
    return kExitOk;
}

int ApprovalsCommand::list(const ParsedArgs& args) {
    const int limit =
        parseCountOption(args.value("limit", std::to_string(kDefaultLimit)), kMaxLimit);
    if (limit == 0) {
        return m_context.output().usageError("--limit must be a whole number from 1 to " +
                                             std::to_string(kMaxLimit));
    }
    approval::v1::ListApprovalsRequest request;
    if (int rc = buildFilter(args, request); rc != kExitOk) {
        return rc;
    }
    approval::v1::ListApprovalsResponse all;
    do {
        request.set_page_size(std::min(kMaxPageSize, limit - all.approvals_size()));
        approval::v1::ListApprovalsResponse page;
        grpc::ClientContext rpc;
        m_context.connection().setDeadline(rpc);
        const auto status = m_context.connection().approvals().ListApprovals(&rpc, request, &page);
        if (!status.ok()) {
            return m_context.output().rpcError(status);
        }
        if (page.approvals_size() == 0) {
            break;
        }
        all.mutable_approvals()->MergeFrom(page.approvals());
        all.set_next_page_token(page.next_page_token());
        request.set_page_token(page.next_page_token());
    } while (!all.next_page_token().empty() && all.approvals_size() < limit);
    return m_context.output().reply(grpc::Status::OK, all, [&all] {
        return renderApprovalsTable({all.approvals().begin(), all.approvals().end()}, nowUnixMs());
    });
}

int ApprovalsCommand::show(const std::string& approvalId) {
    approval::v1::GetApprovalRequest request;
    request.set_approval_id(approvalId);
    Approval approval;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().approvals().GetApproval(&rpc, request, &approval);
    return m_context.output().reply(
        status, approval, [&approval] { return renderApprovalDetails(approval, nowUnixMs()); });
}

int ApprovalsCommand::printDecision(const grpc::Status& status, const Approval& approval) {
    return m_context.output().reply(
        status, approval, [&approval] { return describeDecisionOutcome(approval) + "\n"; });
}

int ApprovalsCommand::approve(const std::string& approvalId, const std::string& comment) {
    approval::v1::ApproveRequest request;
    request.set_approval_id(approvalId);
    request.set_comment(comment);
    Approval approval;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().approvals().Approve(&rpc, request, &approval);
    return printDecision(status, approval);
}

int ApprovalsCommand::reject(const std::string& approvalId, const std::string& reason) {
    if (reason.find_first_not_of(" \t") == std::string::npos) {
        return m_context.output().usageError("a rejection needs a reason: --reason TEXT");
    }
    approval::v1::RejectRequest request;
    request.set_approval_id(approvalId);
    request.set_reason(reason);
    Approval approval;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().approvals().Reject(&rpc, request, &approval);
    return printDecision(status, approval);
}

int ApprovalsCommand::cancel(const std::string& approvalId, const std::string& reason) {
    approval::v1::CancelApprovalRequest request;
    request.set_approval_id(approvalId);
    request.set_reason(reason);
    Approval approval;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().approvals().Cancel(&rpc, request, &approval);
    return printDecision(status, approval);
}

} // namespace croupier::cli
