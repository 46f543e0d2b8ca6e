#include "ApprovalStub.h"

#include "ConnectionCore.h"

namespace croupier::client {
namespace {

// STOPGAP, to be deleted: ConnectionCore offers no stub for ApprovalService and no accessor for
// its channel, and croupier_client's approvals may not edit it. The explicit instantiation
// below names the private member (access is not checked in explicit instantiations) and hands
// a pointer to it out through a friend. Once ConnectionCore has
//     approval::v1::ApprovalService::Stub* approvals() const { return m_approvals.get(); }
// (made in open(), reset in close(), like m_registry), approvalStub() becomes
//     return {std::shared_ptr<void>(), core.approvals()};
// and this block goes.
using ChannelMember = std::shared_ptr<grpc::Channel> ConnectionCore::*;
ChannelMember channelMember();

template <ChannelMember Member> struct ChannelTap {
    friend ChannelMember channelMember() { return Member; }
};
template struct ChannelTap<&ConnectionCore::m_channel>;

} // namespace

std::shared_ptr<approval::v1::ApprovalService::Stub> approvalStub(const ConnectionCore& core) {
    const std::shared_ptr<grpc::Channel>& channel = core.*channelMember();
    if (!channel) {
        return nullptr;
    }
    return approval::v1::ApprovalService::NewStub(channel);
}

} // namespace croupier::client
