#pragma once
// ConnectionCore: the gRPC side of a ServerConnection, shared by the client classes in
// croupier_client (never by ui/ or models/). It owns the channel and the stubs, puts the
// deadline and the bearer token on every call, runs unary calls and server streams through a
// CallGuard, and reports each outcome back to the ServerConnection (state, session expiry)
// before the caller's callback runs. GUI thread only, except where a reactor posts through the
// guard.
//
// Usage (inside croupier_client):
//   core.unary<Req, Resp>(m_guard, request,
//       [stub = core.functions()](auto* ctx, auto* req, auto* resp, auto done) {
//           stub->async()->GetJob(ctx, req, resp, std::move(done)); },
//       [](const CallError* error, Resp& response) { ... }); // owner's thread

#include "CallGuard.h"
#include "StatusMapping.h"
#include "StreamReader.h"

#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/Reply.h"
#include "croupier/client/UserInfo.h"

#include "croupier/approval/v1/approval.grpc.pb.h"
#include "croupier/audit/v1/audit.grpc.pb.h"
#include "croupier/auth/v1/auth.grpc.pb.h"
#include "croupier/control/v1/control.grpc.pb.h"
#include "croupier/function/v1/function.grpc.pb.h"
#include "croupier/registry/v1/registry.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace croupier::client {

class ServerConnection;

class ConnectionCore : public std::enable_shared_from_this<ConnectionCore> {
    Q_DECLARE_TR_FUNCTIONS(croupier::client::ConnectionCore)

public:
    template <class Resp>
    using UnaryDone = std::function<void(const CallError* error, Resp& response)>;
    template <class Req, class Resp>
    using UnaryStart = std::function<void(grpc::ClientContext*, const Req*, Resp*,
                                          std::function<void(grpc::Status)>)>;
    template <class Req, class Msg>
    using StreamStart =
        std::function<void(grpc::ClientContext*, const Req*, grpc::ClientReadReactor<Msg>*)>;

    explicit ConnectionCore(ServerConnection& owner);

    Reply<void> open(const ConnectionProfile& profile);
    void close();
    bool isOpen() const { return m_channel != nullptr; }
    // grpc_connectivity_state as int; -1 without a channel. `connect` kicks an idle channel.
    int channelState(bool connect) const;

    auth::v1::AuthService::Stub* auth() const { return m_auth.get(); }
    function::v1::FunctionService::Stub* functions() const { return m_functions.get(); }
    registry::v1::RegistryService::Stub* registry() const { return m_registry.get(); }
    control::v1::ControlService::Stub* control() const { return m_control.get(); }
    approval::v1::ApprovalService::Stub* approvals() const { return m_approvals.get(); }
    audit::v1::AuditService::Stub* audit() const { return m_audit.get(); }

