#pragma once
// The stored form of a call's outcome (idempotency records): compact JSON text
//   {"code":0,"response":{...InvokeFunctionResponse as proto JSON...}}
//   {"code":0,"job_id":"job_..."}
//   {"code":0,"approval_id":"apv_...","job_id":"job_..."}   (a call waiting for approval)
//   {"code":10,"message":"...","details":{...}}

#include "croupier/core/Result.h"
#include "croupier/function/v1/function.pb.h"

#include <string>

namespace croupier::server {

std::string encodeInvokeOutcome(const core::Result<function::v1::InvokeFunctionResponse>& r);
core::Result<function::v1::InvokeFunctionResponse> decodeInvokeOutcome(const std::string& text);

std::string encodeJobOutcome(const std::string& jobId);
std::string encodeErrorOutcome(const core::Error& error);
// The job id, or the recorded error.
core::Result<std::string> decodeJobOutcome(const std::string& text);

// The approval a call with an approval-enabled descriptor created, and its awaiting job.
struct ApprovalOutcome {
    std::string approvalId;
    std::string jobId;
};
std::string encodeApprovalOutcome(const ApprovalOutcome& outcome);
core::Result<ApprovalOutcome> decodeApprovalOutcome(const std::string& text);

} // namespace croupier::server
