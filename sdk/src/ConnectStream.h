#pragma once
// ConnectStream: the agent's end of ControlService.Connect, a gRPC callback reactor. It starts
// the call with the ConnectHello, reads ServerFrames and hands each to the owner's handler, and
// writes AgentFrames from a queue — only one write may be outstanding, so the next one starts
// in OnWriteDone.
// Threads: the reactor callbacks run on gRPC threads and never block; the frame and done
// handlers they call must only queue work. send()/closeWrites()/cancel()/wait*() from any
// thread. m_mutex guards the queue and the flags below it.
// Ownership: shared. The session owns it and keeps it until OnDone has signalled done (waitDone);
// handler tasks hold weak_ptrs and drop their frames once it is gone. It never owns itself: its
// ClientContext holds a reference to the channel, and a channel must not be destroyed on gRPC's
// callback thread (gRPC would join that thread from itself), so the last reference is always
// dropped on an SDK thread. A hold keeps OnDone from running while a write may still be started
// (released when no more writes can be).

#include "croupier/control/v1/control.grpc.pb.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <mutex>

namespace croupier::sdk::detail {

class ConnectStream final : public grpc::ClientBidiReactor<croupier::control::v1::AgentFrame,
                                                           croupier::control::v1::ServerFrame> {
public:
    using FrameHandler = std::function<void(croupier::control::v1::ServerFrame frame)>;
    using DoneHandler = std::function<void(const grpc::Status& status)>;

    // Two steps, so the owner can store the pointer before any callback can run.
    static std::shared_ptr<ConnectStream> create(FrameHandler onFrame, DoneHandler onDone);
    // Opens the stream on `stub` with `hello` as its first frame. Call once; then keep the
    // stream until waitDone() returned true.
    void start(croupier::control::v1::ControlService::Stub& stub,
               croupier::control::v1::AgentFrame hello);

    // Queues a frame; dropped once the stream can no longer write.
    void send(croupier::control::v1::AgentFrame frame);
    // The server accepts AgentFrame.batch: frames queued behind a write go out as one message.
    void enableBatches();
    // Half-closes after the queued frames are written; later send()s are dropped.
    void closeWrites();
    // Ends the call at once (the server sees CANCELLED).
    void cancel();
    // True when the stream ended within `timeout`.
    bool waitDone(std::chrono::milliseconds timeout);
    // True when every queued frame was written (or the stream can no longer write).
    bool waitDrained(std::chrono::milliseconds timeout);

    void OnReadDone(bool ok) override;
    void OnWriteDone(bool ok) override;
    void OnWritesDoneDone(bool ok) override;
    void OnDone(const grpc::Status& status) override;

    ConnectStream(FrameHandler onFrame, DoneHandler onDone);

private:
    bool releaseHoldLocked();

    const FrameHandler m_onFrame;
    const DoneHandler m_onDone;
    grpc::ClientContext m_context;
    croupier::control::v1::ServerFrame m_incoming; // touched only by the read callbacks

    std::mutex m_mutex;
    std::condition_variable m_changed;                     // queue drained or stream done
    std::deque<croupier::control::v1::AgentFrame> m_queue; // front is being written
    bool m_accepting = true;                               // send() queues frames
    bool m_writing = false; // a write or writes-done is outstanding (or about to start)
    bool m_writesDoneRequested = false;
    bool m_readDone = false;
    bool m_holdReleased = false;
    bool m_done = false;
    bool m_batches = false; // coalesce queued frames into one AgentFrame.batch
};

} // namespace croupier::sdk::detail
