#include "ApprovalConvert.h"

#include "ProtoConvert.h"
#include "croupier/proto/JsonStruct.h"

#include <array>
#include <utility>

namespace croupier::client {
namespace {

constexpr std::array<std::pair<ApprovalState, const char*>, 5> kStateNames{{
    {ApprovalState::Pending, "pending"},
    {ApprovalState::Executed, "executed"},
    {ApprovalState::Rejected, "rejected"},
    {ApprovalState::Expired, "expired"},
    {ApprovalState::Canceled, "canceled"},
}};

// The server names risk levels as descriptors do ("low", "medium", "high"; "" for none).
core::RiskLevel riskFromName(const std::string& name) {
    if (name == "low") {
        return core::RiskLevel::Low;
    }
    if (name == "medium") {
        return core::RiskLevel::Medium;
    }
    if (name == "high") {
        return core::RiskLevel::High;
    }
    return core::RiskLevel::None;
}

} // namespace

ApprovalState approvalStateFromString(const QString& state) {
    for (const auto& [value, name] : kStateNames) {
        if (state == QLatin1String(name)) {
            return value;
        }
    }
    return ApprovalState::Unknown;
}

QString approvalStateName(ApprovalState state) {
    for (const auto& [value, name] : kStateNames) {
        if (value == state) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("unknown");
}

bool isDecided(ApprovalState state) {
    return state != ApprovalState::Pending;
}

ApprovalInfo approvalFromProto(const approval::v1::Approval& a) {
    ApprovalInfo out;
    out.approvalId = qs(a.approval_id());
    out.gameId = qs(a.game_id());
    out.env = qs(a.env());
    out.functionId = qs(a.function_id());
    out.state = approvalStateFromString(qs(a.state()));
    out.payload = a.has_payload() ? proto::toJson(a.payload()) : nlohmann::json::object();
    out.payloadHash = qs(a.payload_hash());
    out.requester = qs(a.requester());
    out.threshold = a.threshold();
    for (const auto& role : a.approver_roles()) {
        out.approverRoles << qs(role);
    }
    for (const auto& d : a.decisions()) {
        out.decisions.append({qs(d.approver()), qs(d.decision()), qs(d.comment()), d.at()});
    }
    out.createdAtMs = a.created_at();
    out.expiresAtMs = a.expires_at();
    out.updatedAtMs = a.updated_at();
    out.jobId = qs(a.job_id());
    out.reason = qs(a.reason());
    out.functionName = qs(a.function_name());
    out.riskLevel = riskFromName(a.risk_level());
    out.riskWarning = qs(a.risk_warning());
    out.approvals = a.approvals();
    out.canDecide = a.can_decide();
    out.cannotDecideReason = qs(a.cannot_decide_reason());
    return out;
}

approval::v1::ListApprovalsRequest listRequestFor(const ApprovalQuery& query) {
    approval::v1::ListApprovalsRequest r;
    if (query.state) {
        r.set_state(ss(approvalStateName(*query.state)));
    }
    r.set_function_id(ss(query.functionId));
    r.set_requester(ss(query.requester));
    r.set_game_id(ss(query.scope.gameId));
    r.set_env(ss(query.scope.env));
    r.set_actionable(query.actionable);
    r.set_page_size(query.pageSize);
    r.set_page_token(ss(query.pageToken));
    return r;
}

} // namespace croupier::client
