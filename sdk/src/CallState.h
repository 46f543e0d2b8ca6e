#pragma once
// CallState: the shared state behind a Context — the call's identity, its cancellation, and the
// emitter that turns progress and log lines into job frames. Shared (shared_ptr) by the
// Dispatcher (which cancels it), the pool task running the handler, and every Context copy.
// Thread-safe: m_mutex guards m_cancelReason, m_cancelCode, m_finished; emits run under it so
// that nothing can be emitted after finish() has sent the final frame.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>

namespace croupier::sdk::detail {

enum class JobEventKind { Progress, Log };

struct CallInfo {
    std::string functionId;
    std::string gameId;
    std::string env;
    std::string jobId; // empty for a synchronous call
    std::string idempotencyKey;
    std::chrono::system_clock::time_point deadline = std::chrono::system_clock::time_point::max();
};

class CallState {
public:
    // Receives progress/log events of a job; called with m_mutex held, so it must only queue.
    using Emitter = std::function<void(JobEventKind kind, double progress, std::string message)>;

    explicit CallState(CallInfo info, Emitter emitter = {});

    const CallInfo& info() const { return m_info; }

    // The first cancel wins; later ones are ignored. `code` is the error code reported if the
    // handler does not finish successfully ("CANCELLED", "DEADLINE_EXCEEDED").
    void cancel(std::string code, std::string reason);
    // Also true once the deadline has passed (then cancelled with DEADLINE_EXCEEDED).
    bool isCancelled();
    std::string cancelReason();
    std::string cancelCode();
    bool waitForCancel(std::chrono::milliseconds timeout);

    void reportProgress(double fraction, std::string message);
    void log(std::string message);

    // Marks the call finished and runs `last` (which sends the final frame) under the lock;
    // later progress/log calls are dropped.
    void finish(const std::function<void()>& last);

private:
    bool checkDeadlineLocked();

    const CallInfo m_info;
    const Emitter m_emitter;
    std::mutex m_mutex;
    std::condition_variable m_cancelled;
    std::string m_cancelCode; // empty while not cancelled
    std::string m_cancelReason;
    bool m_finished = false;
};

} // namespace croupier::sdk::detail
