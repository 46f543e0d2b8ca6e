#pragma once
// Persists job events in batches on a thread of its own (group commit: one transaction for all
// events that queued up while the previous one was being written), then publishes them, in
// order, to the live subscribers. Events are handed over already numbered; order is kept.
//
// Threads: enqueue() from any thread, never blocks on I/O. The publish callback and each
// item's `after` callbacks run on the writer thread after their batch is durable.
// stop() (or the destructor) writes what is queued, then joins.

#include "croupier/core/Log.h"
#include "croupier/server/Store.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace croupier::server {

class JobEventWriter {
public:
    struct Item {
        JobEventRecord event;
        JobRecord job;  // the job row as of this event
        std::vector<std::function<void()>> after;
    };
    using Publish = std::function<void(const std::vector<Item>& batch)>;

    JobEventWriter(Store& store, core::Logger log, Publish publish);
    ~JobEventWriter();
    JobEventWriter(const JobEventWriter&) = delete;
    JobEventWriter& operator=(const JobEventWriter&) = delete;

    void enqueue(Item item);
    void stop();

private:
    void run();
    void write(std::vector<Item>& batch);

    Store& m_store;
    core::Logger m_log;
    Publish m_publish;
    std::mutex m_mutex;  // guards m_queue, m_stopping
    std::condition_variable m_ready;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace croupier::server
