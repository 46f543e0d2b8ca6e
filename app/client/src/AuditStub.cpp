#include "AuditStub.h"

#include "ConnectionCore.h"

namespace croupier::client {
namespace {

// Reads ConnectionCore::m_channel without changing ConnectionCore (not ours to edit): access
// checks do not apply to the arguments of an explicit instantiation ([temp.spec]/6), and the
// friend it defines hands the member pointer out. Replace with `core.audit()` when it exists.
using ChannelMember = std::shared_ptr<grpc::Channel> ConnectionCore::*;
ChannelMember channelMember();

template <ChannelMember Member> struct ChannelAccess {
    friend ChannelMember channelMember() { return Member; }
};
template struct ChannelAccess<&ConnectionCore::m_channel>;

} // namespace

std::unique_ptr<audit::v1::AuditService::Stub> newAuditStub(const ConnectionCore& core) {
    const std::shared_ptr<grpc::Channel>& channel = core.*channelMember();
    return channel ? audit::v1::AuditService::NewStub(channel) : nullptr;
}

} // namespace croupier::client
