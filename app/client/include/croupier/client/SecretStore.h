#pragma once
// SecretStore: where a signed-in user's bearer token is kept between sessions, keyed by
// profile name + username. Asynchronous: every method returns at once and the callback runs
// later on the thread that owns the store (never inside the call itself). Implementations:
// KeychainSecretStore (the OS keychain through QtKeychain) and MemorySecretStore (this session
// only); TokenVault combines them. Never a plain file.

#include <QObject>
#include <QString>

#include <functional>

namespace croupier::client {

struct SecretResult {
    enum class Status {
        Ok,          // done (read: `secret` holds the token)
        NotFound,    // read/remove: nothing stored under that key
        Unavailable, // the store cannot be used (no keychain, access denied, timed out)
    };
    Status status = Status::Ok;
    QString secret;
    QString message; // Unavailable: why, for logs and the notice the UI shows

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(SecretResult)>;

    explicit SecretStore(QObject* parent = nullptr) : QObject(parent) {}

    virtual void readToken(const QString& profile, const QString& user, Callback done) = 0;
    virtual void writeToken(const QString& profile, const QString& user, const QString& token,
                            Callback done) = 0;
    virtual void removeToken(const QString& profile, const QString& user, Callback done) = 0;

    // "user@profile": the key a store files a token under.
    static QString keyFor(const QString& profile, const QString& user) {
        return user + QLatin1Char('@') + profile;
    }
};

} // namespace croupier::client
