#include "RegistrationWatch.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "StreamRetry.h"

#include <QLoggingCategory>
#include <QTimer>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcWatch, "croupier.client.registrations")

using namespace std::chrono_literals;

} // namespace

RegistrationWatch::RegistrationWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard,
                                     QObject* context, Hooks hooks)
    : m_core(core)
    , m_guard(std::move(guard))
    , m_context(context)
    , m_hooks(std::move(hooks))
    , m_backoff(500ms, 15s) {}

void RegistrationWatch::setBackoff(std::chrono::milliseconds initial,
                                   std::chrono::milliseconds max) {
    m_backoff = core::Backoff(initial, max);
}

void RegistrationWatch::listFunctions(
    ConnectionCore& core, const std::shared_ptr<CallGuard>& guard, const Scope& scope,
    std::function<void(const CallError*, QList<FunctionInfo>)> done) {
    function::v1::ListFunctionsRequest request;
    request.set_game_id(ss(scope.gameId));
    request.set_env(ss(scope.env));
    core.unary<function::v1::ListFunctionsRequest, function::v1::ListFunctionsResponse>(
        guard, std::move(request),
        [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->ListFunctions(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, function::v1::ListFunctionsResponse& response) {
            QList<FunctionInfo> out;
            if (error == nullptr) {
                for (const auto& f : response.functions()) {
                    QString problem;
                    if (auto info = functionFromProto(f, &problem)) {
                        out.append(std::move(*info));
                    } else {
                        qCWarning(lcWatch) << "skipping function"
                                           << qs(f.function_descriptor().id()) << ":" << problem;
                    }
                }
            }
            done(error, std::move(out));
        });
}

void RegistrationWatch::start(const Scope& scope) {
    stop();
    m_scope = scope;
    m_active = true;
    m_backoff.reset();
    open();
}

void RegistrationWatch::stop() {
    closeCall();
    m_active = false;
    m_paused = false;
    m_known.clear();
    m_fetching.clear();
    m_dirty.clear();
    setLive(false);
}

void RegistrationWatch::pause() {
    if (!m_active) {
        return;
    }
    closeCall();
    m_paused = true;
    setLive(false);
}

void RegistrationWatch::resumePaused() {
    if (m_active && m_paused) {
        open();
    }
}

void RegistrationWatch::closeCall() {
    ++m_attempt; // every callback of the current stream and its fetches is now stale
    if (m_callId != 0) {
        m_guard->cancel(m_callId);
        m_callId = 0;
    }
    m_resetting = false;
    m_synced = false;
}

void RegistrationWatch::open() {
    closeCall();
    m_paused = false;
    m_attempt = m_nextAttempt++;
    const std::uint64_t attempt = m_attempt;
    m_fetching.clear();
    m_dirty.clear();
    registry::v1::WatchRegistrationsRequest request;
    request.set_game_id(ss(m_scope.gameId));
    request.set_env(ss(m_scope.env));
    m_callId = m_core.stream<registry::v1::WatchRegistrationsRequest,
                             registry::v1::RegistrationEvent>(
        m_guard, std::move(request),
        [stub = m_core.registry()](auto* ctx, auto* req, auto* reactor) {
            stub->async()->WatchRegistrations(ctx, req, reactor);
        },
        [this, attempt](registry::v1::RegistrationEvent& e) { onEvent(attempt, e); },
        [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void RegistrationWatch::onEvent(std::uint64_t attempt,
                                const registry::v1::RegistrationEvent& event) {
    if (attempt != m_attempt) {
        return;
    }
    if (event.type() == registry::v1::SYNCED) {
        m_synced = true;
        m_backoff.reset();
        fetchAll();
        return;
    }
    if (!m_synced || !event.has_registration()) {
        return; // the snapshot (ListFunctions after SYNCED covers it) or an agent event
    }
    const QString id = qs(event.registration().function_id());
    if (m_resetting) {
        m_dirty.insert(id);
    } else {
        fetchOne(id);
    }
}

void RegistrationWatch::onEnd(std::uint64_t attempt, const CallError* error) {
    if (attempt != m_attempt) {
        return;
    }
    m_callId = 0;
    ++m_attempt; // fetches of the ended stream are stale too
    setLive(false);
    CallError dropped;
    dropped.kind = CallError::Kind::Unavailable;
    const CallError& why = error != nullptr ? *error : dropped;
    switch (verdictFor(why)) {
    case StreamVerdict::WaitForSignIn:
        m_paused = true;
        return;
    case StreamVerdict::Stop:
        m_active = false;
        m_hooks.failed(why);
        return;
    case StreamVerdict::Retry:
        break;
    }
    const auto delay = std::max(m_backoff.next(), std::chrono::milliseconds(why.retryAfterMs));
    qCInfo(lcWatch) << "registration watch dropped (" << why.code << "); again in"
                    << delay.count() << "ms";
    const std::uint64_t waiting = m_attempt;
    QTimer::singleShot(delay, m_context, [this, waiting] {
        if (m_active && !m_paused && m_attempt == waiting) {
            open();
        }
    });
}

void RegistrationWatch::fetchAll() {
    m_resetting = true;
    const std::uint64_t attempt = m_attempt;
    listFunctions(m_core, m_guard, m_scope,
                  [this, attempt](const CallError* error, QList<FunctionInfo> functions) {
                      if (attempt != m_attempt) {
                          return;
                      }
                      m_resetting = false;
                      if (error != nullptr) {
                          onListFailed(*error);
                          return;
                      }
                      m_known.clear();
                      for (const auto& f : functions) {
                          m_known.insert(f.id());
                      }
                      m_hooks.reset(functions);
                      setLive(true);
                      const auto dirty = m_dirty;
                      m_dirty.clear();
                      for (const QString& id : dirty) {
                          fetchOne(id);
                      }
                  });
}

void RegistrationWatch::onListFailed(const CallError& error) {
    switch (verdictFor(error)) {
    case StreamVerdict::WaitForSignIn:
        pause();
        break;
    case StreamVerdict::Stop:
        closeCall();
        m_active = false;
        m_hooks.failed(error);
        break;
    case StreamVerdict::Retry:
        m_guard->cancel(m_callId); // start over: the stream's end schedules the retry
        break;
    }
}

void RegistrationWatch::fetchOne(const QString& functionId) {
    if (m_fetching.contains(functionId)) {
        m_dirty.insert(functionId); // fetch again once the current answer is in
        return;
    }
    m_fetching.insert(functionId);
    const std::uint64_t attempt = m_attempt;
    function::v1::GetFunctionRequest request;
    request.set_game_id(ss(m_scope.gameId));
    request.set_env(ss(m_scope.env));
    request.set_function_id(ss(functionId));
    m_core.unary<function::v1::GetFunctionRequest, function::v1::GetFunctionResponse>(
        m_guard, std::move(request),
        [stub = m_core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetFunction(ctx, req, resp, std::move(cb));
        },
        [this, attempt, functionId](const CallError* error,
                                    function::v1::GetFunctionResponse& response) {
            if (attempt != m_attempt) {
                return;
            }
            QString problem;
            const auto info =
                error ? std::nullopt : functionFromProto(response.function(), &problem);
            if (error == nullptr && !info) {
                qCWarning(lcWatch) << "skipping function" << functionId << ":" << problem;
            }
            onFetched(functionId, error, info ? &*info : nullptr);
        });
}

void RegistrationWatch::onFetched(const QString& functionId, const CallError* error,
                                  const FunctionInfo* info) {
    m_fetching.remove(functionId);
    if (info != nullptr) {
        m_known.insert(functionId);
        m_hooks.changed(*info);
    } else if (error != nullptr && error->kind == CallError::Kind::NotFound &&
               m_known.remove(functionId)) {
        m_hooks.removed(functionId);
    }
    if (m_dirty.remove(functionId)) {
        fetchOne(functionId);
    }
}

void RegistrationWatch::setLive(bool live) {
    if (m_live != live) {
        m_live = live;
        m_hooks.live(live);
    }
}

} // namespace croupier::client
