#pragma once
// The queue in front of a gRPC stream that allows one outstanding write: push() returns the
// message to start writing when the stream was idle; writeDone() returns the next one. The
// caller starts the write itself, outside this queue's mutex. A queue may be bounded: past
// `limit` queued messages push() reports Overflow and the caller ends the stream.
// Messages stay at stable addresses until their write is done (std::deque keeps references to
// existing elements valid on push_back / pop_front). Thread-safe.
// An optional coalesce function may merge the messages waiting behind a finished write into
// fewer (e.g. one batch message): it runs under the queue's mutex and must be quick.

#include <cstddef>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>

namespace croupier::server {

template <class Msg>
class WriteQueue {
public:
    enum class Push { Start, Queued, Overflow, Closed };

    using Coalesce = std::function<void(std::deque<Msg>& waiting)>;

    explicit WriteQueue(std::size_t limit = std::numeric_limits<std::size_t>::max())
        : m_limit(limit) {}

    void setCoalesce(Coalesce coalesce) {
        std::lock_guard lock(m_mutex);
        m_coalesce = std::move(coalesce);
    }

    // On Start, *toWrite is the message to pass to StartWrite now.
    Push push(Msg msg, const Msg** toWrite) {
        std::lock_guard lock(m_mutex);
        if (m_closed) {
            return Push::Closed;
        }
        if (m_queue.size() >= m_limit) {
            return Push::Overflow;
        }
        m_queue.push_back(std::move(msg));
        if (m_writing) {
            return Push::Queued;
        }
        m_writing = true;
        *toWrite = &m_queue.front();
        return Push::Start;
    }

    // The outstanding write finished. Returns the next message to write (and whether more wait
    // behind it), or nullptr when the queue is idle now.
    const Msg* writeDone(bool ok, bool* more) {
        std::lock_guard lock(m_mutex);
        if (!m_queue.empty()) {
            m_queue.pop_front();
        }
        if (!ok) {
            m_closed = true;
            m_queue.clear();
        }
        // A closed queue still drains what it holds: close(false) means "finish after these".
        if (m_queue.empty()) {
            m_writing = false;
            return nullptr;
        }
        if (m_queue.size() > 1 && m_coalesce) {
            m_coalesce(m_queue); // nothing in it is being written right now
        }
        *more = m_queue.size() > 1;
        return &m_queue.front();
    }

    // Refuses further pushes; queued messages not yet started are dropped when `drop`.
    void close(bool drop) {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        if (drop) {
            // The front message may be in the middle of its write: keep it.
            m_queue.erase(m_queue.begin() + (m_writing && !m_queue.empty() ? 1 : 0),
                          m_queue.end());
        }
    }

    bool idle() const {
        std::lock_guard lock(m_mutex);
        return !m_writing;
    }

private:
    const std::size_t m_limit;
    mutable std::mutex m_mutex;  // guards all below
    std::deque<Msg> m_queue;     // front is being written while m_writing
    Coalesce m_coalesce;
    bool m_writing = false;
    bool m_closed = false;
};

} // namespace croupier::server
