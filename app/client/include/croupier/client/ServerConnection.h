#pragma once
// ServerConnection: the console's link to one croupier-server and the signed-in session on it.
// connectTo() builds the TLS channel; login() / resumeSession() obtain a bearer token (kept in
// the TokenVault) that is attached to every call as "authorization: Bearer ...". The state
// (Offline / Connecting / Connected / Reconnecting) follows the channel's connectivity and the
// outcome of calls. Any call answered UNAUTHENTICATED ends the session: sessionExpired() is
// emitted once, and the UI shows the login again while keeping the user's work.
//
// Everything is asynchronous: methods return at once; callbacks and signals arrive on the
// thread that owns this object (the GUI thread), never inside the call, and never after the
// object is destroyed (outstanding calls are cancelled). gRPC types stay in the .cpp (pimpl);
// the other client classes reach the channel through core() (src/ConnectionCore.h).

#include "croupier/client/CallError.h"
#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/ConnectionState.h"
#include "croupier/client/Reply.h"
#include "croupier/client/UserInfo.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace croupier::client {

class CallGuard;
class ConnectionCore;
class TokenVault;

class ServerConnection : public QObject {
    Q_OBJECT
public:
    // `vault` must outlive this object.
    explicit ServerConnection(TokenVault& vault, QObject* parent = nullptr);
    ~ServerConnection() override;

    // Drops any current channel and session, then builds a channel to `profile` and starts
    // connecting. Fails at once (no network) when the CA or client-certificate files cannot be
    // read or the address is empty; otherwise the state moves to Connecting.
    Reply<void> connectTo(const ConnectionProfile& profile);
    // Cancels every call, forgets the session (the stored token stays) and goes Offline.
    void disconnectFromServer();

    // Signs in; on success the token is kept in the vault under (profile, user).
    void login(const QString& username, const QString& password, ReplyCallback<UserInfo> done);
    // Signs in with the token the vault holds for (profile, username), checked with WhoAmI.
    // Fails with Kind::Unauthenticated when there is none or the server refuses it (the stale
    // token is then removed).
    void resumeSession(const QString& username, ReplyCallback<UserInfo> done);
    // Revokes the token on the server (best effort), removes it from the vault, ends the session.
    void logout(ReplyCallback<void> done = {});
    // Asks the server who we are (refreshes user()).
    void whoAmI(ReplyCallback<UserInfo> done);
    // The game/env pairs the server has registrations in (that the user may see), sorted.
    void availableScopes(ReplyCallback<QList<Scope>> done);

    ConnectionState state() const { return m_state; }
    ConnectionProfile profile() const { return m_profile; }
    bool signedIn() const { return m_signedIn; }
    UserInfo user() const { return m_user; }
    // Deadline of every unary call (default 10 s).
    std::chrono::milliseconds callTimeout() const;
    void setCallTimeout(std::chrono::milliseconds timeout);

    // For the other client classes (FunctionsClient, ...): the channel, token and call helpers.
    ConnectionCore& core() const { return *m_core; }

signals:
    void stateChanged(croupier::client::ConnectionState state);
    void signedInChanged(bool signedIn);
    void userChanged(const croupier::client::UserInfo& user);
    // The session ended because the server refused the token (expired, revoked, account
    // disabled). `reason` is human text for the login dialog. Emitted once per session.
    void sessionExpired(const QString& reason);
    // The last call failed because the server could not be reached (for a status-bar hint).
    void connectionProblem(const croupier::client::CallError& error);

private:
    friend class ConnectionCore;
    // Called by ConnectionCore as calls finish (GUI thread).
    void onReachable();
    void onUnreachable(const CallError& error);
    void onSessionRefused(const CallError& error);

    void startSession(const QString& username, const QString& token, const UserInfo& user);
    void endSession();
    void setState(ConnectionState state);
    void pollChannel();
    void resumeWithToken(const QString& username, const QString& token,
                         const ReplyCallback<UserInfo>& done);

    TokenVault& m_vault;
    std::shared_ptr<ConnectionCore> m_core;
    std::shared_ptr<CallGuard> m_guard;
    QTimer* m_poll = nullptr;
    ConnectionProfile m_profile;
    ConnectionState m_state = ConnectionState::Offline;
    UserInfo m_user;
    QString m_username;
    bool m_signedIn = false;
    bool m_everConnected = false;
};

} // namespace croupier::client
