#pragma once
// SnapshotWatch: the life of a server stream that sends a snapshot, a SYNCED marker, then live
// changes (WatchRegistrations for AgentWatch and RegistrationWatch, WatchApprovals for
// ApprovalWatch). It keeps the
// scope, opens and reopens the stream with exponential backoff, pauses while no one is signed
// in, stops for good on a refusal that retrying cannot fix (failed()), tells whether the view is
// live, and drops callbacks of an older stream (each stream has its own attempt number). The
// subclass opens the stream and turns its events into the UI's reset and changes.
// GUI thread; owned by its client class.

#include "croupier/client/CallError.h"
#include "croupier/client/UserInfo.h"
#include "croupier/core/Backoff.h"

#include <QObject>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace croupier::client {

class CallGuard;

class SnapshotWatch {
public:
    struct Status {
        std::function<void(bool)> live;
        std::function<void(const CallError&)> failed;
    };

    virtual ~SnapshotWatch() = default;

    void start(const Scope& scope);
    void stop();
    void pause();
    void resumePaused();
    bool active() const { return m_active; }
    bool live() const { return m_live; }
    Scope scope() const { return m_scope; }
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

protected:
    // `name` is for the log ("agent watch").
    SnapshotWatch(std::shared_ptr<CallGuard> guard, QObject* context, const char* name,
                  Status status);

    // Starts the stream of scope(); its callbacks carry `attempt`. Returns the call id.
    virtual std::uint64_t openStream(std::uint64_t attempt) = 0;
    // Forgets what the current stream sent before SYNCED.
    virtual void clearSnapshot() = 0;

    bool current(std::uint64_t attempt) const { return attempt == m_attempt; }
    // The current stream's number, for calls made on its behalf (stale once it ends).
    std::uint64_t attempt() const { return m_attempt; }
    bool synced() const { return m_synced; }
    // SYNCED arrived: the subclass hands its snapshot over, then calls setLive(true).
    void markSynced();
    void setLive(bool live);
    // The stream of `attempt` ended (`error` null: closed by the server without one).
    void onEnd(std::uint64_t attempt, const CallError* error);
    // A call the watch depends on (not the stream) failed: wait for sign-in, stop for good, or
    // drop the stream so that its end schedules the retry.
    void onDependentCallFailed(const CallError& error);

private:
    void open();
    void closeCall();

    std::shared_ptr<CallGuard> m_guard;
    QObject* m_context;
    const char* m_name;
    Status m_status;
    core::Backoff m_backoff;
    Scope m_scope;
    bool m_active = false;
    bool m_paused = false;
    bool m_synced = false; // SYNCED seen on the current stream
    bool m_live = false;
    std::uint64_t m_callId = 0;
    std::uint64_t m_attempt = 0; // callbacks of an older stream are dropped
};

} // namespace croupier::client
