#include "ApprovalTables.h"

#include "Output.h"
#include "TextTable.h"
#include "TextWidth.h"
#include "TimeFormat.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::cli {

using approval::v1::Approval;

namespace {

std::string scopeOf(const Approval& a) {
    return a.game_id() + "/" + a.env();
}

std::string countOf(const Approval& a) {
    return std::to_string(a.approvals()) + "/" + std::to_string(a.threshold());
}

std::string when(std::int64_t unixMs, const std::string& relative) {
    return localDateTimeNoted(unixMs, relative, "-");
}

std::string decisionLine(const approval::v1::ApprovalDecision& d) {
    std::string line = "  " + localDateTime(d.at()) + "  " + d.approver() + "  " + d.decision();
    if (!d.comment().empty()) {
        line += "  \"" + d.comment() + "\"";
    }
    return sanitizeLine(line) + "\n";
}

std::vector<std::pair<std::string, std::string>> detailRows(const Approval& a, std::int64_t nowMs) {
    std::vector<std::pair<std::string, std::string>> rows = {
        {"approval", a.approval_id()},
        {"function",
         a.function_id() + (a.function_name().empty() ? "" : " (" + a.function_name() + ")")},
        {"scope", scopeOf(a)},
        {"state", a.state()},
        {"requester", a.requester()},
        {"approvals", std::to_string(a.approvals()) + " of " + std::to_string(a.threshold()) +
                          " (approvers: " + joinedCell(a.approver_roles(), "any approver") + ")"},
    };
    if (!a.risk_level().empty() || !a.risk_warning().empty()) {
        rows.emplace_back("risk", a.risk_level() +
                                      (a.risk_warning().empty() ? "" : "  " + a.risk_warning()));
    }
    rows.emplace_back("created", when(a.created_at(), relativeTime(nowMs, a.created_at())));
    rows.emplace_back("expires", when(a.expires_at(), expiryTime(nowMs, a.expires_at())));
    if (!a.job_id().empty()) {
        rows.emplace_back("job", a.job_id());
    }
    if (!a.reason().empty()) {
        rows.emplace_back("reason", a.reason());
    }
    rows.emplace_back("payload", "sha256 " + a.payload_hash());
    return rows;
}

} // namespace

std::string renderApprovalsTable(const std::vector<Approval>& approvals, std::int64_t nowMs) {
    TextTable table({"ID", "FUNCTION", "SCOPE", "STATE", "APPROVALS", "REQUESTER", "CREATED",
                     "EXPIRES", "YOU"});
    for (const auto& a : approvals) {
        table.addRow({a.approval_id(), a.function_id(), scopeOf(a), a.state(), countOf(a),
                      a.requester(), relativeTime(nowMs, a.created_at()),
                      a.state() == "pending" ? expiryTime(nowMs, a.expires_at()) : "-",
                      a.can_decide() ? "can decide" : "-"});
    }
    return table.render();
}

std::string renderApprovalDetails(const Approval& a, std::int64_t nowMs) {
    std::string out;
    for (const auto& [key, value] : detailRows(a, nowMs)) {
        out += padToWidth(key, 11) + sanitizeLine(value) + "\n";
    }
    out += "parameters (as frozen; sensitive values masked):\n" +
           prettyJson(proto::toJson(a.payload())) + "\n";
    out += "decisions:\n";
    for (const auto& d : a.decisions()) {
        out += decisionLine(d);
    }
    if (a.decisions().empty()) {
        out += "  none yet\n";
    }
    if (a.can_decide()) {
        out += "you may approve or reject it\n";
    } else {
        out += sanitizeLine("you cannot decide: " + (a.cannot_decide_reason().empty()
                                                         ? std::string("(no reason given)")
                                                         : a.cannot_decide_reason())) +
               "\n";
    }
    return out;
}

std::string describeApproval(const Approval& a) {
    std::string line = a.approval_id() + "  " + a.function_id() + "  " + scopeOf(a) + "  " +
                       a.state() + "  " + countOf(a) + " approvals  requested by " + a.requester();
    if (!a.job_id().empty() && a.state() == "executed") {
        line += "  job " + a.job_id();
    }
    if (!a.reason().empty()) {
        line += "  reason: " + a.reason();
    }
    return sanitizeLine(line);
}

std::optional<std::string> describeApprovalChange(const Approval* before, const Approval& after) {
    if (before == nullptr) {
        return "+ " + describeApproval(after);
    }
    std::string change;
    if (before->state() != after.state()) {
        change = "state " + before->state() + " -> " + after.state();
    } else if (after.decisions_size() > before->decisions_size() && after.decisions_size() > 0) {
        const auto& d = after.decisions(after.decisions_size() - 1);
        change = d.decision() + " by " + d.approver();
    } else {
        return std::nullopt;
    }
    return "~ " + describeApproval(after) + "  (" + sanitizeLine(change) + ")";
}

std::string describeDecisionOutcome(const Approval& a) {
    std::string line = "approval " + a.approval_id() + ": ";
    if (a.state() == "pending") {
        line += "pending, " + std::to_string(a.approvals()) + " of " +
                std::to_string(a.threshold()) + " approvals";
    } else if (a.state() == "executed" && !a.job_id().empty()) {
        line += "executed as job " + a.job_id() + "; follow with `croupierctl job follow " +
                a.job_id() + "`";
    } else {
        line += a.state() + (a.reason().empty() ? "" : " (" + a.reason() + ")");
    }
    return sanitizeLine(line);
}

std::string sentForApprovalLine(const std::string& approvalId, const std::string& state) {
    return sanitizeLine("sent for approval: " + approvalId + " (state " +
                        (state.empty() ? std::string("pending") : state) +
                        "); follow with `croupierctl approvals show " + approvalId + "`");
}

} // namespace croupier::cli
