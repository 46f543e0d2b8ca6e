#pragma once
// CallGuard: the bridge from gRPC callback threads into one QObject's thread. gRPC reactors
// post() their converted results; post() queues them to the owner with
// QMetaObject::invokeMethod(owner, fn, Qt::QueuedConnection) while the owner is attached, and
// drops them after detach(). The owner detaches in its destructor, which also TryCancel()s every
// call still registered, so no callback ever touches a destroyed object. Shared (shared_ptr)
// between the owner and its reactors; thread-safe. TryCancel() is called outside the lock (gRPC
// may run completion callbacks inline in it); the shared_ptr keeps each context alive meanwhile.

#include <QObject>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace grpc {
class ClientContext;
}

namespace croupier::client {

class CallGuard {
public:
    explicit CallGuard(QObject* owner)
        : m_owner(owner) {}
    static std::shared_ptr<CallGuard> create(QObject* owner) {
        return std::make_shared<CallGuard>(owner);
    }

    // Runs `fn` on the owner's thread later, unless detached by then. Any thread.
    void post(std::function<void()> fn);

    // Registers a call so detach()/cancel() can reach it; the reactor removes it when done.
    std::uint64_t add(std::shared_ptr<grpc::ClientContext> context);
    void remove(std::uint64_t id);
    void cancel(std::uint64_t id);
    void cancelAll();
    // No more posts; cancels every registered call and waits (at most `wait`) until their
    // reactors are done. The owner's destructor calls it on its own thread: a channel must
    // outlive its calls (gRPC 1.51 releases the callback completion queue with the last
    // channel, and a call finishing after that aborts the process).
    void detach(std::chrono::milliseconds wait = std::chrono::seconds(5));

private:
    static void cancelEach(const std::vector<std::shared_ptr<grpc::ClientContext>>& contexts);
    std::vector<std::shared_ptr<grpc::ClientContext>> registered() const; // locks

    mutable std::mutex m_mutex;     // guards m_owner, m_calls, m_nextId
    std::condition_variable m_idle; // notified when m_calls becomes empty
    QObject* m_owner;
    std::map<std::uint64_t, std::shared_ptr<grpc::ClientContext>> m_calls;
    std::uint64_t m_nextId = 1;
};

} // namespace croupier::client
