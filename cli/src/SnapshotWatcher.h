#pragma once
// What `agents --watch` and `approvals watch` share: a server stream that sends a snapshot of
// items, then an event of type `kSynced`, then live events, until Ctrl-C. When the stream drops
// it reconnects with backoff (Reconnector says so on stderr); each new snapshot is handed over
// with what was known before, so the subclass can report changes missed meanwhile. The first
// snapshot is shown as a table (a SYNCED event with --output json); later ones and live events
// become one line each (see printChange).
// A class template over the stream's event and item types; the subclass opens the stream and
// says what the events mean. Runs on the main thread (Ctrl-C cancels the stream from the signal
// thread); borrows the context.

#include "CommandContext.h"
#include "ExitCodes.h"
#include "Reconnector.h"
#include "TimeFormat.h"

#include <chrono>
#include <grpcpp/grpcpp.h>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace croupier::cli {

template <typename Event, typename Item, auto kSynced> class SnapshotWatcher {
public:
    explicit SnapshotWatcher(CommandContext& context)
        : m_context(context) {}
    virtual ~SnapshotWatcher() = default;
    SnapshotWatcher(const SnapshotWatcher&) = delete;
    SnapshotWatcher& operator=(const SnapshotWatcher&) = delete;

    // Watches until Ctrl-C (kExitInterrupted) or an error that ends the command.
    int run() {
        Reconnector reconnector(m_context, std::nullopt);
        for (;;) {
            const StreamOutcome outcome = watchOnce(reconnector);
            if (m_context.interrupter().interrupted()) {
                return kExitInterrupted;
            }
            if (auto exit = reconnector.afterStreamEnded(outcome)) {
                return *exit;
            }
        }
    }

protected:
    using Snapshot = std::map<std::string, Item>;

    // Opens the stream on `rpc`.
    virtual std::unique_ptr<grpc::ClientReaderInterface<Event>> open(grpc::ClientContext& rpc) = 0;
    // The item `event` carries, nullptr when none.
    virtual const Item* itemOf(const Event& event) const = 0;
    virtual std::string keyOf(const Item& item) const = 0;
    // The first snapshot, as text: the table and a notice of what is watched.
    virtual void showFirst(const Snapshot& snapshot) = 0;
    // A later snapshot (after a reconnect, or any with --output json), against m_known.
    virtual void reportResync(const Snapshot& snapshot) = 0;
    // An event after the snapshot; updates m_known.
    virtual void onLiveEvent(const Event& event) = 0;

    // Prints one change line ("12:03:04  <line>").
    void printChange(const std::string& line) {
        Output& output = m_context.output();
        output.out() << localClockTime(nowUnixMs()) << "  " << line << "\n";
        output.out().flush();
    }

    CommandContext& m_context;
    Snapshot m_known; // the items as last reported, by key

private:
    // A stream that stayed open this long worked, even without a message.
    static constexpr auto kStreamWorkedAfter = std::chrono::seconds(2);

    StreamOutcome watchOnce(Reconnector& reconnector) {
        grpc::ClientContext rpc;
        m_context.interrupter().setHandler([&rpc] { rpc.TryCancel(); });
        const auto opened = std::chrono::steady_clock::now();
        auto reader = open(rpc);
        Snapshot snapshot;
        bool inSnapshot = true;
        StreamOutcome outcome;
        Event event;
        while (reader->Read(&event)) {
            outcome.delivered = true;
            reconnector.onMessage();
            if (!inSnapshot) {
                onLiveEvent(event);
            } else if (event.type() == kSynced) {
                inSnapshot = false;
                onSnapshot(std::exchange(snapshot, {}));
            } else if (const Item* item = itemOf(event)) {
                snapshot[keyOf(*item)] = *item;
            }
        }
        outcome.status = reader->Finish();
        m_context.interrupter().setHandler({});
        outcome.worked =
            outcome.delivered || std::chrono::steady_clock::now() - opened > kStreamWorkedAfter;
        return outcome;
    }

    void onSnapshot(Snapshot snapshot) {
        Output& output = m_context.output();
        if (!m_synced && !output.json()) {
            showFirst(snapshot);
        } else {
            reportResync(snapshot);
        }
        if (output.json() && !m_synced) {
            Event synced;
            synced.set_type(kSynced);
            output.message(synced, true);
        }
        m_synced = true;
        m_known = std::move(snapshot);
    }

    bool m_synced = false; // the first snapshot was shown
};

} // namespace croupier::cli
