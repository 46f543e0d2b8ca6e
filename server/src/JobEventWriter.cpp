#include "croupier/server/JobEventWriter.h"

#include <map>

namespace croupier::server {
namespace {
constexpr std::size_t kMaxBatch = 512;
} // namespace

JobEventWriter::JobEventWriter(Store& store, core::Logger log, Publish publish)
    : m_store(store), m_log(std::move(log)), m_publish(std::move(publish)) {
    m_thread = std::thread([this] { run(); });
}

JobEventWriter::~JobEventWriter() { stop(); }

void JobEventWriter::enqueue(Item item) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(item));
    }
    m_ready.notify_one();
}

void JobEventWriter::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void JobEventWriter::run() {
    for (;;) {
        std::vector<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                return; // stopping, all written
            }
            const std::size_t n = std::min(kMaxBatch, m_queue.size());
            batch.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        write(batch);
    }
}

void JobEventWriter::write(std::vector<Item>& batch) {
    std::vector<JobEventRecord> events;
    events.reserve(batch.size());
    std::map<std::string, const JobRecord*> latest;  // last row per job in this batch
    for (const auto& item : batch) {
        events.push_back(item.event);
        latest[item.job.jobId] = &item.job;
    }
    std::vector<JobRecord> jobs;
    jobs.reserve(latest.size());
    for (const auto& [id, job] : latest) {
        jobs.push_back(*job);
    }
    if (auto r = m_store.appendJobEvents(events, jobs); !r) {
        // Still publish: live watchers see what happened even if the disk refused it.
        m_log.error("could not persist job events",
                    {{"events", std::to_string(events.size())}, {"error", r.error().message}});
    }
    m_publish(batch);
    for (auto& item : batch) {
        for (auto& fn : item.after) {
            fn();
        }
    }
}

} // namespace croupier::server
