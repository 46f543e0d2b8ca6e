#include "croupier/client/ServerConnection.h"

#include "ClientTr.h"
#include "ConnectionCore.h"
#include "ProtoConvert.h"

#include "croupier/client/TokenVault.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace croupier::client {
namespace {

using namespace std::chrono_literals;

constexpr auto kPollInterval = 500ms;

CallError signInNeeded() {
    CallError e;
    e.kind = CallError::Kind::Unauthenticated;
    e.code = QStringLiteral("UNAUTHENTICATED");
    e.message = tr("Please sign in.");
    return e;
}

// Every game/env pair a GetRegistrations answer mentions.
QList<Scope> scopesOf(const registry::v1::GetRegistrationsResponse& response) {
    QList<Scope> out;
    auto add = [&out](const std::string& game, const std::string& env) {
        const Scope s{qs(game), qs(env)};
        if (!s.gameId.isEmpty() && !out.contains(s)) {
            out.append(s);
        }
    };
    for (const auto& r : response.registrations()) {
        add(r.game_id(), r.env());
    }
    for (const auto& a : response.agents()) {
        add(a.game_id(), a.env());
    }
    return out;
}

void sortScopes(QList<Scope>& scopes) {
    std::sort(scopes.begin(), scopes.end(), [](const Scope& a, const Scope& b) {
        return a.gameId != b.gameId ? a.gameId < b.gameId : a.env < b.env;
    });
}

} // namespace

