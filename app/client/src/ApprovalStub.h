#pragma once
// The ApprovalService stub on a ServerConnection's channel, for ApprovalsClient and
// ApprovalWatch. ConnectionCore holds the channel and the stubs of the other services
// (auth(), functions(), registry()) but none for approvals yet; until it does (see the
// STOPGAP note in ApprovalStub.cpp), this makes one per call. A call does not need its stub
// once started (its ClientContext keeps the channel). GUI thread.

#include "croupier/approval/v1/approval.grpc.pb.h"

#include <memory>

namespace croupier::client {

class ConnectionCore;

// Null while no channel is open.
std::shared_ptr<approval::v1::ApprovalService::Stub> approvalStub(const ConnectionCore& core);

} // namespace croupier::client
