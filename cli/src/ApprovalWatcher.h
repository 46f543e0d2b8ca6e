#pragma once
// `croupierctl approvals watch`: prints the approvals table from WatchApprovals' snapshot, then
// one line per new approval or change of one ("12:03:04  ~ apr_1  player.ban  game/dev
// executed  2/2 approvals ... (state pending -> executed)") until Ctrl-C. Reconnects and
// compares snapshots as SnapshotWatcher does (as `agents --watch`). With --output json every
// event is one ApprovalEvent JSON object per line.
// Runs on the main thread (Ctrl-C cancels the stream from the signal thread).

#include "SnapshotWatcher.h"
#include "croupier/approval/v1/approval.pb.h"

#include <string>

namespace croupier::cli {

class ApprovalWatcher : public SnapshotWatcher<approval::v1::ApprovalEvent, approval::v1::Approval,
                                               approval::v1::EventType::SYNCED> {
public:
    using SnapshotWatcher::SnapshotWatcher;

private:
    std::unique_ptr<grpc::ClientReaderInterface<approval::v1::ApprovalEvent>>
    open(grpc::ClientContext& rpc) override;
    const approval::v1::Approval* itemOf(const approval::v1::ApprovalEvent& event) const override;
    std::string keyOf(const approval::v1::Approval& approval) const override;
    void showFirst(const Snapshot& snapshot) override;
    void reportResync(const Snapshot& snapshot) override;
    void onLiveEvent(const approval::v1::ApprovalEvent& event) override;
    void report(const approval::v1::Approval* before, const approval::v1::Approval& after);
};

} // namespace croupier::cli