ServerConnection::ServerConnection(TokenVault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_core(std::make_shared<ConnectionCore>(*this))
    , m_guard(CallGuard::create(this))
    , m_poll(new QTimer(this)) {
    m_poll->setInterval(kPollInterval);
    connect(m_poll, &QTimer::timeout, this, &ServerConnection::pollChannel);
}

ServerConnection::~ServerConnection() {
    m_guard->detach();
}

std::chrono::milliseconds ServerConnection::callTimeout() const { return m_core->timeout(); }

void ServerConnection::setCallTimeout(std::chrono::milliseconds timeout) {
    m_core->setTimeout(timeout);
}

Reply<void> ServerConnection::connectTo(const ConnectionProfile& profile) {
    disconnectFromServer();
    auto opened = m_core->open(profile);
    if (!opened) {
        return opened;
    }
    m_profile = profile;
    m_everConnected = false;
    setState(ConnectionState::Connecting);
    m_poll->start();
    return {};
}

void ServerConnection::disconnectFromServer() {
    m_guard->cancelAll();
    m_poll->stop();
    endSession();
    m_core->close();
    setState(ConnectionState::Offline);
}

void ServerConnection::login(const QString& username, const QString& password,
                             ReplyCallback<UserInfo> done) {
    endSession(); // a sign-in replaces the session; the old token is not sent with it
    auth::v1::LoginRequest request;
    request.set_username(ss(username));
    request.set_password(ss(password));
    request.set_client("croupier-console");
    m_core->unary<auth::v1::LoginRequest, auth::v1::LoginResponse>(
        m_guard, std::move(request),
        [stub = m_core->auth()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->Login(ctx, req, resp, std::move(cb));
        },
        [this, username, done](const CallError* error, auth::v1::LoginResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            const UserInfo user = userFromProto(response.user(), response.expires_at());
            startSession(username, qs(response.token()), user);
            done(user);
        });
}

void ServerConnection::resumeSession(const QString& username, ReplyCallback<UserInfo> done) {
    endSession();
    m_vault.readToken(m_profile.name, username,
                      guarded<SecretResult>(this, [this, username, done](SecretResult r) {
                          if (!r.ok() || r.secret.isEmpty() || !m_core->isOpen()) {
                              done(m_core->isOpen() ? signInNeeded()
                                                    : ConnectionCore::notConnectedError());
                              return;
                          }
                          resumeWithToken(username, r.secret, done);
                      }));
}

void ServerConnection::resumeWithToken(const QString& username, const QString& token,
                                       const ReplyCallback<UserInfo>& done) {
    m_core->setToken(token);
    m_core->unary<auth::v1::WhoAmIRequest, auth::v1::WhoAmIResponse>(
        m_guard, {},
        [stub = m_core->auth()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->WhoAmI(ctx, req, resp, std::move(cb));
        },
        [this, username, token, done](const CallError* error, auth::v1::WhoAmIResponse& resp) {
            if (error == nullptr) {
                startSession(username, token, userFromProto(resp.user(), resp.token_expires_at()));
                done(m_user);
                return;
            }
            m_core->setToken({});
            if (error->kind == CallError::Kind::Unauthenticated) {
                m_vault.removeToken(m_profile.name, username); // stale: expired or revoked
            }
            done(*error);
        });
}

void ServerConnection::logout(ReplyCallback<void> done) {
    if (m_signedIn) {
        m_core->unary<auth::v1::LogoutRequest, auth::v1::LogoutResponse>(
            m_guard, {},
            [stub = m_core->auth()](auto* ctx, auto* req, auto* resp, auto cb) {
                stub->async()->Logout(ctx, req, resp, std::move(cb));
            },
            [done](const CallError* error, auth::v1::LogoutResponse&) {
                if (done) {
                    done(error != nullptr ? Reply<void>(*error) : Reply<void>());
                }
            });
        m_vault.removeToken(m_profile.name, m_username);
    } else if (done) {
        m_guard->post([done] { done({}); });
    }
    endSession();
}

void ServerConnection::whoAmI(ReplyCallback<UserInfo> done) {
    m_core->unary<auth::v1::WhoAmIRequest, auth::v1::WhoAmIResponse>(
        m_guard, {},
        [stub = m_core->auth()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->WhoAmI(ctx, req, resp, std::move(cb));
        },
        [this, done](const CallError* error, auth::v1::WhoAmIResponse& response) {
            if (error != nullptr) {
                done(*error);
                return;
            }
            const UserInfo user = userFromProto(response.user(), response.token_expires_at());
            if (m_signedIn && user.username == m_user.username) {
                m_user = user;
                emit userChanged(m_user);
            }
            done(user);
        });
}

void ServerConnection::availableScopes(ReplyCallback<QList<Scope>> done) {
    m_core->unary<registry::v1::GetRegistrationsRequest, registry::v1::GetRegistrationsResponse>(
        m_guard, {},
        [stub = m_core->registry()](auto* ctx, auto* req, auto* resp, auto cb) {
            stub->async()->GetRegistrations(ctx, req, resp, std::move(cb));
        },
        [this, done](const CallError* error, registry::v1::GetRegistrationsResponse& response) {
            QList<Scope> scopes;
            if (error != nullptr && error->kind != CallError::Kind::PermissionDenied) {
                done(*error);
                return;
            }
            if (error == nullptr) {
                scopes = scopesOf(response);
            }
            // A user limited to some scopes may not list every scope: offer theirs.
            for (const Scope& s : m_user.scopes) {
                if (s.gameId != QLatin1String("*") && s.env != QLatin1String("*") &&
                    !scopes.contains(s)) {
                    scopes.append(s);
                }
            }
            if (error != nullptr && scopes.isEmpty()) {
                done(*error);
                return;
            }
            sortScopes(scopes);
            done(scopes);
        });
}

// ---------------------------------------------------------------- session and state

void ServerConnection::startSession(const QString& username, const QString& token,
                                    const UserInfo& user) {
    m_core->setToken(token);
    m_username = username;
    m_user = user;
    m_vault.writeToken(m_profile.name, username, token);
    const bool changed = !m_signedIn;
    m_signedIn = true;
    emit userChanged(m_user);
    if (changed) {
        emit signedInChanged(true);
    }
    onReachable();
}

void ServerConnection::endSession() {
    if (m_core->isOpen()) {
        m_core->setToken({});
    }
    if (m_signedIn) {
        m_signedIn = false;
        emit signedInChanged(false);
    }
}

void ServerConnection::onReachable() {
    m_everConnected = true;
    setState(ConnectionState::Connected);
}

void ServerConnection::onUnreachable(const CallError& error) {
    if (m_state == ConnectionState::Connected) {
        setState(ConnectionState::Reconnecting);
    }
    emit connectionProblem(error);
}

void ServerConnection::onSessionRefused(const CallError& error) {
    if (!m_signedIn) {
        return; // only the first refusal of a session ends it
    }
    m_vault.removeToken(m_profile.name, m_username);
    endSession();
    emit sessionExpired(error.message);
}

void ServerConnection::setState(ConnectionState state) {
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void ServerConnection::pollChannel() {
    switch (m_core->channelState(false)) {
    case GRPC_CHANNEL_READY:
        onReachable();
        break;
    case GRPC_CHANNEL_IDLE:
        m_core->channelState(true); // reconnect now: the console wants to know
        break;
    case GRPC_CHANNEL_CONNECTING:
    case GRPC_CHANNEL_TRANSIENT_FAILURE:
        if (m_everConnected) {
            setState(ConnectionState::Reconnecting);
        }
        break;
    default:
        setState(ConnectionState::Offline);
        break;
    }
}

} // namespace croupier::client
