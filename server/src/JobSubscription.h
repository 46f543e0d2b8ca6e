#pragma once
// One StreamJobEvents subscriber inside the JobManager. Live events that arrive while its replay
// from the store runs are held and sent after the replay, so the sink sees seq order and its
// seq-based dedupe never drops a replayed event. Threads: live() from the job event writer,
// replayed()/replayDone() from the worker that subscribes.

#include "croupier/server/JobManager.h"

#include <mutex>
#include <vector>

namespace croupier::server {

class JobSubscription {
public:
    explicit JobSubscription(std::shared_ptr<JobEventSink> sink) : m_sink(std::move(sink)) {}

    const JobEventSink* sink() const { return m_sink.get(); }

    void live(const function::v1::JobEvent& event) {
        std::lock_guard lock(m_mutex);
        if (m_replaying) {
            m_held.push_back(event);
        } else {
            m_sink->deliver(event);
        }
    }
    void replayed(const function::v1::JobEvent& event) { m_sink->deliver(event); }
    void replayDone() {
        std::lock_guard lock(m_mutex);
        for (const auto& e : m_held) {
            m_sink->deliver(e); // the sink skips what the replay already sent
        }
        m_held.clear();
        m_replaying = false;
    }

private:
    std::shared_ptr<JobEventSink> m_sink;
    std::mutex m_mutex;  // guards m_replaying, m_held, and serialises deliveries after replay
    bool m_replaying = true;
    std::vector<function::v1::JobEvent> m_held;
};

} // namespace croupier::server
