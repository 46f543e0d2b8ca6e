#pragma once
// A fixed pool of threads for work that may block (store I/O, descriptor compilation), so gRPC
// reactor callbacks never do. post() is thread-safe; tasks run in FIFO order across the pool.
// The destructor (or stop()) runs the tasks already queued, then joins.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace croupier::server {

class WorkerPool {
public:
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Returns false (and drops the task) once stopping.
    bool post(std::function<void()> task);
    void stop();

private:
    void run();

    std::mutex m_mutex;  // guards m_tasks, m_stopping
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace croupier::server
