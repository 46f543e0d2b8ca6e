#include "ApprovalRules.h"

#include "croupier/server/ServerConfig.h"

#include <algorithm>
#include <set>

namespace croupier::server::approvals {
namespace {

using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

std::string stringAt(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

} // namespace

std::vector<Decision> parseDecisions(const std::string& text) {
    std::vector<Decision> out;
    const json parsed = json::parse(text, nullptr, false);
    if (!parsed.is_array()) {
        return out;
    }
    for (const auto& item : parsed) {
        if (!item.is_object()) {
            continue;
        }
        Decision d;
        d.approver = stringAt(item, "approver");
        d.decision = stringAt(item, "decision");
        d.comment = stringAt(item, "comment");
        if (auto at = item.find("at"); at != item.end() && at->is_number_integer()) {
            d.at = at->get<std::int64_t>();
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::string encodeDecisions(const std::vector<Decision>& decisions) {
    json out = json::array();
    for (const auto& d : decisions) {
        out.push_back({{"approver", d.approver},
                       {"decision", d.decision},
                       {"comment", d.comment},
                       {"at", d.at}});
    }
    return out.dump();
}

int countApprovals(const std::vector<Decision>& decisions) {
    std::set<std::string> approvers;
    for (const auto& d : decisions) {
        if (d.decision == "approve") {
            approvers.insert(d.approver);
        }
    }
    return static_cast<int>(approvers.size());
}

bool hasApproved(const std::vector<Decision>& decisions, const std::string& username) {
    return std::any_of(decisions.begin(), decisions.end(), [&](const Decision& d) {
        return d.decision == "approve" && d.approver == username;
    });
}

core::Result<void> checkEligible(const Principal& caller, const ApprovalRecord& rec) {
    if (!caller.can(perm::kApprovalDecide)) {
        return Unexpected(ErrorCode::PermissionDenied,
                          std::string("deciding approvals needs the ") + perm::kApprovalDecide +
                              " permission",
                          {{"permission", perm::kApprovalDecide}});
    }
    const auto& roles = rec.approverRoles;
    if (!roles.empty() && std::none_of(roles.begin(), roles.end(), [&](const std::string& r) {
            return caller.hasRole(r);
        })) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "approving " + rec.functionId + " needs one of the roles: " +
                              joined(roles),
                          {{"roles", joined(roles)}});
    }
    if (!caller.inScope(rec.gameId, rec.env)) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "game " + rec.gameId + " / env " + rec.env + " is not in your scopes",
                          {{"game_id", rec.gameId}, {"env", rec.env}});
    }
    if (caller.username == rec.requester) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "you requested this call; someone else must decide it",
                          {{"requester", rec.requester}});
    }
    return {};
}

bool canSee(const Principal& caller, const ApprovalRecord& rec) {
    return caller.username == rec.requester ||
           (caller.can(perm::kApprovalRead) && caller.inScope(rec.gameId, rec.env));
}

core::Error hiddenError(const Principal& caller, const ApprovalRecord& rec) {
    if (!caller.can(perm::kApprovalRead)) {
        return core::Error(ErrorCode::PermissionDenied,
                           std::string("reading approvals needs the ") + perm::kApprovalRead +
                               " permission",
                           {{"permission", perm::kApprovalRead}});
    }
    return core::Error(ErrorCode::PermissionDenied,
                       "game " + rec.gameId + " / env " + rec.env + " is not in your scopes",
                       {{"game_id", rec.gameId}, {"env", rec.env}});
}

std::string encodeOptions(const function::v1::InvokeOptions& o) {
    return json{{"idempotency_key", o.idempotency_key()},
                {"timeout", o.timeout()},
                {"routing_mode", o.routing_mode()},
                {"target_agent", o.target_agent()},
                {"hash_key", o.hash_key()}}
        .dump();
}

function::v1::InvokeOptions decodeOptions(const std::string& text) {
    function::v1::InvokeOptions o;
    const json parsed = json::parse(text, nullptr, false);
    if (!parsed.is_object()) {
        return o;
    }
    o.set_idempotency_key(stringAt(parsed, "idempotency_key"));
    if (auto t = parsed.find("timeout"); t != parsed.end() && t->is_number_integer()) {
        o.set_timeout(static_cast<std::int32_t>(
            std::clamp<std::int64_t>(t->get<std::int64_t>(), 0, INT32_MAX)));
    }
    o.set_routing_mode(stringAt(parsed, "routing_mode"));
    o.set_target_agent(stringAt(parsed, "target_agent"));
    o.set_hash_key(stringAt(parsed, "hash_key"));
    return o;
}

core::Result<ApprovalRecord> findApproval(Store& store, const std::string& approvalId) {
    if (approvalId.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "approval_id is required",
                          {{"field", "approval_id"}});
    }
    auto stored = store.getApproval(approvalId);
    if (!stored) {
        return Unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return Unexpected(ErrorCode::NotFound, "approval " + approvalId + " not found",
                          {{"approval_id", approvalId}});
    }
    return std::move(**stored);
}

std::string riskName(core::RiskLevel level) {
    switch (level) {
    case core::RiskLevel::Low:
        return "low";
    case core::RiskLevel::Medium:
        return "medium";
    case core::RiskLevel::High:
        return "high";
    case core::RiskLevel::None:
        break;
    }
    return "";
}

json maskAll(const json& payload) {
    if (!payload.is_object()) {
        return json::object();
    }
    json out = json::object();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        out[it.key()] = core::kMaskedValue;
    }
    return out;
}

} // namespace croupier::server::approvals
