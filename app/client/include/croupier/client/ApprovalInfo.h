#pragma once
// Approvals as the console sees them (approval.proto's Approval): the frozen call waiting for
// approvers, every decision taken on it, and what the signed-in user may do with it now
// (canDecide / cannotDecideReason, as the server computed them for this caller). Also the
// query of ApprovalsClient::list() and one page of its answer. Plain values; any thread.

#include "croupier/client/UserInfo.h"
#include "croupier/core/Descriptor.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace croupier::client {

enum class ApprovalState { Pending, Executed, Rejected, Expired, Canceled, Unknown };

ApprovalState approvalStateFromString(const QString& state); // "pending" -> Pending
QString approvalStateName(ApprovalState state);              // the server's spelling
// Rejected, expired and canceled approvals never run; executed ones ran (their job may not).
bool isDecided(ApprovalState state); // anything but Pending

struct ApprovalDecision {
    QString approver;
    QString decision; // "approve" or "reject"
    QString comment;  // the comment, or the rejection reason
    qint64 atMs = 0;  // unix milliseconds

    bool approved() const { return decision == QLatin1String("approve"); }
};

struct ApprovalInfo {
    QString approvalId;
    QString gameId;
    QString env;
    QString functionId;
    ApprovalState state = ApprovalState::Unknown;
    nlohmann::json payload = nlohmann::json::object(); // frozen; sensitive values masked
    QString payloadHash;                               // SHA-256 of the canonical payload
    QString requester;
    int threshold = 0;
    QStringList approverRoles; // empty: any user holding approval.decide
    QList<ApprovalDecision> decisions;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 updatedAtMs = 0;
    QString jobId;  // the job that runs (or ran) it
    QString reason; // why it was rejected or canceled
    QString functionName;
    core::RiskLevel riskLevel = core::RiskLevel::None;
    QString riskWarning;
    int approvals = 0; // distinct approvals so far
    bool canDecide = false;
    QString cannotDecideReason; // the server's words (English) when !canDecide

    Scope scope() const { return {gameId, env}; }
    bool pending() const { return state == ApprovalState::Pending; }
    // The function's name, else its id.
    QString title() const { return functionName.isEmpty() ? functionId : functionName; }
};

struct ApprovalQuery {
    std::optional<ApprovalState> state;
    QString functionId;
    QString requester;
    Scope scope;             // empty fields: every scope the user may see
    bool actionable = false; // only those the user may approve now ("waiting for me")
    int pageSize = 0;        // 0: the server's default (50)
    QString pageToken;
};

struct ApprovalPage {
    QList<ApprovalInfo> approvals; // newest first
    QString nextPageToken;         // empty on the last page
};

} // namespace croupier::client
