#pragma once
// Dispatcher: turns the server's InvokeCall / StartJob / CancelCall frames into handler runs on
// the pool and their answers into frames, and tracks what is in flight so it can be cancelled.
// Threads: invoke()/startJob()/cancel() are called from the Connect reactor and never block
// (they check, queue and return); the work runs on the handler pool; cancelConnection(),
// waitIdle() from the connection worker; counters from anywhere. m_mutex guards m_calls.
// Owned by AgentClientImpl; borrows the registry, the assignments and the pool, which outlive it.

#include "CallState.h"
#include "croupier/core/ThreadPool.h"
#include "croupier/control/v1/control.pb.h"
#include "croupier/core/Log.h"
#include "croupier/sdk/Result.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>

namespace croupier::sdk::detail {

class AssignmentTable;
class FunctionRegistry;
struct RegisteredFunction;

class Dispatcher {
public:
    // Queues a frame on the connection it came from; must not block.
    using Send = std::function<void(croupier::control::v1::AgentFrame frame)>;

    Dispatcher(const FunctionRegistry& registry, const AssignmentTable& assignments,
               croupier::core::ThreadPool& pool, croupier::core::Logger log, std::string gameId, std::string env);

    // `connection` numbers the Connect stream a frame came on: request ids are only unique
    // within one stream.
    void invoke(std::uint64_t connection, croupier::control::v1::InvokeCall call, Send send);
    void startJob(std::uint64_t connection, croupier::control::v1::StartJob job, Send send);
    void cancel(std::uint64_t connection, const croupier::control::v1::CancelCall& cancel);
    // Cancels every call of one connection (it dropped) or of all (the agent stops).
    void cancelConnection(std::uint64_t connection, const std::string& reason);
    void cancelAll(const std::string& reason);
    // Blocks until no call is in flight.
    void waitIdle();

    std::size_t inFlight() const;
    std::uint64_t handledTotal() const { return m_handledTotal.load(); }

private:
    using Key = std::tuple<std::uint64_t, std::uint64_t, std::string>; // connection, request, job

    std::shared_ptr<CallState> track(const Key& key, CallInfo info, CallState::Emitter emitter);
    void untrack(const Key& key);
    // Finds a runnable function or returns the error to answer with.
    std::shared_ptr<const RegisteredFunction> resolve(const std::string& functionId,
                                                      Result* refusal) const;
    CallInfo callInfo(const std::string& functionId, const std::string& gameId,
                      const std::string& env, std::string jobId, std::string idempotencyKey,
                      std::int64_t timeoutMs) const;
    Result run(const RegisteredFunction& function, const std::shared_ptr<CallState>& state,
               const google::protobuf::Struct& payload);
    void runJob(const Key& key, std::shared_ptr<const RegisteredFunction> function,
                std::shared_ptr<CallState> state, croupier::control::v1::StartJob job, Send send);

    const FunctionRegistry& m_registry;
    const AssignmentTable& m_assignments;
    croupier::core::ThreadPool& m_pool;
    const croupier::core::Logger m_log;
    const std::string m_gameId;
    const std::string m_env;

    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    std::map<Key, std::shared_ptr<CallState>> m_calls;
    std::atomic<std::uint64_t> m_handledTotal{0};
};

} // namespace croupier::sdk::detail
