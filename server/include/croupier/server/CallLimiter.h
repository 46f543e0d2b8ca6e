#pragma once
// Per function and scope limits from the descriptor's `semantics`: `rate_limit` ("10rps",
// "600rpm") as a token bucket (burst = the count as written, refilled continuously) and
// `concurrency` as a cap on calls and jobs in flight. Both count InvokeFunction and InvokeJob
// together. Over a limit -> RESOURCE_EXHAUSTED whose details carry "retry_after_ms" (when a
// token will be there; for concurrency a short fixed hint) and "limit" ("rate_limit" or
// "concurrency").
//
// Threads: thread-safe, no I/O, fine on reactor threads. Time from the core::Clock (FakeClock in
// tests). A Permit releases its concurrency slot when the last copy goes away: hold it until
// the call answers or the job reaches a terminal state.

#include "croupier/core/Clock.h"
#include "croupier/core/Descriptor.h"
#include "croupier/core/Result.h"

#include <memory>
#include <string>

namespace croupier::server {

class CallLimiter {
public:
    class Permit;  // opaque; releases on destruction

    explicit CallLimiter(core::Clock& clock);
    ~CallLimiter();

    // Takes a token and a concurrency slot, or neither. A descriptor without limits always
    // succeeds (with a Permit that holds nothing).
    core::Result<std::shared_ptr<Permit>> acquire(const std::string& gameId, const std::string& env,
                                                  const core::Descriptor& descriptor);

private:
    friend struct CallLimiterTestAccess;  // tests check that idle scopes are forgotten
    // Scopes held in memory (rate buckets + scopes with calls in flight).
    std::size_t trackedScopes() const;

    struct State;
    std::shared_ptr<State> m_state;  // shared with outstanding permits
};

} // namespace croupier::server
