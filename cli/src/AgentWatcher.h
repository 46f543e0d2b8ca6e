#pragma once
// `croupierctl agents --watch`: prints the agents table from WatchRegistrations' snapshot, then
// one line per live change of an agent ("12:03:04  ~ agent a1  status online -> offline") until
// Ctrl-C. When the stream drops it says so and reconnects with backoff; the new snapshot is
// compared with what it knew, so changes missed meanwhile still get their lines. With
// --output json every agent event is one RegistrationEvent JSON object per line.
// Runs on the main thread (Ctrl-C cancels the stream from the signal thread).

#include "CommandContext.h"
#include "Reconnector.h"
#include "croupier/registry/v1/registry.pb.h"

#include <map>
#include <optional>
#include <string>

namespace croupier::cli {

class AgentWatcher {
public:
    explicit AgentWatcher(CommandContext& context)
        : m_context(context) {}

    int run();

private:
    StreamOutcome watchOnce(Reconnector& reconnector);
    void onSnapshot(std::map<std::string, registry::v1::AgentInfo> snapshot);
    void onLiveEvent(const registry::v1::RegistrationEvent& event);
    void report(registry::v1::EventType type, const registry::v1::AgentInfo* before,
                const registry::v1::AgentInfo* after);

    CommandContext& m_context;
    std::map<std::string, registry::v1::AgentInfo> m_known;
    bool m_synced = false; // the first snapshot was shown
};

} // namespace croupier::cli
