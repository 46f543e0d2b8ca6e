#pragma once
// The server's handle on one agent's Connect stream: frames out through a StreamOutbox, and the
// synchronous calls waiting for an InvokeResult.
//
// Threads: send()/startInvoke()/failInvoke()/close() from any thread; onWriteDone()/onResult()/
// detach() from the stream reactor's gRPC callbacks. Every invoke callback runs exactly once,
// outside any lock, on whichever thread resolved it (a reactor callback, a timer, detach()).
// Ownership: shared by the Registry (while attached) and by in-flight callers; the reactor
// detaches in OnDone, after which sends fail.

#include "croupier/control/v1/control.pb.h"
#include "croupier/core/Result.h"
#include "croupier/server/StreamOutbox.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace croupier::server {

using FrameWriter = StreamOutbox<control::v1::ServerFrame>::Writer;

// Error detail key set on failures that happened before a call frame left the server: the
// agent never saw the call, so retrying it is safe.
inline constexpr const char* kUndeliveredDetail = "undelivered";

class AgentLink {
public:
    using InvokeCallback = std::function<void(core::Result<control::v1::InvokeResult>)>;

    // `batches`: the agent accepts ServerFrame.batch, so frames queued behind a write are sent
    // as one message.
    AgentLink(std::string agentId, std::string sessionId, FrameWriter* writer,
              bool batches = false);

    const std::string& agentId() const { return m_agentId; }
    const std::string& sessionId() const { return m_sessionId; }

    // Queues a frame; false when the stream is gone.
    bool send(control::v1::ServerFrame frame);

    // Registers `callback` for `requestId` and sends `frame` (an InvokeCall). The callback is
    // called exactly once: with the agent's result, or with an error (UNAVAILABLE when the
    // stream is gone, possibly before this returns).
    void startInvoke(std::uint64_t requestId, control::v1::ServerFrame frame,
                     InvokeCallback callback);
    // Resolves a pending call with `error` (deadline, cancel); false if already resolved.
    bool failInvoke(std::uint64_t requestId, core::Error error);

    int inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    bool isOpen() const { return m_out.isOpen(); }

    // Ends the stream with `status` (e.g. superseded by a new session).
    void close(const grpc::Status& status) { m_out.finish(status, false); }

    // --- reactor side ---
    void onWriteDone(bool ok) { m_out.onWriteDone(ok); }
    void onResult(control::v1::InvokeResult&& result);
    // The stream ended: fails pending calls with UNAVAILABLE; later sends return false.
    void detach(const std::string& reason);

private:
    InvokeCallback takePending(std::uint64_t requestId);

    const std::string m_agentId;
    const std::string m_sessionId;
    StreamOutbox<control::v1::ServerFrame> m_out;
    std::mutex m_pendingMutex;  // guards m_pending
    std::map<std::uint64_t, InvokeCallback> m_pending;
    std::atomic<int> m_inFlight{0};
};

} // namespace croupier::server
