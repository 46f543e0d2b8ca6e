#include "Dispatcher.h"

#include "AssignmentTable.h"
#include "Frames.h"
#include "FunctionRegistry.h"
#include "HandlerCall.h"
#include "croupier/proto/JsonStruct.h"

#include <vector>

namespace croupier::sdk::detail {

using croupier::control::v1::CancelCall;
using croupier::control::v1::InvokeCall;
using croupier::control::v1::StartJob;
using JobEventType = croupier::function::v1::EventType;

Dispatcher::Dispatcher(const FunctionRegistry& registry, const AssignmentTable& assignments,
                       croupier::core::ThreadPool& pool, croupier::core::Logger log, std::string gameId,
                       std::string env)
    : m_registry(registry)
    , m_assignments(assignments)
    , m_pool(pool)
    , m_log(std::move(log))
    , m_gameId(std::move(gameId))
    , m_env(std::move(env)) {}

std::shared_ptr<const RegisteredFunction> Dispatcher::resolve(const std::string& functionId,
                                                              Result* refusal) const {
    auto function = m_registry.find(functionId);
    if (!function) {
        *refusal = Result::Error("NOT_FOUND",
                                 "function " + functionId + " is not registered on this agent");
        return nullptr;
    }
    if (auto reason = m_assignments.disabledReason(functionId)) {
        *refusal = Result::Error("FAILED_PRECONDITION", *reason);
        return nullptr;
    }
    return function;
}

CallInfo Dispatcher::callInfo(const std::string& functionId, const std::string& gameId,
                              const std::string& env, std::string jobId, std::string idempotencyKey,
                              std::int64_t timeoutMs) const {
    CallInfo info;
    info.functionId = functionId;
    info.gameId = gameId.empty() ? m_gameId : gameId;
    info.env = env.empty() ? m_env : env;
    info.jobId = std::move(jobId);
    info.idempotencyKey = std::move(idempotencyKey);
    if (timeoutMs > 0) {
        info.deadline = std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs);
    }
    return info;
}

std::shared_ptr<CallState> Dispatcher::track(const Key& key, CallInfo info,
                                             CallState::Emitter emitter) {
    auto state = std::make_shared<CallState>(std::move(info), std::move(emitter));
    std::lock_guard lock(m_mutex);
    if (!m_calls.emplace(key, state).second) {
        return nullptr;
    }
    return state;
}

void Dispatcher::untrack(const Key& key) {
    std::lock_guard lock(m_mutex);
    m_calls.erase(key);
    if (m_calls.empty()) {
        m_idle.notify_all();
    }
}

Result Dispatcher::run(const RegisteredFunction& function, const std::shared_ptr<CallState>& state,
                       const google::protobuf::Struct& payload) {
    Result result;
    if (state->isCancelled()) {
        result = Result::Error(state->cancelCode(), state->cancelReason());
    } else {
        const nlohmann::json params = croupier::proto::toJson(payload);
        result = callHandler(function.handler, Context(state), params, m_log);
        // A handler that gave up because it was cancelled answers with the cancellation.
        if (result.IsError() && state->isCancelled()) {
            result = Result::Error(state->cancelCode(), state->cancelReason());
        }
    }
    ++m_handledTotal;
    m_log.debug("call finished", {{"function", function.id},
                                  {"job_id", state->info().jobId},
                                  {"outcome", result.IsOk() ? "ok" : result.ErrorCode()}});
    return result;
}

void Dispatcher::invoke(std::uint64_t connection, InvokeCall call, Send send) {
    const std::uint64_t requestId = call.request_id();
    Result refusal;
    auto function = resolve(call.function_id(), &refusal);
    if (!function) {
        send(invokeResultFrame(requestId, refusal));
        return;
    }
    const Key key{connection, requestId, std::string()};
    auto state = track(key,
                       callInfo(call.function_id(), call.game_id(), call.env(), {},
                                call.idempotency_key(), call.timeout_ms()),
                       {});
    if (!state) {
        m_log.warn("ignored a repeated request id", {{"request_id", std::to_string(requestId)}});
        return;
    }
    auto task = [this, key, function, state, call = std::move(call), send]() {
        const Result result = run(*function, state, call.payload());
        state->finish([&] { send(invokeResultFrame(call.request_id(), result)); });
        untrack(key);
    };
    if (!m_pool.submit(std::move(task))) {
        state->finish([&] {
            send(invokeResultFrame(requestId,
                                   Result::Error("UNAVAILABLE", "the agent is stopping")));
        });
        untrack(key);
    }
}

void Dispatcher::startJob(std::uint64_t connection, StartJob job, Send send) {
    const std::string jobId = job.job_id();
    Result refusal;
    auto function = resolve(job.function_id(), &refusal);
    if (!function) {
        send(jobEndFrame(jobId, refusal));
        return;
    }
    const Key key{connection, 0, jobId};
    auto emitter = [send, jobId](JobEventKind kind, double progress, std::string message) {
        const auto type = kind == JobEventKind::Progress ? JobEventType::PROGRESS : JobEventType::LOG;
        send(jobEventFrame(jobId, type, progress, std::move(message)));
    };
    auto state = track(key,
                       callInfo(job.function_id(), job.game_id(), job.env(), jobId,
                                job.idempotency_key(), job.timeout_ms()),
                       std::move(emitter));
    if (!state) {
        m_log.warn("ignored a repeated job start", {{"job_id", jobId}});
        return;
    }
    auto task = [this, key, function, state, job = std::move(job), send]() {
        runJob(key, function, state, job, send);
    };
    if (!m_pool.submit(std::move(task))) {
        state->finish([&] {
            send(jobEndFrame(jobId, Result::Error("UNAVAILABLE", "the agent is stopping")));
        });
        untrack(key);
    }
}

void Dispatcher::runJob(const Key& key, std::shared_ptr<const RegisteredFunction> function,
                        std::shared_ptr<CallState> state, StartJob job, Send send) {
    send(jobEventFrame(job.job_id(), JobEventType::START, 0.0, {}));
    const Result result = run(*function, state, job.payload());
    state->finish([&] { send(jobEndFrame(job.job_id(), result)); });
    untrack(key);
}

void Dispatcher::cancel(std::uint64_t connection, const CancelCall& cancel) {
    const Key key = cancel.job_id().empty() ? Key{connection, cancel.request_id(), std::string()}
                                            : Key{connection, 0, cancel.job_id()};
    std::shared_ptr<CallState> state;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_calls.find(key);
        if (it != m_calls.end()) {
            state = it->second;
        }
    }
    if (!state) {
        m_log.debug("cancel for a call not running here", {{"job_id", cancel.job_id()}});
        return;
    }
    state->cancel("CANCELLED",
                  cancel.reason().empty() ? "cancelled by the server" : cancel.reason());
}

void Dispatcher::cancelConnection(std::uint64_t connection, const std::string& reason) {
    std::vector<std::shared_ptr<CallState>> states;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, state] : m_calls) {
            if (std::get<0>(key) == connection) {
                states.push_back(state);
            }
        }
    }
    for (const auto& state : states) {
        state->cancel("CANCELLED", reason);
    }
}

void Dispatcher::cancelAll(const std::string& reason) {
    std::vector<std::shared_ptr<CallState>> states;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, state] : m_calls) {
            states.push_back(state);
        }
    }
    for (const auto& state : states) {
        state->cancel("CANCELLED", reason);
    }
}

void Dispatcher::waitIdle() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_calls.empty(); });
}

std::size_t Dispatcher::inFlight() const {
    std::lock_guard lock(m_mutex);
    return m_calls.size();
}

} // namespace croupier::sdk::detail
