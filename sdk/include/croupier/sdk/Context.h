#pragma once
// Context: what a handler knows about the call it is serving — which function, scope and job,
// its deadline and idempotency key — and its channel back: cancellation, progress and log lines.
// A Context is a cheap handle on state shared with the SDK; copies refer to the same call.
// Thread-safe: every method may be called from any thread, also from threads the handler
// starts, but only while the handler runs — progress and log lines reported after Call()
// returned, or on a synchronous call, are dropped.

#include <chrono>
#include <memory>
#include <string>

namespace croupier::sdk {

namespace detail {
class CallState;
}

class Context {
public:
    using TimePoint = std::chrono::system_clock::time_point;

    // Built by the SDK for every call.
    explicit Context(std::shared_ptr<detail::CallState> state);

    const std::string& FunctionId() const;
    const std::string& GameId() const;
    const std::string& Env() const;
    // The job id of a job; empty for a synchronous call.
    const std::string& JobId() const;
    bool IsJob() const;
    // The caller's idempotency key, if any.
    const std::string& IdempotencyKey() const;
    // When the caller stops waiting; TimePoint::max() when there is no deadline.
    TimePoint Deadline() const;

    // True once the call was cancelled (by the caller, an operator, the agent stopping, the
    // connection dropping) or its deadline passed. Never goes back to false.
    bool IsCancelled() const;
    // Why it was cancelled ("" while not cancelled).
    std::string CancelReason() const;
    // Sleeps up to `timeout`, waking early on cancellation. Returns IsCancelled(). Handy for
    // the pauses of a long job: `if (ctx.WaitForCancel(step)) return ...;`.
    bool WaitForCancel(std::chrono::milliseconds timeout) const;

    // Job progress, `fraction` clamped to 0..1, with a short message for the operator.
    // Ignored on a synchronous call.
    void ReportProgress(double fraction, std::string message = {}) const;
    // A log line in the job's event stream. Ignored on a synchronous call.
    void Log(std::string message) const;

private:
    std::shared_ptr<detail::CallState> m_state;
};

} // namespace croupier::sdk
