#pragma once
// The producer side of one server stream: any thread may send(); the reactor starts one write
// at a time through its Writer. Also ends the stream (finish), either at once or after what is
// queued has been written.
//
// Why a recursive mutex: gRPC may run a reaction (OnWriteDone, even OnDone) inline inside
// StartWrite/Finish on the calling thread. m_callMutex is held across every StartWrite/Finish
// and around detach(), so (a) no StartWrite can follow Finish or reach a reactor that OnDone has
// already released, and (b) an inline reaction on the same thread re-enters without deadlock.
// Lock order: m_callMutex, then the WriteQueue's own mutex (a leaf).

#include "croupier/server/WriteQueue.h"

#include <grpcpp/support/status.h>

#include <mutex>
#include <optional>

namespace croupier::server {

template <class Msg>
class StreamOutbox {
public:
    class Writer {
    public:
        virtual ~Writer() = default;
        virtual void startWrite(const Msg* msg, bool moreQueued) = 0;
        virtual void finish(const grpc::Status& status) = 0;
    };

    enum class Send { Ok, Overflow, Closed };

    StreamOutbox(Writer* writer, std::size_t limit) : m_queue(limit), m_writer(writer) {}

    // See WriteQueue::setCoalesce.
    void setCoalesce(typename WriteQueue<Msg>::Coalesce coalesce) {
        m_queue.setCoalesce(std::move(coalesce));
    }

    Send send(Msg msg) {
        std::lock_guard lock(m_callMutex);
        if (m_writer == nullptr || m_finishing) {
            return Send::Closed;
        }
        const Msg* next = nullptr;
        switch (m_queue.push(std::move(msg), &next)) {
        case WriteQueue<Msg>::Push::Start:
            m_writer->startWrite(next, false);
            return Send::Ok;
        case WriteQueue<Msg>::Push::Queued:
            return Send::Ok;
        case WriteQueue<Msg>::Push::Overflow:
            return Send::Overflow;
        case WriteQueue<Msg>::Push::Closed:
            break;
        }
        return Send::Closed;
    }

    // Ends the stream with `status`: after the queued messages are written (drain) or now.
    void finish(const grpc::Status& status, bool drain) {
        std::lock_guard lock(m_callMutex);
        if (m_writer == nullptr || m_finished) {
            return;
        }
        m_finishing = true;
        m_queue.close(!drain);
        if (!drain || m_queue.idle()) {
            finishLocked(status);
        } else {
            m_pendingStatus = status;
        }
    }

    bool isOpen() const {
        std::lock_guard lock(m_callMutex);
        return m_writer != nullptr && !m_finishing;
    }

    // --- reactor side ---
    void onWriteDone(bool ok) {
        std::lock_guard lock(m_callMutex);
        bool more = false;
        const Msg* next = m_queue.writeDone(ok, &more);
        if (m_writer == nullptr) {
            return;
        }
        if (next != nullptr) {
            m_writer->startWrite(next, more);
        } else if (m_pendingStatus && !m_finished) {
            finishLocked(*m_pendingStatus);
        }
    }

    // From OnDone: the reactor is going away.
    void detach() {
        std::lock_guard lock(m_callMutex);
        m_queue.close(true);
        m_writer = nullptr;
    }

private:
    void finishLocked(const grpc::Status& status) {
        m_finished = true;
        m_pendingStatus.reset();
        m_writer->finish(status);
    }

    WriteQueue<Msg> m_queue;
    mutable std::recursive_mutex m_callMutex;  // guards the four below; see the header comment
    Writer* m_writer;                          // null once detached
    bool m_finishing = false;
    bool m_finished = false;
    std::optional<grpc::Status> m_pendingStatus;
};

} // namespace croupier::server
