#include "croupier/client/RegistryClient.h"

#include "AgentWatch.h"
#include "ConnectionCore.h"
#include "ProtoConvert.h"
#include "RegistryConvert.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/control/v1/control.grpc.pb.h"

namespace croupier::client {
RegistryClient::RegistryClient(ServerConnection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(CallGuard::create(this)) {
    m_watch = std::make_unique<AgentWatch>(
        connection.core(), m_guard, this,
        AgentWatch::Hooks{[this](const RegistrationsSnapshot& s) { emit registrationsReset(s); },
                          [this](const AgentInfo& a) { emit agentChanged(a); },
                          [this](const AgentInfo& a) { emit agentRemoved(a); },
                          [this](const FunctionRegistrationInfo& f) { emit functionChanged(f); },
                          [this](const FunctionRegistrationInfo& f) { emit functionRemoved(f); },
                          [this](bool live) { emit liveChanged(live); },
                          [this](const CallError& e) {
                              emit watchFailed(e);
                          }});
    connect(&connection, &ServerConnection::signedInChanged, this,
            &RegistryClient::onSignedInChanged);
    connect(&connection, &ServerConnection::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Offline) {
            m_watch->stop();
        }
    });
}

RegistryClient::~RegistryClient() {
    m_guard->detach();
}

void RegistryClient::onSignedInChanged(bool signedIn) {
    // A new token: reopen the watch with it (it resynchronises from a fresh snapshot).
    if (signedIn) {
        m_watch->resumePaused();
    } else {
        m_watch->pause();
    }
}

void RegistryClient::watch(const Scope& scope) {
    m_watch->start(scope);
}
void RegistryClient::stopWatching() {
    m_watch->stop();
}
bool RegistryClient::watching() const {
    return m_watch->active();
}
bool RegistryClient::live() const {
    return m_watch->live();
}
Scope RegistryClient::watchedScope() const {
    return m_watch->scope();
}

void RegistryClient::setReconnectBackoff(std::chrono::milliseconds initial,
                                         std::chrono::milliseconds max) {
    m_watch->setBackoff(initial, max);
}

void RegistryClient::getRegistrations(const Scope& scope,
                                      ReplyCallback<RegistrationsSnapshot> done) {
    registry::v1::GetRegistrationsRequest request;
    request.set_game_id(ss(scope.gameId));
    request.set_env(ss(scope.env));
    ConnectionCore& core = m_connection.core();
    core.unary<registry::v1::GetRegistrationsRequest, registry::v1::GetRegistrationsResponse>(
        m_guard, std::move(request),
        [stub = core.registry()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetRegistrations(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, registry::v1::GetRegistrationsResponse& response) {
            done(error ? Reply<RegistrationsSnapshot>(*error)
                       : Reply<RegistrationsSnapshot>(snapshotFromProto(response)));
        });
}

void RegistryClient::setAssignment(const Scope& scope, const QString& functionId,
                                   const QString& agentId, bool enabled, const QString& reason,
                                   ReplyCallback<AssignmentInfo> done) {
    ConnectionCore& core = m_connection.core();
    control::v1::SetAssignmentRequest request;
    request.set_game_id(ss(scope.gameId));
    request.set_env(ss(scope.env));
    request.set_function_id(ss(functionId));
    request.set_agent_id(ss(agentId));
    request.set_enabled(enabled);
    request.set_reason(ss(reason));
    core.unary<control::v1::SetAssignmentRequest, control::v1::SetAssignmentResponse>(
        m_guard, std::move(request),
        [stub = core.control()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->SetAssignment(ctx, req, resp, std::move(cb));
        },
        [done](const CallError* error, control::v1::SetAssignmentResponse& response) {
            done(error ? Reply<AssignmentInfo>(*error)
                       : Reply<AssignmentInfo>(assignmentFromProto(response)));
        });
}

} // namespace croupier::client
