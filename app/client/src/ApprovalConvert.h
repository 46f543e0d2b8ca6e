#pragma once
// Conversions between approval.proto's messages and the client's ApprovalInfo / ApprovalQuery.
// Used only inside croupier_client. Pure functions; any thread.

#include "croupier/approval/v1/approval.pb.h"
#include "croupier/client/ApprovalInfo.h"

namespace croupier::client {

ApprovalInfo approvalFromProto(const approval::v1::Approval& approval);
approval::v1::ListApprovalsRequest listRequestFor(const ApprovalQuery& query);

} // namespace croupier::client
