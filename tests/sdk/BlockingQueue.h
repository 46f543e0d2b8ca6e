#pragma once
// A queue the tests wait on: frames recorded by one thread, awaited by the test thread. The
// timeout only bounds a failing test; passing tests never wait for it.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace croupier::sdk::test {

template <class T> class BlockingQueue {
public:
    void push(T value) {
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(value));
        }
        m_changed.notify_all();
    }

    std::optional<T> pop(std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, timeout, [this] { return !m_items.empty(); })) {
            return std::nullopt;
        }
        T value = std::move(m_items.front());
        m_items.pop_front();
        return value;
    }

    std::size_t size() const {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
};

} // namespace croupier::sdk::test
