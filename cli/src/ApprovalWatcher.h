#pragma once
// `croupierctl approvals watch`: prints the approvals table from WatchApprovals' snapshot, then
// one line per new approval or change of one ("12:03:04  ~ apr_1  player.ban  game/dev
// executed  2/2 approvals ... (state pending -> executed)") until Ctrl-C. When the stream drops
// it says so and reconnects with backoff (Reconnector, as `agents --watch`); the new snapshot is
// compared with what it knew, so changes missed meanwhile still get their lines. With
// --output json every event is one ApprovalEvent JSON object per line.
// Runs on the main thread (Ctrl-C cancels the stream from the signal thread).

#include "CommandContext.h"
#include "Reconnector.h"
#include "croupier/approval/v1/approval.pb.h"

#include <map>
#include <string>

namespace croupier::cli {

class ApprovalWatcher {
public:
    explicit ApprovalWatcher(CommandContext& context)
        : m_context(context) {}

    int run();

private:
    StreamOutcome watchOnce(Reconnector& reconnector);
    void onSnapshot(std::map<std::string, approval::v1::Approval> snapshot);
    void onLiveEvent(const approval::v1::ApprovalEvent& event);
    void report(const approval::v1::Approval* before, const approval::v1::Approval& after);

    CommandContext& m_context;
    std::map<std::string, approval::v1::Approval> m_known;
    bool m_synced = false; // the first snapshot was shown
};

} // namespace croupier::cli
