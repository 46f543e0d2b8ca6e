#pragma once
// Makes a repeated idempotency key return the first call's outcome without running the handler
// again — while the first call is still running (the repeat waits for it), after it finished,
// and after a server restart (the record is in the Store). A key is (game_id, env, function_id,
// key); reusing it with different parameters is INVALID_ARGUMENT.
//
// Threads: begin()/finish()/release() may be called from any thread; their Store work runs on
// the core::ThreadPool and their callbacks run there too. m_mutex guards m_inFlight only and is never
// held during Store calls or callbacks.

#include "croupier/core/Clock.h"
#include "croupier/core/Log.h"
#include "croupier/core/Result.h"
#include "croupier/server/Store.h"
#include "croupier/core/ThreadPool.h"

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace croupier::server {

struct IdempotencyKey {
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string key;
    auto operator<=>(const IdempotencyKey&) const = default;
};

class IdempotencyGate {
public:
    struct Begin {
        bool run = false;      // true: the caller owns the key and must finish() or release()
        std::string outcome;   // !run: the first call's outcome, as given to finish()
    };
    using BeginCallback = std::function<void(core::Result<Begin>)>;

    IdempotencyGate(Store& store, core::ThreadPool& workers, core::Clock& clock, core::Logger log);

    void begin(const IdempotencyKey& key, const std::string& payloadHash, const std::string& kind,
               BeginCallback done);
    // Records the outcome (durably), then hands it to every call waiting on the key.
    // `then` runs after the record is written (or failed to be: logged).
    void finish(const IdempotencyKey& key, std::string outcome, std::function<void()> then);
    // The call never reached an agent: forget the key so a retry runs.
    void release(const IdempotencyKey& key);

    // At startup: records left "running" by a previous process get `interruptedOutcome`.
    core::Result<int> recover(const std::function<std::string(const IdempotencyRecord&)>& outcome);
    core::Result<int> purge(std::chrono::milliseconds retention);

private:
    struct InFlight {
        std::string payloadHash;
        std::string kind;
        std::vector<BeginCallback> waiters;
    };
    void claim(const IdempotencyKey& key, const std::string& payloadHash, const std::string& kind,
               BeginCallback done);
    std::vector<BeginCallback> takeWaiters(const IdempotencyKey& key);

    Store& m_store;
    core::ThreadPool& m_workers;
    core::Clock& m_clock;
    core::Logger m_log;
    std::mutex m_mutex;  // guards m_inFlight
    std::map<IdempotencyKey, InFlight> m_inFlight;
};

} // namespace croupier::server
