#pragma once
// The reconnect policy of the long-lived streams (agents --watch, job follow). After a stream
// ends without the user asking, it decides: a permanent error (NOT_FOUND, PERMISSION_DENIED,
// ...) or a first attempt that never worked is reported and ends the command; a transient one
// (UNAVAILABLE, a dropped connection, a server that ended the stream) is announced on stderr
// and retried after a backoff, for at most `giveUpAfter` of consecutive failures when set.
// Single-threaded (the command's); borrows the context.

#include "CommandContext.h"
#include "croupier/core/Backoff.h"

#include <chrono>
#include <grpcpp/support/status.h>
#include <optional>

namespace croupier::cli {

// How one stream ended.
struct StreamOutcome {
    grpc::Status status;
    bool delivered = false;  // it brought at least one message
    bool worked = false;     // that, or it stayed open a while
    bool progressed = false; // it moved a resume position forward (follow's next seq)
};

class Reconnector {
public:
    Reconnector(CommandContext& context, std::optional<std::chrono::milliseconds> giveUpAfter);

    // Call when a stream ended. Returns nullopt to try again (after waiting the backoff), else
    // the exit code to end with (the error already printed; kExitInterrupted when Ctrl-C came
    // during the wait). A stream the server ended cleanly after it progressed is resumed at
    // once, silently: nothing was lost and nothing is wrong with the connection.
    std::optional<int> afterStreamEnded(const StreamOutcome& outcome);

    // Call on each message; says "reconnected" once after a drop.
    void onMessage();
    bool reconnecting() const { return m_reconnecting; }

private:
    // Waits before the next attempt; true when interrupted meanwhile.
    bool waitBeforeRetry(std::chrono::milliseconds delay);

    CommandContext& m_context;
    std::optional<std::chrono::milliseconds> m_giveUpAfter;
    // 0.5 s doubling to 10 s, no jitter (one client, not a fleet); reset after a stream that
    // worked.
    core::Backoff m_backoff{std::chrono::milliseconds(500), std::chrono::seconds(10), false};
    bool m_everWorked = false;
    bool m_reconnecting = false;
    std::chrono::steady_clock::time_point m_failingSince;
};

// True for codes worth reconnecting after (the stream, not the request, failed).
bool isTransient(grpc::StatusCode code);

} // namespace croupier::cli
