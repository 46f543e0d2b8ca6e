#pragma once
// `croupierctl agents --watch`: prints the agents table from WatchRegistrations' snapshot, then
// one line per live change of an agent ("12:03:04  ~ agent a1  status online -> offline") until
// Ctrl-C. Reconnects and compares snapshots as SnapshotWatcher does, so changes missed while
// the stream was down still get their lines. With --output json every agent event is one
// RegistrationEvent JSON object per line.
// Runs on the main thread (Ctrl-C cancels the stream from the signal thread).

#include "SnapshotWatcher.h"
#include "croupier/registry/v1/registry.pb.h"

#include <string>

namespace croupier::cli {

class AgentWatcher
    : public SnapshotWatcher<registry::v1::RegistrationEvent, registry::v1::AgentInfo,
                             registry::v1::EventType::SYNCED> {
public:
    using SnapshotWatcher::SnapshotWatcher;

private:
    std::unique_ptr<grpc::ClientReaderInterface<registry::v1::RegistrationEvent>>
    open(grpc::ClientContext& rpc) override;
    const registry::v1::AgentInfo*
    itemOf(const registry::v1::RegistrationEvent& event) const override;
    std::string keyOf(const registry::v1::AgentInfo& agent) const override;
    void showFirst(const Snapshot& snapshot) override;
    void reportResync(const Snapshot& snapshot) override;
    void onLiveEvent(const registry::v1::RegistrationEvent& event) override;
    void report(registry::v1::EventType type, const registry::v1::AgentInfo* before,
                const registry::v1::AgentInfo* after);
};

} // namespace croupier::cli
