#include "ConnectionCore.h"

#include "CallbackQueueAnchor.h"
#include "ClientTr.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/proto/OperatorChannel.h"

#include <QCoreApplication>
#include <QFile>

namespace croupier::client {
namespace {

constexpr qint64 kMaxPemBytes = 1024 * 1024;

CallError setupError(const QString& message) {
    CallError e;
    e.kind = CallError::Kind::InvalidArgument;
    e.code = QStringLiteral("INVALID_ARGUMENT");
    e.message = message;
    return e;
}

// The PEM text of `path`, or an error naming the file.
Reply<std::string> readPem(const QString& path, const char* marker, const QString& what) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return setupError(tr("Cannot read the %1 file %2.").arg(what, path));
    }
    const QByteArray pem = file.read(kMaxPemBytes + 1);
    if (pem.size() > kMaxPemBytes || !pem.contains(marker)) {
        return setupError(tr("The %1 file %2 holds no PEM data.").arg(what, path));
    }
    return pem.toStdString();
}

Reply<grpc::SslCredentialsOptions> sslOptions(const ConnectionProfile& profile) {
    grpc::SslCredentialsOptions ssl;
    if (!profile.useSystemTrust) {
        if (profile.caFile.isEmpty()) {
            return setupError(tr("The profile names no CA certificate file."));
        }
        auto ca = readPem(profile.caFile, "-----BEGIN CERTIFICATE-----", tr("CA certificate"));
        if (!ca) {
            return ca.error();
        }
        ssl.pem_root_certs = std::move(*ca);
    }
    if (!profile.clientCertFile.isEmpty() || !profile.clientKeyFile.isEmpty()) {
        auto cert = readPem(profile.clientCertFile, "-----BEGIN", tr("client certificate"));
        if (!cert) {
            return cert.error();
        }
        auto key = readPem(profile.clientKeyFile, "-----BEGIN", tr("client key"));
        if (!key) {
            return key.error();
        }
        ssl.pem_cert_chain = std::move(*cert);
        ssl.pem_private_key = std::move(*key);
    }
    return ssl;
}

grpc::ChannelArguments channelArguments(const ConnectionProfile& profile) {
    const QString version = QCoreApplication::applicationVersion();
    const QString agent = QStringLiteral("croupier-console/%1")
                              .arg(version.isEmpty() ? QStringLiteral("dev") : version);
    grpc::ChannelArguments args = proto::operatorChannelArguments(
        agent.toStdString(), profile.serverNameOverride.toStdString());
    // One connection per ServerConnection, never shared with another profile or session.
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return args;
}

} // namespace

ConnectionCore::ConnectionCore(ServerConnection& owner)
    : m_owner(owner) {}

Reply<void> ConnectionCore::open(const ConnectionProfile& profile) {
    close();
    if (profile.address.trimmed().isEmpty()) {
        return setupError(tr("The profile has no server address."));
    }
    auto ssl = sslOptions(profile);
    if (!ssl) {
        return ssl.error();
    }
    anchorCallbackQueue();
    m_channel = grpc::CreateCustomChannel(profile.address.trimmed().toStdString(),
                                          grpc::SslCredentials(*ssl), channelArguments(profile));
    m_auth = auth::v1::AuthService::NewStub(m_channel);
    m_functions = function::v1::FunctionService::NewStub(m_channel);
    m_registry = registry::v1::RegistryService::NewStub(m_channel);
    m_control = control::v1::ControlService::NewStub(m_channel);
    m_approvals = approval::v1::ApprovalService::NewStub(m_channel);
    m_audit = audit::v1::AuditService::NewStub(m_channel);
    ++m_generation;
    m_channel->GetState(true); // start connecting now, not at the first call
    return {};
}

void ConnectionCore::close() {
    m_auth.reset();
    m_functions.reset();
    m_registry.reset();
    m_control.reset();
    m_approvals.reset();
    m_audit.reset();
    m_channel.reset();
    m_token.clear();
    ++m_generation;
}

int ConnectionCore::channelState(bool connect) const {
    return m_channel ? static_cast<int>(m_channel->GetState(connect)) : -1;
}

void ConnectionCore::setToken(const QString& token) {
    m_token = token;
    ++m_generation;
}

std::shared_ptr<grpc::ClientContext>
ConnectionCore::newContext(bool unary, std::chrono::milliseconds deadline) const {
    auto context = std::make_shared<grpc::ClientContext>();
    if (unary) {
        const auto wait = deadline.count() > 0 ? deadline : m_timeout;
        context->set_deadline(std::chrono::system_clock::now() + wait);
    }
    if (!m_token.isEmpty()) {
        context->AddMetadata("authorization", "Bearer " + m_token.toStdString());
    }
    return context;
}

std::optional<CallError> ConnectionCore::noteOutcome(std::uint64_t generation, bool withToken,
                                                     const grpc::Status& status) {
    if (status.ok()) {
        if (generation == m_generation) {
            m_owner.onReachable();
        }
        return std::nullopt;
    }
    CallError error = callErrorFromStatus(status);
    if (generation != m_generation) {
        return error; // a call from an earlier channel or session: no bookkeeping
    }
    const bool fromServer = !status.error_details().empty();
    if (error.kind == CallError::Kind::Unavailable && !fromServer) {
        m_owner.onUnreachable(error);
    } else if (fromServer) {
        m_owner.onReachable();
    }
    if (error.kind == CallError::Kind::Unauthenticated && withToken) {
        m_owner.onSessionRefused(error);
    }
    return error;
}

void ConnectionCore::noteAlive(std::uint64_t generation) {
    if (generation == m_generation) {
        m_owner.onReachable();
    }
}

CallError ConnectionCore::notConnectedError() {
    CallError e;
    e.kind = CallError::Kind::Unavailable;
    e.code = QStringLiteral("UNAVAILABLE");
    e.message = tr("Not connected to a server.");
    return e;
}

std::uint64_t ConnectionCore::watchRegistrations(
    const std::shared_ptr<CallGuard>& guard, const Scope& scope,
    std::function<void(registry::v1::RegistrationEvent&)> onEvent,
    std::function<void(const CallError*)> onEnd) {
    registry::v1::WatchRegistrationsRequest request;
    request.set_game_id(scope.gameId.toStdString());
    request.set_env(scope.env.toStdString());
    return stream<registry::v1::WatchRegistrationsRequest, registry::v1::RegistrationEvent>(
        guard, std::move(request),
        [stub = registry()](auto* ctx, auto* req, auto* reactor) {
            stub->async()->WatchRegistrations(ctx, req, reactor);
        },
        std::move(onEvent), std::move(onEnd));
}

} // namespace croupier::client
