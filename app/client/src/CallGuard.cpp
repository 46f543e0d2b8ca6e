#include "CallGuard.h"

#include <grpcpp/client_context.h>

namespace croupier::client {

void CallGuard::post(std::function<void()> fn) {
    std::lock_guard lock(m_mutex);
    if (m_owner != nullptr) {
        // Holding the lock keeps the owner alive: its destructor detaches under the same lock.
        QMetaObject::invokeMethod(m_owner, std::move(fn), Qt::QueuedConnection);
    }
}

std::uint64_t CallGuard::add(std::shared_ptr<grpc::ClientContext> context) {
    std::lock_guard lock(m_mutex);
    const std::uint64_t id = m_nextId++;
    m_calls.emplace(id, std::move(context));
    return id;
}

void CallGuard::remove(std::uint64_t id) {
    std::shared_ptr<grpc::ClientContext> last; // released after the lock
    std::lock_guard lock(m_mutex);
    if (auto it = m_calls.find(id); it != m_calls.end()) {
        last = std::move(it->second);
        m_calls.erase(it);
    }
    if (m_calls.empty()) {
        m_idle.notify_all();
    }
}

void CallGuard::cancel(std::uint64_t id) {
    std::shared_ptr<grpc::ClientContext> context;
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_calls.find(id); it != m_calls.end()) {
            context = it->second;
        }
    }
    if (context) {
        context->TryCancel();
    }
}

void CallGuard::cancelAll() {
    cancelEach(registered());
}

void CallGuard::detach(std::chrono::milliseconds wait) {
    {
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
    }
    cancelEach(registered());
    std::unique_lock lock(m_mutex);
    m_idle.wait_for(lock, wait, [this] { return m_calls.empty(); });
}

std::vector<std::shared_ptr<grpc::ClientContext>> CallGuard::registered() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<grpc::ClientContext>> out;
    out.reserve(m_calls.size());
    for (const auto& [id, context] : m_calls) {
        out.push_back(context);
    }
    return out;
}

void CallGuard::cancelEach(const std::vector<std::shared_ptr<grpc::ClientContext>>& contexts) {
    for (const auto& context : contexts) {
        context->TryCancel();
    }
}

} // namespace croupier::client
