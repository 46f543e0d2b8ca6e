#pragma once
// ThreadPool: a fixed number of threads running queued tasks in FIFO order: the server's workers
// for blocking store work, the SDK's handler pool and its event thread (a pool of one).
// Threads: submit() from any thread; shutdown() from any thread (called on a pool thread it
// joins the others, not itself). `onThreadStart` runs first on every pool thread (e.g. to mark
// it). Owns its threads; the destructor calls shutdown().

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace croupier::core {

class ThreadPool {
public:
    explicit ThreadPool(int threads, std::function<void()> onThreadStart = {});
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // Queues `task`; false (task dropped) once shutdown() has begun.
    bool submit(std::function<void()> task);
    // Runs what is already queued, refuses new tasks, and joins the threads. Idempotent.
    void shutdown();

    std::size_t size() const { return m_threads.size(); }
    // True when called from one of this pool's threads.
    bool isOwnThread() const;

private:
    void workerLoop(const std::function<void()>& onThreadStart);

    std::mutex m_mutex; // guards m_tasks, m_stopping
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::mutex m_joinMutex; // serialises shutdown()'s joins
    std::vector<std::thread> m_threads;
};

} // namespace croupier::core
