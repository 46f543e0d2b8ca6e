#pragma once
// What croupierctl prints about approvals, as pure functions of the responses so the layout is
// unit-tested: the `approvals list` table, the `approvals show` block, the one-line forms
// `approvals watch` and approve/reject/cancel print, and the line a call that was sent for
// approval prints. Agent- and user-supplied text is sanitized. Thread-safe.

#include "croupier/approval/v1/approval.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace croupier::cli {

// ID, FUNCTION, SCOPE, STATE, APPROVALS (n/threshold), REQUESTER, CREATED, EXPIRES, YOU
// ("can decide" when the caller may approve or reject it now).
std::string renderApprovalsTable(const std::vector<approval::v1::Approval>& approvals,
                                 std::int64_t nowMs);

// `approvals show`: one "key  value" line per field, the frozen payload as the server sent it
// (sensitive values already masked), the decisions, and whether the caller may decide.
std::string renderApprovalDetails(const approval::v1::Approval& approval, std::int64_t nowMs);

// "apr_1  player.ban  game/dev  pending  1/2 approvals  requested by gm1" (+ job or reason).
std::string describeApproval(const approval::v1::Approval& approval);

// A line for `approvals watch`: "+ <approval>" when `before` is null, "~ <approval>  <what
// changed>" otherwise; nullopt when neither its state nor its decisions changed.
std::optional<std::string> describeApprovalChange(const approval::v1::Approval* before,
                                                  const approval::v1::Approval& after);

// After approve/reject/cancel: "approval apr_1: pending, 1 of 2 approvals", "approval apr_1:
// executed as job job_9; follow with `croupierctl job follow job_9`", "approval apr_1:
// rejected (reason)".
std::string describeDecisionOutcome(const approval::v1::Approval& approval);

// "sent for approval: apr_1 (state pending); follow with `croupierctl approvals show apr_1`".
std::string sentForApprovalLine(const std::string& approvalId, const std::string& state);

} // namespace croupier::cli
