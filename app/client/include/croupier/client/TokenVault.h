#pragma once
// TokenVault: the token store the console uses. It tries the keychain first; when the keychain
// fails or does not answer within a few seconds (no D-Bus, no Secret Service, locked), it keeps
// tokens in memory for the rest of the session and says so once through keychainUnavailable(),
// which the UI shows plainly ("No keychain available: you will need to sign in again next
// time"). Tokens are never written to a plain file. GUI thread; owns both stores.

#include "croupier/client/MemorySecretStore.h"
#include "croupier/client/SecretStore.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace croupier::client {

class TokenVault : public QObject {
    Q_OBJECT
public:
    // `keychain` may be null (memory only, reported as unavailable at the first use).
    explicit TokenVault(std::unique_ptr<SecretStore> keychain, QObject* parent = nullptr);
    // The default: a KeychainSecretStore.
    static std::unique_ptr<TokenVault> withKeychain();
    ~TokenVault() override;

    // Done: Ok (with the token) or NotFound; Unavailable only if memory fails too (never).
    void readToken(const QString& profile, const QString& user, SecretStore::Callback done);
    void writeToken(const QString& profile, const QString& user, const QString& token,
                    SecretStore::Callback done = {});
    void removeToken(const QString& profile, const QString& user,
                     SecretStore::Callback done = {});

    // True until the keychain failed once; then tokens live in memory for this session.
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_problem; } // why, when unavailable
    // The human notice for the UI (translated).
    static QString unavailableNotice();
    // How long a keychain call may take before it counts as failed (default 5 s).
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

signals:
    void keychainUnavailable(const QString& notice); // once per session

private:
    using Operation = std::function<void(SecretStore&, SecretStore::Callback)>;
    void run(const Operation& op, SecretStore::Callback done);
    void markUnavailable(const QString& why);

    std::unique_ptr<SecretStore> m_keychain;
    MemorySecretStore m_memory;
    bool m_keychainAvailable = true;
    QString m_problem;
    std::chrono::milliseconds m_timeout{5000};
};

} // namespace croupier::client
