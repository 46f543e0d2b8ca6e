#include "ConnectStream.h"

#include "croupier/proto/FrameBatch.h"

namespace croupier::sdk::detail {

using croupier::control::v1::AgentFrame;
using croupier::control::v1::ServerFrame;

ConnectStream::ConnectStream(FrameHandler onFrame, DoneHandler onDone)
    : m_onFrame(std::move(onFrame))
    , m_onDone(std::move(onDone)) {}

std::shared_ptr<ConnectStream> ConnectStream::create(FrameHandler onFrame, DoneHandler onDone) {
    return std::make_shared<ConnectStream>(std::move(onFrame), std::move(onDone));
}

void ConnectStream::start(croupier::control::v1::ControlService::Stub& stub, AgentFrame hello) {
    stub.async()->Connect(&m_context, this);
    AddHold();
    StartRead(&m_incoming);
    send(std::move(hello));
    StartCall();
}

bool ConnectStream::releaseHoldLocked() {
    if (!m_holdReleased && !m_writing && !m_accepting) {
        m_holdReleased = true;
        return true;
    }
    return false;
}

void ConnectStream::send(AgentFrame frame) {
    const AgentFrame* next = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (!m_accepting) {
            return;
        }
        m_queue.push_back(std::move(frame));
        if (m_writing) {
            return;
        }
        m_writing = true;
        next = &m_queue.front(); // stays valid: the deque only grows at the back meanwhile
    }
    StartWrite(next);
}

void ConnectStream::enableBatches() {
    std::lock_guard lock(m_mutex);
    m_batches = true;
}

void ConnectStream::closeWrites() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_accepting) {
            return;
        }
        m_accepting = false;
        m_writesDoneRequested = true;
        if (m_writing) {
            return; // OnWriteDone starts the half-close after the last frame
        }
        m_writing = true;
    }
    StartWritesDone();
}

void ConnectStream::cancel() {
    m_context.TryCancel();
}

void ConnectStream::OnReadDone(bool ok) {
    if (ok) {
        m_onFrame(std::move(m_incoming));
        m_incoming.Clear();
        StartRead(&m_incoming);
        return;
    }
    bool release = false;
    {
        std::lock_guard lock(m_mutex);
        m_readDone = true;
        m_accepting = false;
        release = releaseHoldLocked();
    }
    if (release) {
        RemoveHold();
    }
}

void ConnectStream::OnWriteDone(bool ok) {
    const AgentFrame* next = nullptr;
    bool writesDone = false;
    bool release = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.pop_front();
        if (!ok || m_readDone) {
            m_accepting = false;
            m_queue.clear();
        }
        if (m_batches && m_queue.size() > 1) {
            croupier::proto::coalesceFrames(m_queue); // nothing queued is being written right now
        }
        if (!m_queue.empty()) {
            next = &m_queue.front();
        } else if (m_writesDoneRequested && ok && !m_readDone) {
            writesDone = true;
        } else {
            m_writing = false;
            release = releaseHoldLocked();
        }
    }
    m_changed.notify_all();
    if (next != nullptr) {
        StartWrite(next);
    } else if (writesDone) {
        StartWritesDone();
    } else if (release) {
        RemoveHold();
    }
}

void ConnectStream::OnWritesDoneDone(bool /*ok*/) {
    bool release = false;
    {
        std::lock_guard lock(m_mutex);
        m_writing = false;
        release = releaseHoldLocked();
    }
    if (release) {
        RemoveHold();
    }
}

void ConnectStream::OnDone(const grpc::Status& status) {
    // The owner is still waiting for m_done, so it is alive for the handler.
    if (m_onDone) {
        m_onDone(status);
    }
    // Last touch of this object: once the lock is released the owner may destroy it.
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_accepting = false;
    m_queue.clear();
    m_changed.notify_all();
}

bool ConnectStream::waitDone(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] { return m_done; });
}

bool ConnectStream::waitDrained(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout,
                              [this] { return m_done || (m_queue.empty() && !m_writing); });
}

} // namespace croupier::sdk::detail
