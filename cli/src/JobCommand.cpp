#include "JobCommand.h"

#include "ApprovalTables.h"
#include "CallArguments.h"
#include "CountOption.h"
#include "ExitCodes.h"
#include "JobFollower.h"
#include "Tables.h"
#include "TimeFormat.h"

namespace croupier::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 10'000;
constexpr int kMaxPageSize = 500;

function::v1::InvokeJobRequest jobRequest(function::v1::InvokeFunctionRequest call) {
    function::v1::InvokeJobRequest request;
    request.set_game_id(call.game_id());
    request.set_env(call.env());
    request.set_function_id(call.function_id());
    *request.mutable_payload() = std::move(*call.mutable_payload());
    *request.mutable_options() = std::move(*call.mutable_options());
    return request;
}

} // namespace

int JobCommand::start(const ParsedArgs& args) {
    CallArguments call(m_context);
    function::v1::InvokeFunctionRequest built;
    if (int rc = call.build(args, built); rc != kExitOk) {
        return rc;
    }
    const auto request = jobRequest(std::move(built));
    function::v1::InvokeJobResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc, call.deadline());
    const auto status = m_context.connection().functions().InvokeJob(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    Output& output = m_context.output();
    const bool follow = args.has("follow");
    if (output.json()) {
        output.message(response, follow);
    } else {
        output.out() << response.job_id() << "\n";
        output.out().flush();
    }
    if (!response.success() || response.job_id().empty()) {
        return output.failure("the job was not started (status " + response.status() + ")");
    }
    if (!response.approval_id().empty() || response.status() == "awaiting_approval") {
        output.notice(sentForApprovalLine(response.approval_id(), "pending"));
        if (!follow) {
            return kExitAwaitingApproval;
        }
    }
    return follow ? JobFollower(m_context).follow(response.job_id(), 0) : kExitOk;
}

int JobCommand::cancel(const std::string& jobId, const std::string& reason) {
    function::v1::CancelJobRequest request;
    request.set_job_id(jobId);
    request.set_reason(reason);
    function::v1::CancelJobResponse response;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().functions().CancelJob(&rpc, request, &response);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(response);
    } else {
        m_context.output().out() << "job " << jobId << ": " << response.status() << "\n";
    }
    return kExitOk;
}

int JobCommand::get(const std::string& jobId) {
    function::v1::GetJobRequest request;
    request.set_job_id(jobId);
    function::v1::Job job;
    grpc::ClientContext rpc;
    m_context.connection().setDeadline(rpc);
    const auto status = m_context.connection().functions().GetJob(&rpc, request, &job);
    if (!status.ok()) {
        return m_context.output().rpcError(status);
    }
    if (m_context.output().json()) {
        m_context.output().message(job);
    } else {
        m_context.output().out() << renderJobDetails(job, nowUnixMs());
    }
    return kExitOk;
}

int JobCommand::list(const ParsedArgs& args) {
    const int limit =
        parseCountOption(args.value("limit", std::to_string(kDefaultLimit)), kMaxLimit);
    if (limit == 0) {
        return m_context.output().usageError("--limit must be a whole number from 1 to " +
                                             std::to_string(kMaxLimit));
    }
    function::v1::ListJobsRequest request;
    request.set_game_id(m_context.options().game);
    request.set_env(m_context.options().env);
    request.set_function_id(args.value("function"));
    request.set_status(args.value("status"));
    function::v1::ListJobsResponse all;
    do {
        request.set_page_size(std::min(kMaxPageSize, limit - all.jobs_size()));
        function::v1::ListJobsResponse page;
        grpc::ClientContext rpc;
        m_context.connection().setDeadline(rpc);
        const auto status = m_context.connection().functions().ListJobs(&rpc, request, &page);
        if (!status.ok()) {
            return m_context.output().rpcError(status);
        }
        if (page.jobs_size() == 0) {
            break;
        }
        all.mutable_jobs()->MergeFrom(page.jobs());
        all.set_next_page_token(page.next_page_token());
        request.set_page_token(page.next_page_token());
    } while (!all.next_page_token().empty() && all.jobs_size() < limit);
    if (m_context.output().json()) {
        m_context.output().message(all);
    } else {
        m_context.output().out() << renderJobsTable({all.jobs().begin(), all.jobs().end()},
                                                    nowUnixMs());
    }
    return kExitOk;
}

} // namespace croupier::cli
