#include "RegistrationWatch.h"

#include "ConnectionCore.h"
#include "ProtoConvert.h"

#include <QLoggingCategory>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcRegistrations, "croupier.client.registrations")

} // namespace

RegistrationWatch::RegistrationWatch(ConnectionCore& core, std::shared_ptr<CallGuard> guard,
                                     QObject* context, Hooks hooks)
    : SnapshotWatch(guard, context, "registration watch", {hooks.live, hooks.failed})
    , m_core(core)
    , m_guard(std::move(guard))
    , m_hooks(std::move(hooks)) {}

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
                        qCWarning(lcRegistrations) << "skipping function"
                                           << qs(f.function_descriptor().id()) << ":" << problem;
                    }
                }
            }
            done(error, std::move(out));
        });
}

void RegistrationWatch::clearSnapshot() {
    // Fetches of the ended stream are stale (their attempt); the next reset rebuilds m_known.
    m_resetting = false;
    m_known.clear();
    m_fetching.clear();
    m_dirty.clear();
}

std::uint64_t RegistrationWatch::openStream(std::uint64_t attempt) {
    return m_core.watchRegistrations(
        m_guard, scope(),
        [this, attempt](registry::v1::RegistrationEvent& e) { onEvent(attempt, e); },
        [this, attempt](const CallError* error) { onEnd(attempt, error); });
}

void RegistrationWatch::onEvent(std::uint64_t attempt,
                                const registry::v1::RegistrationEvent& event) {
    if (!current(attempt)) {
        return;
    }
    if (event.type() == registry::v1::SYNCED) {
        markSynced();
        fetchAll();
        return;
    }
    if (!synced() || !event.has_registration()) {
        return; // the snapshot (ListFunctions after SYNCED covers it) or an agent event
    }
    const QString id = qs(event.registration().function_id());
    if (m_resetting) {
        m_dirty.insert(id);
    } else {
        fetchOne(id);
    }
}

void RegistrationWatch::fetchAll() {
    m_resetting = true;
    const std::uint64_t attempt = this->attempt();
    listFunctions(m_core, m_guard, scope(),
                  [this, attempt](const CallError* error, QList<FunctionInfo> functions) {
                      if (!current(attempt)) {
                          return;
                      }
                      m_resetting = false;
                      if (error != nullptr) {
                          onDependentCallFailed(*error);
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

void RegistrationWatch::fetchOne(const QString& functionId) {
    if (m_fetching.contains(functionId)) {
        m_dirty.insert(functionId); // fetch again once the current answer is in
        return;
    }
    m_fetching.insert(functionId);
    const std::uint64_t attempt = this->attempt();
    function::v1::GetFunctionRequest request;
    request.set_game_id(ss(scope().gameId));
    request.set_env(ss(scope().env));
    request.set_function_id(ss(functionId));
    m_core.unary<function::v1::GetFunctionRequest, function::v1::GetFunctionResponse>(
        m_guard, std::move(request),
        [stub = m_core.functions()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetFunction(ctx, req, resp, std::move(cb));
        },
        [this, attempt, functionId](const CallError* error,
                                    function::v1::GetFunctionResponse& response) {
            if (!current(attempt)) {
                return;
            }
            QString problem;
            const auto info =
                error ? std::nullopt : functionFromProto(response.function(), &problem);
            if (error == nullptr && !info) {
                qCWarning(lcRegistrations) << "skipping function" << functionId << ":" << problem;
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

} // namespace croupier::client
