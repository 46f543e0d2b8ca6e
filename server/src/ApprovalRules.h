#pragma once
// The ApprovalManager's pure rules and encodings (not a public interface): who may see and who
// may decide an approval, the stored decision list, the frozen InvokeOptions, and the lookup of
// one stored approval. Pure functions over values (findApproval reads the store): any thread.

#include "croupier/core/Descriptor.h"
#include "croupier/core/Result.h"
#include "croupier/function/v1/function.pb.h"
#include "croupier/server/Principal.h"
#include "croupier/server/Store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace croupier::server::approvals {

struct Decision {
    std::string approver;
    std::string decision;  // "approve" or "reject"
    std::string comment;
    std::int64_t at = 0;
};

// Tolerates garbage (a hand-edited row): what cannot be read is skipped.
std::vector<Decision> parseDecisions(const std::string& json);
std::string encodeDecisions(const std::vector<Decision>& decisions);
// Distinct approvers who approved.
int countApprovals(const std::vector<Decision>& decisions);
bool hasApproved(const std::vector<Decision>& decisions, const std::string& username);

// OK when `caller` may approve or reject `rec` (whatever its state); PERMISSION_DENIED saying
// why otherwise: no approval.decide, none of the approver roles, out of scope, the requester.
core::Result<void> checkEligible(const Principal& caller, const ApprovalRecord& rec);
// The requester, or approval.read in the approval's scope.
bool canSee(const Principal& caller, const ApprovalRecord& rec);
// PERMISSION_DENIED saying why `caller` may not see `rec`.
core::Error hiddenError(const Principal& caller, const ApprovalRecord& rec);

std::string encodeOptions(const function::v1::InvokeOptions& options);
function::v1::InvokeOptions decodeOptions(const std::string& json);

// The stored approval `approvalId`: INVALID_ARGUMENT when empty, NOT_FOUND when there is none.
core::Result<ApprovalRecord> findApproval(Store& store, const std::string& approvalId);

std::string riskName(core::RiskLevel level);
// Every top-level value replaced by core::kMaskedValue (for a function whose descriptor is gone).
nlohmann::json maskAll(const nlohmann::json& payload);

} // namespace croupier::server::approvals
