#include "croupier/core/ThreadPool.h"

#include <algorithm>

namespace croupier::core {

ThreadPool::ThreadPool(int threads, std::function<void()> onThreadStart) {
    const int count = std::max(1, threads);
    m_threads.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        m_threads.emplace_back([this, onThreadStart] { workerLoop(onThreadStart); });
    }
}

ThreadPool::~ThreadPool() {
    shutdown();
}

bool ThreadPool::submit(std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            return false;
        }
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

void ThreadPool::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    std::lock_guard joinLock(m_joinMutex);
    for (auto& thread : m_threads) {
        if (thread.joinable() && thread.get_id() != std::this_thread::get_id()) {
            thread.join();
        }
    }
}

bool ThreadPool::isOwnThread() const {
    const auto self = std::this_thread::get_id();
    return std::any_of(m_threads.begin(), m_threads.end(),
                       [self](const std::thread& t) { return t.get_id() == self; });
}

void ThreadPool::workerLoop(const std::function<void()>& onThreadStart) {
    if (onThreadStart) {
        onThreadStart();
    }
    while (true) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty()) {
                return; // stopping and drained
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
}

} // namespace croupier::core
