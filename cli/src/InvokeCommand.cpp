#include "InvokeCommand.h"

#include "ApprovalTables.h"
#include "CallArguments.h"
#include "ExitCodes.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::cli {

namespace {

constexpr const char* kApprovalRequired = "APPROVAL_REQUIRED";

} // namespace

int InvokeCommand::run(const ParsedArgs& args) {
    CallArguments call(m_context);
    function::v1::InvokeFunctionRequest request;
    if (int rc = call.build(args, request); rc != kExitOk) {
        return rc;
    }
    function::v1::InvokeFunctionResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc, call.deadline());
    const grpc::Status status =
        m_context.connection().functions().InvokeFunction(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    Output& output = m_context.output();
    const bool needsApproval = !response.success() && response.error_code() == kApprovalRequired;
    if (output.json()) {
        output.message(response);
    } else if (response.success()) {
        output.document(proto::toJson(response.result()));
    } else if (needsApproval) {
        output.out() << sentForApprovalLine(response.approval_id(), response.approval_state())
                     << "\n";
    }
    if (needsApproval) {
        return kExitAwaitingApproval;
    }
    if (!response.success()) {
        const std::string code = response.error_code().empty() ? "UNKNOWN" : response.error_code();
        output.notice(request.function_id() + " failed: " + code + ": " + response.error());
        if (!output.json()) {  // the JSON answer has them already
            output.errorDetails(proto::toJson(response.error_details()));
        }
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace croupier::cli