    void setToken(const QString& token);
    const QString& token() const { return m_token; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // A context with the bearer token and, for unary calls, a deadline (0 = the default).
    std::shared_ptr<grpc::ClientContext> newContext(bool unary,
                                                    std::chrono::milliseconds deadline = {}) const;

    template <class Req, class Resp>
    void unary(const std::shared_ptr<CallGuard>& guard, Req request, UnaryStart<Req, Resp> start,
               UnaryDone<Resp> done, std::chrono::milliseconds deadline = {});

    // Starts a server stream; returns its id for CallGuard::cancel(). `onEnd` gets null when
    // the server ended the stream with OK.
    template <class Req, class Msg>
    std::uint64_t stream(const std::shared_ptr<CallGuard>& guard, Req request,
                         StreamStart<Req, Msg> start, std::function<void(Msg&)> onMessage,
                         std::function<void(const CallError*)> onEnd);

    // WatchRegistrations of one game/env (followed by both AgentWatch and RegistrationWatch).
    std::uint64_t watchRegistrations(const std::shared_ptr<CallGuard>& guard, const Scope& scope,
                                     std::function<void(registry::v1::RegistrationEvent&)> onEvent,
                                     std::function<void(const CallError*)> onEnd);

    // Owner's thread: the bookkeeping every finished call goes through. Returns the CallError
    // (null for OK).
    std::optional<CallError> noteOutcome(std::uint64_t generation, bool withToken,
                                         const grpc::Status& status);
    // Stream messages prove the server is there.
    void noteAlive(std::uint64_t generation);
    std::uint64_t generation() const { return m_generation; }

    // An error for a call made while no channel is open.
    static CallError notConnectedError();

private:
    ServerConnection& m_owner;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<auth::v1::AuthService::Stub> m_auth;
    std::unique_ptr<function::v1::FunctionService::Stub> m_functions;
    std::unique_ptr<registry::v1::RegistryService::Stub> m_registry;
    std::unique_ptr<control::v1::ControlService::Stub> m_control;
    std::unique_ptr<approval::v1::ApprovalService::Stub> m_approvals;
    std::unique_ptr<audit::v1::AuditService::Stub> m_audit;
    QString m_token;
    std::chrono::milliseconds m_timeout{10'000};
    std::uint64_t m_generation = 1; // bumped whenever the channel or the token changes
};

// ---------------------------------------------------------------- templates

template <class Req, class Resp>
void ConnectionCore::unary(const std::shared_ptr<CallGuard>& guard, Req request,
                           UnaryStart<Req, Resp> start, UnaryDone<Resp> done,
                           std::chrono::milliseconds deadline) {
    struct Call {
        std::shared_ptr<grpc::ClientContext> context;
        Req request;
        Resp response;
        std::uint64_t id = 0;
    };
    std::weak_ptr<ConnectionCore> self = weak_from_this();
    if (!isOpen()) {
        guard->post([done = std::move(done)] {
            const CallError error = notConnectedError();
            Resp empty;
            done(&error, empty);
        });
        return;
    }
    auto call = std::make_shared<Call>();
    call->context = newContext(true, deadline);
    call->request = std::move(request);
    call->id = guard->add(call->context);
    const std::uint64_t generation = m_generation;
    const bool withToken = !m_token.isEmpty();
    start(call->context.get(), &call->request, &call->response,
          [guard, call, self, generation, withToken, done = std::move(done)](grpc::Status s) {
              guard->remove(call->id);
              guard->post([call, self, generation, withToken, done, s] {
                  auto core = self.lock();
                  std::optional<CallError> error =
                      core ? core->noteOutcome(generation, withToken, s)
                           : (s.ok() ? std::nullopt
                                     : std::optional<CallError>(callErrorFromStatus(s)));
                  done(error ? &*error : nullptr, call->response);
              });
          });
}

template <class Req, class Msg>
std::uint64_t ConnectionCore::stream(const std::shared_ptr<CallGuard>& guard, Req request,
                                     StreamStart<Req, Msg> start,
                                     std::function<void(Msg&)> onMessage,
                                     std::function<void(const CallError*)> onEnd) {
    if (!isOpen()) {
        guard->post([onEnd = std::move(onEnd)] {
            const CallError error = notConnectedError();
            onEnd(&error);
        });
        return 0;
    }
    std::weak_ptr<ConnectionCore> self = weak_from_this();
    const std::uint64_t generation = m_generation;
    const bool withToken = !m_token.isEmpty();
    auto handlers = std::make_shared<typename StreamReader<Msg>::Handlers>();
    handlers->onMessage = [self, generation, onMessage = std::move(onMessage)](Msg& m) {
        if (auto core = self.lock()) {
            core->noteAlive(generation);
        }
        onMessage(m);
    };
    handlers->onEnd = [self, generation, withToken, onEnd = std::move(onEnd)](
                          const grpc::Status& s) {
        auto core = self.lock();
        std::optional<CallError> error =
            core ? core->noteOutcome(generation, withToken, s)
                 : (s.ok() ? std::nullopt : std::optional<CallError>(callErrorFromStatus(s)));
        onEnd(error ? &*error : nullptr);
    };
    auto keep = std::make_shared<const Req>(std::move(request));
    auto* reader = new StreamReader<Msg>(guard, newContext(false), std::move(handlers), keep);
    start(reader->context(), keep.get(), reader);
    return reader->begin();
}

} // namespace croupier::client
